// Module constants: a regex literal inside the function would be a new RegExp object on every call.
const TANDA_DIAKRITIK = /[\u0300-\u036f]/g;
/** Characters that show nothing (soft hyphen, zero-width, direction marks, BOM), pasted in from the web. */
export const TAK_TAMPAK = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
const BUKAN_HURUF_ANGKA = /[^a-z0-9]+/g;

/**
 * Reduces text to lower-case ASCII words separated by single spaces, so `Visi-Misi`, `VISI & MISI`
 * and `visi misi` compare equal. Registers are typed by hand in Excel; matching must not depend on
 * case, accents, punctuation, spacing or characters that show nothing (`Ber\u200Bkala` is `berkala`).
 */
export function normalisasi(teks: string): string {
  return teks
    .replace(TAK_TAMPAK, '')
    .normalize('NFKD')
    .replace(TANDA_DIAKRITIK, '')
    .toLowerCase()
    .replace(BUKAN_HURUF_ANGKA, ' ')
    .trim();
}
