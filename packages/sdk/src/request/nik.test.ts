import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GalatArgumen } from '../i18n/argumen.js';
import { periksaNIK, rapikanNIK } from './nik.js';

test('rapikanNIK removes separators; a value that is not a string throws GalatArgumen, not a raw TypeError', () => {
  assert.equal(rapikanNIK('3201 0145.0990-0001'), '3201014509900001');
  for (const [v, nama] of [
    [undefined, 'undefined'],
    [null, 'null'],
    [3201014509900001, 'number 3201014509900001'],
  ] as const) {
    assert.throws(
      () => rapikanNIK(v as unknown as string),
      (e: unknown) =>
        e instanceof GalatArgumen &&
        e.teks.id === `rapikanNIK: nik harus teks (string), bukan ${nama}.` &&
        e.teks.en === `rapikanNIK: nik must be a string, not ${nama}.`,
    );
    // periksaNIK judges any value (its result says what is wrong); it never reaches rapikanNIK with one.
    assert.equal(periksaNIK(v as unknown as string).ok, false);
  }
});
