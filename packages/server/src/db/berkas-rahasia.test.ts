import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { cadangkan, GalatCadangan } from '../cadangan.js';
import { bukaBasisData } from './buka.js';

// The usual umask of a shell or a service without systemd's UMask=: files would be created 0644.
let umaskLama: number;
before(() => (umaskLama = process.umask(0o022)));
const dir = mkdtempSync(join(tmpdir(), 'terbuka-izin-'));
after(() => {
  process.umask(umaskLama);
  rmSync(dir, { recursive: true, force: true });
});

const mode = (b: string) => statSync(b).mode & 0o777;
const ada = (berkas: string) => [berkas, `${berkas}-wal`, `${berkas}-shm`].filter((b) => existsSync(b));

test('a new database, its -wal and -shm are owner-only (0600) under umask 022', () => {
  const berkas = join(dir, 'baru.sqlite');
  const db = bukaBasisData(berkas);
  try {
    db.exec("INSERT INTO urutan (agency, year, kind, last) VALUES ('a', 2026, 'PI', 1)");
    assert.deepEqual(ada(berkas), [berkas, `${berkas}-wal`, `${berkas}-shm`]);
    for (const b of ada(berkas)) assert.equal(mode(b).toString(8), '600', b);
  } finally {
    db.close();
  }
});

test('an existing world-readable database and its companions are made 0600 when opened', () => {
  const berkas = join(dir, 'lama.sqlite');
  bukaBasisData(berkas).close();
  writeFileSync(`${berkas}-wal`, '');
  for (const b of ada(berkas)) chmodSync(b, 0o644);
  const db = bukaBasisData(berkas);
  try {
    for (const b of ada(berkas)) assert.equal(mode(b).toString(8), '600', b);
  } finally {
    db.close();
  }
});

test('a backup and its -wal/-shm are owner-only (0600) under umask 022', async () => {
  const berkas = join(dir, 'sumber.sqlite');
  const db = bukaBasisData(berkas); // kept open, as a running server does
  try {
    const tujuan = join(dir, 'cadangan.sqlite');
    const r = await cadangkan(berkas, tujuan);
    assert.equal(r.integrity, 'ok');
    assert.ok(existsSync(tujuan));
    for (const b of ada(tujuan)) assert.equal(mode(b).toString(8), '600', b);
    // An existing file is still refused, and left as it was.
    writeFileSync(join(dir, 'ada.sqlite'), 'jangan ditimpa');
    await assert.rejects(cadangkan(berkas, join(dir, 'ada.sqlite')), GalatCadangan);
    assert.equal(statSync(join(dir, 'ada.sqlite')).size, 'jangan ditimpa'.length);
  } finally {
    db.close();
  }
});
