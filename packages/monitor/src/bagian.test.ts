import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bacaBagian, bagianAgensi, dalamBagian, GalatBagian } from './bagian.js';

const ids = Array.from({ length: 997 }, (_, i) => `desa-${i}`);

test('every agency is in exactly one of n shards, for every n', () => {
  for (const n of [1, 2, 3, 4, 7, 16]) {
    const per = new Array<number>(n).fill(0);
    for (const id of ids) {
      const dalam = Array.from({ length: n }, (_, i) => i + 1).filter((i) =>
        dalamBagian(id, { index: i, count: n }),
      );
      assert.equal(dalam.length, 1, `${id} in ${n} shards: ${dalam.join(',')}`);
      per[(dalam[0] as number) - 1]!++;
    }
    // A hash, not a round robin: roughly even, and no shard empty at this size.
    for (const k of per) assert.ok(k > ids.length / n / 2, `${n} shards: ${per.join(',')}`);
  }
});

test('the shard depends only on the id (SHA-256, first 32 bits, mod n, +1)', () => {
  // sha256("dinkes") starts da3d71bd: 0xda3d71bd = 3661459901. Fixed here so that any other
  // implementation (a CI script in another language) can check itself against it.
  assert.equal(bagianAgensi('dinkes', 1), 1);
  assert.equal(bagianAgensi('dinkes', 3), (3661459901 % 3) + 1);
  assert.equal(bagianAgensi('dinkes', 7), 2);
  assert.equal(bagianAgensi('dinkes', 10), 2);
  const a = ids.map((id) => bagianAgensi(id, 5));
  const b = [...ids]
    .reverse()
    .map((id) => bagianAgensi(id, 5))
    .reverse();
  assert.deepEqual(a, b);
  assert.equal(dalamBagian('apa saja', undefined), true);
});

test('--shard i/n is read, and refused with words in both languages', () => {
  assert.deepEqual(bacaBagian('2/4'), { index: 2, count: 4 });
  assert.deepEqual(bacaBagian(' 1 / 1 '), { index: 1, count: 1 });
  for (const salah of ['0/4', '5/4', '1/0', '1', 'a/b', '-1/2', '1/2/3'])
    assert.throws(
      () => bacaBagian(salah),
      (e: unknown) => e instanceof GalatBagian && /tidak sah/.test(e.teks.id) && /not valid/.test(e.teks.en),
      salah,
    );
});
