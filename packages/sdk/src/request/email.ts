import { BATAS_PANJANG, panjangTeks } from './aturan.js';
import { bersihkanTeks, buangKarakterFormat } from './teks-bersih.js';

// Deliberately plain: one @, no spaces or quotes in the local part, a dotted domain with a real-looking
// top-level label. Enough to catch typing mistakes; only a message that arrives proves an address.
// Unicode mode (`u`): the local part's `{1,64}` counts code points, as the JSON Schema's pattern does
// (JSON Schema reads patterns with `u`) and as BATAS_PANJANG is counted — an emoji is one, not two.
// It describes the normalised address, so its schema promises what is stored: no control character
// (\p{Cc}: normalisasiEmail drops them first) and no A–Z before the @ (lower-cased; the domain's classes
// are lower case already). On the normaliser's own output these two exclusions never refuse anything.
const POLA_EMAIL =
  /^[^\s@"(),:;<>[\]\\A-Z\p{Cc}]{1,64}@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/u;

/**
 * The address trimmed and lower-cased, or undefined when it cannot be an e-mail address: at most
 * BATAS_PANJANG.email characters counted as the request schema counts them (panjangTeks: code points).
 * Invisible characters are dropped first, as in every free-text field (bersihkanTeks): a U+0002 pasted
 * from a PDF along with the address shows nothing, so it is neither kept nor a reason to refuse (a
 * line-break one inside the address becomes a line feed there, and is refused as a space is).
 */
export function normalisasiEmail(s: unknown): string | undefined {
  if (typeof s !== 'string') return undefined;
  const e = bersihkanTeks(buangKarakterFormat(s)).trim().toLowerCase();
  return panjangTeks(e) <= BATAS_PANJANG.email && POLA_EMAIL.test(e) ? e : undefined;
}

/** The pattern of a normalised address (for the JSON Schema). */
export const POLA_EMAIL_NORMAL = POLA_EMAIL;
