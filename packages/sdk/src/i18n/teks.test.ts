import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bacaBahasa, formatTanggal, isiTeks, pemformatTanggal, pilihTeks, tanggalUTC } from './teks.js';

test('pilihTeks gives the requested language and falls back to Bahasa Indonesia', () => {
  const t = { id: 'Terlambat', en: 'Overdue' };
  assert.equal(pilihTeks(t, 'en'), 'Overdue');
  assert.equal(pilihTeks(t), 'Terlambat');
});

test('isiTeks fills placeholders in both languages and leaves unknown ones visible', () => {
  const t = isiTeks({ id: 'Baris {row}: {x}', en: 'Row {row}: {x}' }, { row: 3 });
  assert.deepEqual(t, { id: 'Baris 3: {x}', en: 'Row 3: {x}' });
});

test('bacaBahasa reads language tags, defaulting to Bahasa Indonesia', () => {
  assert.equal(bacaBahasa('en-GB'), 'en');
  assert.equal(bacaBahasa('id-ID'), 'id');
  assert.equal(bacaBahasa('jv'), 'id');
  assert.equal(bacaBahasa(undefined), 'id');
});

test('formatTanggal writes a calendar date in either language; pemformatTanggal with tanggalUTC writes the same', () => {
  // Two functions for one rule (formatTanggal is written out for the badge's bytes): held together here.
  for (const t of ['2026-01-01', '2026-03-05', '2024-02-29', '2026-12-31'])
    for (const b of ['id', 'en'] as const)
      for (const bulan of ['short', 'long'] as const)
        assert.equal(
          pemformatTanggal(b, bulan).format(tanggalUTC(t)),
          formatTanggal(t, b, bulan),
          `${t} ${b} ${bulan}`,
        );
  assert.equal(formatTanggal('2026-03-05', 'id', 'long'), '5 Maret 2026');
  assert.equal(formatTanggal('2026-03-05', 'en', 'long'), '5 March 2026');
  assert.equal(formatTanggal('2026-11-28', 'id', 'short'), '28 Nov 2026');
  assert.throws(() => formatTanggal('2026-13-01', 'id', 'long'), RangeError);
  assert.throws(() => pemformatTanggal('id', 'long').format(tanggalUTC('2026-13-01')), RangeError);
});
