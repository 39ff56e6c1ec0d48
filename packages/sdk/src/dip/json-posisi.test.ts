import { test } from 'node:test';
import assert from 'node:assert/strict';
import { posisiGalatJSON } from './json-posisi.js';

test('finds the first offset where JSON text goes wrong', () => {
  const cases: [string, number][] = [
    ['{"a": 1,}', 8],
    ['{"a" 1}', 5],
    ['[1, 2', 5],
    ['{"a": tru}', 6],
    ['{"a": "x\ny"}', 8],
    ['{"a": "\\q"}', 7],
    ['{"a": 01}', 7],
    ['{} x', 3],
    ["{'a': 1}", 1],
    ['', 0],
  ];
  for (const [teks, pos] of cases) {
    assert.throws(() => JSON.parse(teks));
    assert.equal(posisiGalatJSON(teks), pos, teks);
  }
  const sah = '{"a": [1, 2.5e3, -0, true, null, "\\u00e9"]}';
  assert.equal(posisiGalatJSON(sah), sah.length, 'valid JSON has no error offset');
  assert.equal(typeof posisiGalatJSON('['.repeat(200_000)), 'number');
});
