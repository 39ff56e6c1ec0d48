import { normalisasi } from './normalisasi.js';
import { bacaKategori } from './kategori.js';
import type { Kategori } from './types.js';

// Apart from kategori.ts, which the widgets load up front: only the CSV importer reads section rows.
/** The letter or Roman numeral a template puts before a section's heading: `A`, `B.`, `IV)`. */
const PENANDA_SEKSI = /^(?:[A-Da-d]|I{1,3}|IV)[.)]?$/;
const PENANDA_SEKSI_DEPAN = /^(?:[A-Da-d]|I{1,3}|IV)[.)]\s*|^(?:[A-D]|I{1,3}|IV)\s+/;
/**
 * How a heading without its letter reads, normalised: opening "informasi yang wajib …", "daftar informasi
 * yang dikecualikan", "information that must …"; or, in English, wholly a category's name as `bacaKategori`
 * reads the Indonesian ones ("Immediate information", "Information available at any time").
 */
const JUDUL_SEKSI =
  /^(?:daftar )?informasi (?:publik )?(?:yang )?(?:wajib|dikecualikan)|^(?:list of )?(?:public )?information (?:that|which) (?:must|shall|is)\b|^(?:periodic|immediate|exempt|excepted)(?: public)? information$|^(?:public )?information (?:available |provided )?(?:at )?any ?time$/;

/**
 * The words that name each category in a cell, normalised; the English ones (a sheet kept in English:
 * "Periodic", "Regularly", "Immediate", "At any time", "Exempt", "Excepted") as whole words. Here, not in
 * kategori.ts's aliases: only the importer reads them, and kategori.ts loads with every list.
 */
const FRASA: readonly (readonly [RegExp, Kategori])[] = [
  [/berkala|\bperiodic(?:ally)?\b|\bregular(?:ly)?\b/, 'berkala'],
  [/serta ?merta|\bimmediate(?:ly)?\b/, 'serta-merta'],
  [/setiap saat|\bany ?time\b/, 'setiap-saat'],
  [/dikecualikan|\bexempt(?:ed|ion)?\b|\bexcepted\b/, 'dikecualikan'],
];

/**
 * A Kategori cell in other words than `bacaKategori` reads — "Berkala (Pasal 9)", "Informasi wajib
 * disediakan dan diumumkan secara serta merta", or in English ("Periodic", "Available at any time"): the
 * one category it names; undefined when it names none or two ("Berkala / Serta Merta"), or denies one
 * ("Tidak dikecualikan", "Not exempt").
 */
export function kategoriLonggar(teks: string): Kategori | undefined {
  const n = normalisasi(teks);
  // "Tidak dikecualikan", "Bukan berkala", "Not exempt": a category denied is none.
  if (/\b(?:tidak|bukan|non|not)\b/.test(n)) return undefined;
  const ada = FRASA.filter(([frasa]) => frasa.test(n));
  return ada.length === 1 ? ada[0]![1] : undefined;
}

/** "Informasi" or "information", in a heading's words. */
const INFORMASI = /informasi|\binformation\b/;

/**
 * A section heading's words: "informasi yang wajib disediakan … secara berkala" and the like, or in
 * English ("Periodic information", "Information available at any time").
 */
const kategoriJudul = (teks: string): Kategori | undefined =>
  INFORMASI.test(normalisasi(teks)) ? kategoriLonggar(teks) : undefined;

/**
 * The category a section row of the classic template names — the register grouped under headings
 * instead of a Kategori column: `A. Informasi yang wajib disediakan dan diumumkan secara berkala` alone on
 * its line, or `A` in the No column and the heading beside it, or without its letter a heading exactly as
 * `bacaKategori` reads it (`Informasi Serta Merta`) or one that opens as headings do (`Informasi yang wajib
 * …`, `Informasi yang dikecualikan`); in English the same (`A. Periodic information`, `Immediate
 * information`, `Information available at any time`). `sel`: the row's filled cells, in order. Undefined for any other
 * row, so an entry titled "Laporan berkala" numbered `3` is never taken for a heading.
 */
export function kategoriSeksi(sel: readonly string[]): Kategori | undefined {
  if (sel.length === 2) return PENANDA_SEKSI.test(sel[0]!.trim()) ? kategoriJudul(sel[1]!) : undefined;
  if (sel.length !== 1) return undefined;
  const teks = sel[0]!.trim();
  const tanpa = teks.replace(PENANDA_SEKSI_DEPAN, '');
  if (tanpa !== teks) return kategoriJudul(tanpa);
  // Without its letter: a category's name, or a heading's own opening ("Informasi yang wajib …",
  // "Informasi yang dikecualikan"), which no entry's title has.
  return bacaKategori(teks) ?? (JUDUL_SEKSI.test(normalisasi(teks)) ? kategoriJudul(teks) : undefined);
}
