// One publish at a time per output folder: an exclusive lock file inside it, created with O_EXCL.
// A lock left by a process that no longer runs on this machine is taken over; any other is refused.
import { hostname } from 'node:os';
import { readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
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

export interface KunciTerbit {
  /** Removes the lock, only while it is still this process's. */
  readonly lepas: () => Promise<void>;
}

/**
 * Takes the output folder's lock (the folder must exist), or throws `GalatTerbit` naming who holds it.
 */
export async function ambilKunciTerbit(keluar: string, now: Date): Promise<KunciTerbit> {
  const path = berkasKunciTerbit(await jalurNyata(keluar));
  const isi: IsiKunci = { pid: process.pid, host: hostname(), startedAt: now.toISOString() };
  const teks = `${JSON.stringify(isi)}\n`;
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
  };
}
