// One publish at a time per output folder: an exclusive lock file inside it, created with O_EXCL.
// A lock left by a process that no longer runs on this machine is taken over, and so is an empty one a
// crash left between creating and writing it; any other is refused.
import { hostname } from 'node:os';
import { open, readFile, realpath, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Teks } from '@terbuka/sdk';
import { GalatTerbit } from './galat.js';

interface IsiKunci {
  readonly pid: number;
  readonly host: string;
  readonly startedAt: string;
}

/**
 * The lock file of an output folder: `.terbit.lock` inside it, so publishing needs write access to the
 * output folder only (not to its parent, often a web root the publishing user does not own). It exists
 * only while a publish runs.
 */
export function berkasKunciTerbit(keluar: string): string {
  return join(keluar, '.terbit.lock');
}

/**
 * How old an empty lock file must be to be taken over. A publish creates its lock and writes its few bytes
 * at once, so an empty lock is either a publish in that instant or one that crashed in between; after a
 * minute it can only be the crash.
 */
export const UMUR_KUNCI_KOSONG_MS = 60_000;

/**
 * The real path of an output folder (symlinks resolved, also in a parent when it does not exist yet), so
 * that two names of one folder share one lock.
 */
export async function jalurNyata(p: string): Promise<string> {
  try {
    return await realpath(p);
  } catch (e) {
    const atas = dirname(p);
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || atas === p) return p;
    return join(await jalurNyata(atas), basename(p));
  }
}

function masihJalan(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, under another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The lock file as read: its holder (none when empty or not this publisher's), size and age. */
interface KunciTerbaca {
  readonly isi: IsiKunci | undefined;
  readonly size: number;
  readonly mtimeMs: number;
}

async function bacaKunci(path: string): Promise<KunciTerbaca | undefined> {
  const berkas = await open(path, 'r').catch(() => undefined);
  if (!berkas) return undefined;
  try {
    const s = await berkas.stat();
    let isi: IsiKunci | undefined;
    try {
      const d = JSON.parse(await berkas.readFile('utf8')) as Partial<IsiKunci>;
      if (typeof d.pid === 'number' && typeof d.host === 'string' && typeof d.startedAt === 'string')
        isi = d as IsiKunci;
    } catch {
      // Empty, or not a lock this publisher wrote: no holder to name.
    }
    return { isi, size: s.size, mtimeMs: s.mtimeMs };
  } finally {
    await berkas.close();
  }
}

/**
 * Stale: the lock of a process that has ended on this machine, or an empty one older than a minute (a
 * publish that crashed between creating and writing it; the clock of the file system, not --now, judges
 * its age).
 */
function basi(k: KunciTerbaca): boolean {
  return k.isi
    ? k.isi.host === hostname() && !masihJalan(k.isi.pid)
    : k.size === 0 && Date.now() - k.mtimeMs > UMUR_KUNCI_KOSONG_MS;
}

/**
 * Removes the stale lock `path` so that, of several publishes taking it over at once, only one does:
 * removing needs the takeover file `.terbit.lock.ambil` (created with O_EXCL), and its holder judges the
 * lock again before removing it, so a lock another publish has just made (its process runs) is never
 * removed. Returns the stale lock removed, or undefined: not stale any more, gone, or another publish is
 * taking it over (try again). A takeover file older than a minute was left by a crash in those few
 * milliseconds and is removed for the next try.
 */
async function ambilAlihKunciBasi(path: string): Promise<KunciTerbaca | undefined> {
  const ambil = `${path}.ambil`;
  try {
    await writeFile(ambil, `${process.pid}\n`, { flag: 'wx', mode: 0o644 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    const s = await stat(ambil).catch(() => undefined);
    if (s && Date.now() - s.mtimeMs > UMUR_KUNCI_KOSONG_MS) await rm(ambil, { force: true });
    return undefined;
  }
  try {
    const lama = await bacaKunci(path);
    if (!lama || !basi(lama)) return undefined;
    await rm(path, { force: true });
    return lama;
  } finally {
    await rm(ambil, { force: true });
  }
}

export interface KunciTerbit {
  /** Removes the lock, only while it is still this process's. */
  readonly lepas: () => Promise<void>;
  /** Said when a stale lock (an ended process's, or an empty one a crash left) was taken over. */
  readonly diambilAlih?: Teks;
}

function sedangBerjalan(keluar: string, path: string, lain: IsiKunci | undefined): GalatTerbit {
  const siapa = lain
    ? {
        id: ` (proses ${lain.pid} di ${lain.host} sejak ${lain.startedAt})`,
        en: ` (process ${lain.pid} on ${lain.host} since ${lain.startedAt})`,
      }
    : { id: '', en: '' };
  return new GalatTerbit({
    id: `Penerbitan lain ke ${keluar} sedang berjalan${siapa.id}. Tunggu sampai selesai; bila tidak ada yang berjalan, hapus ${path}.`,
    en: `Another publish into ${keluar} is running${siapa.en}. Wait for it to finish; if none is running, delete ${path}.`,
  });
}

/** How many times the lock is tried (one try every few milliseconds while another takes a stale one over). */
const COBA_KUNCI = 50;

/**
 * Takes the output folder's lock (the folder must exist), or throws `GalatTerbit` naming who holds it.
 */
export async function ambilKunciTerbit(keluar: string, now: Date): Promise<KunciTerbit> {
  const path = berkasKunciTerbit(await jalurNyata(keluar));
  const isi: IsiKunci = { pid: process.pid, host: hostname(), startedAt: now.toISOString() };
  const teks = `${JSON.stringify(isi)}\n`;
  let diambilAlih: Teks | undefined;
  for (let coba = 1; ; coba++) {
    try {
      await writeFile(path, teks, { flag: 'wx', mode: 0o644 });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const lama = await bacaKunci(path);
    // Gone meanwhile (its publish ended), or stale: tried again, the stale one taken over at most once.
    const ulang = coba < COBA_KUNCI && (!lama || (basi(lama) && !diambilAlih));
    if (!ulang) throw sedangBerjalan(keluar, path, lama?.isi);
    if (!lama) continue;
    const dihapus = await ambilAlihKunciBasi(path);
    if (!dihapus) {
      // Another publish is taking it over: its new lock is judged at the next try.
      await new Promise((r) => setTimeout(r, 5));
      continue;
    }
    const lain = dihapus.isi;
    diambilAlih = lain
      ? {
          id: `Berkas kunci ${path} dari penerbitan yang sudah berhenti (proses ${lain.pid} sejak ${lain.startedAt}) diambil alih.`,
          en: `Lock file ${path} of a publish that has ended (process ${lain.pid} since ${lain.startedAt}) was taken over.`,
        }
      : {
          id: `Berkas kunci ${path} kosong (penerbitan sebelumnya terhenti saat membuatnya) dan diambil alih.`,
          en: `Lock file ${path} was empty (an earlier publish stopped while creating it) and was taken over.`,
        };
  }
  return {
    lepas: async () => {
      if ((await readFile(path, 'utf8').catch(() => '')) === teks) await rm(path, { force: true });
    },
    ...(diambilAlih ? { diambilAlih } : {}),
  };
}
