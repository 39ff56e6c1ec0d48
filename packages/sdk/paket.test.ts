// What npm would publish: the built code, its types, the JSON Schema files — and no tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

// Each package packed once for all the tests below (a few seconds each).
const DIKEMAS = new Map<string, string[]>();

function isiPaket(workspace: string): string[] {
  const ada = DIKEMAS.get(workspace);
  if (ada) return ada;
  const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', '-w', workspace], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  const [paket] = JSON.parse(r.stdout) as { files: { path: string }[] }[];
  const files = paket!.files.map((f) => f.path);
  DIKEMAS.set(workspace, files);
  return files;
}

test('@terbuka/sdk ships its built code, types and JSON Schemas, and no test files', () => {
  const files = isiPaket('@terbuka/sdk');
  for (const wajib of [
    'dist/index.js',
    'dist/index.d.ts',
    'dist/dip/csv.js',
    'schema/dip-v1.schema.json',
    'schema/feed-v1.schema.json',
    'package.json',
  ])
    assert.ok(files.includes(wajib), `${wajib} missing from the package`);
  assert.deepEqual(
    files.filter((f) => /\.test\.|tsbuildinfo/.test(f)),
    [],
  );
});

test('@terbuka/cli ships its binary and built code', () => {
  const files = isiPaket('@terbuka/cli');
  for (const wajib of ['bin/terbuka.js', 'dist/main.js', 'package.json'])
    assert.ok(files.includes(wajib), `${wajib} missing from the package`);
  assert.deepEqual(
    files.filter((f) => /\.test\.|tsbuildinfo/.test(f)),
    [],
  );
});

test("no package ships a test or a test helper (*.test.*, uji/, the widgets' testing/ and fixtures/)", () => {
  // Test helpers (the server's child-process runner, the monitor's TLS test servers …) are not the product:
  // a consumer would get them with their dependencies on test-only packages and nothing to run them with.
  for (const nama of ['sdk', 'widgets', 'cli', 'monitor', 'server'])
    assert.deepEqual(
      isiPaket(`@terbuka/${nama}`).filter((f) =>
        /\.test\.|(^|\/)uji\/|^src\/internal\/testing\/|^src\/badge\/fixtures\//.test(f),
      ),
      [],
      `@terbuka/${nama}`,
    );
});

test('every package ships a README naming its guides (docs/id and docs/en files that exist) and publishes as public', () => {
  // The guides are not in the tarballs: a README on npm names them by their path in the repository, both
  // languages, and every path it names must exist. A scoped package publishes as restricted unless told.
  for (const nama of ['sdk', 'widgets', 'cli', 'monitor', 'server']) {
    assert.ok(isiPaket(`@terbuka/${nama}`).includes('README.md'), `@terbuka/${nama}: README.md not packed`);
    const teks = readFileSync(new URL(`../${nama}/README.md`, import.meta.url), 'utf8');
    const disebut = [...new Set(teks.match(/docs\/(id|en)\/[\w-]+\.md/g) ?? [])];
    for (const bahasa of ['id', 'en'])
      assert.ok(
        disebut.some((d) => d.startsWith(`docs/${bahasa}/`)),
        `${nama}/README.md names no docs/${bahasa}/ guide`,
      );
    for (const d of disebut)
      assert.ok(existsSync(new URL(`../../${d}`, import.meta.url)), `${nama}/README.md: ${d} does not exist`);
    const paket = JSON.parse(readFileSync(new URL(`../${nama}/package.json`, import.meta.url), 'utf8')) as {
      publishConfig?: { access?: string };
    };
    assert.equal(paket.publishConfig?.access, 'public', `@terbuka/${nama} publishConfig.access`);
  }
});

interface Manifes {
  readonly main?: string;
  readonly types?: string;
  readonly exports: Readonly<Record<string, string | Readonly<Record<string, string>>>>;
  readonly typesVersions?: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
}

test('every package names its entry and types at the top level and its subpaths’ types in typesVersions (TypeScript moduleResolution node10), all in the package', () => {
  // node10 reads no `exports`: without `types` a TypeScript project on it cannot find @terbuka/sdk (TS2307),
  // not even through the widgets' own type files; its subpaths (`@terbuka/sdk/csv`) need typesVersions.
  for (const nama of ['sdk', 'widgets', 'cli', 'monitor', 'server']) {
    const paket = JSON.parse(
      readFileSync(new URL(`../${nama}/package.json`, import.meta.url), 'utf8'),
    ) as Manifes;
    const files = isiPaket(`@terbuka/${nama}`);
    const dikemas = (f: string | undefined, apa: string): void =>
      assert.ok(f && files.includes(f.replace(/^\.\//, '')), `${nama} ${apa}: ${f} is not in the package`);
    const akar = paket.exports['.'] as Readonly<Record<string, string>>;
    assert.equal(paket.types, akar['types'], `${nama}: "types" ≠ exports["."].types`);
    assert.equal(paket.main, akar['default'], `${nama}: "main" ≠ exports["."].default`);
    dikemas(paket.main, 'main');
    dikemas(paket.types, 'types');
    const subpath = Object.entries(paket.exports).flatMap(([k, v]) =>
      k !== '.' && typeof v === 'object' && v['types'] ? [[k.slice(2), [v['types']]] as const] : [],
    );
    assert.deepEqual(paket.typesVersions?.['*'] ?? {}, Object.fromEntries(subpath), `${nama} typesVersions`);
    for (const [k, [t]] of subpath) dikemas(t, `typesVersions ${k}`);
  }
});
