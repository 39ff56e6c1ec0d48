import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tanggalPembaruanSah } from './sah.js';

const T1 = '2026-11-01T02:00:00Z';
const T2 = '2026-11-08T02:00:00Z';
const T3 = '2026-11-15T02:00:00Z';

test('nothing observed or claimed → undefined; a claim not after its first observation stands', () => {
  assert.equal(tanggalPembaruanSah([]), undefined);
  assert.equal(tanggalPembaruanSah([{ observedAt: T1, hash: 'a' }]), undefined);
  assert.equal(
    tanggalPembaruanSah([{ observedAt: T1, hash: 'a', claimedAt: '2026-10-20T09:00:00+07:00' }]),
    '2026-10-20T09:00:00+07:00',
  );
});

test('a date that moves while the hash stays is not an update (Last-Modified = time of request)', () => {
  const r = tanggalPembaruanSah([
    { observedAt: T1, claimedAt: T1, hash: 'a' },
    { observedAt: T2, claimedAt: T2, hash: 'a' },
    { observedAt: T3, claimedAt: T3, hash: 'a' },
  ]);
  assert.equal(r, T1);
  // Order of the history does not matter.
  assert.equal(
    tanggalPembaruanSah([
      { observedAt: T3, claimedAt: '2026-11-14T00:00:00Z', hash: 'a' },
      { observedAt: T1, claimedAt: '2026-10-30T00:00:00Z', hash: 'a' },
    ]),
    '2026-10-30T00:00:00Z',
  );
});

test('the hash changes → the new date counts', () => {
  const r = tanggalPembaruanSah([
    { observedAt: T1, claimedAt: '2026-10-30T00:00:00Z', hash: 'a' },
    { observedAt: T2, claimedAt: '2026-11-05T00:00:00Z', hash: 'b' },
    { observedAt: T3, claimedAt: '2026-11-14T00:00:00Z', hash: 'b' },
  ]);
  assert.equal(r, '2026-11-05T00:00:00Z');
});

test('a date after its own observation is refused; within five minutes it counts as the observation', () => {
  assert.equal(
    tanggalPembaruanSah([{ observedAt: T1, claimedAt: '2026-11-01T02:06:00Z', hash: 'a' }]),
    undefined,
  );
  assert.equal(tanggalPembaruanSah([{ observedAt: T1, claimedAt: '2026-11-01T02:04:00Z', hash: 'a' }]), T1);
  assert.equal(tanggalPembaruanSah([{ observedAt: T1, claimedAt: 'besok', hash: 'a' }]), undefined);
});

test('a failed scan without a hash does not reset the content run; a claim without hash is judged on its own', () => {
  const r = tanggalPembaruanSah([
    { observedAt: T1, claimedAt: T1, hash: 'a' },
    { observedAt: T2 },
    { observedAt: T3, claimedAt: T3, hash: 'a' },
  ]);
  assert.equal(r, T1);
  assert.equal(
    tanggalPembaruanSah([
      { observedAt: T1, claimedAt: T1 },
      { observedAt: T2, claimedAt: T2 },
    ]),
    T2,
  );
});
