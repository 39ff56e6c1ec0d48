// A 500 says what failed for the route it answers: a citizen's submission not stored (send it again), an
// officer's event not recorded, anything else not answered (try later). A real server on 127.0.0.1 whose
// store fails under it: its table renamed by hand (every read fails), a trigger that aborts every write.
// (A stored value that cannot be read is no failure: e2e/data-rusak.test.ts, data-rusak-isi.test.ts.)
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import Database from 'better-sqlite3';
import {
  AGENSI_UJI,
  contohPermintaan,
  direktoriUji,
  kirim,
  mulaiServer,
  SHA_TOKEN_PETUGAS,
  TOKEN_PETUGAS,
  type ProsesServer,
} from '../uji/proses.js';
import { pesanGalatInternal } from '../aplikasi.js';

const { dir, hapus } = direktoriUji();
let s: ProsesServer;
let id: number;

before(async () => {
  s = await mulaiServer({
    dir,
    now: '2026-11-03T09:00:00+07:00',
    konfigurasi: { officers: [{ name: 'PPID Utama', tokenSha256: SHA_TOKEN_PETUGAS }] },
  });
  const r = await kirim(s.alamat, `/v1/permintaan?agency=${AGENSI_UJI.id}`, contohPermintaan(), {
    'idempotency-key': 'galat-internal-1',
  });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  const db = new Database(s.database);
  try {
    id = (db.prepare('SELECT id FROM pengajuan').get() as { id: number }).id;
  } finally {
    db.close();
  }
});

after(async () => {
  await s?.berhenti();
  hapus();
});

const petugas = (path: string, body?: unknown) =>
  kirim(
    s.alamat,
    path,
    body,
    { authorization: `Bearer ${TOKEN_PETUGAS}` },
    body === undefined ? 'GET' : 'POST',
  );

type Galat = { errors: { code: string; message: { id: string; en: string } }[] };

/** Runs `rusak` on the store by direct SQL, then `f`, then `pulih`: the store as it was for the next test. */
async function denganSql<T>(rusak: string, pulih: string, f: () => Promise<T>): Promise<T> {
  const db = new Database(s.database);
  try {
    db.exec(rusak);
    return await f();
  } finally {
    db.exec(pulih);
    db.close();
  }
}

test("an officer's read that fails on the server is not told as a citizen's lost submission", async () => {
  // The table gone from under the server (renamed by hand): every read of it fails.
  const r = await denganSql(
    'ALTER TABLE pengajuan RENAME TO pengajuan_lama',
    'ALTER TABLE pengajuan_lama RENAME TO pengajuan',
    () => petugas(`/v1/petugas/pengajuan/${id}`),
  );
  assert.equal(r.status, 500, JSON.stringify(r.body));
  const [g] = (r.body as Galat).errors;
  assert.equal(g!.code, 'internal');
  assert.doesNotMatch(g!.message.id, /Permohonan Anda belum tersimpan/);
  assert.match(g!.message.id, /tidak dapat dijawab.*periksa log server/);
  assert.match(g!.message.en, /could not answer this request/);
});

test("an officer's event that fails on the server says the event was not recorded", async () => {
  // The record reads; its write fails (a trigger that aborts it, as a full or read-only disk would).
  const r = await denganSql(
    `CREATE TRIGGER uji_gagal BEFORE UPDATE ON pengajuan BEGIN SELECT RAISE(ABORT, 'uji: tulis gagal'); END`,
    'DROP TRIGGER IF EXISTS uji_gagal',
    () => petugas(`/v1/petugas/pengajuan/${id}/peristiwa`, { type: 'proses' }),
  );
  assert.equal(r.status, 500, JSON.stringify(r.body));
  const [g] = (r.body as Galat).errors;
  assert.match(g!.message.id, /Peristiwa belum tercatat/);
});

test('a submission keeps its own words (send it again); the route decides, not the path typed', () => {
  for (const rute of ['/v1/permintaan', '/v1/keberatan'])
    assert.match(pesanGalatInternal('POST', rute).id, /Permohonan Anda belum tersimpan; silakan kirim ulang/);
  assert.match(pesanGalatInternal('POST', '/v1/status').id, /tidak dapat dijawab/);
  assert.match(pesanGalatInternal('GET', '/v1/petugas/ekspor.csv').id, /tidak dapat dijawab/);
  assert.match(pesanGalatInternal('GET', undefined).id, /tidak dapat dijawab/);
});
