import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bacaTanggalIndonesia, bacaTanggalRinci } from './tanggal-indonesia.js';

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
