import { buangKarakterFormat } from './teks-bersih.js';

// Deliberately plain: one @, no spaces or quotes in the local part, a dotted domain with a real-looking
// top-level label. Enough to catch typing mistakes; only a message that arrives proves an address.
const POLA_EMAIL =
  /^[^\s@"(),:;<>[\]\\]{1,64}@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** The address trimmed and lower-cased, or undefined when it cannot be an e-mail address. */
export function normalisasiEmail(s: unknown): string | undefined {
  if (typeof s !== 'string') return undefined;
  const e = buangKarakterFormat(s).trim().toLowerCase();
  return e.length <= 254 && POLA_EMAIL.test(e) ? e : undefined;
}

/** The pattern of a normalised address (for the JSON Schema). */
export const POLA_EMAIL_NORMAL = POLA_EMAIL;
