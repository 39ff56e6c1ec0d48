import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GalatArgumen, jenisNilai, sebagaiByte, TEKS } from './argumen.js';
import { GalatArgumen as DariIndeks } from '../index.js';

test('jenisNilai names what was given', () => {
  assert.deepEqual(
    [undefined, null, 42, true, 'x', [], {}, new Uint8Array(1), new Date(0), Object.create(null)].map(
      jenisNilai,
    ),
    [
      'undefined',
      'null',
      'number 42',
      'boolean true',
      'string',
      'array',
      'object',
      'Uint8Array',
      'Date',
      'object',
    ],
  );
});

test('GalatArgumen: a TypeError naming function, parameter, what it takes and what was given, in id and en', () => {
  const e = new GalatArgumen('f', 'x', null, TEKS, { id: 'Saran.', en: 'Advice.' });
  assert.ok(e instanceof TypeError);
  assert.equal(DariIndeks, GalatArgumen, '@terbuka/sdk exports it');
  assert.equal(e.name, 'GalatArgumen');
  assert.deepEqual([e.fungsi, e.parameter], ['f', 'x']);
  assert.deepEqual(e.teks, {
    id: 'f: x harus teks (string), bukan null. Saran.',
    en: 'f: x must be a string, not null. Advice.',
  });
  assert.equal(e.message, `${e.teks.id} / ${e.teks.en}`);
});

test('sebagaiByte: a Uint8Array as it is, an ArrayBuffer or a view over the same bytes; nothing else', () => {
  const b = Uint8Array.from([1, 2, 3, 4]);
  assert.equal(sebagaiByte(b), b);
  assert.deepEqual(sebagaiByte(b.buffer), b);
  assert.deepEqual(sebagaiByte(new DataView(b.buffer, 1, 2)), Uint8Array.from([2, 3]));
  for (const x of ['abc', [1, 2], {}, undefined, null, 1]) assert.equal(sebagaiByte(x), undefined);
});
