import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { buatRahasia, rahasiakan } from './berkas-rahasia.js';
import { jalankanMigrasi } from './migrasi.js';

/**
 * Opens (or creates) the database with the settings every acknowledgement relies on:
 * - WAL: readers (status lookups, officer lists) never wait for the writer;
 * - synchronous=FULL: in WAL mode NORMAL survives a crashed process but may lose the last commits on a
 *   power cut or OS crash; a receipt promises the request is on disk, so each commit is fsynced;
 * - busy_timeout: a second process (`terbuka serve backup`, sqlite3 shell) waits instead of failing;
 * - owner-only files (0600) for the database, -wal and -shm, whatever the umask (berkas-rahasia.ts).
 */
export function bukaBasisData(berkas: string): Database.Database {
  const diDisk = berkas !== '' && berkas !== ':memory:';
  if (diDisk) {
    if (!existsSync(berkas)) buatRahasia(berkas);
    rahasiakan(berkas);
  }
  const db = new Database(berkas);
  db.pragma('journal_mode = WAL');
  // A -wal or -shm left from an older version keeps its mode; SQLite reuses the file.
  if (diDisk) rahasiakan(berkas);
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  jalankanMigrasi(db);
  return db;
}
