import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { bukaBasisData } from './buka.js';
import { Penyimpanan, type PengajuanBaru } from './penyimpanan.js';
import { fsyncWal, SinkronWal } from './sinkron-wal.js';

const dir = mkdtempSync(join(tmpdir(), 'terbuka-sinkron-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

/** An fsync stand-in that returns only when the test says so. */
function fsyncDitahan() {
  const tertunda: { ok: () => void; gagal: (e: Error) => void }[] = [];
  const f = () => new Promise<void>((ok, gagal) => tertunda.push({ ok, gagal }));
  return {
    f,
    get jumlah() {
      return tertunda.length;
    },
    lepas(i: number) {
      tertunda[i]!.ok();
    },
    gagalkan(i: number) {
      tertunda[i]!.gagal(new Error('EIO: fsync failed'));
    },
  };
}

const giliran = () => new Promise((ok) => setImmediate(ok));
async function tunggu(syarat: () => boolean) {
  for (let i = 0; i < 100 && !syarat(); i++) await giliran();
  assert.ok(syarat());
}

function baris(key: string, body = 'isi'): PengajuanBaru {
  return {
    key,
    kind: 'permintaan',
    bodyHash: body,
    agency: 'a',
    year: 2026,
    seqKind: '*',
    at: '2026-03-13T02:00:00.000Z',
    beritahu: false,
    buat: (seq) => ({
      number: `${seq}/A/2026`,
      receivedAt: '2026-03-13T09:00:00+07:00',
      receivedOn: '2026-03-13',
      body: { body },
      receipt: { seq },
      status: 'diterima',
      deadline: '2026-03-27',
      history: { status: 'diterima' },
    }),
  };
}

function buka(f: () => Promise<void>) {
  const berkas = join(dir, `s-${n++}.sqlite`);
  const db = bukaBasisData(berkas, { synchronous: 'NORMAL' });
  const simpan = new Penyimpanan(db, { sinkron: new SinkronWal(f) });
  const jumlahBaris = () => (db.prepare('SELECT count(*) AS n FROM pengajuan').get() as { n: number }).n;
  return { simpan, db, jumlahBaris, berkas };
}

/** Settled yet? */
function pantau<T>(p: Promise<T>) {
  const s = { selesai: false, gagal: undefined as unknown };
  p.then(
    () => (s.selesai = true),
    (e: unknown) => ((s.selesai = true), (s.gagal = e)),
  );
  return s;
}

describe('the WAL fsync off the event loop', () => {
  test('a submission is answered only after an fsync that began after its COMMIT', async () => {
    const fs = fsyncDitahan();
    const { simpan, db, jumlahBaris } = buka(fs.f);
    const a = pantau(simpan.simpanBaruBersama(baris('k1')));
    await tunggu(() => fs.jumlah === 1);
    assert.equal(jumlahBaris(), 1, 'committed');
    await giliran();
    assert.equal(a.selesai, false, 'answered before its fsync returned');
    fs.lepas(0);
    await tunggu(() => a.selesai);
    assert.equal(a.gagal, undefined);
    db.close();
  });

  test('submissions arriving during an fsync wait for it, then share one COMMIT and the next fsync', async () => {
    const fs = fsyncDitahan();
    const { simpan, db, jumlahBaris } = buka(fs.f);
    const pertama = pantau(simpan.simpanBaruBersama(baris('k1')));
    await tunggu(() => fs.jumlah === 1);
    const berikut = Array.from({ length: 5 }, (_, i) => pantau(simpan.simpanBaruBersama(baris(`k${i + 2}`))));
    for (let i = 0; i < 5; i++) await giliran();
    assert.equal(jumlahBaris(), 1, 'not committed while the first fsync runs');
    fs.lepas(0);
    await tunggu(() => pertama.selesai && fs.jumlah === 2);
    assert.equal(jumlahBaris(), 6, 'the five in one group');
    assert.ok(
      berikut.every((b) => !b.selesai),
      'answered before the second fsync returned',
    );
    fs.lepas(1);
    await tunggu(() => berikut.every((b) => b.selesai));
    assert.equal(fs.jumlah, 2, 'one fsync for the five');
    db.close();
  });

  test('a replay of a key whose COMMIT is not synced yet waits for that fsync', async () => {
    const fs = fsyncDitahan();
    const { simpan, db } = buka(fs.f);
    const asli = pantau(simpan.simpanBaruBersama(baris('k1')));
    await tunggu(() => fs.jumlah === 1);
    const ulang = simpan.simpanBaruBersama(baris('k1'));
    const u = pantau(ulang);
    for (let i = 0; i < 5; i++) await giliran();
    assert.equal(u.selesai, false, 'a replay answered from an unsynced row');
    fs.lepas(0);
    await tunggu(() => asli.selesai && u.selesai);
    assert.equal((await ulang).hasil, 'ulang');
    // Everything is synced now: a replay answers at once.
    assert.equal((await simpan.simpanBaruBersama(baris('k1'))).hasil, 'ulang');
    assert.equal(fs.jumlah, 1);
    db.close();
  });

  test('a failed fsync fails its group (not acknowledged); the next wait syncs again before any answer', async () => {
    const fs = fsyncDitahan();
    const { simpan, db, jumlahBaris } = buka(fs.f);
    const a = simpan.simpanBaruBersama(baris('k1'));
    const pa = pantau(a);
    await tunggu(() => fs.jumlah === 1);
    fs.gagalkan(0);
    await tunggu(() => pa.selesai);
    await assert.rejects(a, /EIO/);
    // The row was committed; its retry (same key) is answered only after a successful fsync.
    assert.equal(jumlahBaris(), 1);
    const ulang = pantau(simpan.simpanBaruBersama(baris('k1')));
    await tunggu(() => fs.jumlah === 2);
    assert.equal(ulang.selesai, false);
    fs.lepas(1);
    await tunggu(() => ulang.selesai);
    assert.equal(ulang.gagal, undefined);
    db.close();
  });

  test('the real fsync syncs the database’s -wal file, and says so clearly when there is none', async () => {
    const { simpan, db, berkas } = buka(() => f());
    const f = fsyncWal(berkas);
    const h = await simpan.simpanBaruBersama(baris('k1'));
    assert.equal(h.hasil, 'baru');
    await f();
    await f.tutup();
    db.close();
    const tanpa = fsyncWal(join(dir, 'tidak-ada.sqlite'));
    await assert.rejects(tanpa(), /ENOENT.*tidak-ada\.sqlite-wal/);
  });
});
