import type { Tanggal, ZonaWaktu } from '../dip/types.js';
import { instanArgumen } from './instan-argumen.js';
import { tanggalDiZona as diZona, ZONA_BAKU } from './zona-tanggal.js';

export { ZONA_BAKU };

/**
 * The calendar date of an instant in an Indonesian time zone (WIB by default); see zona-tanggal.ts, whose
 * arithmetic this is, with the check of JavaScript callers that only the public function makes (the SDK's
 * own callers, the badge's among them, pass a Date): anything but a valid Date (an invalid one too) throws
 * GalatArgumen naming tanggalDiZona and `instan`.
 */
export function tanggalDiZona(instan: Date, zona: ZonaWaktu = ZONA_BAKU): Tanggal {
  return diZona(instanArgumen('tanggalDiZona', 'instan', instan), zona);
}

/**
 * Calendar dates as `YYYY-MM-DD` strings. Arithmetic runs on UTC midnights, so no host time zone and no
 * daylight-saving rule can shift a date. Every public function here that takes a date checks it by
 * tanggalValid (keUTC), as keTanggal does: a day that does not exist (`2026-02-30`) is a RangeError, never
 * rolled over into the next month.
 */
const MS_SEHARI = 86_400_000;

/** True when `s` is a real calendar date in `YYYY-MM-DD` form (2026-02-30 is not). */
export function tanggalValid(s: string): boolean {
  // Read digit by digit: a validator calls this for every date of a register, and a regex match
  // allocates an array and three strings each time. Same rule as POLA plus hariAda.
  const t = typeof s === 'string' ? s : String(s);
  if (t.length !== 10 || t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45) return false;
  const tahun = angka(t, 0, 4);
  const bulan = angka(t, 5, 7);
  const hari = angka(t, 8, 10);
  return tahun >= 0 && bulan >= 0 && hari >= 0 && hariAda(tahun, bulan, hari);
}

/** The ASCII digits `t[dari..sampai)` as a number, or -1 when one is not a digit. */
function angka(t: string, dari: number, sampai: number): number {
  let n = 0;
  for (let i = dari; i < sampai; i++) {
    const c = t.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

// Plain arithmetic: validating thousands of dates must not build a Date object for each.
function hariAda(tahun: number, bulan: number, hari: number): boolean {
  if (!Number.isInteger(tahun) || !Number.isInteger(bulan) || !Number.isInteger(hari)) return false;
  if (tahun < 1 || tahun > 9999 || bulan < 1 || bulan > 12 || hari < 1) return false;
  if (bulan === 2) return hari <= ((tahun % 4 === 0 && tahun % 100 !== 0) || tahun % 400 === 0 ? 29 : 28);
  return hari <= (bulan === 4 || bulan === 6 || bulan === 9 || bulan === 11 ? 30 : 31);
}

/** Builds a date from year, month (1–12) and day, or undefined when no such day exists. */
export function buatTanggal(tahun: number, bulan: number, hari: number): Tanggal | undefined {
  if (!hariAda(tahun, bulan, hari)) return undefined;
  return `${String(tahun).padStart(4, '0')}-${String(bulan).padStart(2, '0')}-${String(hari).padStart(2, '0')}`;
}

/** Date.UTC without its quirk of reading years 0–99 as 1900–1999. */
function utc(tahun: number, bulan0: number, hari: number): number {
  return new Date(0).setUTCFullYear(tahun, bulan0, hari);
}

/**
 * A real `YYYY-MM-DD` date's UTC midnight, or keTanggal's RangeError: the one check of the date arithmetic
 * below. tanggalValid reads the digits without allocating, so the check costs about what the regex match it
 * replaced did (measured with nomorHari, tambahHari, selisihHari and tambahBulan, 1M calls each).
 */
function keUTC(t: Tanggal): number {
  if (typeof t !== 'string' || !tanggalValid(t))
    throw new RangeError(`Tanggal tidak valid / invalid date: ${t}`);
  return utc(+t.slice(0, 4), +t.slice(5, 7) - 1, +t.slice(8, 10));
}

function dariUTC(d: Date): Tanggal {
  return d.toISOString().slice(0, 10);
}

/** Accepts a Date (an instant, read in `zona`) or a `YYYY-MM-DD` date; returns the calendar date. */
export function keTanggal(nilai: Date | Tanggal, zona: ZonaWaktu = ZONA_BAKU): Tanggal {
  if (nilai instanceof Date) {
    if (Number.isNaN(nilai.getTime())) throw new RangeError('Tanggal tidak valid / invalid date');
    return diZona(nilai, zona);
  }
  keUTC(nilai);
  return nilai;
}

/** Days since 1970-01-01 (negative before it): lets loops over many days run on integers. */
export function nomorHari(t: Tanggal): number {
  return keUTC(t) / MS_SEHARI;
}

/** The date of a day number from `nomorHari`. */
export function dariNomorHari(n: number): Tanggal {
  return dariUTC(new Date(n * MS_SEHARI));
}

/** The date `n` days after `t` (before it when `n` is negative). */
export function tambahHari(t: Tanggal, n: number): Tanggal {
  return dariUTC(new Date(keUTC(t) + n * MS_SEHARI));
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function selisihHari(a: Tanggal, b: Tanggal): number {
  return Math.round((keUTC(b) - keUTC(a)) / MS_SEHARI);
}

/** Adds calendar months; the day is clamped to the month's last day (31 Aug + 6 months = 28/29 Feb). */
export function tambahBulan(t: Tanggal, n: number): Tanggal {
  const d = new Date(keUTC(t));
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + n;
  const akhir = new Date(utc(y, m + 1, 0)).getUTCDate();
  return dariUTC(new Date(utc(y, m, Math.min(d.getUTCDate(), akhir))));
}

/** 0 = Sunday … 6 = Saturday. */
export function hariDalamMinggu(t: Tanggal): number {
  return new Date(keUTC(t)).getUTCDay();
}

/** The year of a date (`0050-02-28` is 50). */
export function tahunDari(t: Tanggal): number {
  return new Date(keUTC(t)).getUTCFullYear();
}
