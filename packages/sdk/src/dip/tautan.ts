/**
 * The link allow-list: http, https, mailto and tel only. A pattern rather than `new URL`, so the same
 * rule ships unchanged in the JSON Schema (PHP and spreadsheet producers) and needs no DOM typings.
 * Whitespace and control characters (`\p{Cc}`: C0, DEL and the C1 block U+0080–U+009F, whose U+0085 is
 * a line break to some readers and U+009B a terminal escape) are refused anywhere: browsers strip them
 * before reading the scheme, which is how `java\tscript:` slips past naive checks. So is every Unicode
 * format character (TAK_TAMPAK, `\p{Cf}`: zero-width, bidi controls — `…/\u202Egpj.exe` shows as
 * `…exe.jpg` —, the soft hyphen, U+061C, U+180E, the BOM, U+FFF9–FFFB, tag characters), and a user name before the host
 * (`https://sukamaju.go.id@evil.example/` goes to evil.example). The patterns are in Unicode mode (`u`),
 * which `\p{Cf}` needs and JSON Schema asks of its patterns; the schema files get a form Python and PCRE
 * read too (scripts/pola-portabel.ts).
 */
// `\p{Cf}` is TAK_TAMPAK's class (standard/normalisasi.ts; tautan.test.ts keeps them the same), written
// out: built from it at run time the patterns cost the badge more bytes than they save. `\p{Cc}` rather
// than `\0-\x1F\x7F-\x9F`: the same members, fewer bytes in the badge.
// POLA_WEB, the http(s)-only half, is in pola-web.ts: the feed check (in every badge) needs only it.
export { POLA_WEB } from './pola-web.js';
export const POLA_TAUTAN =
  /^(?:[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s\p{Cc}\p{Cf}/?#\\@]+(?:[/?#][^\s\p{Cc}\p{Cf}]*)?|[Mm][Aa][Ii][Ll][Tt][Oo]:[^\s\p{Cc}\p{Cf}]+|[Tt][Ee][Ll]:[+(]?[0-9][0-9().-]*)$/u;

/** True when `url` may be put in an `href`: http, https, mailto or tel, with no hidden characters. */
export function tautanAman(url: string): boolean {
  return typeof url === 'string' && POLA_TAUTAN.test(url);
}
