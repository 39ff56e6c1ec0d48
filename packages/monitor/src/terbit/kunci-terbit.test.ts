import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GalatTerbit } from './galat.js';
import { ambilKunciTerbit } from './kunci-terbit.js';

test('a symlink to the output folder takes the same lock: a second publish through it is refused', async () => {
  const d = await mkdtemp(join(tmpdir(), 'terbuka-kunci-terbit-'));
  await mkdir(join(d, 'public'));
  await symlink(join(d, 'public'), join(d, 'pubsym'));
  const now = new Date();
  const { lepas } = await ambilKunciTerbit(join(d, 'public'), now);
  await assert.rejects(ambilKunciTerbit(join(d, 'pubsym'), now), GalatTerbit);
  await assert.rejects(ambilKunciTerbit(join(d, 'pubsym', '.', '..', 'public'), now), GalatTerbit);
  await lepas();
  // Released: the symlinked name takes it now.
  const lagi = await ambilKunciTerbit(join(d, 'pubsym'), now);
  await lagi.lepas();
});
