import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bacaBulanTahun, bacaTanggalIndonesia, bacaTanggalRinci, urutanAngka } from './tanggal-indonesia.js';

test('reads the date spellings registers use, day before month', () => {
  const cases: [string, string][] = [
    ['2026-03-05', '2026-03-05'],
    ['05/03/2026', '2026-03-05'],
    ['5/3/2026', '2026-03-05'],
    ['5-3-2026', '2026-03-05'],
    ['05.03.2026', '2026-03-05'],
    ['5 Maret 2026', '2026-03-05'],
    ['5 maret 2026', '2026-03-05'],
    ['5 Mar 2026', '2026-03-05'],
    ['5 Mar. 2026', '2026-03-05'],
    ['5-Mar-26', '2026-03-05'],
    ['Kamis, 5 Maret 2026', '2026-03-05'],
    ['  17 Agustus 2026 ', '2026-08-17'],
    ['17 Agu 2026', '2026-08-17'],
    ['17 Agt 2026', '2026-08-17'],
    ['17 Ags 2026', '2026-08-17'],
    ['1 Januari 2026', '2026-01-01'],
    ['1 Jan 2026', '2026-01-01'],
    ['2 Februari 2026', '2026-02-02'],
    ['2 Feb 2026', '2026-02-02'],
    ['3 Apr 2026', '2026-04-03'],
    ['4 Mei 2026', '2026-05-04'],
    ['5 Jun 2026', '2026-06-05'],
    ['6 Jul 2026', '2026-07-06'],
    ['7 Sep 2026', '2026-09-07'],
    ['8 Okt 2026', '2026-10-08'],
    ['9 Nov 2026', '2026-11-09'],
    ['10 Des 2026', '2026-12-10'],
    ['31 Desember 2026', '2026-12-31'],
    ['29 Februari 2028', '2028-02-29'],
  ];
  for (const [teks, hasil] of cases) assert.equal(bacaTanggalIndonesia(teks), hasil, teks);
});

test('impossible dates are not dates, and are told apart from text that is no date at all', () => {
  for (const s of ['31/02/2026', '30 Februari 2026', '29 Feb 2026', '2026-13-01', '32-1-2026', '0/1/2026'])
    assert.deepEqual(bacaTanggalRinci(s), { jenis: 'mustahil' }, s);
  for (const s of [
    '',
    'kemarin',
    '5 Marit 2026',
    '2026',
    'Maret 2026',
    '03/2026',
    '1/2/3/2026',
    '5 constructor 2026',
    '5 toString 2026',
  ])
    assert.deepEqual(bacaTanggalRinci(s), { jenis: 'bukan' }, s);
  assert.equal(bacaTanggalIndonesia('31/02/2026'), undefined);
});

test('two-digit years read as the spreadsheet does: 00–29 in this century, 30–99 in the last', () => {
  for (const [teks, hasil] of [
    ['5/3/26', '2026-03-05'],
    ['31/12/29', '2029-12-31'],
    ['1/1/30', '1930-01-01'],
    ['31/12/99', '1999-12-31'],
    ['5-Mar-99', '1999-03-05'],
  ] as const)
    assert.equal(bacaTanggalIndonesia(teks), hasil, teks);
});

test('bacaTanggalIndonesia: a value that is not a string is undefined (no TypeError)', () => {
  for (const v of [undefined, null, 42, {}, [], true])
    assert.equal(bacaTanggalIndonesia(v as unknown as string), undefined, String(v));
});

test('a spreadsheet date-time is read as its day, the time left out; a caller reading times gets none', () => {
  for (const [teks, hasil] of [
    ['05/03/2026 10:30', '2026-03-05'],
    ['05/03/2026 10:30:00', '2026-03-05'],
    ['5/3/2026 9.15', '2026-03-05'],
    ['2026-03-05 10:30', '2026-03-05'],
    ['2026-03-05T10:30:15', '2026-03-05'],
    ['5 Maret 2026 10:30 WIB', '2026-03-05'],
  ] as const)
    assert.deepEqual(bacaTanggalRinci(teks), { jenis: 'tanggal', tanggal: hasil }, teks);
  // The order is the column's, as without the time: 3/5 month first is 5 March.
  assert.deepEqual(bacaTanggalRinci('3/5/2026 10:30:00 AM', true), {
    jenis: 'tanggal',
    tanggal: '2026-03-05',
  });
  assert.equal(urutanAngka('11/30/2026 10:30'), 'bulan');
  assert.deepEqual(bacaTanggalRinci('31/02/2026 10:30'), { jenis: 'mustahil' });
  // `bacaTanggalIndonesia` (a request's day received, a page's date) does not drop a time in silence.
  assert.equal(bacaTanggalIndonesia('05/03/2026 10:30'), undefined);
});

test('the abbreviations Mrt and Agst, and the month first as English writes it (March 5, 2026)', () => {
  for (const [teks, hasil] of [
    ['5 Mrt 2026', '2026-03-05'],
    ['5 Mrt. 2026', '2026-03-05'],
    ['1 Agst 2026', '2026-08-01'],
    ['1-Agst-26', '2026-08-01'],
    ['March 5, 2026', '2026-03-05'],
    ['Mar 5, 2026', '2026-03-05'],
    ['Maret 5 2026', '2026-03-05'],
    ['august 17, 2026', '2026-08-17'],
  ] as const)
    assert.equal(bacaTanggalIndonesia(teks), hasil, teks);
  assert.deepEqual(bacaTanggalRinci('February 30, 2026'), { jenis: 'mustahil' });
  for (const s of ['Semester 2 2026', 'Tahap 1, 2026', 'constructor 5, 2026'])
    assert.deepEqual(bacaTanggalRinci(s), { jenis: 'bukan' }, s);
});

test("a month without its day: also Excel's mmm-yy (Mar-26, Mar-2026); two digits only with the dash", () => {
  for (const [teks, hasil] of [
    ['Januari 2026', '2026-01-01'],
    ['Nov 2026', '2026-11-01'],
    ['Mrt 2026', '2026-03-01'],
    ['Mar-26', '2026-03-01'],
    ['Mar-2026', '2026-03-01'],
    ['Agst-26', '2026-08-01'],
    ['Dec-99', '1999-12-01'],
  ] as const)
    assert.equal(bacaBulanTahun(teks), hasil, teks);
  // "Jan 26" may be 26 January without its year: not read as a month.
  for (const s of ['Jan 26', 'Marit-26', 'Mar-2', '5 Mar 2026'])
    assert.equal(bacaBulanTahun(s), undefined, s);
});
