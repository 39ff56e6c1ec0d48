// One publish at a time per output folder: an exclusive lock file inside it, created with O_EXCL.
// A lock left by a process that no longer runs on this machine is taken over, and so is an empty one a
// crash left between creating and writing it; any other is refused.
import { hostname } from 'node:os';
import { readFile, realpath, rm, stat, writeFile } from 'node:fs/promises';
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

async function bacaIsi(path: string): Promise<IsiKunci | undefined> {
  try {
    const d = JSON.parse(await readFile(path, 'utf8')) as Partial<IsiKunci>;
    return typeof d.pid === 'number' && typeof d.host === 'string' && typeof d.startedAt === 'string'
      ? (d as IsiKunci)
      : undefined;
  } catch {
    return undefined;
  }
}

/** An empty lock file old enough to have been left by a crash (see UMUR_KUNCI_KOSONG_MS). */
async function kosongLama(path: string, now: number): Promise<boolean> {
  const s = await stat(path).catch(() => undefined);
  return s !== undefined && s.size === 0 && now - s.mtimeMs > UMUR_KUNCI_KOSONG_MS;
}

export interface KunciTerbit {
  /** Removes the lock, only while it is still this process's. */
  readonly lepas: () => Promise<void>;
  /** Said when a stale lock (an ended process's, or an empty one a crash left) was taken over. */
  readonly diambilAlih?: Teks;
}

/**
 * Takes the output folder's lock (the folder must exist), or throws `GalatTerbit` naming who holds it.
 */
export async function ambilKunciTerbit(keluar: string, now: Date): Promise<KunciTerbit> {
  const path = berkasKunciTerbit(await jalurNyata(keluar));
  const isi: IsiKunci = { pid: process.pid, host: hostname(), startedAt: now.toISOString() };
  const teks = `${JSON.stringify(isi)}\n`;
  let diambilAlih: Teks | undefined;
  for (let coba = 0; ; coba++) {
    try {
      await writeFile(path, teks, { flag: 'wx', mode: 0o644 });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const lain = await bacaIsi(path);
      // A lock from a process that has ended on this machine is stale: taken over once.
      if (coba === 0 && lain && lain.host === isi.host && !masihJalan(lain.pid)) {
        await rm(path, { force: true });
        diambilAlih = {
          id: `Berkas kunci ${path} dari penerbitan yang sudah berhenti (proses ${lain.pid} sejak ${lain.startedAt}) diambil alih.`,
          en: `Lock file ${path} of a publish that has ended (process ${lain.pid} since ${lain.startedAt}) was taken over.`,
        };
        continue;
      }
      // Empty and older than a minute: a publish that crashed between creating and writing it (the clock
      // of the file system, not --now, judges its age).
      if (coba === 0 && !lain && (await kosongLama(path, Date.now()))) {
        await rm(path, { force: true });
        diambilAlih = {
          id: `Berkas kunci ${path} kosong (penerbitan sebelumnya terhenti saat membuatnya) dan diambil alih.`,
          en: `Lock file ${path} was empty (an earlier publish stopped while creating it) and was taken over.`,
        };
        continue;
      }
      const siapa = lain
        ? {
            id: ` (proses ${lain.pid} di ${lain.host} sejak ${lain.startedAt})`,
            en: ` (process ${lain.pid} on ${lain.host} since ${lain.startedAt})`,
          }
        : { id: '', en: '' };
      throw new GalatTerbit({
        id: `Penerbitan lain ke ${keluar} sedang berjalan${siapa.id}. Tunggu sampai selesai; bila tidak ada yang berjalan, hapus ${path}.`,
        en: `Another publish into ${keluar} is running${siapa.en}. Wait for it to finish; if none is running, delete ${path}.`,
      });
    }
  }
  return {
    lepas: async () => {
      if ((await readFile(path, 'utf8').catch(() => '')) === teks) await rm(path, { force: true });
    },
    ...(diambilAlih ? { diambilAlih } : {}),
  };
}
