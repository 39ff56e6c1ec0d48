// The text of a generated JSON file: every invisible character (format characters such as U+200B or
// U+202E, spaces other than U+0020, controls) written as a `\uXXXX` escape, astral ones as a surrogate
// pair, which JSON parsers decode to the code point. The portable patterns (pola-portabel.ts) hold
// such characters as literal class members; escaped, the file stays readable and reviewable.
const TAK_TAMPAK = /(?![ \n])[\p{Cf}\p{Z}\p{Cc}]/gu;

const lolos = (c: string): string =>
  Array.from({ length: c.length }, (_, k) => `\\u${c.charCodeAt(k).toString(16).padStart(4, '0')}`).join('');

/** `JSON.stringify` text with invisible characters escaped; `jarak` as in JSON.stringify. */
export const teksJSON = (nilai: unknown, jarak?: number): string =>
  JSON.stringify(nilai, null, jarak).replace(TAK_TAMPAK, lolos);
