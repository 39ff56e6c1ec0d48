import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { BIN_TERBUKA, contohPermintaan, direktoriUji, kirim, mulaiServer } from '../uji/proses.js';
import { MIGRASI } from '../db/migrasi.js';

const { dir, hapus } = direktoriUji();
after(hapus);

// A server that starts when it should have refused is killed after 15 s, so the test fails instead of hanging.
const terbuka = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [BIN_TERBUKA, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production', ...env },
    timeout: 15_000,
  });

test('terbuka serve backup: an online, checked copy while the server keeps taking requests', async () => {
  // The server and the backup command inherit the usual umask 022; their files must still be 0600.
  const umaskLama = process.umask(0o022);
  after(() => process.umask(umaskLama));
  const s = await mulaiServer({ dir });
  let berhenti = false;
  let n = 0;
  const beban = (async () => {
    while (!berhenti) {
      const r = await kirim(s.alamat, '/v1/permintaan', contohPermintaan({ information: `Cadangan ${n}` }), {
        'idempotency-key': `cadangan-${n++}-kunci`,
      });
      assert.equal(r.status, 201);
    }
  })();
  while (n < 20) await new Promise((r) => setTimeout(r, 20));
  const berkas = join(dir, 'cadangan-1.sqlite');
  // spawnSync would block this process's event loop (and the load above); run it asynchronously.
  const { spawn } = await import('node:child_process');
  const hasil = await new Promise<{ code: number | null; out: string }>((ok) => {
    const p = spawn(process.execPath, [
      BIN_TERBUKA,
      'serve',
      'backup',
      berkas,
      '--config',
      s.konfigurasiBerkas,
      '--json',
    ]);
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (out += d));
    p.on('exit', (code) => ok({ code, out }));
  });
  berhenti = true;
  await beban;
  for (const b of [s.database, `${s.database}-wal`, `${s.database}-shm`, berkas].filter((x) =>
    existsSync(x),
  )) {
    assert.equal((statSync(b).mode & 0o777).toString(8), '600', b);
  }
  await s.berhenti();
  assert.equal(hasil.code, 0, hasil.out);
  const laporan = JSON.parse(hasil.out) as { integrity: string; rows: number; file: string };
  assert.equal(laporan.integrity, 'ok');
  assert.ok(laporan.rows >= 20);
  const db = new Database(berkas, { readonly: true });
  try {
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    assert.equal(db.prepare('SELECT count(*) FROM pengajuan').pluck().get(), laporan.rows);
    assert.equal(db.prepare('SELECT max(versi) FROM migrasi').pluck().get(), MIGRASI.at(-1)!.versi);
  } finally {
    db.close();
  }
  // An existing backup is never overwritten.
  const lagi = terbuka(['serve', 'backup', berkas, '--db', s.database]);
  assert.equal(lagi.status, 2);
  assert.match(lagi.stderr, /sudah ada/);
});

test('a test clock is refused outside NODE_ENV=test', () => {
  const r = terbuka(['serve', '--db', join(dir, 'x.sqlite'), '--config', join(dir, 'tidak-ada.json')]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /tidak ada/);
  const cfg = join(dir, 'k.json');
  spawnSync('sh', [
    '-c',
    `echo '{"agencies":[{"id":"a","name":"A"}],"database":"${join(dir, 'y.sqlite')}"}' > ${cfg}`,
  ]);
  const jam = terbuka(['serve', '--config', cfg, '--port', '0', '--now', '2026-03-13T09:00:00+07:00']);
  assert.equal(jam.status, 2);
  assert.match(jam.stderr, /NODE_ENV=test/);
  const en = terbuka([
    '--lang',
    'en',
    'serve',
    '--config',
    cfg,
    '--port',
    '0',
    '--now',
    '2026-03-13T09:00:00+07:00',
  ]);
  assert.match(en.stderr, /only allowed in tests/);
});

test('a configuration key written wrong stops the start, named with the key it was meant to be (id, then en)', () => {
  const cfg = join(dir, 'salah-ketik.json');
  writeFileSync(
    cfg,
    JSON.stringify({
      database: join(dir, 'z.sqlite'),
      agencies: [{ id: 'a', name: 'A', timezone: 'Asia/Makassar' }],
    }),
  );
  const r = terbuka(['serve', '--config', cfg, '--port', '0']);
  assert.equal(r.status, 2, r.stdout);
  assert.match(r.stderr, /agencies\[0\]\.timezone tidak dikenal\. Maksud Anda timeZone\?/);
  assert.equal(existsSync(join(dir, 'z.sqlite')), false, 'no database made');
  const en = terbuka(['--lang', 'en', 'serve', '--config', cfg, '--port', '0']);
  assert.match(en.stderr, /agencies\[0\]\.timezone is not known\. Did you mean timeZone\?/);
});

test('terbuka serve token: a token and the SHA-256 to put in the configuration', () => {
  const r = terbuka(['--json', 'serve', 'token']);
  assert.equal(r.status, 0);
  const { token, sha256 } = JSON.parse(r.stdout) as { token: string; sha256: string };
  assert.match(token, /^tbk_[A-Za-z0-9_-]{43}$/);
  assert.equal(createHash('sha256').update(token).digest('hex'), sha256);
});

test('terbuka serve --help is bilingual', () => {
  const r = terbuka(['serve', '--help']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /backup/);
  assert.match(r.stdout, /cadangan daring/);
  assert.match(r.stdout, /online database backup/);
});

test('GET /v1/kesehatan: ok while a submission fits; 503 with why (id, en) when the disk cannot hold one', async () => {
  const sehat = await mulaiServer({ dir, database: join(dir, 'sehat.sqlite') });
  try {
    const r = await kirim(sehat.alamat, '/v1/kesehatan', undefined, {}, 'GET');
    assert.deepEqual([r.status, r.body], [200, { ok: true }]);
    // The API's own description, as shipped in the package.
    const d = await kirim(sehat.alamat, '/v1/openapi.json', undefined, {}, 'GET');
    assert.equal(d.status, 200);
    assert.match(d.headers.get('content-type') ?? '', /^application\/json/);
    const berkas = JSON.parse(
      readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8'),
    ) as unknown;
    assert.deepEqual(d.body, berkas);
    assert.ok('/v1/openapi.json' in (d.body as { paths: object }).paths);
  } finally {
    await sehat.berhenti();
  }
  // Bodies of up to 1 PiB: no disk here holds four, as a full disk cannot hold four of 64 KiB.
  const penuh = await mulaiServer({
    dir,
    database: join(dir, 'penuh.sqlite'),
    konfigurasi: { bodyLimit: 2 ** 50 },
  });
  try {
    const r = await kirim(penuh.alamat, '/v1/kesehatan', undefined, {}, 'GET');
    assert.equal(r.status, 503);
    const b = r.body as { ok: boolean; errors: { code: string; message: { id: string; en: string } }[] };
    assert.equal(b.ok, false);
    assert.equal(b.errors[0]!.code, 'health.database-unwritable');
    assert.match(b.errors[0]!.message.id, /Ruang disk basis data hampir habis: tersisa [\d.]+ MiB/);
    assert.match(b.errors[0]!.message.en, /The database disk is nearly full/);
  } finally {
    await penuh.berhenti();
  }
});
