// Module constants: a regex literal inside the function would be a new RegExp object on every call.
const TANDA_DIAKRITIK = /[\u0300-\u036f]/g;
/**
 * Characters that show nothing — Unicode's format characters (Cf): the soft hyphen, zero-width spaces
 * and joiners, direction marks and embeddings (U+202A…U+202C that phone apps wrap a copied number in), the
 * BOM, tag characters — pasted in from the web or a phone. The one definition: matching ignores them,
 * messages name them, request fields drop them.
 */
export const TAK_TAMPAK = /\p{Cf}/gu;
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
