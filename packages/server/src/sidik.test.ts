import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { jsonKanonik, sha256 } from './sidik.js';

/** The first version, kept as the reference: stored idempotency hashes were made with its bytes. */
function rujukan(x: unknown): string {
  if (Array.isArray(x)) return `[${x.map(rujukan).join(',')}]`;
  if (x !== null && typeof x === 'object') {
    const o = x as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${rujukan(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(x) ?? 'null';
}

test('jsonKanonik: sorted keys, undefined properties left out, undefined array items as null', () => {
  assert.equal(jsonKanonik({ b: 1, a: [undefined, 'x'], c: undefined }), '{"a":[null,"x"],"b":1}');
  assert.equal(jsonKanonik({ z: { y: 1, x: 2 } }), jsonKanonik({ z: { x: 2, y: 1 } }));
});

test('jsonKanonik gives exactly the bytes of the first version, for any JSON-like value', () => {
  fc.assert(
    fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (x) => {
      assert.equal(jsonKanonik(x), rujukan(x));
    }),
    { numRuns: 2000 },
  );
});

test('sha256: hex digest (FIPS 180-2 test vector)', () => {
  assert.equal(sha256('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});
