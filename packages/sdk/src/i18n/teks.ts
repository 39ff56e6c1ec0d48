/** A language the SDK speaks: Bahasa Indonesia first, English second. */
export type Bahasa = 'id' | 'en';

/** Every user-facing string the SDK produces, in both languages. */
export interface Teks {
  readonly id: string;
  readonly en: string;
}

export const BAHASA_BAKU: Bahasa = 'id';

/**
 * The Intl locale of each language, for every date and number the SDK and the widgets write: Indonesian
 * as written in Indonesia; English as British English writes dates ("5 December 2026", 24-hour times),
 * the day-month order Indonesian readers know, so no page shows "December 5, 2026" beside a badge's
 * "5 December 2026".
 */
export const LOKAL_INTL: Readonly<Record<Bahasa, string>> = { id: 'id-ID', en: 'en-GB' };

/**
 * A number in text as the language writes it: a decimal comma and a thousands point in Indonesian (`87,5`,
 * `1.250`), a decimal point in English (`87.5`); at most one decimal unless `opsi` says otherwise. For the
 * words people read (the CLI, the monitor's summary and messages); JSON keeps its numbers. A score is
 * `formatSkor`, which also cuts it rather than rounding.
 */
export function formatAngka(
  x: number,
  bahasa: Bahasa,
  opsi: Intl.NumberFormatOptions = { maximumFractionDigits: 1 },
): string {
  return new Intl.NumberFormat(LOKAL_INTL[bahasa], opsi).format(x);
}

/**
 * A calendar date (`2026-11-28`) as people read it: `28 Nov 2026` (short) or `28 November 2026` (long), in
 * id or en — on the badge, its SVG and the monitor's pages, the widgets' lists, and in the scoring's
 * reasons. A text not of the form `YYYY-MM-DD` (`''`, `2026-13-01`) throws a RangeError.
 */
export function formatTanggal(t: string, bahasa: Bahasa, bulan: 'short' | 'long'): string {
  // Written out, not through pemformatTanggal: the badge-alone script (≤ 9,000 B brotli, the goal)
  // measured 20 B smaller so; the SDK's test holds the two to the same dates.
  return new Intl.DateTimeFormat(LOKAL_INTL[bahasa], {
    day: 'numeric',
    month: bulan,
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${t}T00:00:00Z`));
}

/**
 * `formatTanggal`'s formatter, for a caller that writes many dates and keeps one (the lists: building one
 * costs ~0.3–1 ms on a phone, formatting a few µs): `pemformatTanggal(b, bulan).format(tanggalUTC(t))` is
 * `formatTanggal(t, b, bulan)`.
 */
export const pemformatTanggal = (bahasa: Bahasa, bulan: 'short' | 'long'): Intl.DateTimeFormat =>
  new Intl.DateTimeFormat(LOKAL_INTL[bahasa], {
    day: 'numeric',
    month: bulan,
    year: 'numeric',
    timeZone: 'UTC',
  });

/** A calendar date's midnight in UTC: the instant `pemformatTanggal`'s formatter writes as that date. */
export const tanggalUTC = (t: string): Date => new Date(`${t}T00:00:00Z`);

/** A calendar date written long in both languages: `28 November 2026`. */
export const tanggalTeks = (t: string): Teks => ({
  id: formatTanggal(t, 'id', 'long'),
  en: formatTanggal(t, 'en', 'long'),
});

/** Picks the text for a language, falling back to Bahasa Indonesia. */
export function pilihTeks(teks: Teks, bahasa: Bahasa = BAHASA_BAKU): string {
  return teks[bahasa] ?? teks.id;
}

/** Builds a Teks from a template in each language with `{name}` placeholders. */
export function isiTeks(template: Teks, nilai: Readonly<Record<string, string | number>>): Teks {
  const isi = (s: string): string =>
    s.replace(/\{(\w+)\}/g, (m, k: string) => (k in nilai ? String(nilai[k]) : m));
  return { id: isi(template.id), en: isi(template.en) };
}

/** Reads a language tag such as `en-GB` or `id` into a supported Bahasa. */
export function bacaBahasa(tag: string | null | undefined): Bahasa {
  const utama = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return utama === 'en' ? 'en' : 'id';
}
