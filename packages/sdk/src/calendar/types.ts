import type { Teks } from '../i18n/teks.js';
import type { Tanggal, ZonaWaktu } from '../dip/types.js';
import type { DasarHukum } from '../standard/types.js';

/** Days off fixed nationally each year: holidays, and cuti bersama (joint leave) for civil servants. */
export type JenisLibur = 'libur-nasional' | 'cuti-bersama';

/** Why a day is not a working day. `libur-daerah` is a regional day off the caller adds. */
export type JenisHariNonKerja = 'akhir-pekan' | JenisLibur | 'libur-daerah';

/** `verified`: checked against the decree's text; `provisional`: from secondary sources only. */
export type StatusDataLibur = 'verified' | 'provisional';

/** One day off as the yearly decree lists it; `basis` names the instrument that fixes it. */
export interface HariLibur {
  readonly date: Tanggal;
  readonly kind: JenisLibur;
  readonly name: string;
  readonly basis: string;
}

/** A year's holidays and cuti bersama with the decree(s) that set them. */
export interface DataLiburTahun {
  readonly year: number;
  readonly decree: string;
  readonly status: StatusDataLibur;
  readonly days: readonly HariLibur[];
}

/** A regional day off added by the caller (e.g. the kabupaten's anniversary). */
export interface LiburTambahan {
  readonly date: Tanggal;
  readonly name: string;
}

export interface OpsiKalender {
  /** The agency's time zone; a `Date` is read as a calendar date there. Default `Asia/Jakarta` (WIB). */
  readonly timeZone?: ZonaWaktu;
  /** Count cuti bersama as days off (government offices are closed). Default true. */
  readonly cutiBersamaLibur?: boolean;
  /** Regional days off. Treat the array as immutable once passed: lookups are cached per array. */
  readonly liburTambahan?: readonly LiburTambahan[];
  /** Throw `DataLiburTidakTersedia` instead of warning when a year has no holiday data. */
  readonly strict?: boolean;
}

/** A day passed over while counting, with the reason shown to the requester. */
export interface HariDilewati {
  readonly date: Tanggal;
  readonly kind: JenisHariNonKerja;
  readonly reason: Teks;
  /** On a Saturday or Sunday that is also a day off of another kind: that kind (the reason names both). */
  readonly alsoHoliday?: Exclude<JenisHariNonKerja, 'akhir-pekan'>;
}

/** The result of counting n working days after a start date (day zero). */
export interface HitunganHariKerja {
  /** Day zero. */
  readonly from: Tanggal;
  /** The n-th working day after `from`; `from` itself when n = 0. */
  readonly due: Tanggal;
  readonly workingDays: number;
  /** Every non-working day between `from` (exclusive) and `due`, in order. */
  readonly skipped: readonly HariDilewati[];
  /** `countedDays[i]` is working day i + 1 (for a receipt that lists "day 1 … day n"). */
  readonly countedDays: readonly Tanggal[];
  readonly warnings: readonly Teks[];
}

/** The deadlines of UU KIP that run in working days. */
export type JenisTenggat = 'permintaan' | 'perpanjangan' | 'keberatan' | 'tanggapan-keberatan' | 'sengketa';

/** A deadline rule as data: how many working days, counted from what, and where the law says so. */
export interface AturanTenggat {
  readonly kind: JenisTenggat;
  readonly label: Teks;
  /** What day zero is for this deadline. */
  readonly from: Teks;
  /** Working days from day zero. */
  readonly workingDays: number;
  /** For an extension: the working days added to the original due date. */
  readonly extension?: number;
  readonly basis: readonly DasarHukum[];
  /** When the same period also runs from a due date that passed unanswered: that day zero and its basis. */
  readonly unanswered?: { readonly from: Teks; readonly basis: readonly DasarHukum[] };
}

export interface Tenggat {
  readonly kind: JenisTenggat;
  /** Day zero: the receipt date in the agency's time zone. */
  readonly received: Tanggal;
  readonly due: Tanggal;
  readonly workingDays: number;
  readonly skipped: readonly HariDilewati[];
  readonly countedDays: readonly Tanggal[];
  readonly warnings: readonly Teks[];
  readonly basis: readonly DasarHukum[];
}
