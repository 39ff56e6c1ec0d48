import { accessSync, constants, statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Teks } from '@terbuka/sdk';

const MiB = 1024 * 1024;

/**
 * Why the database cannot take a new submission now, or nothing: the file is not writable, or its disk has
 * less room than one submission may need — four of the largest bodies (the row, its receipt and history,
 * the WAL copy of each page) and never under 8 MiB. Cheap and safe for a health check polled often: one
 * statfs and one access call, no write (a test write would fsync and take the writer's lock each time).
 */
export function alasanTidakDapatDitulis(database: string, bodyLimit: number): Teks | undefined {
  try {
    accessSync(database, constants.W_OK);
    accessSync(dirname(database), constants.W_OK);
  } catch {
    return {
      id: 'Basis data tidak dapat ditulis (izin berkas atau folder). Pengajuan baru akan gagal.',
      en: 'The database cannot be written (file or folder permissions). New submissions would fail.',
    };
  }
  const s = statfsSync(dirname(database));
  const bebas = s.bavail * s.bsize;
  const perlu = Math.max(8 * MiB, 4 * bodyLimit);
  if (bebas >= perlu) return undefined;
  const [b, p] = [(bebas / MiB).toFixed(1), (perlu / MiB).toFixed(1)];
  return {
    id: `Ruang disk basis data hampir habis: tersisa ${b} MiB, perlu paling sedikit ${p} MiB. Pengajuan baru dapat gagal; kosongkan ruang disk.`,
    en: `The database disk is nearly full: ${b} MiB left, at least ${p} MiB needed. New submissions may fail; free some disk space.`,
  };
}
