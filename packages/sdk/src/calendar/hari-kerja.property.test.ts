import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { hitungHariKerja, isHariKerja, tambahHariKerja } from './hari-kerja.js';
import { dariNomorHari, nomorHari } from './tanggal.js';
import type { LiburTambahan, OpsiKalender } from './types.js';

// Mid-2023 to mid-2029: before, inside and after the bundled years (2024–2027), so unknown years count too.
const AWAL = nomorHari('2023-06-01');
const AKHIR = nomorHari('2029-06-30');
const tanggal = fc.integer({ min: AWAL, max: AKHIR }).map(dariNomorHari);
const liburDaerah = fc.array(
  fc.record({ date: tanggal, name: fc.constantFrom('Hari Jadi Kabupaten', 'Libur daerah') }),
  { maxLength: 8 },
);
const opsi: fc.Arbitrary<OpsiKalender> = fc.record({
  cutiBersamaLibur: fc.boolean(),
  liburTambahan: liburDaerah,
});
const n = fc.integer({ min: 0, max: 40 });
const positif = fc.integer({ min: 1, max: 40 });
const RUNS = { numRuns: 400 };

test('for n ≥ 1 the due date is a working day, strictly after day zero', () => {
  fc.assert(
    fc.property(tanggal, positif, opsi, (t, k, o) => {
      const h = hitungHariKerja(t, k, o);
      assert.ok(isHariKerja(h.due, o), `${h.due} is a working day`);
      assert.ok(h.due > t);
      // Every calendar day after day zero up to the due date is either counted or skipped, once.
      assert.equal(h.countedDays.length, k);
      assert.equal(h.countedDays.length + h.skipped.length, nomorHari(h.due) - nomorHari(t));
      assert.ok(h.countedDays.every((d) => isHariKerja(d, o)));
      assert.ok(h.skipped.every((s) => !isHariKerja(s.date, o)));
    }),
    RUNS,
  );
});

test('n = 0 returns day zero unchanged, which may be a non-working day', () => {
  // This is why "the due date is a working day" holds only for n ≥ 1: day zero is whatever day it was.
  fc.assert(
    fc.property(tanggal, opsi, (t, o) => assert.equal(tambahHariKerja(t, 0, o), t)),
    RUNS,
  );
  assert.equal(isHariKerja('2026-02-07'), false);
  assert.equal(tambahHariKerja('2026-02-07', 0), '2026-02-07');
});

test('adding n then m working days equals adding n + m (every n, m ≥ 0)', () => {
  // With n = 0 as the identity the law holds at the edges too; rounding day zero forward to a working day
  // would break it (Saturday + 0 + 1 would be Tuesday, Saturday + 1 Monday).
  fc.assert(
    fc.property(tanggal, n, n, opsi, (t, a, b, o) => {
      assert.equal(tambahHariKerja(tambahHariKerja(t, a, o), b, o), tambahHariKerja(t, a + b, o));
    }),
    RUNS,
  );
});

test('more days off never make a deadline earlier', () => {
  fc.assert(
    fc.property(tanggal, n, liburDaerah, liburDaerah, fc.boolean(), (t, k, sedikit, lagi, cuti) => {
      const banyak: LiburTambahan[] = [...sedikit, ...lagi];
      const dasar = tambahHariKerja(t, k, { cutiBersamaLibur: cuti, liburTambahan: sedikit });
      assert.ok(tambahHariKerja(t, k, { cutiBersamaLibur: cuti, liburTambahan: banyak }) >= dasar);
      // Cuti bersama as days off are more days off too.
      const tanpaCuti = tambahHariKerja(t, k, { cutiBersamaLibur: false, liburTambahan: sedikit });
      assert.ok(tambahHariKerja(t, k, { cutiBersamaLibur: true, liburTambahan: sedikit }) >= tanpaCuti);
    }),
    RUNS,
  );
});

test('a later receipt never gives an earlier deadline', () => {
  fc.assert(
    fc.property(tanggal, fc.integer({ min: 0, max: 30 }), n, opsi, (t, geser, k, o) => {
      const nanti = dariNomorHari(nomorHari(t) + geser);
      assert.ok(tambahHariKerja(nanti, k, o) >= tambahHariKerja(t, k, o));
    }),
    RUNS,
  );
});
