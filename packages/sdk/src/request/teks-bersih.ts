// Unicode format characters (category Cf): direction marks and embeddings (U+200E, U+202A…U+202C that
// phone apps wrap a copied number in), zero-width spaces and joiners, the BOM. Invisible, never meant.
const FORMAT = /\p{Cf}/gu;

/** The text without its invisible format characters. */
export const buangKarakterFormat = (s: string): string => s.replace(FORMAT, '');

/**
 * A registration number as typed or pasted: format characters gone, runs of spaces made one, none around
 * the slashes ("001 / PPID / 2026" is the number 001/PPID/2026), none at the ends.
 */
export const rapikanNomor = (s: string): string =>
  buangKarakterFormat(s)
    .replace(/\s+/g, ' ')
    .replace(/ ?\/ ?/g, '/')
    .trim();
