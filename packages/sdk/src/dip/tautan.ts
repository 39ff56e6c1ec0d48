/**
 * The link allow-list: http, https, mailto and tel only. A pattern rather than `new URL`, so the same
 * rule ships unchanged in the JSON Schema (PHP and spreadsheet producers) and needs no DOM typings.
 * Whitespace and control characters are refused anywhere: browsers strip them before reading the
 * scheme, which is how `java\tscript:` slips past naive checks. So are invisible format characters
 * (zero-width, bidi controls: `…/\u202Egpj.exe` shows as `…exe.jpg`), and a user name before the host
 * (`https://sukamaju.go.id@evil.example/` goes to evil.example).
 */
/* eslint-disable no-control-regex -- control characters are exactly what must be refused */
export const POLA_TAUTAN =
  /^(?:[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s\0-\x1F\x7F\u200B-\u200F\u202A-\u202E\u2060-\u206F/?#\\@]+(?:[/?#][^\s\0-\x1F\x7F\u200B-\u200F\u202A-\u202E\u2060-\u206F]*)?|[Mm][Aa][Ii][Ll][Tt][Oo]:[^\s\0-\x1F\x7F\u200B-\u200F\u202A-\u202E\u2060-\u206F]+|[Tt][Ee][Ll]:[+(]?[0-9][0-9().-]*)$/;

/** Only http and https: for a website or an official channel, where mailto and tel make no sense. */
export const POLA_WEB =
  /^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s\0-\x1F\x7F\u200B-\u200F\u202A-\u202E\u2060-\u206F/?#\\@]+(?:[/?#][^\s\0-\x1F\x7F\u200B-\u200F\u202A-\u202E\u2060-\u206F]*)?$/;
/* eslint-enable no-control-regex */

/** True when `url` may be put in an `href`: http, https, mailto or tel, with no hidden characters. */
export function tautanAman(url: string): boolean {
  return typeof url === 'string' && POLA_TAUTAN.test(url);
}
