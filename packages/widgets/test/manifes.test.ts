/// <reference lib="dom" />
// custom-elements.json and the VS Code data made from it describe every element the package registers,
// with the attributes the registered classes really observe. `npm test` builds the widgets first.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { bukaPeramban, dariBerkas, dist, halaman, layani } from './peramban.js';
import type { Peladen } from './peramban.js';

interface Atribut {
  readonly name: string;
}
interface Deklarasi {
  readonly kind: string;
  readonly name: string;
  readonly tagName?: string;
  readonly customElement?: boolean;
  readonly summary?: string;
  readonly description?: string;
  readonly attributes?: readonly Atribut[];
  readonly cssParts?: readonly Atribut[];
  readonly cssProperties?: readonly Atribut[];
  readonly members?: readonly Atribut[];
}
interface Manifes {
  readonly schemaVersion: string;
  readonly modules: readonly {
    readonly path: string;
    readonly declarations?: readonly Deklarasi[];
    readonly exports?: readonly {
      kind: string;
      name: string;
      declaration: { name: string; module?: string };
    }[];
  }[];
}

const baca = <T>(f: string): T => JSON.parse(readFileSync(new URL(f, dist), 'utf8')) as T;
const src = new URL('../src/', import.meta.url);

/** Tags registered by the source: `Klass.define('ppid-…')` in each element's define.ts. */
function tagTerdaftar(): string[] {
  const tag: string[] = [];
  for (const folder of readdirSync(src, { withFileTypes: true })) {
    if (!folder.isDirectory() || folder.name === 'internal') continue;
    let isi: string;
    try {
      isi = readFileSync(new URL(`${folder.name}/define.ts`, src), 'utf8');
    } catch {
      continue;
    }
    for (const m of isi.matchAll(/\.define\(\s*'(ppid-[a-z-]+)'\s*\)/g)) tag.push(m[1]!);
  }
  return tag.sort();
}

/** Each defined tag with its class declaration. */
function elemen(m: Manifes): Map<string, Deklarasi> {
  const kelas = new Map<string, Deklarasi>();
  for (const mod of m.modules)
    for (const d of mod.declarations ?? []) if (d.kind === 'class') kelas.set(`${mod.path}#${d.name}`, d);
  const hasil = new Map<string, Deklarasi>();
  for (const mod of m.modules)
    for (const e of mod.exports ?? []) {
      if (e.kind !== 'custom-element-definition') continue;
      const d = kelas.get(`${e.declaration.module}#${e.declaration.name}`);
      assert.ok(d, `${e.name}: class ${e.declaration.name} not found in ${e.declaration.module}`);
      hasil.set(e.name, d);
    }
  return hasil;
}

let peladen: Peladen;
let peramban: Browser;
/**
 * observedAttributes of every registered tag, read in Chromium from the built classic scripts:
 * terbuka.min.js (display elements) and terbuka-permintaan.min.js (request form, status page).
 */
let diamati: Record<string, string[] | null>;

before(async () => {
  peladen = await layani({
    '/terbuka.min.js': dariBerkas(new URL('terbuka.min.js', dist)),
    '/terbuka-permintaan.min.js': dariBerkas(new URL('terbuka-permintaan.min.js', dist)),
    '/': halaman(
      '<!doctype html><title>x</title><script src="/terbuka.min.js"></script><script src="/terbuka-permintaan.min.js"></script>',
    ),
  });
  peramban = await bukaPeramban();
  const page = await peramban.newPage();
  await page.goto(`${peladen.url}/`);
  diamati = await page.evaluate(
    (tags) =>
      Object.fromEntries(
        tags.map((t) => {
          const k = customElements.get(t) as
            (CustomElementConstructor & { observedAttributes?: string[] }) | undefined;
          return [t, k ? [...(k.observedAttributes ?? [])].sort() : null];
        }),
      ),
    tagTerdaftar(),
  );
});

after(async () => {
  await peramban?.close();
  await peladen?.tutup();
});

test('package.json points to the manifest', () => {
  const paket = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    customElements?: string;
  };
  assert.equal(paket.customElements, 'dist/custom-elements.json');
  assert.match(baca<Manifes>('custom-elements.json').schemaVersion, /^\d+\.\d+\.\d+$/);
});

test('the manifest defines exactly the registered ppid-* elements, each with a summary', () => {
  const tag = tagTerdaftar();
  assert.ok(tag.includes('ppid-informasi-berkala') && tag.includes('ppid-daftar-informasi'), tag.join());
  const el = elemen(baca<Manifes>('custom-elements.json'));
  assert.deepEqual([...el.keys()].sort(), tag);
  for (const [t, d] of el) {
    assert.equal(d.tagName, t);
    assert.equal(d.customElement, true, t);
    assert.ok(d.summary || d.description, `${t}: no @summary or description`);
  }
});

test('every registered element is in a classic script, and the manifest lists exactly the attributes it observes', () => {
  const el = elemen(baca<Manifes>('custom-elements.json'));
  for (const t of tagTerdaftar()) {
    const amati = diamati[t];
    assert.ok(amati, `${t} is registered by neither terbuka.min.js nor terbuka-permintaan.min.js`);
    assert.ok(amati.includes('lang') && amati.includes('theme'), `${t}: ${amati.join()}`);
    const atribut = [...new Set((el.get(t)?.attributes ?? []).map((a) => a.name))].sort();
    assert.deepEqual(atribut, amati, `${t}: manifest attributes ≠ observedAttributes`);
  }
});

test('the list elements document their parts and --ppid-* properties', () => {
  const el = elemen(baca<Manifes>('custom-elements.json'));
  for (const t of ['ppid-informasi-berkala', 'ppid-daftar-informasi']) {
    const d = el.get(t)!;
    const part = (d.cssParts ?? []).map((p) => p.name);
    for (const p of ['base', 'toolbar', 'search', 'entry', 'entry-title', 'chip', 'link'])
      assert.ok(part.includes(p), `${t} ::part(${p})`);
    const prop = (d.cssProperties ?? []).map((p) => p.name);
    for (const p of ['--ppid-color-accent', '--ppid-font-family', '--ppid-height', '--ppid-color-overdue'])
      assert.ok(prop.includes(p), `${t} ${p}`);
  }
  assert.ok(
    (el.get('ppid-daftar-informasi')!.cssParts ?? []).some((p) => p.name === 'tab'),
    'ppid-daftar-informasi ::part(tab)',
  );
  // Each chip's own part, for a theme that colours one kind of chip.
  for (const t of ['ppid-informasi-berkala', 'ppid-daftar-informasi']) {
    const part = (el.get(t)!.cssParts ?? []).map((p) => p.name);
    for (const p of [
      'chip-segar',
      'chip-jatuh-tempo',
      'chip-terlambat',
      'chip-tanpa-tanggal',
      'chip-bertanggal',
    ])
      assert.ok(part.includes(p), `${t} ::part(${p})`);
  }
  // The forms' error colour, documented for admins, is in the manifest too.
  for (const t of ['ppid-permintaan', 'ppid-status-permintaan'])
    assert.ok(
      (el.get(t)!.cssProperties ?? []).some((p) => p.name === '--ppid-color-error'),
      `${t} --ppid-color-error`,
    );
});

test('VS Code offers the values an attribute takes, never a type name of the source', () => {
  const data = baca<{
    tags: { name: string; attributes: (Atribut & { values?: { name: string }[] })[] }[];
  }>('vscode.html-custom-data.json');
  const nilai = (t: string, a: string): string[] | undefined =>
    data.tags
      .find((x) => x.name === t)
      ?.attributes.find((x) => x.name === a)
      ?.values?.map((v) => v.name);
  for (const t of data.tags) {
    for (const a of t.attributes)
      for (const v of a.values ?? [])
        assert.doesNotMatch(
          v.name,
          /^[A-Z][a-z]+(?:[A-Z][a-z]*)*$/,
          `${t.name} ${a.name}: ${v.name} is a type's name`,
        );
    assert.deepEqual(nilai(t.name, 'theme'), ['terang', 'gelap', 'otomatis'], t.name);
    assert.deepEqual(nilai(t.name, 'lang'), ['id', 'en'], t.name);
  }
  assert.deepEqual(nilai('ppid-permintaan', 'mode'), ['permintaan', 'keberatan']);
  assert.deepEqual(nilai('ppid-informasi-berkala', 'mode'), ['periksa']);
  assert.deepEqual(nilai('ppid-badge', 'size'), ['kecil']);
  assert.deepEqual(nilai('ppid-badge', 'agency-kind'), ['opd', 'kecamatan', 'kelurahan', 'desa', 'lainnya']);
});

test('the VS Code HTML custom data has every element with the same attributes', () => {
  const data = baca<{
    version: number;
    tags: { name: string; description: string; attributes: Atribut[] }[];
  }>('vscode.html-custom-data.json');
  const el = elemen(baca<Manifes>('custom-elements.json'));
  assert.deepEqual(data.tags.map((t) => t.name).sort(), tagTerdaftar());
  for (const t of data.tags) {
    assert.ok(t.description.length > 0, t.name);
    assert.deepEqual(
      t.attributes.map((a) => a.name).sort(),
      [...new Set((el.get(t.name)?.attributes ?? []).map((a) => a.name))].sort(),
      t.name,
    );
  }
  const css = baca<{ properties: Atribut[] }>('vscode.css-custom-data.json');
  assert.ok(css.properties.some((p) => p.name === '--ppid-color-accent'));
});

/** Every `--ppid-*` property the elements' CSS reads (`var(--ppid-…)`), from the sources that ship. */
function propertiCss(folder = src, hasil = new Set<string>()): Set<string> {
  for (const f of readdirSync(folder, { withFileTypes: true })) {
    if (f.isDirectory()) propertiCss(new URL(`${f.name}/`, folder), hasil);
    else if (f.name.endsWith('.ts') && !f.name.endsWith('.test.ts'))
      for (const m of readFileSync(new URL(f.name, folder), 'utf8').matchAll(/var\(\s*(--ppid-[\w-]+)/g))
        hasil.add(m[1]!);
  }
  return hasil;
}

test('the VS Code CSS data has one entry per --ppid-* property and per part, and exactly the properties the CSS reads', () => {
  const css = baca<{
    properties: (Atribut & { description: string })[];
    pseudoElements: (Atribut & { description: string })[];
  }>('vscode.css-custom-data.json');
  const nama = css.properties.map((p) => p.name);
  assert.deepEqual(nama, [...new Set(nama)], 'a property listed twice (VS Code shows each as a completion)');
  const part = css.pseudoElements.map((p) => p.name);
  assert.deepEqual(part, [...new Set(part)], 'a part listed twice');
  const dibaca = propertiCss();
  assert.ok(dibaca.has('--ppid-color-accent') && dibaca.has('--ppid-font-family'), [...dibaca].join());
  assert.deepEqual(
    [...nama].sort(),
    [...dibaca].sort(),
    'VS Code CSS data ≠ the --ppid-* properties the CSS reads',
  );
  // Merged descriptions keep what each element said: the general one, then the badge's own.
  const aksen = css.properties.find((p) => p.name === '--ppid-color-accent')!.description;
  assert.match(aksen, /^buttons and links\nppid-badge: the retry button and the focus ring$/);
  // A property only some elements read names them.
  assert.match(
    css.properties.find((p) => p.name === '--ppid-height')!.description,
    /\(ppid-daftar-informasi, ppid-informasi-berkala\)$/,
  );
});

/** The files `npm pack` puts in the published package (`files` of package.json), as package-relative paths. */
function berkasTerbit(): Set<string> {
  const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  const [isi] = JSON.parse(r.stdout) as [{ files: { path: string }[] }];
  return new Set(isi.files.map((f) => f.path));
}

/** Every `module` below `x` (a reference: an export's declaration, a superclass, `inheritedFrom` …). */
function modulRujukan(x: unknown, hasil: string[] = []): string[] {
  if (Array.isArray(x)) for (const y of x) modulRujukan(y, hasil);
  else if (x && typeof x === 'object') {
    const o = x as Record<string, unknown>;
    if (typeof o['module'] === 'string' && !o['package']) hasil.push(o['module']);
    for (const y of Object.values(o)) modulRujukan(y, hasil);
  }
  return hasil;
}

test('every module path and reference in the manifest is a file the package ships', () => {
  // Tools (VS Code, Storybook, lit-analyzer, catalogs) resolve these from the installed package: the
  // analyzer's own `src/….ts` module paths, `/src/….js` superclasses and `./internal/….js` re-exports
  // named files no one can import (or none at all).
  const terbit = berkasTerbit();
  assert.ok(terbit.has('dist/index.js') && terbit.has('dist/custom-elements.json'), [...terbit].join());
  const m = baca<Manifes>('custom-elements.json');
  const jalur = m.modules.map((x) => x.path);
  const rujukan = modulRujukan(m.modules);
  assert.ok(jalur.includes('dist/badge/badge.js') && rujukan.includes('dist/index.js'), jalur.join());
  for (const p of [...jalur, ...rujukan]) assert.ok(terbit.has(p), `${p} is not in the published package`);
  // The modules are the package's entry points (package.json `exports`), each at the JavaScript that ships.
  const paket = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    exports: Record<string, string | Record<string, string>>;
  };
  const entri = new Set(
    Object.values(paket.exports).flatMap((t) => (typeof t === 'object' ? [t['default']!.slice(2)] : [])),
  );
  for (const p of jalur) assert.ok(entri.has(p), `${p} is not an entry point of package.json exports`);
  // A class an entry re-exports is described where a consumer imports it from.
  const indeks = m.modules.find((x) => x.path === 'dist/index.js')!;
  for (const k of ['TerbukaElement', 'DaftarElement']) {
    assert.ok(
      indeks.declarations?.some((d) => d.name === k),
      `${k} is not described in dist/index.js`,
    );
    assert.equal(indeks.exports?.find((e) => e.name === k)?.declaration.module, 'dist/index.js', k);
  }
  // A type-only re-export (`export { type Tema }`) is no JavaScript export.
  assert.ok(!indeks.exports?.some((e) => e.name === 'Tema'), 'type Tema listed as a JavaScript export');
});

test('the test-only members are not public API: not in the manifest', () => {
  const anggota = baca<Manifes>('custom-elements.json')
    .modules.flatMap((x) => x.declarations ?? [])
    .flatMap((d) => d.members ?? []);
  assert.ok(
    anggota.some((a) => a.name === 'src'),
    'members are listed',
  );
  for (const rahasia of ['jedaUlangMs', 'kriptoCadangan', 'jedaAntreanMs'])
    assert.ok(!anggota.some((a) => a.name === rahasia), `${rahasia} is in custom-elements.json`);
});
