/**
 * Reduces text to lower-case ASCII words separated by single spaces, so `Visi-Misi`, `VISI & MISI`
 * and `visi misi` compare equal. Registers are typed by hand in Excel; matching must not depend on
 * case, accents, punctuation or spacing.
 */
export function normalisasi(teks: string): string {
  return teks
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
