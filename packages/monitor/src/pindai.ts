import { stat } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import type { Bahasa, Masalah } from '@terbuka/sdk';
import { Pengambil } from './ambil/index.js';
import type { OpsiPengambil } from './ambil/index.js';
import { dalamBagian } from './bagian.js';
import type { Bagian } from './bagian.js';
import { buatKemajuan } from './kemajuan.js';
import { PenghitungRingkasan } from './ringkasan.js';
import type { RingkasanPindai } from './ringkasan.js';
import { catatanTerakhir, PenulisRiwayat, periksaBerkasRiwayat } from './riwayat/index.js';
import { pindaiAgensi } from './sumber/index.js';
import type { Agensi, CatatanPindai, Registri } from './types.js';

export interface OpsiPindaiRegistri {
  /** The JSON Lines history the records are appended to (created if missing; if present, it must be a history: `periksaBerkasRiwayat`). */
  readonly riwayat: string;
  /** Only this shard's agencies (see `bagianAgensi` for the assignment). */
  readonly shard?: Bagian;
  /** One clock for every agency (tests, reproducible runs). Default: the time each agency's scan starts. */
  readonly now?: Date;
  /** Options of the Pengambil made for this run (timeout, retries, limits, User-Agent). */
  readonly pengambil?: OpsiPengambil;
  /** Agencies scanned at once, so at most this many records are ever held. Default 8. */
  readonly concurrency?: number;
  /** Progress bar on stderr. Default: only when stderr is a terminal. */
  readonly progress?: boolean;
  /** Where the progress bar is drawn. Default process.stderr. */
  readonly aliranProgress?: NodeJS.WriteStream;
  /** Language of the progress bar. Default 'id'. */
  readonly bahasa?: Bahasa;
  /**
   * More history files to find each agency's previous record in (its validators for conditional
   * requests, its hashes and remembered posts for anti-gaming), besides `riwayat` itself: e.g. the
   * published history downloaded elsewhere, last month's file after rotating, the other shards' files
   * after re-sharding. Each must exist and be a history file (`periksaBerkasRiwayat`), or the run stops
   * before anything is written: a mistaken path would otherwise take every moved date as true.
   */
  readonly sebelumnya?: readonly string[];
  /** Once aborted, no further agency is started; those in flight finish and are written. */
  readonly signal?: AbortSignal;
  /**
   * Told of the run's problems that are no site's: history lines skipped while reading previous records,
   * the fetcher's setup (`Pengambil.peringatan`: a NODE_EXTRA_CA_CERTS file that cannot be read).
   */
  readonly laporkan?: (m: Masalah) => void;
  /**
   * @internal Tests only: stands in for `pindaiAgensi` (to count what is in flight without sites).
   * Every real run calls `pindaiAgensi`.
   */
  readonly pindaiUji?: typeof pindaiAgensi;
}

async function ada(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Scans the agencies of the registry (of one shard), each with `pindaiAgensi`, and appends each record
 * to the history as soon as it is done. A fixed number of agencies is in flight at once and the
 * summary keeps only counts and the slowest few, so memory does not grow with the registry's size
 * (beyond the registry itself and each agency's previous record). A failing site is a record with its
 * reasons, never a failed run; only the history file failing to be written stops the run (rethrown).
 */
export async function pindaiRegistri(registri: Registri, opsi: OpsiPindaiRegistri): Promise<RingkasanPindai> {
  const mulaiJam = new Date();
  const mulai = performance.now();
  const shard = opsi.shard;
  const milikShard = (a: Agensi): boolean => dalamBagian(a.id, shard);
  let total = 0;
  const ids = new Set<string>();
  for (const a of registri.agencies)
    if (milikShard(a)) {
      total++;
      ids.add(a.id);
    }

  // `riwayat` is appended to: when it already exists it must be a history (empty counts), or records
  // would be appended to a registry, a key set, a feed.
  const riwayatAda = await ada(opsi.riwayat);
  if (riwayatAda) await periksaBerkasRiwayat(opsi.riwayat);
  for (const path of opsi.sebelumnya ?? []) await periksaBerkasRiwayat(path);
  const sumberLama = [...(riwayatAda ? [opsi.riwayat] : []), ...(opsi.sebelumnya ?? [])];
  const lama = await catatanTerakhir(sumberLama, {
    agencies: ids,
    ...(opsi.laporkan ? { laporkan: opsi.laporkan } : {}),
  });
  ids.clear();

  const penulis = await PenulisRiwayat.buka(opsi.riwayat);
  const pengambil = new Pengambil(opsi.pengambil);
  for (const m of pengambil.peringatan) opsi.laporkan?.(m);
  const pindai = opsi.pindaiUji ?? pindaiAgensi;
  const hitung = new PenghitungRingkasan();
  const kemajuan = buatKemajuan({
    total,
    bahasa: opsi.bahasa ?? 'id',
    ...(opsi.aliranProgress ? { aliran: opsi.aliranProgress } : {}),
    ...(opsi.progress !== undefined ? { tampil: opsi.progress } : {}),
  });

  const antrean = (function* () {
    for (const a of registri.agencies) if (milikShard(a)) yield a;
  })();
  let galat: unknown;
  let berhenti = false;
  const pekerja = async (): Promise<void> => {
    while (!berhenti && galat === undefined) {
      if (opsi.signal?.aborted) {
        berhenti = true;
        return;
      }
      const n = antrean.next();
      if (n.done) return;
      const a = n.value;
      const t0 = performance.now();
      try {
        const c: CatatanPindai = await pindai(a, pengambil, lama.get(a.id), opsi.now ?? new Date());
        lama.delete(a.id);
        await penulis.tulis(c);
        hitung.tambah(c, performance.now() - t0);
        kemajuan.maju(c.unreachable && !c.notAssessed);
      } catch (e) {
        // pindaiAgensi never throws: what gets here is the history failing to be written.
        galat ??= e;
      }
    }
  };
  const jumlahPekerja = Math.max(1, Math.min(opsi.concurrency ?? 8, Math.max(total, 1)));
  try {
    await Promise.all(Array.from({ length: jumlahPekerja }, pekerja));
  } finally {
    kemajuan.berhenti();
    await Promise.allSettled([penulis.tutup(), pengambil.tutup()]);
  }
  if (galat !== undefined) throw galat;

  return {
    riwayat: opsi.riwayat,
    ...(shard ? { shard } : {}),
    startedAt: (opsi.now ?? mulaiJam).toISOString(),
    finishedAt: (opsi.now
      ? new Date(opsi.now.getTime() + (performance.now() - mulai))
      : new Date()
    ).toISOString(),
    durationMs: Math.round(performance.now() - mulai),
    total,
    scanned: hitung.scanned,
    stopped: hitung.scanned < total,
    unreachable: hitung.unreachable,
    notAssessed: hitung.notAssessed,
    bands: hitung.bands,
    failures: hitung.failures,
    slowest: hitung.slowest,
    fetches: { ...pengambil.statistik },
  };
}
