import { open } from 'node:fs/promises';
import { RIWAYAT_FORMAT } from '../types.js';
import { galatSistemBerkas, teksGalatBerkas } from '../berkas.js';
import { GalatRiwayat, kodeGalat } from './galat.js';

/** How much of the start of a file is read to find its first line (a record is a few to some tens of kB). */
const BATAS_BACA = 1024 * 1024;
/** How every record the monitor writes begins (`format` is its first field). */
const AWAL_CATATAN = `{"format":"${RIWAYAT_FORMAT}"`;

/** The `format` of a line read as JSON, if it is an object with one. */
function formatBaris(baris: string): unknown {
  try {
    const x: unknown = JSON.parse(baris);
    return typeof x === 'object' && x !== null ? (x as { format?: unknown }).format : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Checks that a file given as a previous history is one: readable, and empty or starting with a scan
 * record (a line cut short by a stopped run counts, by how it begins). Reads only the file's start, so a
 * mistaken path (the registry, a feed, a folder) is refused at once instead of being read line by line
 * into nothing but warnings. Throws `GalatRiwayat` with the reason in both languages.
 */
export async function periksaBerkasRiwayat(path: string): Promise<void> {
  let awal: string;
  let ukuran: number;
  try {
    const berkas = await open(path, 'r');
    try {
      ukuran = (await berkas.stat()).size;
      const buf = Buffer.alloc(Math.min(ukuran, BATAS_BACA));
      const { bytesRead } = await berkas.read(buf, 0, buf.length, 0);
      awal = buf.subarray(0, bytesRead).toString('utf8');
    } finally {
      await berkas.close();
    }
  } catch (e) {
    // Why, in words (a file where a folder of the path should be, a folder, no right to read it); a
    // missing file by its code alone, the path being all there is to check.
    // A read of an open file (a folder opens, then fails to read) does not say its path: this one.
    if (galatSistemBerkas(e)) e.path ??= path;
    const sebab = kodeGalat(e) === 'ENOENT' ? undefined : teksGalatBerkas(e, 'baca');
    throw new GalatRiwayat(
      sebab
        ? {
            id: `Berkas riwayat ${path} tidak dapat dibaca: ${sebab.id}`,
            en: `Cannot read history file ${path}: ${sebab.en}`,
          }
        : {
            id: `Berkas riwayat ${path} tidak dapat dibaca (${kodeGalat(e)}).`,
            en: `Cannot read history file ${path} (${kodeGalat(e)}).`,
          },
    );
  }
  const baris = awal
    .replace(/^\uFEFF/, '')
    .split('\n')
    .find((b) => b.trim() !== '')
    ?.trim();
  // Nothing but blank lines: an empty history (a new shard's file), nothing to compare with yet.
  if (baris === undefined && ukuran <= BATAS_BACA) return;
  const catatan =
    baris !== undefined && (baris.startsWith(AWAL_CATATAN) || formatBaris(baris) === RIWAYAT_FORMAT);
  if (!catatan)
    throw new GalatRiwayat({
      id: `${path} bukan berkas riwayat pemindaian: baris pertamanya bukan catatan "${RIWAYAT_FORMAT}" (berkas yang ditulis "terbuka monitor scan --riwayat").`,
      en: `${path} is not a scan history file: its first line is not a "${RIWAYAT_FORMAT}" record (a file written by "terbuka monitor scan --riwayat").`,
    });
}
