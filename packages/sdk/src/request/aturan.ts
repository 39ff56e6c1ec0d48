/**
 * Longest accepted text per field, in characters as `panjangTeks` counts them: generous for people, small
 * enough for a database row.
 */
export const BATAS_PANJANG = {
  name: 200,
  nik: 40, // before separators are removed
  registration: 100,
  address: 500,
  occupation: 100,
  phone: 40,
  email: 254,
  information: 5000,
  purpose: 2000,
  requestNumber: 100,
  caseSummary: 10000,
} as const;

/**
 * The length of a text in characters as a person counts them and as JSON Schema's `maxLength` does: code
 * points, so an emoji outside the BMP (two UTF-16 code units) is one. The one count of BATAS_PANJANG for
 * validasi*, the valibot schemas, the generated JSON Schema and the form's counter.
 */
export function panjangTeks(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point; a lone surrogate counts as one.
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}
