// Quoting a value for a problem message: here alone, so the validator's core can name the value of a
// problem without loading the problem words (masalah.ts, label.ts), and the one rule for every message
// that quotes what a user typed — a DIP cell or a refused request field (request/validasi.ts) alike.
import { TAK_TAMPAK } from '../standard/normalisasi.js';

/**
 * A value quoted for a message, cut short at `batas` characters so a huge cell cannot flood the report
 * (a request's message quotes less: its field sits in a sentence under a form field).
 */
export function kutip(nilai: unknown, batas = 80): string {
  let s: string;
  try {
    s = typeof nilai === 'string' ? nilai : (JSON.stringify(nilai) ?? String(nilai));
  } catch {
    s = String(typeof nilai);
  }
  s = s.replace(/\p{Cc}/gu, ' '); // C1 too (U+009B is a terminal escape)
  // Never between the two halves of a surrogate pair (an emoji): a lone half draws nothing.
  if (s.length > batas)
    s = `${s.slice(0, /[\ud800-\udbff]/.test(s.charAt(batas - 4)) ? batas - 4 : batas - 3)}…`;
  // What shows nothing is named (after the cut, so no name is cut in half), so the admin sees why
  // "Ber\u200Bkala" is not a category, and a direction override cannot turn the rest of the sentence around.
  s = s.replace(TAK_TAMPAK, (c) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`);
  return typeof nilai === 'string' ? `"${s}"` : s;
}
