import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
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

/** A pid no process has on this machine: a child that has ended. */
function pidBerhenti(): number {
  const r = spawnSync(process.execPath, ['-e', '']);
  assert.ok(r.pid);
  return r.pid;
}

test('publishes taking over one stale lock at the same instant: exactly one gets it, the others are refused', async () => {
  const basi = { pid: pidBerhenti(), host: hostname(), startedAt: '2026-01-01T00:00:00.000Z' };
  for (let putaran = 0; putaran < 100; putaran++) {
    const d = await mkdtemp(join(tmpdir(), 'terbuka-kunci-basi-'));
    const path = join(d, '.terbit.lock');
    await writeFile(path, `${JSON.stringify(basi)}\n`);
    // Started together on the real file system, their steps interleave (each reads the stale lock before
    // any replaces it): a takeover that removes "the" lock by name would remove the winner's new one.
    const hasil = await Promise.allSettled(Array.from({ length: 6 }, () => ambilKunciTerbit(d, new Date())));
    const dapat = hasil.filter((h) => h.status === 'fulfilled');
    assert.equal(dapat.length, 1, `round ${putaran}: ${dapat.length} publishes hold the lock`);
    for (const h of hasil)
      if (h.status === 'rejected') assert.ok(h.reason instanceof GalatTerbit, String(h.reason));
    // Only the lock is left: the stale one renamed aside is gone.
    assert.deepEqual(await readdir(d), ['.terbit.lock']);
    assert.equal(JSON.parse(await readFile(path, 'utf8')).pid, process.pid);
    await (dapat[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof ambilKunciTerbit>>>).value.lepas();
    assert.deepEqual(await readdir(d), []);
  }
});
