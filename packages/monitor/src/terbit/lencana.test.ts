import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntriFeed } from '@terbuka/sdk';
import { lencanaShields } from './lencana.js';

const entri: EntriFeed = {
  agencyId: 'dinkes',
  name: 'Dinas Kesehatan',
  score: 84.4,
  band: 'menuju-informatif',
  evaluatedAt: '2026-11-28T01:00:00Z',
  expiresAt: '2026-12-05T01:00:00Z',
  methodVersion: '1.0.0',
  evidenceUrl: 'https://contoh.go.id/hasil/dinkes',
};

test('shields JSON: current in its band colour; past expiresAt or evaluated over a day ahead, grey and expired', () => {
  assert.deepEqual(
    [lencanaShields(entri, new Date('2026-11-29T00:00:00Z'))].map((l) => [l.message, l.color]),
    [['84,4 · Menuju Informatif', '7CB342']],
  );
  for (const now of ['2026-12-06T00:00:00Z', '2026-11-26T00:00:00Z']) {
    const l = lencanaShields(entri, new Date(now));
    assert.equal(l.message, 'kedaluwarsa (84,4)', now);
    assert.equal(l.color, '5F6368', now);
  }
  // Within a day ahead (a clock some hours off) it is current.
  assert.equal(lencanaShields(entri, new Date('2026-11-27T12:00:00Z')).color, '7CB342');
});
