// The published package as a consumer sees it: fields, exports that resolve to built files, side effects.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const paket = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
  exports: Record<string, string | Record<string, string>>;
  sideEffects: string[];
  dependencies: Record<string, string>;
};
const ada = (p: string): boolean => existsSync(new URL(`../${p}`, import.meta.url));

test('VERSI equals the package version (the define clash warning names it)', () => {
  const src = readFileSync(new URL('../src/internal/versi.ts', import.meta.url), 'utf8');
  assert.match(src, new RegExp(`VERSI = '${paket.version.replace(/\./g, '\\.')}'`));
});

test('every export resolves to a built file, with types for the ES modules', () => {
  for (const [nama, tujuan] of Object.entries(paket.exports)) {
    if (typeof tujuan === 'string') {
      if (!tujuan.includes('*')) assert.ok(ada(tujuan), `${nama} → ${tujuan}`);
      continue;
    }
    assert.ok(ada(tujuan['default'] as string), `${nama} → ${tujuan['default']}`);
    assert.ok(ada(tujuan['types'] as string), `${nama} types → ${tujuan['types']}`);
    if (tujuan['@terbuka/source']) assert.ok(ada(tujuan['@terbuka/source']), `${nama} source`);
  }
});

test('only registration files have side effects; lit is a dependency', () => {
  assert.ok(paket.sideEffects.length > 0);
  // Besides registration: a built-in the fallback verifier adds where old browsers lack it
  // (src/badge/pelengkap-hasown.ts, in the npm build its own chunk), which must not be tree-shaken away.
  for (const s of paket.sideEffects)
    assert.match(
      s,
      /define(-permintaan)?\.(js|ts)$|terbuka(-permintaan)?\.min\.js$|\/cdn\/\*\.js$|\/pelengkap-[\w-]+(\.ts|-\*\.js)$/,
      s,
    );
  assert.ok(paket.dependencies['lit']);
  const kelas = readFileSync(
    new URL('../dist/informasi-berkala/informasi-berkala.js', import.meta.url),
    'utf8',
  );
  assert.doesNotMatch(kelas, /customElements\.define/);
});

/** The npm build's ES modules (entries and chunks in dist/): not the CDN's, not the classic scripts. */
function modulNpm(): Map<string, string> {
  const d = new URL('../dist/', import.meta.url);
  const hasil = new Map<string, string>();
  for (const f of readdirSync(d, { recursive: true, encoding: 'utf8' }))
    if (f.endsWith('.js') && !/^(cdn|types)\//.test(f) && !/^terbuka[\w.-]*\.js$/.test(f))
      hasil.set(f, readFileSync(new URL(f, d), 'utf8'));
  return hasil;
}

test('the npm ES modules import the dependencies (@noble/*, lit, the SDK) rather than bundle them', () => {
  // A consumer's bundler then has one copy of each, shared with its other packages; the CDN and classic
  // builds carry them (a page loads those as they are).
  const npm = modulNpm();
  assert.ok(npm.has('index.js') && npm.has('badge/badge.js'), [...npm.keys()].join());
  const bergantung = Object.keys(paket.dependencies);
  assert.ok(bergantung.includes('@noble/ed25519') && bergantung.includes('@noble/hashes'), bergantung.join());
  // A bundled package's modules show as their path comments (`// ../../node_modules/@noble/…`), its licence.
  for (const [f, kode] of npm) {
    assert.doesNotMatch(kode, /^\/\/ .*node_modules\//m, `${f} bundles a package`);
    assert.doesNotMatch(kode, /noble-(ed25519|hashes) - MIT/, `${f} bundles @noble/*`);
  }
  const cadangan = [...npm].filter(([f]) => /^chunks\/ed25519-cadangan-[\w-]+\.js$/.test(f));
  assert.equal(cadangan.length, 1, 'the Ed25519 fallback chunk');
  const [, kode] = cadangan[0]!;
  const impor = [...kode.matchAll(/^import\s+(?:[^'"]*?from\s*)?["']([^'"]+)["']/gm)].map((m) => m[1]!);
  assert.ok(impor.includes('@noble/ed25519') && impor.includes('@noble/hashes/sha2.js'), impor.join());
  // Object.hasOwn first: @noble/hashes calls it while its module loads (Safari 15.0–15.3 lack it).
  assert.match(impor[0]!, /^\.\/pelengkap-hasown-[\w-]+\.js$/, impor.join());
  const pelengkap = npm.get(`chunks/${impor[0]!.slice(2)}`);
  assert.match(pelengkap ?? '', /Object\.defineProperty\(Object, "hasOwn"/);
  // The CDN keeps noble inside its fallback chunk.
  assert.match(
    readFileSync(new URL('../dist/cdn/chunks/lencana-ed25519-cadangan.js', import.meta.url), 'utf8'),
    /noble-ed25519 - MIT/,
  );
});

test('on a server (Node, no DOM) the display define entries import without throwing and register nothing', () => {
  // A server render (Next.js, Astro, SvelteKit) evaluates `import '@terbuka/widgets/define'`: the `node`
  // condition gives the classes; the browser build of the same import registers them. Run as a consumer
  // runs it: plain node, no source condition.
  const kode = `
    for (const m of ['@terbuka/widgets/informasi-berkala/define', '@terbuka/widgets/daftar-informasi/define',
      '@terbuka/widgets/badge/define', '@terbuka/widgets/define']) await import(m);
    const { PpidBadge } = await import('@terbuka/widgets/badge/define');
    console.log(typeof PpidBadge, globalThis.customElements?.get('ppid-badge'));
    for (const f of ['terbuka.min.js', 'terbuka-lencana.min.js', 'terbuka-csv.js'])
      console.log(import.meta.resolve('@terbuka/widgets/' + f).endsWith('/dist/' + f));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', kode], {
    cwd: fileURLToPath(new URL('../../..', import.meta.url)),
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(r.stdout.trim().split('\n'), ['function undefined', 'true', 'true', 'true']);
});

test('every package ships the licence, the same text as the repository’s', () => {
  const akar = new URL('../../../', import.meta.url);
  const lisensi = readFileSync(new URL('LICENSE', akar), 'utf8');
  assert.match(lisensi, /^MIT License/);
  for (const p of ['sdk', 'widgets', 'cli', 'monitor', 'server'])
    assert.equal(readFileSync(new URL(`packages/${p}/LICENSE`, akar), 'utf8'), lisensi, p);
});

test('a TypeScript project on moduleResolution node10 type-checks against the published types', () => {
  // Such a project reads no `exports`: the top-level `types` and `typesVersions` of both packages must lead
  // it to the same files (without them: TS2307 for @terbuka/sdk inside the widgets' own type files). It also
  // sees what the published types promise: `data` takes a DIP document or `undefined` (with
  // exactOptionalPropertyTypes too), and the test-only members are gone.
  const dir = mkdtempSync(join(tmpdir(), 'terbuka-node10-'));
  try {
    mkdirSync(join(dir, 'node_modules/@terbuka'), { recursive: true });
    for (const p of ['sdk', 'widgets'])
      symlinkSync(
        fileURLToPath(new URL(`../../${p}`, import.meta.url)),
        join(dir, `node_modules/@terbuka/${p}`),
      );
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'commonjs',
          moduleResolution: 'node10',
          ignoreDeprecations: '6.0',
          target: 'ES2022',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          strict: true,
          exactOptionalPropertyTypes: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ['pakai.ts'],
      }),
    );
    writeFileSync(
      join(dir, 'pakai.ts'),
      [
        `import { PpidInformasiBerkala } from '@terbuka/widgets';`,
        `import { PpidBadge } from '@terbuka/widgets/badge';`,
        `import type { PpidPermintaan } from '@terbuka/widgets/permintaan';`,
        `import '@terbuka/widgets/define';`,
        `import { DIP_FORMAT } from '@terbuka/sdk';`,
        `import type { DokumenDIP } from '@terbuka/sdk';`,
        `import { imporCSV } from '@terbuka/sdk/csv';`,
        `declare const dip: DokumenDIP;`,
        `declare const daftar: PpidInformasiBerkala;`,
        `declare const lencana: PpidBadge;`,
        `declare const formulir: PpidPermintaan;`,
        `daftar.data = dip;`,
        `// Cleared from script (back to \`src\`), also under exactOptionalPropertyTypes.`,
        `daftar.data = undefined;`,
        `daftar.src = undefined;`,
        `lencana.feed = undefined;`,
        `// @ts-expect-error -- a number is not a DIP document`,
        `daftar.data = 42;`,
        `// @ts-expect-error -- test-only, not published`,
        `daftar.jedaUlangMs = 1;`,
        `// @ts-expect-error -- test-only, not published`,
        `lencana.kriptoCadangan = true;`,
        `// @ts-expect-error -- test-only, not published`,
        `formulir.jedaAntreanMs = 1;`,
        `export const dipakai = [DIP_FORMAT, imporCSV, lencana.feed, formulir.endpoint];`,
      ].join('\n'),
    );
    const r = spawnSync(
      process.execPath,
      [createRequire(import.meta.url).resolve('typescript/bin/tsc'), '-p', dir],
      { encoding: 'utf8' },
    );
    assert.equal(r.status, 0, r.stdout + r.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
