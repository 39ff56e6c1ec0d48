import { test } from 'node:test';
import assert from 'node:assert/strict';
import { waktuDiZona } from '../request/waktu.js';
import { tanggalDiZona } from './tanggal.js';
import { instanDiZona } from './zona.js';
import { tolakInstan } from './tolak-instan.test.js';

test('tanggalDiZona, instanDiZona and waktuDiZona refuse anything but a valid Date with GalatArgumen naming it, not a bare "Invalid time value"', () => {
  tolakInstan('tanggalDiZona', 'instan', (v) => tanggalDiZona(v as Date));
  tolakInstan('instanDiZona', 'instan', (v) => instanDiZona(v as Date));
  tolakInstan('instanDiZona', 'instan', (v) => instanDiZona(v as Date, 'Asia/Makassar'));
  tolakInstan('waktuDiZona', 'instan', (v) => waktuDiZona(v as Date, 'Asia/Jayapura'));
  // A valid Date still gives its date and times.
  const t = new Date('2026-11-27T16:30:05.123Z');
  assert.equal(tanggalDiZona(t, 'Asia/Makassar'), '2026-11-28');
  assert.equal(instanDiZona(t, 'Asia/Makassar'), '2026-11-28T00:30:05.123+08:00');
  assert.equal(waktuDiZona(t, 'Asia/Jayapura'), '2026-11-28T01:30:05+09:00');
});
