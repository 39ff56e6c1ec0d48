import { constants, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { RIWAYAT_FORMAT } from '../types.js';
import { galatSistemBerkas, teksGalatBerkas } from '../berkas.js';
import { GalatRiwayat, kodeGalat } from './galat.js';

/** How much of the start of a file is read to find its first line (a record is a few to some tens of kB). */
const BATAS_BACA = 1024 * 1024;
/** How every record the monitor writes begins (`format` is its first field). */
const AWAL_CATATAN = `{"format":"${RIWAYAT_FORMAT}"`;

/** What a path that is neither a file nor a folder is, in words. */
function jenisKhusus(s: Stats): { id: string; en: string } | undefined {
  if (s.isCharacterDevice()) return { id: 'perangkat karakter', en: 'a character device' };
  if (s.isBlockDevice()) return { id: 'perangkat blok', en: 'a block device' };
  if (s.isFIFO()) return { id: 'FIFO/pipa bernama', en: 'a FIFO (named pipe)' };
  if (s.isSocket()) return { id: 'soket', en: 'a socket' };
  return undefined;
}

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
 * into nothing but warnings. Anything but a regular file or a folder (a device such as /dev/zero, a FIFO, a
 * socket) is refused by what it is: its size says 0, and read as a stream it would never end (or never
 * start). Throws `GalatRiwayat` with the reason in both languages.
 */
export async function periksaBerkasRiwayat(path: string): Promise<void> {
  let awal = '';
  let ukuran = 0;
  // Said by what it is before it is opened (a socket does not open, a FIFO would wait for a writer); a path
  // that does not stat is left to the open below, which says why.
  let khusus = await stat(path).then(jenisKhusus, () => undefined);
  if (!khusus)
    try {
      // Non-blocking: a FIFO put in the file's place after the stat opens instead of waiting.
      const berkas = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
      try {
        const s = await berkas.stat();
        khusus = jenisKhusus(s);
        if (!khusus) {
          ukuran = s.size;
          const buf = Buffer.alloc(Math.min(ukuran, BATAS_BACA));
          const { bytesRead } = await berkas.read(buf, 0, buf.length, 0);
          awal = buf.subarray(0, bytesRead).toString('utf8');
        }
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
  if (khusus)
    throw new GalatRiwayat({
      id: `${path} bukan berkas biasa (${khusus.id}): riwayat harus berkas biasa yang dibaca dari awal sampai akhir dan ditambah baris demi baris. Berikan jalur berkas riwayat (mis. data/riwayat.jsonl).`,
      en: `${path} is not a regular file (${khusus.en}): a history must be a regular file, read from start to end and appended to line by line. Give the path of a history file (e.g. data/riwayat.jsonl).`,
    });
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
