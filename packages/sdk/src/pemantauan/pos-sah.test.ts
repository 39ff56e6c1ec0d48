import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BATAS_POS_DIINGAT, tanggalPosSah, type PosDiingat } from './pos-sah.js';

const LAMA = '2026-01-10T03:00:00.000Z';
const KINI = '2026-06-14T03:00:00.000Z';

test('nothing remembered (first scan, or a history line from before): every date as claimed', () => {
  const r = tanggalPosSah([
    { id: 'a', hash: 'h1', claimedAt: KINI },
    { id: 'b', hash: 'h2', claimedAt: LAMA },
  ]);
  assert.deepEqual(r.tanggal, [KINI, LAMA]);
  assert.deepEqual(r.diingat, [
    { id: 'a', hash: 'h1', acceptedAt: KINI },
    { id: 'b', hash: 'h2', acceptedAt: LAMA },
  ]);
});

test('the same item re-dated later with the same content keeps its earlier date, and is remembered so', () => {
  const diingat: PosDiingat[] = [{ id: 'a', hash: 'h1', acceptedAt: LAMA }];
  const r = tanggalPosSah([{ id: 'a', hash: 'h1', claimedAt: KINI }], diingat);
  assert.deepEqual(r.tanggal, [LAMA]);
  assert.deepEqual(r.diingat, diingat);
  // Night after night.
  assert.deepEqual(
    tanggalPosSah([{ id: 'a', hash: 'h1', claimedAt: '2026-06-15T03:00:00.000Z' }], r.diingat).tanggal,
    [LAMA],
  );
  // Dated earlier than remembered: the earlier date, which is no fresher.
  assert.deepEqual(
    tanggalPosSah([{ id: 'a', hash: 'h1', claimedAt: '2026-01-01T00:00:00.000Z' }], diingat).tanggal,
    ['2026-01-01T00:00:00.000Z'],
  );
});

test('a new guid on the same content is the same item (a guid regenerated every night)', () => {
  const r = tanggalPosSah(
    [{ id: 'a-malam-ini', hash: 'h1', claimedAt: KINI }],
    [{ id: 'a', hash: 'h1', acceptedAt: LAMA }],
  );
  assert.deepEqual(r.tanggal, [LAMA]);
  assert.deepEqual(r.diingat, [{ id: 'a-malam-ini', hash: 'h1', acceptedAt: LAMA }]);
});

test('a new post with the title of one still listed is a new post, dated as it claims', () => {
  // WordPress hashes the title only: a weekly post under a title used before, both in the list.
  const r = tanggalPosSah(
    [
      { id: '230', hash: 'jadwal', claimedAt: KINI },
      { id: '101', hash: 'jadwal', claimedAt: LAMA },
    ],
    [{ id: '101', hash: 'jadwal', acceptedAt: LAMA }],
  );
  assert.deepEqual(r.tanggal, [KINI, LAMA]);
});

test('a new item counts with its date; an edited item takes its new date', () => {
  const r = tanggalPosSah(
    [
      { id: 'baru', hash: 'h9', claimedAt: KINI },
      { id: 'a', hash: 'h1-diubah', claimedAt: KINI },
    ],
    [{ id: 'a', hash: 'h1', acceptedAt: LAMA }],
  );
  assert.deepEqual(r.tanggal, [KINI, KINI]);
  assert.deepEqual(
    r.diingat.map((d) => [d.id, d.hash]),
    [
      ['baru', 'h9'],
      ['a', 'h1-diubah'],
    ],
  );
});

test('items no longer listed stay remembered, the newest BATAS_POS_DIINGAT by accepted date', () => {
  assert.equal(BATAS_POS_DIINGAT, 50);
  const tanggal = (i: number): string => new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString();
  const diingat = Array.from({ length: 60 }, (_, i) => ({
    id: `p${i}`,
    hash: `h${i}`,
    acceptedAt: tanggal(i),
  }));
  const r = tanggalPosSah([{ id: 'p0', hash: 'h0', claimedAt: KINI }], diingat);
  // p0, the oldest remembered, is re-dated: it keeps its date, but it is still listed now.
  assert.deepEqual(r.tanggal, [tanggal(0)]);
  assert.equal(r.diingat.length, 50);
  assert.equal(r.diingat[0]!.id, 'p59');
  assert.ok(!r.diingat.some((d) => d.id === 'p9'));
  // An item that scrolled off the feed and comes back re-dated keeps its date.
  assert.deepEqual(tanggalPosSah([{ id: 'p30', hash: 'h30', claimedAt: KINI }], r.diingat).tanggal, [
    tanggal(30),
  ]);
  assert.equal(tanggalPosSah([], diingat, 3).diingat.length, 3);
});

test('unreadable dates are skipped, never thrown on', () => {
  const r = tanggalPosSah(
    [{ id: 'a', hash: 'h1', claimedAt: 'kemarin' }],
    [{ id: 'a', hash: 'h1', acceptedAt: 'rusak' }],
  );
  assert.deepEqual(r, { tanggal: [], diingat: [] });
});
