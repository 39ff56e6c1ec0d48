import type { Teks } from '../i18n/teks.js';
import type { Tanggal, ZonaWaktu } from '../dip/types.js';
import { DataLiburTidakTersedia, GalatMasukanKalender } from './galat.js';
import { indeksLibur, statusDataLibur, type IndeksLibur } from './libur.js';
import { dariNomorHari, keTanggal, nomorHari, tanggalValid, ZONA_BAKU } from './tanggal.js';
import { ZONA_INDONESIA } from './zona.js';
import type { HariDilewati, HitunganHariKerja, OpsiKalender } from './types.js';

/** Far beyond any legal deadline; stops a mistyped count from looping for minutes. */
export const BATAS_HARI_KERJA = 10_000;

const SABTU: Teks = { id: 'Sabtu', en: 'Saturday' };
const MINGGU: Teks = { id: 'Minggu', en: 'Sunday' };

function zonaDari(opsi?: OpsiKalender): ZonaWaktu {
  const zona = opsi?.timeZone ?? ZONA_BAKU;
  if (!ZONA_INDONESIA.some((z) => z.zona === zona)) {
    throw new GalatMasukanKalender({
      id: `Zona waktu "${String(zona)}" tidak dikenal; gunakan Asia/Jakarta (WIB), Asia/Makassar (WITA) atau Asia/Jayapura (WIT).`,
      en: `Unknown time zone "${String(zona)}"; use Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT).`,
    });
  }
  return zona;
}

// Valid input strings → day numbers: callers count from the same receipt dates again and again.
const NOMOR_MEMO = new Map<Tanggal, number>();

/** The day number of a date already known to be valid. */
function nomorDari(t: Tanggal): number {
  let n = NOMOR_MEMO.get(t);
  if (n === undefined) {
    n = nomorHari(t);
    if (NOMOR_MEMO.size < 200_000) NOMOR_MEMO.set(t, n);
  }
  return n;
}

/** The calendar date of an input in the agency's zone, or a RangeError in both languages. */
export function tanggalMasukan(nilai: Date | Tanggal, opsi?: OpsiKalender): Tanggal {
  const zona = zonaDari(opsi);
  if (typeof nilai === 'string' && NOMOR_MEMO.has(nilai)) return nilai;
  if (
    typeof nilai === 'string'
      ? !tanggalValid(nilai)
      : !(nilai instanceof Date) || Number.isNaN(nilai.getTime())
  ) {
    const tampil = nilai instanceof Date ? 'Invalid Date' : String(nilai);
    throw new GalatMasukanKalender({
      id: `Tanggal tidak valid: "${tampil}". Gunakan tanggal yang ada, berbentuk YYYY-MM-DD, atau objek Date.`,
      en: `Invalid date: "${tampil}". Use a real date as YYYY-MM-DD, or a Date.`,
    });
  }
  // A valid string is already the calendar date; only a Date needs the zone.
  return typeof nilai === 'string' ? nilai : keTanggal(nilai, zona);
}

function cekJumlah(n: number): void {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > BATAS_HARI_KERJA) {
    throw new GalatMasukanKalender({
      id: `Jumlah hari kerja harus bilangan bulat 0–${BATAS_HARI_KERJA}, bukan ${String(n)}.`,
      en: `The number of working days must be a whole number 0–${BATAS_HARI_KERJA}, not ${String(n)}.`,
    });
  }
}

// Deadline counts revisit the same few thousand days: keep each day's string once built.
const TANGGAL_MEMO = new Map<number, Tanggal>();
function tanggalDari(nomor: number): Tanggal {
  let t = TANGGAL_MEMO.get(nomor);
  if (t === undefined) {
    t = dariNomorHari(nomor);
    if (TANGGAL_MEMO.size < 200_000) TANGGAL_MEMO.set(nomor, t);
  }
  return t;
}

/** 0 = Sunday … 6 = Saturday; day 0 (1970-01-01) was a Thursday. */
function hariMinggu(nomor: number): number {
  return (((nomor + 4) % 7) + 7) % 7;
}

function alasan(nomor: number, indeks: IndeksLibur): HariDilewati | undefined {
  const wd = hariMinggu(nomor);
  const libur = indeks.get(nomor);
  if (wd === 0 || wd === 6) {
    // The weekend alone skips it; a holiday on it is named too, so the trace reads as people expect.
    const reason = libur?.weekendReason ?? (wd === 6 ? SABTU : MINGGU);
    return libur
      ? { date: tanggalDari(nomor), kind: 'akhir-pekan', reason, alsoHoliday: libur.kind }
      : { date: tanggalDari(nomor), kind: 'akhir-pekan', reason };
  }
  if (libur) return { date: tanggalDari(nomor), kind: libur.kind, reason: libur.reason };
  return undefined;
}

// Each index's verdict per day, built once: a benchmark-sized run of deadlines then only reads the maps.
// Entries are frozen because every result that passes that day shares them.
const MEMO_HARI = new WeakMap<IndeksLibur, Map<number, HariDilewati | null>>();

function memoUntuk(indeks: IndeksLibur): Map<number, HariDilewati | null> {
  let memo = MEMO_HARI.get(indeks);
  if (!memo) MEMO_HARI.set(indeks, (memo = new Map()));
  return memo;
}

function alasanTersimpan(nomor: number, indeks: IndeksLibur, memo: Map<number, HariDilewati | null>) {
  let lewat = memo.get(nomor);
  if (lewat === undefined) {
    const baru = alasan(nomor, indeks);
    lewat = baru ? Object.freeze(baru) : null;
    if (memo.size < 200_000) memo.set(nomor, lewat);
  }
  return lewat;
}

/** The warnings (or, in strict mode, the error) for the years a count ran through. */
function peringatanTahun(dariTahun: number, sampaiTahun: number, strict: boolean): Teks[] {
  const warnings: Teks[] = [];
  for (let tahun = dariTahun; tahun <= sampaiTahun; tahun++) {
    const status = statusDataLibur(tahun);
    if (status === 'verified') continue;
    if (status === 'provisional') {
      warnings.push({
        id: `Data hari libur tahun ${tahun} masih sementara (belum dicocokkan dengan naskah keputusannya); periksa kembali tenggat ini bila keputusan resmi berbeda.`,
        en: `Holiday data for ${tahun} is provisional (not yet checked against the decree's text); check this deadline again if the official decree differs.`,
      });
      continue;
    }
    const teks: Teks = {
      id: `Hari libur tahun ${tahun} belum diketahui: tenggat dihitung hanya dengan melewati Sabtu dan Minggu, sehingga bisa lebih awal daripada yang sebenarnya.`,
      en: `Holidays for ${tahun} are not known yet: the deadline skips only Saturdays and Sundays, so it may fall earlier than the real one.`,
    };
    if (strict) throw new DataLiburTidakTersedia(teks, tahun);
    warnings.push(teks);
  }
  return warnings;
}

/**
 * Counts `n` working days after `mulai` (day zero, whatever day it is): day 1 is the first working day
 * after it. n = 0 gives `mulai` itself, so counting n then m equals counting n + m for every n, m ≥ 0.
 */
export function hitungHariKerja(mulai: Date | Tanggal, n: number, opsi?: OpsiKalender): HitunganHariKerja {
  const from = tanggalMasukan(mulai, opsi);
  cekJumlah(n);
  const indeks = indeksLibur(opsi);
  const memo = memoUntuk(indeks);
  const skipped: HariDilewati[] = [];
  const countedDays: Tanggal[] = [];
  let nomor = nomorDari(from);
  while (countedDays.length < n) {
    nomor++;
    const lewat = alasanTersimpan(nomor, indeks, memo);
    if (lewat) skipped.push(lewat);
    else countedDays.push(tanggalDari(nomor));
  }
  const due = countedDays[n - 1] ?? from;
  // Only the days counted over matter: day zero is fixed whatever its year's holidays are.
  const warnings =
    n === 0
      ? []
      : peringatanTahun(
          Number(tanggalDari(nomorDari(from) + 1).slice(0, 4)),
          Number(due.slice(0, 4)),
          opsi?.strict === true,
        );
  return { from, due, workingDays: n, skipped, countedDays, warnings };
}

/** The date `n` working days after `t` (day zero). Strict mode throws for years without holiday data. */
export function tambahHariKerja(t: Date | Tanggal, n: number, opsi?: OpsiKalender): Tanggal {
  return hitungHariKerja(t, n, opsi).due;
}

/** Why a date is not a working day (weekend, holiday, cuti bersama, regional day off), or undefined. */
export function alasanBukanHariKerja(t: Date | Tanggal, opsi?: OpsiKalender): HariDilewati | undefined {
  const tanggal = tanggalMasukan(t, opsi);
  const tahun = Number(tanggal.slice(0, 4));
  peringatanTahun(tahun, tahun, opsi?.strict === true);
  const indeks = indeksLibur(opsi);
  return alasanTersimpan(nomorDari(tanggal), indeks, memoUntuk(indeks)) ?? undefined;
}

/** True on Monday–Friday unless a holiday, (by default) cuti bersama, or a regional day off. */
export function isHariKerja(t: Date | Tanggal, opsi?: OpsiKalender): boolean {
  return alasanBukanHariKerja(t, opsi) === undefined;
}
