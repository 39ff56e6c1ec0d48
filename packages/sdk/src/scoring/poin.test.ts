import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bobotPersepuluhan, poinPecahan, poinRasio } from './poin.js';

test('points are tenths, rounded half up with exact integer arithmetic', () => {
  assert.equal(poinPecahan(350, 7, 11), 223); // 22.2727… → 22.3
  assert.equal(poinPecahan(350, 1, 2), 175);
  assert.equal(poinPecahan(150, 1, 4), 38); // 3.75 → 3.8 (half up)
  assert.equal(poinPecahan(100, 0, 3), 0);
  assert.equal(poinPecahan(100, 3, 3), 100);
  assert.equal(poinRasio(150, 0.3), 45);
  assert.equal(poinRasio(75, 0.5), 38);
});

test('weights must be non-negative multiples of 0.1; fractions must be 0–1', () => {
  assert.equal(bobotPersepuluhan(7.5), 75);
  assert.throws(() => bobotPersepuluhan(0.05), RangeError);
  assert.throws(() => bobotPersepuluhan(-1), RangeError);
  assert.throws(() => bobotPersepuluhan(Number.NaN), RangeError);
  assert.throws(() => poinPecahan(100, 4, 3), RangeError);
  assert.throws(() => poinRasio(100, 1.2), RangeError);
});
