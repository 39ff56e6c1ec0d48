import Database from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Teks } from '@terbuka/sdk';
import { berkasSQLite, buatRahasia, rahasiakan } from './db/berkas-rahasia.js';

export class GalatCadangan extends Error {
  constructor(readonly teks: Teks) {
    super(teks.en);
    this.name = 'GalatCadangan';
  }
}

/**
 * An online backup through SQLite's backup API: a consistent copy while the server keeps writing.
 * The copy is checked with `PRAGMA integrity_check` before it is reported done.
 */
export async function cadangkan(
  database: string,
  tujuan: string,
): Promise<{ pages: number; integrity: string; rows: number }> {
  if (!existsSync(database)) {
    throw new GalatCadangan({
      id: `Basis data ${database} tidak ada.`,
      en: `The database ${database} does not exist.`,
    });
  }
  try {
    // Created owner-only before SQLite writes into it: the copy holds the same personal data.
    buatRahasia(tujuan);
  } catch (e) {
    const kode = (e as NodeJS.ErrnoException).code;
    if (kode === 'EEXIST')
      throw new GalatCadangan({
        id: `Berkas ${tujuan} sudah ada; pilih nama lain agar cadangan lama tidak tertimpa.`,
        en: `${tujuan} already exists; choose another name so an older backup is not overwritten.`,
      });
    // Not created for the user: a mistyped path would put a copy of personal data where nobody looks.
    const folder = dirname(tujuan);
    if (kode === 'ENOENT' || kode === 'ENOTDIR')
      throw new GalatCadangan({
        id: `Folder ${folder} tidak ada; buat dulu (mkdir -p ${folder}) atau pilih folder lain untuk cadangan.`,
        en: `The folder ${folder} does not exist; create it first (mkdir -p ${folder}) or choose another folder for the backup.`,
      });
    if (kode === 'EACCES' || kode === 'EPERM' || kode === 'EROFS')
      throw new GalatCadangan({
        id: `Berkas ${tujuan} tidak dapat dibuat di folder ${folder} (${kode}).`,
        en: `Cannot create ${tujuan} in the folder ${folder} (${kode}).`,
      });
    throw e;
  }
  let selesai = false;
  const db = new Database(database, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const r = await db.backup(tujuan);
    const salinan = new Database(tujuan, { readonly: true });
    try {
      const integrity = String(salinan.pragma('integrity_check', { simple: true }));
      const rows = (salinan.prepare('SELECT count(*) AS n FROM pengajuan').get() as { n: number }).n;
      selesai = true;
      return { pages: r.totalPages, integrity, rows };
    } finally {
      salinan.close();
      rahasiakan(tujuan);
    }
  } finally {
    db.close();
    // A backup that failed half-way is not left to be mistaken for a good one (only what this call created).
    if (!selesai) for (const b of berkasSQLite(tujuan)) rmSync(b, { force: true });
  }
}
