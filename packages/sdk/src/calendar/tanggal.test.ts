import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  dariNomorHari,
  hariDalamMinggu,
  nomorHari,
  selisihHari,
  tahunDari,
  tambahBulan,
  tambahHari,
  tanggalDiZona,
} from './tanggal.js';
import { GalatArgumen } from '../i18n/argumen.js';

test('day numbers count from 1970-01-01 and round-trip, before and after it', () => {
  assert.equal(nomorHari('1970-01-01'), 0);
  assert.equal(nomorHari('1969-12-31'), -1);
  assert.equal(nomorHari('2026-03-06') - nomorHari('2026-02-27'), 7);
  for (const t of ['1000-01-01', '1900-02-28', '2024-02-29', '2026-12-31', '9999-12-31']) {
    assert.equal(dariNomorHari(nomorHari(t)), t);
    assert.equal(tambahHari(t, 0), t);
  }
  assert.equal(dariNomorHari(nomorHari('2024-02-28') + 1), '2024-02-29');
  assert.equal(hariDalamMinggu(dariNomorHari(0)), 4, '1970-01-01 was a Thursday');
  assert.throws(() => nomorHari('2026-3-6'), RangeError);
});

test("the public date arithmetic refuses a day that does not exist (no roll-over) with keTanggal's RangeError", () => {
  // 2026-02-30 used to roll over: tambahHari('2026-02-30', 0) was 2026-03-02, a deadline silently wrong.
  const bukan = [
    '2026-02-30',
    '2026-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '0000-01-01',
  ];
  const bentukLain = ['2026-3-6', '', 'kemarin', '2026-03-06T00:00', undefined, null, 20260306];
  for (const v of [...bukan, ...bentukLain]) {
    const t = v as unknown as string;
    for (const [nama, f] of [
      ['tambahHari', () => tambahHari(t, 0)],
      ['selisihHari (a)', () => selisihHari(t, '2026-03-02')],
      ['selisihHari (b)', () => selisihHari('2026-03-02', t)],
      ['tambahBulan', () => tambahBulan(t, 1)],
      ['hariDalamMinggu', () => hariDalamMinggu(t)],
      ['nomorHari', () => nomorHari(t)],
      ['tahunDari', () => tahunDari(t)],
    ] as const)
      assert.throws(
        f,
        (e: unknown) =>
          e instanceof RangeError && e.message === `Tanggal tidak valid / invalid date: ${String(v)}`,
        `${nama}(${String(v)})`,
      );
  }
  // Real days, leap days included, still compute.
  assert.equal(tambahHari('2024-02-29', 1), '2024-03-01');
  assert.equal(selisihHari('2024-02-28', '2024-03-01'), 2);
  assert.equal(tambahBulan('2024-02-29', 12), '2025-02-28');
  assert.equal(hariDalamMinggu('2026-03-06'), 5);
  assert.equal(tahunDari('0050-02-28'), 50);
});

test('tanggalDiZona: the date in WIB, WITA and WIT, around midnight', () => {
  const instan = new Date('2026-03-05T16:30:00Z');
  assert.equal(tanggalDiZona(instan), '2026-03-05');
  assert.equal(tanggalDiZona(instan, 'Asia/Makassar'), '2026-03-06');
  assert.equal(tanggalDiZona(instan, 'Asia/Jayapura'), '2026-03-06');
  assert.equal(tanggalDiZona(new Date('2026-03-05T23:00:00Z'), 'Asia/Jakarta'), '2026-03-06');
  assert.equal(tanggalDiZona(new Date('2026-03-05T16:59:59.999Z')), '2026-03-05');
  assert.equal(tanggalDiZona(new Date('2026-03-05T17:00:00Z')), '2026-03-06');
  assert.throws(() => tanggalDiZona(new Date('bukan tanggal')), GalatArgumen);
});

test('tanggalDiZona agrees with the time-zone database for any instant from 1990 to 2100', () => {
  // Its offsets are fixed (no daylight saving in Indonesia since 1988); the database is read here by its
  // parts, which no locale's date pattern can change.
  const zona = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
  const format = zona.map(
    (z) =>
      new Intl.DateTimeFormat('en-US', { timeZone: z, year: 'numeric', month: '2-digit', day: '2-digit' }),
  );
  fc.assert(
    fc.property(
      fc.date({
        min: new Date('1990-01-01T00:00:00Z'),
        max: new Date('2100-01-01T00:00:00Z'),
        noInvalidDate: true,
      }),
      fc.integer({ min: 0, max: 2 }),
      (d, i) => {
        const b = Object.fromEntries(format[i]!.formatToParts(d).map((p) => [p.type, p.value]));
        assert.equal(tanggalDiZona(d, zona[i]), `${b['year']}-${b['month']}-${b['day']}`);
      },
    ),
    { numRuns: 5000 },
  );
});

test('tanggalValid accepts real dates only, including years before 100, and tambahBulan clamps to month end', async () => {
  const { tanggalValid, buatTanggal, tambahBulan } = await import('./tanggal.js');
  assert.equal(tanggalValid('2024-02-29'), true);
  assert.equal(tanggalValid('2026-02-29'), false);
  assert.equal(tanggalValid('2026-02-30'), false);
  assert.equal(tanggalValid('2026-13-01'), false);
  assert.equal(tanggalValid('0050-02-28'), true);
  assert.equal(buatTanggal(50, 2, 28), '0050-02-28');
  assert.equal(tambahHari('0099-12-31', 1), '0100-01-01');
  assert.equal(tambahBulan('2026-08-31', 6), '2027-02-28');
  assert.equal(tambahBulan('2023-08-31', 6), '2024-02-29');
  assert.equal(tambahBulan('2026-05-31', 6), '2026-11-30');
});

test('tanggalValid (read digit by digit) agrees with the YYYY-MM-DD pattern and the UTC calendar', async () => {
  const fc = await import('fast-check');
  const { tanggalValid, buatTanggal } = await import('./tanggal.js');
  // The reference: the plain pattern, then a Date round-trip (years 1–9999, the range the format allows).
  const acuan = (s: string): boolean => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (!m) return false;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (y < 1) return false;
    const t = new Date(0);
    t.setUTCFullYear(y, mo - 1, d);
    return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
  };
  const digit = fc.constantFrom(...'0123456789');
  const angka = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((a) => a.join(''));
  const mirip = fc
    .tuple(angka(4), fc.constantFrom('-', '/', '0'), angka(2), fc.constantFrom('-', '-', '.'), angka(2))
    .map((p) => p.join(''));
  const tanggal = fc
    .tuple(
      fc.integer({ min: 1, max: 9999 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 31 }),
    )
    .map(
      ([y, m, d]) =>
        `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    );
  fc.assert(
    fc.property(fc.oneof(tanggal, mirip, fc.string({ maxLength: 12 })), (s) => tanggalValid(s) === acuan(s)),
    { numRuns: 5000 },
  );
  for (const s of [
    '0000-01-01',
    '2024-02-29 ',
    ' 2024-02-29',
    '２０２４-02-29',
    '2024-2-29',
    '2100-02-29',
    '2000-02-29',
  ])
    assert.equal(tanggalValid(s), acuan(s), s);
  fc.assert(
    fc.property(
      fc.integer({ min: -5, max: 10_005 }),
      fc.integer({ min: -1, max: 14 }),
      fc.integer({ min: -1, max: 33 }),
      (y, m, d) => {
        const t = buatTanggal(y, m, d);
        return (
          t === undefined ||
          (tanggalValid(t) &&
            t === `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
        );
      },
    ),
  );
});
