import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bacaBahasa, isiTeks, pilihTeks } from './teks.js';

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
