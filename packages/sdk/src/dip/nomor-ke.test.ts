import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { nomorKe } from './nomor-ke.js';

test('nomorKe: the same answer as comparing with String(n) and `(n)`', () => {
  const n = fc.integer({ min: 1, max: 10_000 });
  // Cells near the number: itself, in brackets, with a digit more or less, padded, other characters.
  const sel = (x: number): fc.Arbitrary<string> =>
    fc.oneof(
      fc.constantFrom(
        String(x),
        `(${x})`,
        `0${x}`,
        `${x}0`,
        String(x).slice(1),
        `(${x}`,
        `${x})`,
        `((${x}))`,
      ),
      fc.constantFrom(String(x + 1), `(${x - 1})`, `${x}.`, ` ${x}`, '()', '(', ''),
      fc.string({ maxLength: 6 }),
      fc.nat({ max: 10_001 }).map(String),
    );
  let ya = 0;
  fc.assert(
    fc.property(
      n.chain((x) => fc.tuple(fc.constant(x), sel(x))),
      ([x, t]) => {
        const lambat = t === String(x) || t === `(${x})`;
        if (lambat) ya++;
        assert.equal(nomorKe(t, x), lambat, `${JSON.stringify(t)} ${x}`);
      },
    ),
    { numRuns: 5000 },
  );
  assert.ok(ya > 200, `cells that are the number: ${ya}`);
});
