import Database from 'better-sqlite3';
import { jalankanMigrasi } from './migrasi.js';

/**
 * Opens (or creates) the database with the settings every acknowledgement relies on:
 * - WAL: readers (status lookups, officer lists) never wait for the writer;
 * - synchronous=FULL: in WAL mode NORMAL survives a crashed process but may lose the last commits on a
 *   power cut or OS crash; a receipt promises the request is on disk, so each commit is fsynced;
 * - busy_timeout: a second process (`terbuka serve backup`, sqlite3 shell) waits instead of failing.
 */
export function bukaBasisData(berkas: string): Database.Database {
  const db = new Database(berkas);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  jalankanMigrasi(db);
  return db;
}
