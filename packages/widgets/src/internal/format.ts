import { pemformatTanggal, tanggalUTC } from '@terbuka/sdk';
import type { Bahasa, Tanggal } from '@terbuka/sdk';
import { LOKAL } from './format-instan.js';

// The badge formats only instants, in an agency's zone (format-waktu.ts); the lists' formats stay out of its
// chunks.
export { LOKAL } from './format-instan.js';
export { formatWaktu, zonaBadan } from './format-waktu.js';

const angkaFmt = new Map<Bahasa, Intl.NumberFormat>();
const tanggalFmt = new Map<Bahasa, Intl.DateTimeFormat>();
const relatifFmt = new Map<string, Intl.RelativeTimeFormat>();
const jamak = new Map<Bahasa, Intl.PluralRules>();

function ambil<T>(peta: Map<string, T>, b: string, buat: () => T): T {
  let f = peta.get(b);
  if (!f) peta.set(b, (f = buat()));
  return f;
}

/**
 * A calendar date (`YYYY-MM-DD`, no zone) as "5 Maret 2026" / "5 March 2026": the SDK's formatTanggal, long
 * (the badge's words and the lists' agree). A text that is no date is shown as written, not thrown: one
 * such date must not stop a list from rendering.
 */
export function formatTanggal(t: Tanggal, b: Bahasa): string {
  try {
    // The SDK's formatTanggal (long) with one formatter per language kept: a list writes a date or two per
    // entry, and building one costs ~0.3–1 ms on a phone (the badge, which writes one date, builds its own).
    return ambil(tanggalFmt, b, () => pemformatTanggal(b, 'long')).format(tanggalUTC(t));
  } catch {
    return t;
  }
}

export function formatAngka(n: number, b: Bahasa): string {
  return ambil(angkaFmt, b, () => new Intl.NumberFormat(LOKAL[b])).format(n);
}

/**
 * How long ago, from an age in days: "hari ini", "kemarin", "20 hari yang lalu", "1 bulan yang lalu",
 * "3 years ago". Months and years are counted whole (1.9 months is 1; never "last month" for a date two
 * calendar months back, nor "2 years" for a year and a half).
 */
export function formatRelatif(umurHari: number, b: Bahasa): string {
  const hari = Math.max(0, Math.round(umurHari));
  const numeric = hari < 31 ? 'auto' : 'always';
  const fmt = ambil(relatifFmt, `${b}-${numeric}`, () => new Intl.RelativeTimeFormat(LOKAL[b], { numeric }));
  if (hari < 31) return fmt.format(-hari, 'day');
  if (hari < 365) return fmt.format(-Math.floor(hari / 30.44), 'month');
  return fmt.format(-Math.max(1, Math.floor(hari / 365.25)), 'year');
}

/** 'one' or 'other' for a count, for messages whose English wording changes in the singular. */
export function bentukJamak(n: number, b: Bahasa): Intl.LDMLPluralRule {
  return ambil(jamak, b, () => new Intl.PluralRules(LOKAL[b])).select(n);
}
