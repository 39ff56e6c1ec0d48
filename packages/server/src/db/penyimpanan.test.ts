import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { bukaBasisData } from './buka.js';
import { jalankanMigrasi, MIGRASI } from './migrasi.js';
import { Penyimpanan, type PengajuanBaru } from './penyimpanan.js';

const dir = mkdtempSync(join(tmpdir(), 'terbuka-simpan-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const dbBaru = () => bukaBasisData(join(dir, `db-${n++}.sqlite`));

function baru(key: string, info = 'x', o: Partial<PengajuanBaru> = {}): PengajuanBaru {
  const agency = o.agency ?? 'dinas';
  const year = o.year ?? 2026;
  return {
    key,
    kind: 'permintaan',
    bodyHash: `h-${info}`,
    agency: 'dinas',
    year: 2026,
    seqKind: '*',
    at: '2026-03-13T02:00:00.000Z',
    buat: (seq) => ({
      number: `${String(seq).padStart(3, '0')}/PPID/${agency}/${year}`,
      receivedAt: '2026-03-13T09:00:00+07:00',
      receivedOn: '2026-03-13',
      contactEmail: 'a@b.id',
      body: { information: info },
      receipt: { number: `${seq}` },
      status: 'diterima',
      deadline: '2026-04-06',
      history: { status: 'diterima', deadline: '2026-04-06', events: [] },
    }),
    ...o,
  };
}

describe('penyimpanan', () => {
  test('migrations run once and record themselves; a second start changes nothing', () => {
    const db = dbBaru();
    assert.deepEqual(jalankanMigrasi(db), []);
    const rows = db.prepare('SELECT versi FROM migrasi').all() as { versi: number }[];
    assert.deepEqual(
      rows.map((r) => r.versi),
      MIGRASI.map((m) => m.versi),
    );
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(db.pragma('synchronous', { simple: true }), 2); // FULL
    db.close();
  });

  test('same key and body → the same row; same key, other body → conflict', () => {
    const s = new Penyimpanan(dbBaru());
    const a = s.simpanBaru(baru('kunci-0001'));
    const b = s.simpanBaru(baru('kunci-0001'));
    const c = s.simpanBaru(baru('kunci-0001', 'lain'));
    assert.equal(a.hasil, 'baru');
    assert.equal(b.hasil, 'ulang');
    assert.equal(c.hasil, 'konflik');
    assert.ok(a.hasil === 'baru' && b.hasil === 'ulang' && a.baris.id === b.baris.id);
    assert.equal((s.db.prepare('SELECT count(*) n FROM pengajuan').get() as { n: number }).n, 1);
  });

  test('numbers per agency and year; a deleted row never gives its number back', () => {
    const s = new Penyimpanan(dbBaru());
    const seq = (key: string, o: Partial<PengajuanBaru> = {}) => {
      const r = s.simpanBaru(baru(key, key, o));
      assert.equal(r.hasil, 'baru');
      return r.hasil === 'baru' ? r.baris : assert.fail();
    };
    assert.equal(seq('k-000001').seq, 1);
    const dua = seq('k-000002');
    assert.equal(dua.seq, 2);
    // Retention deletes the newest row: the counter stays, number 2 is never issued again.
    s.db.prepare('DELETE FROM pengajuan WHERE id = ?').run(dua.id);
    assert.equal(seq('k-000003').seq, 3);
    assert.equal(seq('k-000004', { agency: 'lain' }).seq, 1);
    assert.equal(seq('k-000005', { year: 2027 }).seq, 1);
  });

  test('a failing insert leaves no row, no idempotency record and no issued number', () => {
    const s = new Penyimpanan(dbBaru());
    assert.equal(s.simpanBaru(baru('k-100001', 'satu')).hasil, 'baru');
    // Make the insert fail after the counter was raised, inside the same transaction.
    s.db.exec(`CREATE TEMP TRIGGER gagal BEFORE INSERT ON pengajuan
               WHEN json_extract(NEW.body, '$.information') = 'GAGAL'
               BEGIN SELECT RAISE(ABORT, 'uji: sisipan gagal'); END`);
    assert.throws(() => s.simpanBaru(baru('k-100002', 'GAGAL')), /uji: sisipan gagal/);
    assert.equal(s.cariKunci('k-100002'), undefined);
    assert.equal((s.db.prepare('SELECT count(*) n FROM pengajuan').get() as { n: number }).n, 1);
    assert.equal((s.db.prepare('SELECT last FROM urutan').get() as { last: number }).last, 1);
    // The failed attempt never received a receipt, so the next request gets number 2, and the key is
    // free for the client's retry.
    const r = s.simpanBaru(baru('k-100002', 'lagi'));
    assert.ok(r.hasil === 'baru' && r.baris.seq === 2);
    const nomor = s.db.prepare('SELECT number FROM pengajuan').all() as { number: string }[];
    assert.equal(new Set(nomor.map((x) => x.number)).size, nomor.length);
  });

  test('a failure inside buat (numbering, receipt) rolls the counter back too', () => {
    const s = new Penyimpanan(dbBaru());
    assert.throws(() =>
      s.simpanBaru(
        baru('k-200001', 'x', {
          buat: () => {
            throw new Error('boom');
          },
        }),
      ),
    );
    assert.equal(s.db.prepare('SELECT count(*) n FROM urutan WHERE last > 0').pluck().get(), 0);
  });

  test('filters: status, kind, dates, overdue', () => {
    const s = new Penyimpanan(dbBaru());
    s.simpanBaru(baru('f-000001', 'a'));
    s.simpanBaru(baru('f-000002', 'b', { kind: 'keberatan' }));
    assert.equal(s.daftar({}).total, 2);
    assert.equal(s.daftar({ kind: 'keberatan' }).total, 1);
    assert.equal(s.daftar({ from: '2026-03-14' }).total, 0);
    assert.equal(s.daftar({ to: '2026-03-13', agencies: ['dinas'] }).total, 2);
    assert.equal(s.daftar({ agencies: [] }).total, 0);
    assert.equal(s.daftar({ overdueOn: '2026-04-06' }).total, 0);
    assert.equal(s.daftar({ overdueOn: '2026-04-07' }).total, 2);
    assert.equal(s.daftar({ status: 'selesai' }).total, 0);
  });

  test('group commit: one transaction for many, a failing member rolls back alone, a repeated key is a replay', async () => {
    const s = new Penyimpanan(dbBaru());
    s.db.exec(`CREATE TEMP TRIGGER gagal BEFORE INSERT ON pengajuan
               WHEN json_extract(NEW.body, '$.information') = 'GAGAL'
               BEGIN SELECT RAISE(ABORT, 'uji: sisipan gagal'); END`);
    const janji = [
      ...Array.from({ length: 10 }, (_, i) => s.simpanBaruBersama(baru(`g-${i}-kunci`, `isi ${i}`))),
      s.simpanBaruBersama(baru('g-gagal-kunci', 'GAGAL')),
      s.simpanBaruBersama(baru('g-0-kunci', 'isi 0')),
      s.simpanBaruBersama(baru('g-0-kunci', 'isi lain')),
    ];
    const hasil = await Promise.allSettled(janji);
    assert.deepEqual(
      hasil.map((h) => (h.status === 'fulfilled' ? h.value.hasil : 'gagal')),
      [...Array(10).fill('baru'), 'gagal', 'ulang', 'konflik'],
    );
    const seq = hasil
      .slice(0, 10)
      .map((h) => (h.status === 'fulfilled' && h.value.hasil === 'baru' ? h.value.baris.seq : 0));
    assert.deepEqual(seq, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    assert.equal((s.db.prepare('SELECT last FROM urutan').get() as { last: number }).last, 10);
    assert.equal((s.db.prepare('SELECT count(*) n FROM pengajuan').get() as { n: number }).n, 10);
  });
});
