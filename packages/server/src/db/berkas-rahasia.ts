import { chmodSync, closeSync, existsSync, openSync, statSync } from 'node:fs';

/**
 * Owner-only (rw-------): the database and its backups hold requesters' names, NIKs, phones and
 * e-mails, and the usual umask 022 would leave them readable by every account on the machine.
 */
export const MODE_RAHASIA = 0o600;

/** The files SQLite keeps for a database: itself and, in WAL mode, its -wal and -shm companions. */
export const berkasSQLite = (berkas: string): string[] => [berkas, `${berkas}-wal`, `${berkas}-shm`];

/**
 * Takes group and other access away from the database files that exist (an older install, a copy
 * made by hand). SQLite gives a -wal or -shm it creates the mode of the database file, so a database
 * kept 0600 keeps its companions 0600 too.
 */
export function rahasiakan(berkas: string): void {
  for (const b of berkasSQLite(berkas)) {
    if (existsSync(b) && (statSync(b).mode & 0o077) !== 0) chmodSync(b, MODE_RAHASIA);
  }
}

/**
 * Creates an empty file, owner-only, before SQLite opens it (SQLite would create it 0644 under
 * umask 022). `wx`: refused if the file already exists (EEXIST), with no window between check and create.
 */
export function buatRahasia(berkas: string): void {
  closeSync(openSync(berkas, 'wx', MODE_RAHASIA));
}
