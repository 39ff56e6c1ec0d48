import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bacaBahasa, formatTanggal, isiTeks, pilihTeks } from './teks.js';

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

test('formatTanggal writes a calendar date in either language, building one formatter per language and form', () => {
  // A list formats hundreds of dates; building an Intl.DateTimeFormat costs ~1–3 ms, formatting ~µs.
  const asli = Intl.DateTimeFormat;
  let dibuat = 0;
  Intl.DateTimeFormat = new Proxy(asli, {
    construct(t, a: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      dibuat++;
      return new t(...a);
    },
  });
  try {
    for (let i = 1; i <= 28; i++)
      for (const b of ['id', 'en'] as const)
        for (const bulan of ['short', 'long'] as const)
          formatTanggal(`2026-02-${String(i).padStart(2, '0')}`, b, bulan);
    assert.ok(dibuat <= 4, `${dibuat} formatters for 112 dates`);
  } finally {
    Intl.DateTimeFormat = asli;
  }
  assert.equal(formatTanggal('2026-03-05', 'id', 'long'), '5 Maret 2026');
  assert.equal(formatTanggal('2026-03-05', 'en', 'long'), '5 March 2026');
  assert.equal(formatTanggal('2026-11-28', 'id', 'short'), '28 Nov 2026');
  assert.throws(() => formatTanggal('2026-13-01', 'id', 'long'), RangeError);
});
