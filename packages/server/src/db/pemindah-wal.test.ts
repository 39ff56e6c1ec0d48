import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as tunggu } from 'node:timers/promises';
import { after, describe, test } from 'node:test';
import type { Database } from 'better-sqlite3';
import { bukaBasisData } from './buka.js';
import { PemindahWal } from './pemindah-wal.js';

const dir = mkdtempSync(join(tmpdir(), 'terbuka-wal-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

/** A migrated database with a table of rows about one page each. */
function basisData(): { db: Database; berkas: string } {
  const berkas = join(dir, `db-${n++}.sqlite`);
  const db = bukaBasisData(berkas);
  db.exec('CREATE TABLE uji (isi BLOB NOT NULL)');
  return { db, berkas };
}

const BARIS = Buffer.alloc(3000, 7);
const ukuran = (berkas: string) => (existsSync(berkas) ? statSync(berkas).size : 0);

async function sampai(syarat: () => boolean, ms = 10_000): Promise<void> {
  const akhir = Date.now() + ms;
  while (!syarat()) {
    if (Date.now() > akhir) throw new Error('waited too long');
    await tunggu(10);
  }
}

describe('PemindahWal', () => {
  test('the checkpoint thread copies the WAL into the database file; the writer commits only', async () => {
    const dengan = basisData();
    const tanpa = basisData();
    tanpa.db.pragma('wal_autocheckpoint = 0');
    const pemindah = new PemindahWal(dengan.db, { database: dengan.berkas, jedaMs: 5 });
    try {
      assert.equal(dengan.db.pragma('wal_autocheckpoint', { simple: true }), 0);
      const awal = [ukuran(dengan.berkas), ukuran(tanpa.berkas)];
      for (let i = 0; i < 200; i++) {
        for (const { db } of [dengan, tanpa]) db.prepare('INSERT INTO uji (isi) VALUES (?)').run(BARIS);
        pemindah.setelahCommit();
      }
      // 200 rows of 3 kB: about 600 kB reach the database file from the WAL.
      await sampai(() => ukuran(dengan.berkas) > awal[0]! + 500_000);
      await tunggu(100);
      assert.equal(ukuran(tanpa.berkas), awal[1], 'without the thread nothing is copied');
    } finally {
      await pemindah.tutup();
    }
    assert.equal(dengan.db.pragma('wal_autocheckpoint', { simple: true }), 1000);
    assert.equal((dengan.db.prepare('SELECT count(*) AS n FROM uji').get() as { n: number }).n, 200);
    dengan.db.close();
    tanpa.db.close();
  });

  test('under a steady stream of commits the WAL still starts over: its file stays small', async () => {
    const { db, berkas } = basisData();
    const pemindah = new PemindahWal(db, { database: berkas, jedaMs: 1, batasHalaman: 64 });
    const sisip = db.prepare('INSERT INTO uji (isi) VALUES (?)');
    try {
      for (let i = 0; i < 3000; i++) {
        sisip.run(BARIS);
        pemindah.setelahCommit();
        // The writer's turns: a few commits, then a pass through the event loop (where the thread's notice
        // arrives) — too short a gap for a passive pass to catch up with.
        if (i % 10 === 9) await new Promise(setImmediate);
      }
      // Without a restart the WAL holds every frame: 3000 commits, about 36 MB (measured). Its file keeps
      // the largest size it reached; with restarts that was 4–7 MB.
      assert.ok(ukuran(`${berkas}-wal`) < 12_000_000, `WAL ${ukuran(`${berkas}-wal`)} bytes`);
    } finally {
      await pemindah.tutup();
    }
    assert.equal((db.prepare('SELECT count(*) AS n FROM uji').get() as { n: number }).n, 3000);
    db.close();
  });

  test('when the thread cannot run, the connection checkpoints on its own again', async () => {
    const { db } = basisData();
    const pemindah = new PemindahWal(db, { database: join(dir, 'tidak-ada', 'x.sqlite') });
    assert.equal(db.pragma('wal_autocheckpoint', { simple: true }), 0);
    await sampai(() => !pemindah.berjalan);
    assert.equal(db.pragma('wal_autocheckpoint', { simple: true }), 1000);
    await pemindah.tutup();
    db.close();
  });
});
