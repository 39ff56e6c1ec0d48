// Under Node, `@terbuka/sdk` (package.json `exports`, condition `node`) gives bersihkanTeks and
// KlienPermintaan that name a wrong argument with GalatArgumen; the browser entry does not carry the check
// (src/node.ts, request/argumen-node.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { Rollup } from 'vite';
import { bersihkanTeks, GalatArgumen, KlienPermintaan, type OpsiKlien } from '@terbuka/sdk';
import { KlienPermintaan as KlienDasar } from './klien.js';

/** The GalatArgumen `f()` throws, checked for its function, parameter and both languages. */
function galat(f: () => unknown, fungsi: string, parameter: string, harus: RegExp, bukan: string): void {
  assert.throws(f, (e: unknown) => {
    assert.ok(e instanceof GalatArgumen, String(e));
    assert.ok(e instanceof TypeError);
    assert.equal(e.fungsi, fungsi);
    assert.equal(e.parameter, parameter);
    assert.match(
      e.teks.id,
      new RegExp(`^${fungsi}: ${parameter.replace('.', '\\.')} harus .*, bukan ${bukan}\\.$`),
    );
    assert.match(
      e.teks.en,
      new RegExp(`^${fungsi}: ${parameter.replace('.', '\\.')} must be .*, not ${bukan}\\.$`),
    );
    assert.match(e.message, harus);
    return true;
  });
}

const memori = () => {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  };
};
const opsiSah = (): OpsiKlien => ({
  endpoint: 'https://ppid.contoh.go.id/api/',
  fetch: () => Promise.reject(new Error('tidak dipakai')),
  storage: memori(),
  sekarang: () => new Date('2026-03-02T03:00:00Z'),
  acak: () => 0.5,
});

test('bersihkanTeks: a non-string throws GalatArgumen naming it; a string is cleaned as before', () => {
  galat(
    () => bersihkanTeks(42 as unknown as string),
    'bersihkanTeks',
    's',
    /teks \(string\).*a string/,
    'number 42',
  );
  galat(() => bersihkanTeks(undefined as unknown as string), 'bersihkanTeks', 's', /string/, 'undefined');
  galat(() => bersihkanTeks(null as unknown as string), 'bersihkanTeks', 's', /string/, 'null');
  assert.equal(bersihkanTeks('a\u0002b\u000Bc\uD800'), 'ab\nc\uFFFD');
});

test('new KlienPermintaan: options missing or of the wrong type throw GalatArgumen naming the option', () => {
  const baru = (o: unknown) => () => new KlienPermintaan(o as OpsiKlien);
  const f = 'new KlienPermintaan';
  galat(baru(undefined), f, 'opsi', /objek OpsiKlien.*an OpsiKlien object/, 'undefined');
  galat(baru('https://ppid.contoh.go.id/api'), f, 'opsi', /OpsiKlien/, 'string');
  galat(baru({ ...opsiSah(), endpoint: undefined }), f, 'opsi.endpoint', /string/, 'undefined');
  galat(baru({ ...opsiSah(), endpoint: new URL('https://a.go.id') }), f, 'opsi.endpoint', /string/, 'URL');
  galat(baru({ ...opsiSah(), fetch: undefined }), f, 'opsi.fetch', /fungsi.*a function/, 'undefined');
  galat(baru({ ...opsiSah(), sekarang: new Date() }), f, 'opsi.sekarang', /function/, 'Date');
  galat(baru({ ...opsiSah(), acak: 0.5 }), f, 'opsi.acak', /function/, 'number 0.5');
  galat(baru({ ...opsiSah(), storage: undefined }), f, 'opsi.storage', /localStorage/, 'undefined');
  galat(
    baru({ ...opsiSah(), storage: new Map() }),
    f,
    'opsi.storage',
    /getItem, setItem dan removeItem/,
    'Map',
  );
  galat(baru({ ...opsiSah(), daring: true }), f, 'opsi.daring', /function/, 'boolean true');
});

test('new KlienPermintaan with valid options is the SDK client, and works', async () => {
  const k = new KlienPermintaan({ ...opsiSah(), daring: () => false });
  assert.ok(k instanceof KlienDasar);
  // Its methods are the client's: a submission that is not one is refused before anything is queued.
  const h = await k.kirim({ format: 'bukan pengajuan' });
  assert.equal(h.status, 'tidak-sah');
  assert.deepEqual((await k.antrean()).length, 0);
});

test('plain Node (the published dist, no source condition) resolves @terbuka/sdk to the checking entry', () => {
  const kode = `
    const m = await import('@terbuka/sdk');
    console.log(import.meta.resolve('@terbuka/sdk').endsWith('/sdk/dist/node.js'));
    for (const f of [() => m.bersihkanTeks(1), () => new m.KlienPermintaan()])
      try { f(); console.log('no error'); } catch (e) { console.log(e instanceof m.GalatArgumen); }`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', kode], {
    cwd: fileURLToPath(new URL('../../../..', import.meta.url)),
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(r.stdout.trim().split('\n'), ['true', 'true', 'true']);
});

test("a browser bundle (Vite's client conditions, the published dist) takes the entry without the check", async () => {
  // A consumer's folder with the SDK installed (linked, as npm links a local path).
  const dir = mkdtempSync(join(tmpdir(), 'terbuka-sdk-peramban-'));
  try {
    mkdirSync(join(dir, 'node_modules/@terbuka'), { recursive: true });
    symlinkSync(
      fileURLToPath(new URL('../../', import.meta.url)),
      join(dir, 'node_modules/@terbuka/sdk'),
      'dir',
    );
    writeFileSync(join(dir, 'main.js'), "export { bersihkanTeks, KlienPermintaan } from '@terbuka/sdk';\n");
    const hasil = (await build({
      root: dir,
      configFile: false,
      logLevel: 'silent',
      build: {
        write: false,
        minify: false,
        lib: { entry: join(dir, 'main.js'), formats: ['es'] },
        rolldownOptions: { external: [/^(papaparse|valibot)/] },
      },
    })) as Rollup.RollupOutput[];
    const kode = hasil[0]!.output.map((c) => (c.type === 'chunk' ? c.code : '')).join('\n');
    assert.match(kode, /KlienPermintaan = class \{/);
    assert.match(kode, /sdk\/dist\/request\/klien\.js/);
    assert.doesNotMatch(kode, /GalatArgumen|argumen-node/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
