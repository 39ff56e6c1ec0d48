import type { Teks } from '../i18n/teks.js';
import { DATA_LIBUR } from './data/libur-nasional.js';
import { GalatMasukanKalender } from './galat.js';
import { hariDalamMinggu, nomorHari, tanggalValid } from './tanggal.js';
import type { Tanggal } from '../dip/types.js';
import type {
  DataLiburTahun,
  JenisHariNonKerja,
  LiburTambahan,
  OpsiKalender,
  StatusDataLibur,
} from './types.js';

export { DATA_LIBUR, TENTANG_DATA_LIBUR } from './data/libur-nasional.js';

const PER_TAHUN = new Map<number, DataLiburTahun>(DATA_LIBUR.map((t) => [t.year, t]));

/** The bundled holidays of a year, or undefined when the SDK has none for it. */
export function dataLibur(tahun: number): DataLiburTahun | undefined {
  return PER_TAHUN.get(tahun);
}

/** Whether a year's data was checked against the decree, or undefined when there is none. */
export function statusDataLibur(tahun: number): StatusDataLibur | undefined {
  return PER_TAHUN.get(tahun)?.status;
}

/** The years the bundled data covers, ascending. */
export function tahunDataLibur(): number[] {
  return DATA_LIBUR.map((t) => t.year);
}

/** Why a weekday is off: the kind and the text shown to people. */
export interface Libur {
  readonly kind: Exclude<JenisHariNonKerja, 'akhir-pekan'>;
  readonly reason: Teks;
  /** For a holiday on a Saturday or Sunday: the weekend skips it, the text names both. */
  readonly weekendReason?: Teks;
}

/** Day number → day off, for one combination of options. Built once and cached. */
export type IndeksLibur = ReadonlyMap<number, Libur>;

const JENIS_EN: Record<Libur['kind'], string> = {
  'libur-nasional': 'National holiday',
  'cuti-bersama': 'Joint leave day',
  'libur-daerah': 'Regional day off',
};

const HARI_AKHIR_PEKAN: Record<number, Teks> = {
  0: { id: 'Minggu', en: 'Sunday' },
  6: { id: 'Sabtu', en: 'Saturday' },
};

function libur(kind: Libur['kind'], name: string, date: Tanggal): Libur {
  // Holiday names are Indonesian proper names; English readers are also told what kind of day it is.
  const reason = { id: name, en: `${JENIS_EN[kind]}: ${name}` };
  const hari = HARI_AKHIR_PEKAN[hariDalamMinggu(date)];
  if (!hari) return { kind, reason };
  const en = `${hari.en}, also ${JENIS_EN[kind].toLowerCase()}: ${name}`;
  return { kind, reason, weekendReason: { id: `${hari.id}, ${name}`, en } };
}

function indeksNasional(denganCuti: boolean): Map<number, Libur> {
  const peta = new Map<number, Libur>();
  for (const tahun of DATA_LIBUR) {
    for (const hari of tahun.days) {
      if (hari.kind === 'cuti-bersama' && !denganCuti) continue;
      peta.set(nomorHari(hari.date), libur(hari.kind, hari.name, hari.date));
    }
  }
  return peta;
}

let denganCuti: Map<number, Libur> | undefined;
let tanpaCuti: Map<number, Libur> | undefined;

function dasar(cutiBersamaLibur: boolean): Map<number, Libur> {
  if (cutiBersamaLibur) return (denganCuti ??= indeksNasional(true));
  return (tanpaCuti ??= indeksNasional(false));
}

interface CacheTambahan {
  readonly panjang: number;
  readonly indeks: Partial<Record<'ya' | 'tidak', Map<number, Libur>>>;
}
const CACHE_TAMBAHAN = new WeakMap<readonly LiburTambahan[], CacheTambahan>();

function cekTambahan(daftar: readonly LiburTambahan[]): void {
  if (!Array.isArray(daftar)) {
    throw new GalatMasukanKalender({
      id: 'liburTambahan harus berupa daftar {date, name}.',
      en: 'liburTambahan must be a list of {date, name}.',
    });
  }
  for (const h of daftar) {
    const date: unknown = h?.date;
    if (typeof date !== 'string' || !tanggalValid(date) || typeof h.name !== 'string') {
      throw new GalatMasukanKalender({
        id: `Libur tambahan tidak valid: ${String(date)} (harus {date: YYYY-MM-DD, name}).`,
        en: `Invalid additional day off: ${String(date)} (must be {date: YYYY-MM-DD, name}).`,
      });
    }
  }
}

/** The day-off index for these options; national days win over a regional day on the same date. */
export function indeksLibur(opsi?: OpsiKalender): IndeksLibur {
  const cuti = opsi?.cutiBersamaLibur ?? true;
  if (typeof cuti !== 'boolean') {
    throw new GalatMasukanKalender({
      id: 'cutiBersamaLibur harus true atau false.',
      en: 'cutiBersamaLibur must be true or false.',
    });
  }
  const tambahan = opsi?.liburTambahan;
  if (!tambahan || (Array.isArray(tambahan) && tambahan.length === 0)) return dasar(cuti);
  let cache = CACHE_TAMBAHAN.get(tambahan);
  // A changed length means the caller reused the array after editing it: rebuild.
  if (!cache || cache.panjang !== tambahan.length) {
    cekTambahan(tambahan);
    cache = { panjang: tambahan.length, indeks: {} };
    CACHE_TAMBAHAN.set(tambahan, cache);
  }
  const kunci = cuti ? 'ya' : 'tidak';
  let indeks = cache.indeks[kunci];
  if (!indeks) {
    indeks = new Map(dasar(cuti));
    for (const h of tambahan) {
      const n = nomorHari(h.date);
      if (!indeks.has(n)) indeks.set(n, libur('libur-daerah', h.name.trim() || 'Libur daerah', h.date));
    }
    cache.indeks[kunci] = indeks;
  }
  return indeks;
}
