// Module constants: a regex literal inside the function would be a new RegExp object on every call.
const TANDA_DIAKRITIK = /[\u0300-\u036f]/g;
const BUKAN_HURUF_ANGKA = /[^a-z0-9]+/g;

/**
 * Reduces text to lower-case ASCII words separated by single spaces, so `Visi-Misi`, `VISI & MISI`
 * and `visi misi` compare equal. Registers are typed by hand in Excel; matching must not depend on
 * case, accents, punctuation or spacing.
 */
export function normalisasi(teks: string): string {
  return teks
    .normalize('NFKD')
    .replace(TANDA_DIAKRITIK, '')
    .toLowerCase()
    .replace(BUKAN_HURUF_ANGKA, ' ')
    .trim();
}
