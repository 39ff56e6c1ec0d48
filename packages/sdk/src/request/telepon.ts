import { buangKarakterFormat } from './teks-bersih.js';

// Separators people write in phone numbers: spaces, dashes, dots, parentheses, slashes.
const PEMISAH = /[\s\-.()/]+/g;

/**
 * An Indonesian phone number in E.164 (`+62…`), or undefined when the text cannot be one. Accepts
 * `+62…`, `62…` and `0…` (`08…` mobiles, `0xx…` landlines), with spaces, dashes, dots or parentheses,
 * and the common `+62 (0)21…`. The national number after 62 is 9–12 digits for mobiles (8…) and 8–11
 * for landlines (area codes start 2–7 or 9); short service numbers (112, 14045…) are not contacts.
 */
export function normalisasiTelepon(s: unknown): string | undefined {
  if (typeof s !== 'string') return undefined;
  let t = buangKarakterFormat(s).trim();
  if (t.length > 40) return undefined;
  // "+62 (0)21 …": the trunk 0 written after the country code.
  t = t.replace(/^(\+?62)\s*\(0\)/, '$1');
  t = t.replace(PEMISAH, '');
  let nasional: string;
  if (/^\+62\d+$/.test(t)) nasional = t.slice(3);
  else if (/^62\d+$/.test(t)) nasional = t.slice(2);
  else if (/^0\d+$/.test(t)) nasional = t.slice(1);
  else return undefined;
  const panjangSah = nasional.startsWith('8')
    ? nasional.length >= 9 && nasional.length <= 12
    : /^[2-79]/.test(nasional) && nasional.length >= 8 && nasional.length <= 11;
  return panjangSah ? `+62${nasional}` : undefined;
}
