import { TAK_TAMPAK } from '../standard/normalisasi.js';

/** The text without its invisible format characters (TAK_TAMPAK: never meant in a field). */
export const buangKarakterFormat = (s: string): string => s.replace(TAK_TAMPAK, '');

/**
 * Control characters no field's text means — C0 but tab, line feed and carriage return; DEL; C1 — and
 * half of a surrogate pair without the other half (no character at all). A text copied from a PDF brings
 * U+0002 and U+0003 along, and each is six bytes in JSON (\u0001, \ud800), so a field of them within its
 * length would still bloat the body towards the server's bodyLimit. The one list: the schemas' pattern is
 * made from its first class, in \\u escapes that every JSON Schema validator's regex reads alike.
 */
// eslint-disable-next-line no-control-regex -- what it finds
export const KARAKTER_KENDALI = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\p{Cs}/gu;

/**
 * A free-text field as validasi* keeps it (name, address, information, purpose, case summary, …): control
 * characters dropped, a lone surrogate made U+FFFD as UTF-8 would. The line breaks among them — a manual
 * line break copied from Word or PowerPoint (VT), a page break (FF), NEL — become a line feed: dropped,
 * they would join the words around them. Dropped, not refused: they show nothing, so a citizen told of
 * one in a pasted page could not find it.
 */
export const bersihkanTeks = (s: string): string =>
  s.replace(KARAKTER_KENDALI, (c) => (c > '\x9F' ? '\uFFFD' : '\v\f\x85'.includes(c) ? '\n' : ''));

/**
 * A registration number as typed or pasted: format characters gone, runs of spaces made one, none around
 * the slashes ("001 / PPID / 2026" is the number 001/PPID/2026), none at the ends.
 */
export const rapikanNomor = (s: string): string =>
  buangKarakterFormat(s)
    .replace(/\s+/g, ' ')
    .replace(/ ?\/ ?/g, '/')
    .trim();
