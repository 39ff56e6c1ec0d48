// The JSON Schema files promise patterns that producers outside JavaScript can check with (DESIGN.md):
// Python's `re` (the `jsonschema` package), PCRE with `/u` (PHP), ECMA-262 with or without `u`. The
// runtime patterns are ECMA with `u`, so each is rewritten here, at generation time, into the part of
// the syntax those engines read alike:
// - `\p{Cf}`, `\p{Cc}` and `\s` become their members, computed now from this engine's own `/\p{Cf}/u`,
//   `/\p{Cc}/u` and `/\s/u` over every code point (they follow Unicode as Node knows it, not a hand
//   list). Members from U+00A0 up are literal characters (teks-json.ts writes them as JSON `\uXXXX`
//   escapes, astral ones as surrogate pairs), since Python and PCRE do not read `\p{…}` nor `\uXXXX`,
//   and Python's `\s` also holds U+001C–U+001F and U+0085. Control characters (C1 U+0080–U+009F too)
//   and the space are `\xHH`, which all of them read.
// - `\d` becomes `0-9` (Python's `\d` takes every Unicode digit: `٣` would pass as a NIK digit).
// - `$` becomes `$(?!\n)`: in Python and PCRE a bare `$` also matches before a final newline, so
//   `https://x.go.id\n` would pass; ECMA's `$` is the end already, and `(?!\n)` changes nothing there.
// - `\uXXXX`, `\u{…}` and `\0` become the character or `\xHH` (a `\xHH` stays); a `[` in a class is escaped (Python
//   warns of a nested set otherwise).
// Astral members are listed one by one, never as ranges: an ECMA engine without `u` reads an astral
// character in a class as its two surrogate halves, and a range between two pairs would be
// `\uDB40[\uDC20-\uDB40]\uDC7F` — out of order, a syntax error. Listed one by one, such an engine takes
// each half as a member of the negated class: it then refuses more, never less — any astral character
// sharing a half with a format character (some Brahmi, Egyptian hieroglyphs, musical symbols, emoji
// such as U+1F4BD). A URL as a browser or an HTTP client sends it holds none of them (they are
// percent-encoded); only an IRI with such a character written raw is refused there, and not by the
// engines with Unicode support.
// Anything else the rewrite does not know (`\p{…}` other than Cf and Cc, `\w`, `\b`, `\S` inside a class, an
// astral range end) is refused with an error, so a new runtime pattern cannot ship unportable unnoticed.
import type { ConversionConfig } from '@valibot/to-json-schema';

const SEMUA_TITIK_KODE = 0x10ffff;

/** The code points `satu` matches, as [from, to] runs. */
function anggota(satu: RegExp): [number, number][] {
  const runs: [number, number][] = [];
  for (let c = 0; c <= SEMUA_TITIK_KODE; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue; // lone surrogates are no text
    if (!satu.test(String.fromCodePoint(c))) continue;
    const akhir = runs.at(-1);
    if (akhir && akhir[1] === c - 1) akhir[1] = c;
    else runs.push([c, c]);
  }
  return runs;
}

const KENDALI: Record<string, number> = { n: 0x0a, r: 0x0d, t: 0x09, f: 0x0c, v: 0x0b };
const KHUSUS_KELAS = new Set(['\\', ']', '[', '^', '-']);
const KHUSUS_LUAR = new Set([...'\\^$.|?*+()[]{}/']);

/** One code point as every engine reads it: `\xHH`, an escaped ASCII sign, or the literal character. */
function tulis(c: number, dalamKelas: boolean): string {
  if (c <= 0x20 || (c >= 0x7f && c <= 0x9f)) return `\\x${c.toString(16).toUpperCase().padStart(2, '0')}`;
  const ch = String.fromCodePoint(c);
  if (c < 0x80 && (dalamKelas ? KHUSUS_KELAS : KHUSUS_LUAR).has(ch)) return `\\${ch}`;
  return ch;
}

/** Class members, without brackets: BMP runs as ranges, astral code points one by one (see above). */
function tulisAnggota(runs: [number, number][]): string {
  let s = '';
  for (const [a, b] of runs) {
    if (b > 0xffff) for (let c = a; c <= b; c++) s += tulis(c, true);
    else if (b - a >= 2) s += `${tulis(a, true)}-${tulis(b, true)}`;
    else for (let c = a; c <= b; c++) s += tulis(c, true);
  }
  return s;
}

let cache: { cf: string; cc: string; s: string } | undefined;
const kelas = () =>
  (cache ??= {
    cf: tulisAnggota(anggota(/^\p{Cf}$/u)),
    cc: tulisAnggota(anggota(/^\p{Cc}$/u)),
    s: tulisAnggota(anggota(/^\s$/u)),
  });

const gagal = (pola: RegExp, apa: string): never => {
  throw new Error(
    `pola ${pola} tidak dapat ditulis portabel untuk JSON Schema: ${apa} / ` +
      `pattern ${pola} cannot be written portably for JSON Schema: ${apa}`,
  );
};

/** The schema form of a runtime pattern (ECMA, flags '' or 'u'): the same matches in every engine. */
export function polaPortabel(pola: RegExp): string {
  if (pola.flags !== '' && pola.flags !== 'u') gagal(pola, `flags "${pola.flags}"`);
  const src = pola.source;
  let out = '';
  let dalamKelas = false;
  let isiKelasDari = 0; // where the current class's members begin in `out`
  for (let i = 0; i < src.length;) {
    const ch = src[i]!;
    if (ch === '\\') {
      const e = src[i + 1] ?? '';
      const hex = /^u([0-9A-Fa-f]{4})|^u\{([0-9A-Fa-f]+)\}|^x([0-9A-Fa-f]{2})/.exec(src.slice(i + 1));
      let c: number | undefined;
      if (hex?.[2] !== undefined && !pola.unicode) gagal(pola, '\\u{…} without the u flag');
      if (hex?.[3] !== undefined) {
        out += `\\x${hex[3]}`; // read alike everywhere, so kept as written
        i += 4;
        continue;
      } else if (hex) {
        c = parseInt(hex[1] ?? hex[2] ?? hex[3]!, 16);
        if (c >= 0xd800 && c <= 0xdfff) gagal(pola, 'surrogate escape');
        i += 1 + hex[0].length;
      } else if (e === '0' && !/[0-9]/.test(src[i + 2] ?? '')) {
        c = 0;
        i += 2;
      } else if (KENDALI[e] !== undefined) {
        // PCRE reads `\v` as every vertical space, not U+000B: all of them become `\xHH`.
        c = KENDALI[e];
        i += 2;
      }
      if (c !== undefined) {
        if (c > 0xffff && dalamKelas && (src[i] === '-' || out.endsWith('-'))) gagal(pola, 'astral range');
        out += tulis(c, dalamKelas);
        continue;
      }
      // A class escape is no range end; written out as members, it would silently become one.
      if (dalamKelas && /^\\(?:[sd]|p\{C[cf]\})-[^\]]/.test(src.slice(i)))
        gagal(pola, 'class escape in a range');
      const p = /^\\p\{(C[cf])\}/.exec(src.slice(i))?.[1] as 'Cc' | 'Cf' | undefined;
      if (p) {
        const isi = p === 'Cc' ? kelas().cc : kelas().cf;
        out += dalamKelas ? isi : `[${isi}]`;
        i += 6;
      } else if (e === 's') {
        out += dalamKelas ? kelas().s : `[${kelas().s}]`;
        i += 2;
      } else if (e === 'S' && !dalamKelas) {
        out += `[^${kelas().s}]`;
        i += 2;
      } else if (e === 'd') {
        out += dalamKelas ? '0-9' : '[0-9]';
        i += 2;
      } else if (e === 'D' && !dalamKelas) {
        out += '[^0-9]';
        i += 2;
      } else if (/[A-Za-z]/.test(e)) {
        // \p, \P, \w, \W, \b, \B, \c, \k, \S or \D in a class, and the rest: not (yet) rewritten.
        return gagal(pola, `\\${e}`);
      } else {
        out += `\\${e}`; // an escaped sign (`\/`, `\\`, `\.`) or a back-reference
        i += 2;
      }
      continue;
    }
    if (dalamKelas) {
      if (ch === ']') {
        // ECMA's `[]` matches nothing and `[^]` anything; Python and PCRE read that `]` as a member.
        if (out.length === isiKelasDari) gagal(pola, 'empty class');
        dalamKelas = false;
      }
      if (ch === '[') {
        out += '\\[';
        i++;
        continue;
      }
    } else if (ch === '[') {
      dalamKelas = true;
      const buka = src[i + 1] === '^' ? '[^' : '[';
      out += buka;
      i += buka.length;
      isiKelasDari = out.length;
      continue;
    } else if (ch === '$') {
      out += '$(?!\\n)';
      i++;
      continue;
    }
    const c = src.codePointAt(i)!;
    const panjang = c > 0xffff ? 2 : 1;
    if (c > 0xffff && dalamKelas && (src[i + panjang] === '-' || out.endsWith('-')))
      gagal(pola, 'astral range');
    out += c >= 0x80 || c <= 0x20 || c === 0x7f ? tulis(c, dalamKelas) : ch;
    i += panjang;
  }
  return out;
}

/** valibot's `regex` actions, given the portable pattern instead of the runtime source. */
export const aksiPolaPortabel: NonNullable<ConversionConfig['overrideAction']> = ({
  valibotAction,
  jsonSchema,
}) =>
  valibotAction.type === 'regex'
    ? {
        ...jsonSchema,
        pattern: polaPortabel((valibotAction as unknown as { requirement: RegExp }).requirement),
      }
    : undefined;
