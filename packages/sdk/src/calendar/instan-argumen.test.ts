import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GalatArgumen } from '../i18n/argumen.js';
import { waktuDiZona } from '../request/waktu.js';
import { tanggalDiZona } from './tanggal.js';
import { instanDiZona } from './zona.js';

/** Values that are no valid Date, with how the message names each (`bukan …`, and an Invalid Date's `Diberikan`). */
export const BUKAN_INSTAN: readonly (readonly [unknown, string])[] = [
  [new Date(Number.NaN), 'Date'],
  [new Date('kemarin'), 'Date'],
  [undefined, 'undefined'],
  [null, 'null'],
  ['2026-11-28T00:00:00Z', 'string'],
  [1764264600000, 'number 1764264600000'],
];

/** Asserts `f(v)` throws GalatArgumen naming `fungsi` and `parameter`, "a valid Date", in id then en. */
export function tolakInstan(fungsi: string, parameter: string, f: (v: unknown) => unknown): void {
  for (const [v, diberi] of BUKAN_INSTAN) {
    const tampil =
      v instanceof Date ? { id: ' Diberikan: Invalid Date.', en: ' Given: Invalid Date.' } : undefined;
    assert.throws(
      () => f(v),
      (e: unknown) => {
        assert.ok(e instanceof GalatArgumen, `${fungsi}(${String(v)}): ${String(e)}`);
        assert.deepEqual([e.fungsi, e.parameter], [fungsi, parameter]);
        assert.equal(
          e.teks.id,
          `${fungsi}: ${parameter} harus Date yang sah, bukan ${diberi}.${tampil?.id ?? ''}`,
        );
        assert.equal(
          e.teks.en,
          `${fungsi}: ${parameter} must be a valid Date, not ${diberi}.${tampil?.en ?? ''}`,
        );
        assert.equal(e.message, `${e.teks.id} / ${e.teks.en}`);
        return true;
      },
    );
  }
}

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
