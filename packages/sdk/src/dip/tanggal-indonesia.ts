import { buatTanggal } from '../calendar/tanggal.js';
import type { Tanggal } from './types.js';

// Indonesian month names and the abbreviations registers use (Agu/Agt/Ags/Agst, Mar/Mrt all occur), plus
// English.
const BULAN: Readonly<Record<string, number>> = {
  januari: 1, jan: 1, january: 1,
  februari: 2, feb: 2, pebruari: 2, peb: 2, february: 2,
  maret: 3, mar: 3, mrt: 3, march: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  agustus: 8, agu: 8, agt: 8, ags: 8, agus: 8, agst: 8, aug: 8, august: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, oct: 10, october: 10,
  november: 11, nov: 11, nop: 11, nopember: 11,
  desember: 12, des: 12, dec: 12, december: 12,
}; // prettier-ignore

const HARI = /^(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)\s*,?\s*/i;
// Module constants: a regex literal in the function would be a new RegExp object on every call.
const SPASI = /\s+/g;
const TAHUN_DULU = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const HARI_DULU = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/;
const NAMA_BULAN = /^(\d{1,2})(?:\s|-|\s?\.\s?)?([A-Za-z]+)\.?(?:\s|-|,\s?)(\d{4}|\d{2})$/;
/** The month's name first, as English writes it: `March 5, 2026`, `Mar 5 2026`. */
const BULAN_HARI = /^([A-Za-z]+)\.?\s(\d{1,2}),?\s(\d{4})$/;
/**
 * A time of day after the date, as a spreadsheet's date-time cell exports it (`05/03/2026 10:30`,
 * `3/5/2026 10:30:00 AM`, `2026-03-05T10:30`): the day is read, the time left out.
 */
const JAM = /(?:\s+|T)\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*(?:AM|PM|WIB|WITA|WIT))?$/i;

/** How a date cell reads: a date, a date-shaped text naming no real day, or not a date at all. */
export type BacaanTanggal =
  | { readonly jenis: 'tanggal'; readonly tanggal: Tanggal }
  | { readonly jenis: 'mustahil' }
  | { readonly jenis: 'bukan' };

/**
 * A two-digit year as the spreadsheets these registers come from read it (Excel's window): 00–29 are
 * 2000–2029, 30–99 are 1930–1999 — `31/12/99` is 1999, not a date 73 years ahead.
 */
const tahunPenuh = (s: string): number => {
  const n = Number(s);
  return s.length !== 2 ? n : n < 30 ? 2000 + n : 1900 + n;
};

/** A month's number from its name or abbreviation, any case; own keys only ("constructor" is none). */
function bulanDariNama(teks: string): number | undefined {
  const nama = teks.toLowerCase();
  return Object.prototype.hasOwnProperty.call(BULAN, nama) ? BULAN[nama] : undefined;
}

/**
 * How a cell reads. `bulanDulu`: numbers written month first (`11/30/2026`, a sheet in an English (US)
 * locale), decided once for a whole column (`urutanAngka`); names and `2026-03-05` read the same either way.
 */
export function bacaTanggalRinci(teks: string, bulanDulu = false): BacaanTanggal {
  const s = teks.trim().replace(HARI, '').replace(SPASI, ' ').replace(JAM, '');
  let y: number, m: number, d: number;
  let r = TAHUN_DULU.exec(s);
  if (r) [y, m, d] = [Number(r[1]), Number(r[2]), Number(r[3])];
  else if ((r = HARI_DULU.exec(s)))
    [d, m, y] = [Number(r[bulanDulu ? 2 : 1]), Number(r[bulanDulu ? 1 : 2]), tahunPenuh(r[3] ?? '')];
  else if ((r = NAMA_BULAN.exec(s) ?? BULAN_HARI.exec(s))) {
    const namaDulu = r[1] !== undefined && !/^\d/.test(r[1]);
    const bulan = bulanDariNama(r[namaDulu ? 1 : 2] ?? '');
    // Not a month's name ("5 Marit 2026", "Semester 2 2026"): not a date, not an impossible one.
    if (bulan === undefined) return { jenis: 'bukan' };
    [d, m, y] = [Number(r[namaDulu ? 2 : 1]), bulan, tahunPenuh(r[3] ?? '')];
  } else return { jenis: 'bukan' };
  const t = buatTanggal(y, m, d);
  return t === undefined ? { jenis: 'mustahil' } : { jenis: 'tanggal', tanggal: t };
}

/**
 * Which order a cell written in numbers only (`5/11/2026`) can be read in: `hari` when its first number
 * cannot be a month (`30/11/2026`), `bulan` when its second cannot (`11/30/2026`), undefined when both can
 * or the cell is not such a date. A column is read month first when some cell says `bulan` and none `hari`.
 */
export function urutanAngka(teks: string): 'hari' | 'bulan' | undefined {
  // Run on every date cell of a column: a day's name is looked for only before a letter.
  let t = teks.trim();
  // A time after the date (`05/03/2026 10:30`): looked for only when the cell has a colon or a T.
  if (t.includes(':') || t.includes('T')) t = t.replace(JAM, '');
  const r = HARI_DULU.exec(t) ?? (/^[a-z]/i.test(t) ? HARI_DULU.exec(t.replace(HARI, '')) : null);
  if (!r) return undefined;
  const [a, b] = [Number(r[1]), Number(r[2])];
  return a > 12 && b <= 12 ? 'hari' : b > 12 && a <= 12 ? 'bulan' : undefined;
}

/** `Januari 2026`, `Nov. 2026`; and Excel's mmm-yy, `Mar-26`, `Mar-2026` (a year of two digits only so). */
const BULAN_TAHUN = /^([A-Za-z]+)(?:\.?\s+(\d{4})|-(\d{4}|\d{2}))$/;

/**
 * A month without its day, as registers write when they last updated something: `Januari 2026`, `Nov
 * 2026`, and Excel's month-year format, `Mar-26`. Its first day, the earliest the words allow (never a day
 * after today when the month is this one).
 */
export function bacaBulanTahun(teks: string): Tanggal | undefined {
  const r = BULAN_TAHUN.exec(teks.trim().replace(SPASI, ' '));
  const bulan = r ? bulanDariNama(r[1] ?? '') : undefined;
  if (!r || bulan === undefined) return undefined;
  return buatTanggal(r[2] ? Number(r[2]) : tahunPenuh(r[3] ?? ''), bulan, 1);
}

/**
 * Reads a date as Indonesian registers write it: `2026-03-05`, `05/03/2026`, `5-3-2026`, `5 Maret 2026`,
 * `5 Mar 2026`, `Kamis, 5 Maret 2026`. Day before month, always. Undefined when it is not a real date,
 * or not a string.
 */
export function bacaTanggalIndonesia(teks: string | null | undefined): Tanggal | undefined {
  if (typeof teks !== 'string') return undefined;
  // A time of day is the caller's to read (a request's receipt, a page's date): not left out here.
  if (JAM.test(teks.trim())) return undefined;
  const b = bacaTanggalRinci(teks);
  return b.jenis === 'tanggal' ? b.tanggal : undefined;
}
