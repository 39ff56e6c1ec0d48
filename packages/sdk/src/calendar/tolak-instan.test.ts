import assert from 'node:assert/strict';
import { GalatArgumen } from '../i18n/argumen.js';

// Helpers only (no test here): the check of an instant parameter (instan-argumen.ts), asserted alike by the
// tests of every function that uses it.

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
