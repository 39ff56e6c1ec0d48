// The packages as a developer's Vite app bundles them from npm: an entry importing the panel's and the
// badge's `define`, resolved through the published `exports` (dist/, not the `@terbuka/source` condition),
// built with Vite's own defaults. What the docs (widgets.md, "Bundling the elements yourself") promise lazy
// must not be in a file the page loads up front (the entry and its static imports, transitively): the
// catalog phrases, the CSV importer (papaparse), the DIP validator (valibot), the admin's checklist
// (periksa), the Pasal 17 details, the badge's Ed25519 fallback (@noble/*, which the npm build imports).
// A consumer's build once put the phrases there: the SDK's index re-exported the module the widgets
// import() (`@terbuka/sdk/kata-kunci`), and Rolldown loads a module up front when a module loaded up front
// re-exports it. `npm test` builds the packages first.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { Rollup } from 'vite';

const paket = fileURLToPath(new URL('../../', import.meta.url));

/** What must stay lazy: the module (as Vite names it: its path) and a string its code keeps once minified. */
const LAZY = [
  {
    apa: 'the catalog phrases',
    modul: /sdk\/dist\/standard\/kata-kunci-berkala-badan-publik\.js$/,
    teks: 'penerimaan mahasiswa baru',
  },
  { apa: 'papaparse', modul: /node_modules\/papaparse\//, teks: 'UndetectableDelimiter' },
  { apa: "the SDK's CSV importer", modul: /sdk\/dist\/dip\/csv\.js$/ },
  { apa: 'valibot', modul: /node_modules\/valibot\//, teks: 'valibot' },
  { apa: "the SDK's full DIP check", modul: /sdk\/dist\/dip\/periksa\.js$/ },
  { apa: 'the Pasal 17 details', modul: /sdk\/dist\/standard\/pasal\.js$/ },
  { apa: "the admin's checklist (periksa)", modul: /widgets\/dist\/chunks\/periksa-[^/]*\.js$/ },
  // Imported by the widgets' npm build (a dependency, deduped by the consumer's bundler), not bundled in it.
  {
    apa: 'the Ed25519 fallback (@noble/*)',
    modul: /node_modules\/@noble\/(ed25519|hashes)\//,
    teks: 'negative coordinate',
  },
];

let dir: string;
let chunks: Rollup.OutputChunk[];

before(async () => {
  // A consumer's folder as `npm install` leaves it: the two packages copied into node_modules (their
  // package.json and dist/, real files there, not links to the workspace), the third-party packages beside
  // them, and the app's package.json with "type": "module", as `npm create vite` writes it. Vite treats a
  // path inside node_modules as a dependency (its package.json read for `type` and `sideEffects`), one
  // outside it (a linked workspace) as the app's own source: a test through links once passed while an
  // installed copy went wrong.
  dir = mkdtempSync(join(tmpdir(), 'terbuka-konsumen-'));
  mkdirSync(join(dir, 'node_modules/@terbuka'), { recursive: true });
  for (const p of ['sdk', 'widgets']) {
    const ke = join(dir, 'node_modules/@terbuka', p);
    mkdirSync(ke);
    cpSync(join(paket, p, 'package.json'), join(ke, 'package.json'));
    cpSync(join(paket, p, 'dist'), join(ke, 'dist'), { recursive: true });
  }
  const modulAkar = join(paket, '../node_modules');
  for (const nama of readdirSync(modulAkar))
    if (nama !== '@terbuka' && nama !== '.bin')
      symlinkSync(join(modulAkar, nama), join(dir, 'node_modules', nama));
  writeFileSync(join(dir, 'package.json'), '{ "private": true, "type": "module" }\n');
  writeFileSync(
    join(dir, 'main.js'),
    "import '@terbuka/widgets/informasi-berkala/define';\nimport '@terbuka/widgets/badge/define';\n",
  );
  const hasil = await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    build: { write: false, rolldownOptions: { input: join(dir, 'main.js') } },
  });
  const keluaran = (Array.isArray(hasil) ? hasil : [hasil]) as Rollup.RollupOutput[];
  chunks = keluaran.flatMap((k) => k.output).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
});

after(() => rmSync(dir, { recursive: true, force: true }));

/** The entry and every chunk it imports statically, transitively: what a page loads before it runs. */
function diMuka(): Rollup.OutputChunk[] {
  const per = new Map(chunks.map((c) => [c.fileName, c]));
  const hasil = new Map<string, Rollup.OutputChunk>();
  const kunjungi = (f: string): void => {
    const c = per.get(f);
    if (!c || hasil.has(f)) return;
    hasil.set(f, c);
    c.imports.forEach(kunjungi);
  };
  chunks.filter((c) => c.isEntry).forEach((c) => kunjungi(c.fileName));
  return [...hasil.values()];
}

/** Module ids with code in the chunk (a module tree-shaken to nothing does not count). */
const modul = (c: Rollup.OutputChunk): string[] =>
  Object.entries(c.modules)
    .filter(([, m]) => m.renderedLength > 0)
    .map(([id]) => id.replaceAll('\\', '/'));

test("a consumer's Vite build reads the packages' dist, as published", () => {
  const semua = chunks.flatMap(modul);
  assert.ok(
    semua.some((m) => m.includes('/widgets/dist/')),
    'the widgets come from dist/',
  );
  assert.ok(
    semua.some((m) => m.includes('/sdk/dist/')),
    'the SDK comes from dist/',
  );
  assert.deepEqual(
    semua.filter((m) => /\/(sdk|widgets)\/src\//.test(m)),
    [],
    'no source module (the @terbuka/source condition is the repository’s own)',
  );
});

test("a consumer's Vite build of the panel and the badge loads none of the lazy parts up front", () => {
  const muka = diMuka();
  assert.ok(muka.length > 0);
  for (const { apa, modul: pola, teks } of LAZY) {
    for (const c of muka) {
      assert.deepEqual(
        modul(c).filter((m) => pola.test(m)),
        [],
        `${apa} in ${c.fileName}, which the page loads up front`,
      );
      if (teks) assert.ok(!c.code.includes(teks), `"${teks}" (${apa}) in ${c.fileName}, loaded up front`);
    }
  }
});

test("a consumer's Vite build sets Object.hasOwn before @noble/* loads, and takes noble from node_modules", () => {
  // @noble/hashes calls Object.hasOwn while its module loads (Safari 15.0–15.3 lack it): the widgets'
  // pelengkap-hasown chunk, the fallback's first import, must come first in whatever chunk holds noble.
  const noble = chunks.filter((c) => modul(c).some((m) => /node_modules\/@noble\//.test(m)));
  assert.equal(noble.length, 1, noble.map((c) => c.fileName).join());
  const urutan = modul(noble[0]!);
  const pelengkap = urutan.findIndex((m) => /widgets\/dist\/chunks\/pelengkap-hasown-[^/]*\.js$/.test(m));
  const pertama = urutan.findIndex((m) => /node_modules\/@noble\//.test(m));
  // pertama ≥ 0: noble is the package in node_modules (one copy per app), not a copy inside widgets' dist.
  assert.ok(pertama >= 0 && pelengkap >= 0 && pelengkap < pertama, urutan.join('\n'));
  const kode = noble[0]!.code;
  assert.ok(kode.indexOf('"hasOwn"') < kode.indexOf('Object.hasOwn('), 'hasOwn is set after noble uses it');
});

test("a consumer's Vite build keeps each lazy part in a chunk of its own that the page can load", () => {
  const muka = new Set(diMuka().map((c) => c.fileName));
  const lazy = chunks.filter((c) => !muka.has(c.fileName));
  for (const { apa, modul: pola, teks } of LAZY) {
    const ada = lazy.filter((c) => modul(c).some((m) => pola.test(m)));
    assert.ok(ada.length > 0, `${apa}: no lazy chunk holds it`);
    if (teks)
      assert.ok(
        ada.some((c) => c.code.includes(teks)),
        `${apa}: "${teks}" in none of its chunks`,
      );
  }
  // The lazy chunks are reached: every one is the target of some import() (directly or through its chunk).
  const dinamis = new Set(chunks.flatMap((c) => c.dynamicImports));
  assert.ok(dinamis.size > 0);
  for (const f of dinamis) assert.ok(!muka.has(f), `${f} is import()ed but also loaded up front`);
});
