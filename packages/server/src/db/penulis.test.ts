import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { buatTandaBukti, ringkasPengajuan, validasiPermintaan } from '@terbuka/sdk';
import type { Database } from 'better-sqlite3';
import { opsiKalender, periksaKonfigurasi, type AgensiKonfigurasi } from '../konfigurasi.js';
import { contohPermintaan } from '../uji/proses.js';
import { bukaBasisData } from './buka.js';
import type { MasukanPengajuan } from './penerimaan.js';
import { PenulisLangsung, PenulisPekerja } from './penulis.js';
import { Penyimpanan } from './penyimpanan.js';

const dir = mkdtempSync(join(tmpdir(), 'terbuka-penulis-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const berkasBaru = () => join(dir, `db-${n++}.sqlite`);

const { agencies } = periksaKonfigurasi({
  agencies: [{ id: 'diskominfo', name: 'Dinas Kominfo', code: 'DISKOMINFO' }],
});
const body = contohPermintaan();
// Friday 13 March 2026, 09:00 WIB.
const AT = Date.parse('2026-03-13T02:00:00Z');

const masukan = (key: string, o: Partial<MasukanPengajuan> = {}): MasukanPengajuan => ({
  key,
  jenis: 'permintaan',
  agency: 'diskominfo',
  body,
  at: AT,
  ...o,
});

/** The same-thread writer over a database, for the given agencies. */
const penulisLangsung = (db: Database, daftar: readonly AgensiKonfigurasi[] = agencies) =>
  new PenulisLangsung({
    simpan: new Penyimpanan(db),
    agensi: new Map(daftar.map((a) => [a.id, a])),
    beritahu: false,
  });

describe('penulis', () => {
  test('the writer thread answers exactly as the same-thread writer: number, receipt, replay, conflict', async () => {
    const langsung = penulisLangsung(bukaBasisData(berkasBaru()));
    const berkas = berkasBaru();
    bukaBasisData(berkas).close(); // migrated, as jalankanServer leaves it
    const pekerja = new PenulisPekerja({ database: berkas, agencies, beritahu: false });
    try {
      for (const p of [langsung, pekerja]) {
        const a = await p.terima(masukan('kunci-0001'));
        assert.ok(a.hasil === 'baru');
        assert.equal(a.number, '001/PPID/DISKOMINFO/PI/2026');
        const tb = JSON.parse(a.receipt);
        assert.equal(tb.receivedOn, '2026-03-13');
        assert.equal(tb.deadline.due, '2026-04-06');
        const ulang = await p.terima(masukan('kunci-0001'));
        assert.deepEqual(ulang, { ...a, hasil: 'ulang' });
        const lain = await p.terima(
          masukan('kunci-0001', { body: { ...body, purpose: 'Tujuan lain sama sekali' } }),
        );
        assert.deepEqual(lain, { hasil: 'konflik' });
      }
      const [a, b] = await Promise.all([
        langsung.terima(masukan('kunci-0002')),
        pekerja.terima(masukan('kunci-0002')),
      ]);
      assert.deepEqual(a, b);
    } finally {
      await pekerja.tutup();
    }
  });

  test('a retry is known by its validated body: key order, spacing and phone form do not make it another', async () => {
    const db = bukaBasisData(berkasBaru());
    const p = penulisLangsung(db);
    const a = await p.terima(masukan('kunci-bentuk'));
    assert.ok(a.hasil === 'baru');
    const requester = body.requester as Record<string, unknown>;
    const diacak = Object.fromEntries(
      Object.entries({
        ...body,
        information: `  ${String(body.information)}  `,
        requester: { ...requester, phone: String(requester.phone).replace(/^0/, '+62') },
      }).reverse(),
    );
    assert.deepEqual(await p.terima(masukan('kunci-bentuk', { body: diacak })), { ...a, hasil: 'ulang' });
    // Another agency under the same key is another submission.
    const lain = { ...agencies[0]!, id: 'dinkes', code: 'DINKES' };
    const p2 = penulisLangsung(db, [...agencies, lain]);
    assert.deepEqual(await p2.terima(masukan('kunci-bentuk', { agency: 'dinkes' })), { hasil: 'konflik' });
    db.close();
  });

  test('a row stored by an older version (hash of the body as sent) still answers its retries', async () => {
    const db = bukaBasisData(berkasBaru());
    const p = penulisLangsung(db);
    const a = await p.terima(masukan('kunci-lama'));
    assert.ok(a.hasil === 'baru');
    // The earlier versions stored an unprefixed SHA-256 of the canonical body as sent.
    db.prepare('UPDATE idempotensi SET body_hash = ? WHERE key = ?').run('ab'.repeat(32), 'kunci-lama');
    assert.deepEqual(await p.terima(masukan('kunci-lama')), { ...a, hasil: 'ulang' });
    const beda = await p.terima(masukan('kunci-lama', { body: { ...body, purpose: 'Tujuan yang lain' } }));
    assert.deepEqual(beda, { hasil: 'konflik' });
    db.close();
  });

  test('an invalid body is answered with its problems and stores nothing', async () => {
    const berkas = berkasBaru();
    bukaBasisData(berkas).close();
    const p = new PenulisPekerja({ database: berkas, agencies, beritahu: false });
    try {
      const h = await p.terima(masukan('kunci-tidak-sah', { body: { ...body, information: '' } }));
      assert.ok(h.hasil === 'tidak-sah');
      assert.ok(h.errors.some((e) => e.path === 'information'));
      // The key was not used up: the corrected body is accepted under it.
      assert.equal((await p.terima(masukan('kunci-tidak-sah'))).hasil, 'baru');
    } finally {
      await p.tutup();
    }
    const db = bukaBasisData(berkas);
    assert.equal((db.prepare('SELECT count(*) AS n FROM pengajuan').get() as { n: number }).n, 1);
    db.close();
  });

  test('the receipt text is exactly the SDK receipt with its number, even when the text quotes a number field', async () => {
    const berkas = berkasBaru();
    bukaBasisData(berkas).close();
    const p = new PenulisPekerja({ database: berkas, agencies, beritahu: false });
    try {
      const licik = { ...body, information: 'Salinan dokumen {"number":"","x":1} "number":"" tahun 2025' };
      const h = await p.terima(masukan('kunci-licik', { body: licik }));
      assert.ok(h.hasil === 'baru');
      const a = agencies[0]!;
      const harapan = buatTandaBukti({
        jenis: 'permintaan',
        nomor: h.number,
        receivedAt: new Date(AT),
        agency: { id: a.id, name: a.name, timeZone: a.timeZone },
        ringkasan: ringkasPengajuan(validasiPermintaan(licik).value!),
        opsiKalender: opsiKalender(a),
      });
      assert.equal(h.receipt, JSON.stringify(harapan));
      const db = bukaBasisData(berkas);
      const r = db.prepare('SELECT receipt FROM pengajuan WHERE number = ?').get(h.number) as {
        receipt: string;
      };
      assert.equal(r.receipt, h.receipt);
      db.close();
    } finally {
      await p.tutup();
    }
  });

  test('20 concurrent submissions of one key → one record; 100 keys → 100 numbers without a gap', async () => {
    const berkas = berkasBaru();
    bukaBasisData(berkas).close();
    const p = new PenulisPekerja({ database: berkas, agencies, beritahu: false });
    try {
      const sama = await Promise.all(Array.from({ length: 20 }, () => p.terima(masukan('kunci-sama'))));
      assert.equal(sama.filter((h) => h.hasil === 'baru').length, 1);
      assert.equal(sama.filter((h) => h.hasil === 'ulang').length, 19);
      const banyak = await Promise.all(
        Array.from({ length: 100 }, (_, i) => p.terima(masukan(`kunci-${1000 + i}`))),
      );
      const nomor = banyak.map((h) => ('number' in h ? h.number.slice(0, 3) : '')).sort();
      assert.deepEqual(
        nomor,
        Array.from({ length: 100 }, (_, i) => String(i + 2).padStart(3, '0')),
      );
    } finally {
      await p.tutup();
    }
    const db = bukaBasisData(berkas);
    assert.equal((db.prepare('SELECT count(*) AS n FROM pengajuan').get() as { n: number }).n, 101);
    db.close();
  });

  test('closing waits for the submissions in flight: each one was acknowledged and is on disk', async () => {
    const berkas = berkasBaru();
    bukaBasisData(berkas).close();
    const p = new PenulisPekerja({ database: berkas, agencies, beritahu: false });
    const janji = Array.from({ length: 30 }, (_, i) => p.terima(masukan(`kunci-tutup-${i}`)));
    await p.tutup();
    const hasil = await Promise.all(janji);
    assert.ok(hasil.every((h) => h.hasil === 'baru'));
    const db = bukaBasisData(berkas);
    assert.equal((db.prepare('SELECT count(*) AS n FROM pengajuan').get() as { n: number }).n, 30);
    db.close();
  });

  test('a failure inside the writer thread rejects that submission only, its number unused; the thread keeps serving', async () => {
    const berkas = berkasBaru();
    bukaBasisData(berkas).close();
    // A template without {seq} (the configuration would refuse it) makes the numbering throw on the writer.
    const rusak = { ...agencies[0]!, id: 'rusak', numberTemplate: '{agency}/{yyyy}' };
    const p = new PenulisPekerja({ database: berkas, agencies: [...agencies, rusak], beritahu: false });
    try {
      const [salah, benar] = await Promise.allSettled([
        p.terima(masukan('kunci-salah', { agency: 'rusak' })),
        p.terima(masukan('kunci-benar')),
      ]);
      assert.equal(salah.status, 'rejected');
      assert.match(String((salah as PromiseRejectedResult).reason), /\{seq\}/);
      assert.equal(benar.status, 'fulfilled');
      const lagi = await p.terima(masukan('kunci-lagi'));
      assert.ok(lagi.hasil === 'baru');
      assert.equal(lagi.number, '002/PPID/DISKOMINFO/PI/2026');
    } finally {
      await p.tutup();
    }
    const db = bukaBasisData(berkas);
    assert.equal((db.prepare('SELECT count(*) AS n FROM pengajuan').get() as { n: number }).n, 2);
    db.close();
  });
});
