// The docs' SDK snippets as a consumer would paste them: each ```ts / ```js block of the sections below,
// in both languages, type-checked as its own ES module against the SDK's built types (dist/, as npm ships
// them: run `npx tsc -b packages/sdk` first). A snippet that uses a name it does not import, a field the
// SDK does not have, or a result it does not give fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The sections checked: file under docs/, and its heading line exactly. */
const BAGIAN: readonly (readonly [string, string])[] = [
  ['id/permintaan.md', '## Klien (`KlienPermintaan`)'],
  ['en/requests.md', '## Client (`KlienPermintaan`)'],
  ['id/format-dip.md', '## `dekodeBerkas(bytes, contentType?)`'],
  ['en/dip-format.md', '## `dekodeBerkas(bytes, contentType?)`'],
];

/** The ```ts / ```js blocks between a heading and the next heading of the same or a higher level. */
function cuplikanBagian(teks: string, judul: string): string[] {
  const baris = teks.split('\n');
  const awal = baris.indexOf(judul);
  if (awal < 0) return [];
  const tingkat = judul.match(/^#+/)![0].length;
  const hasil: string[] = [];
  let blok: string[] | undefined;
  for (const b of baris.slice(awal + 1)) {
    if (blok) {
      if (/^```\s*$/.test(b)) {
        hasil.push(blok.join('\n'));
        blok = undefined;
      } else blok.push(b);
    } else if (/^```(ts|js|typescript|javascript)\s*$/.test(b)) blok = [];
    else if (/^#+ /.test(b) && b.match(/^#+/)![0].length <= tingkat) break;
  }
  return hasil;
}

/** Type errors of each snippet, compiled together in one program (each its own module file). */
function periksa(cuplikan: ReadonlyMap<string, string>): string[] {
  const opsi: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: ['node'],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  };
  const host = ts.createCompilerHost(opsi);
  const bacaAsli = host.readFile.bind(host);
  const adaAsli = host.fileExists.bind(host);
  const getAsli = host.getSourceFile.bind(host);
  host.readFile = (f) => cuplikan.get(f) ?? bacaAsli(f);
  host.fileExists = (f) => cuplikan.has(f) || adaAsli(f);
  host.getSourceFile = (f, v, ...rest) => {
    const isi = cuplikan.get(f);
    return isi === undefined ? getAsli(f, v, ...rest) : ts.createSourceFile(f, isi, v, true);
  };
  const program = ts.createProgram([...cuplikan.keys()], opsi, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const pesan = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (!d.file || d.start === undefined) return pesan;
    const { line } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${d.file.fileName.slice(root.length)}:${line + 1}: ${pesan}`;
  });
}

/** A snippet that must fail, checked in the same program (one compile, a few seconds). */
const KONTROL = `${root}docs-kontrol-salah.mts`;

test('the SDK snippets of the docs (both languages) type-check against the built SDK; a wrong one fails', () => {
  assert.ok(
    existsSync(new URL('dist/index.d.ts', import.meta.url)),
    'packages/sdk/dist is missing: run `npx tsc -b packages/sdk` first',
  );
  const cuplikan = new Map<string, string>();
  for (const [berkas, judul] of BAGIAN) {
    const blok = cuplikanBagian(
      readFileSync(new URL(`../../docs/${berkas}`, import.meta.url), 'utf8'),
      judul,
    );
    assert.ok(blok.length > 0, `docs/${berkas}: no \`\`\`ts block under "${judul}"`);
    // A file at the repository root: `@terbuka/sdk` resolves as a consumer's would, through node_modules.
    // Named after its doc, so an error says which one; `.mts`: an ES module (top-level await allowed).
    blok.forEach((isi, i) =>
      cuplikan.set(`${root}docs-${berkas.replace(/[/.]/g, '-')}-${i + 1}.mts`, `${isi}\nexport {};\n`),
    );
  }
  // The check must be able to fail: an unimported name and a result compared as the string it is not.
  cuplikan.set(
    KONTROL,
    [
      `import { KlienPermintaan } from '@terbuka/sdk';`,
      `declare const klien: KlienPermintaan;`,
      `const hasil = await klien.kirim({});`,
      `if (hasil === 'terkirim') console.log(hasil);`,
      `await readFile('dip.csv');`,
      `export {};`,
    ].join('\n'),
  );
  const galat = periksa(cuplikan);
  const kontrol = galat.filter((g) => g.startsWith('docs-kontrol-salah.mts:'));
  assert.deepEqual(
    galat.filter((g) => !kontrol.includes(g)),
    [],
  );
  assert.equal(kontrol.length, 2, kontrol.join('\n'));
  assert.match(kontrol[0]!, /:4: .*'HasilKirim' and 'string'/);
  assert.match(kontrol[1]!, /:5: Cannot find name 'readFile'/);
});
