import { BYTE, GalatArgumen, sebagaiByte } from '../i18n/argumen.js';
import { buatMasalah } from './masalah.js';
import { SIMPAN_CSV_UTF8 } from './simpan-csv-utf8.js';
import type { Masalah, MasalahDIP } from './types.js';

/** A file's bytes as text, with the encoding they were read in (its WHATWG name, as `TextDecoder` gives it). */
export interface BerkasTerbaca {
  readonly teks: string;
  readonly pengodean: string;
}

/** Encodings that hold every character: a file in one of them needs no warning. */
const UNICODE = new Set(['utf-8', 'utf-16le', 'utf-16be']);

/**
 * Bytes 0x80–0x9F in Windows-1252 (the WHATWG index); from 0xA0 it is ISO-8859-1. Read by hand: Node 20's
 * TextDecoder reads Windows-1252 as ISO-8859-1, these bytes as control characters (– and ’ vanish).
 */
const C1_1252 =
  '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f' +
  '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178';

function dekoder(label: string): InstanceType<typeof TextDecoder> | undefined {
  try {
    return new TextDecoder(label);
  } catch {
    // An encoding this runtime does not know (a made-up charset in a header).
    return undefined;
  }
}

/**
 * Length of the valid UTF-8 sequence that starts at `i` (no overlong forms, surrogates or code points past
 * U+10FFFF, as the Encoding Standard decodes), else 0.
 */
function panjangUTF8(b: Uint8Array, i: number): number {
  const x = b[i] as number;
  const n = x >= 0xc2 && x <= 0xdf ? 2 : x >= 0xe0 && x <= 0xef ? 3 : x >= 0xf0 && x <= 0xf4 ? 4 : 0;
  if (n === 0 || i + n > b.length) return 0;
  const y = b[i + 1] as number;
  const [bawah, atas] =
    x === 0xe0
      ? [0xa0, 0xbf]
      : x === 0xed
        ? [0x80, 0x9f]
        : x === 0xf0
          ? [0x90, 0xbf]
          : x === 0xf4
            ? [0x80, 0x8f]
            : [0x80, 0xbf];
  if (y < bawah || y > atas) return 0;
  for (let k = 2; k < n; k++) if (((b[i + k] as number) & 0xc0) !== 0x80) return 0;
  return n;
}

/**
 * Windows-1252 for each byte that is not part of a valid UTF-8 sequence, UTF-8 for the rest: an ANSI file
 * reads as Windows-1252, and a UTF-8 file with some rows pasted in from an ANSI one keeps its UTF-8 rows
 * (read whole as Windows-1252 they would turn "é" into "Ã©").
 */
function utf8Atau1252(bytes: Uint8Array): string {
  const keluar: string[] = [];
  let kode: number[] = [];
  // UTF-8's mark is dropped, as TextDecoder drops it.
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const ascii = new TextDecoder('utf-8');
  while (i < bytes.length) {
    // A long run of ASCII (most of a register) is decoded natively, in one go.
    let j = i;
    while (j < bytes.length && (bytes[j] as number) < 0x80) j++;
    if (j - i > 64) {
      keluar.push(String.fromCharCode(...kode), ascii.decode(bytes.subarray(i, j)));
      kode = [];
      i = j;
      continue;
    }
    // A short run: taken as it is, not scanned again from each of its bytes.
    for (; i < j; i++) kode.push(bytes[i] as number);
    if (i >= bytes.length) break;
    // Not ASCII (the run ended here): a UTF-8 sequence, else one Windows-1252 byte.
    const x = bytes[i] as number;
    const n = panjangUTF8(bytes, i);
    if (n === 0) kode.push(x < 0xa0 ? C1_1252.charCodeAt(x - 0x80) : x);
    else {
      // The sequence's code point (already checked valid), as one or two UTF-16 code units.
      let cp = x & (0xff >> (n + 1));
      for (let k = 1; k < n; k++) cp = (cp << 6) | ((bytes[i + k] as number) & 0x3f);
      if (cp > 0xffff) kode.push(0xd7c0 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
      else kode.push(cp);
    }
    i += n || 1;
    if (kode.length >= 8192) {
      keluar.push(String.fromCharCode(...kode));
      kode = [];
    }
  }
  keluar.push(String.fromCharCode(...kode));
  return keluar.join('');
}

/**
 * UTF-16 saved without its mark, told by its zero bytes: text of Latin letters has one in every other
 * place (after each letter in little-endian order, before it in big-endian), which no UTF-8 or ANSI text
 * has — and which UTF-8 would read without complaint, a NUL after every letter.
 */
function utf16TanpaTanda(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 8) return undefined;
  let genap = 0;
  let ganjil = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) genap++;
    if (bytes[i + 1] === 0) ganjil++;
  }
  const pasangan = n / 2;
  if (ganjil >= pasangan * 0.9 && genap === 0) return 'utf-16le';
  if (genap >= pasangan * 0.9 && ganjil === 0) return 'utf-16be';
  return undefined;
}

/**
 * Reads a DIP file's bytes as text, the way its makers save it. A byte-order mark decides (Excel's
 * "Unicode Text" is UTF-16), or UTF-16's zero bytes where the mark is missing; else UTF-8 when the bytes
 * are valid UTF-8, whatever a header says (old web servers label every text file ISO-8859-1); else the charset the `Content-Type` names (not UTF-8 or
 * UTF-16, which the bytes just disproved or which needs its mark); else Windows-1252, the ANSI code page of
 * Windows in Indonesian and English, in which Excel's "CSV (Comma delimited)" and older Notepad save — byte
 * by byte, so valid UTF-8 sequences among them stay UTF-8. Never replaces a character silently: only valid
 * UTF-8 is read as UTF-8, and `masalahPengodean` says when the text was read in another encoding.
 * `bytes` may be a Uint8Array (a Node Buffer), an ArrayBuffer or a view of one; anything else, a string
 * too, throws GalatArgumen.
 */
export function dekodeBerkas(
  bytes: Uint8Array | ArrayBuffer | ArrayBufferView,
  contentType = '',
): BerkasTerbaca {
  const isi = sebagaiByte(bytes);
  if (!isi) {
    throw new GalatArgumen('dekodeBerkas', 'bytes', bytes, BYTE, {
      id: "Teks yang sudah dibaca tidak perlu didekode; agar pengodeannya dikenali, baca berkas sebagai byte: readFile(path) tanpa 'utf8', res.arrayBuffer().",
      en: "Text already read needs no decoding; to have its encoding recognised, read the file as bytes: readFile(path) without 'utf8', res.arrayBuffer().",
    });
  }
  const [a, b] = isi;
  const utf16 =
    a === 0xff && b === 0xfe ? 'utf-16le' : a === 0xfe && b === 0xff ? 'utf-16be' : utf16TanpaTanda(isi);
  if (utf16) return { teks: new TextDecoder(utf16).decode(isi), pengodean: utf16 };
  try {
    return { teks: new TextDecoder('utf-8', { fatal: true }).decode(isi), pengodean: 'utf-8' };
  } catch {
    /* not UTF-8: the declared charset, else Windows-1252 */
  }
  const charset = /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  const d = charset ? dekoder(charset) : undefined;
  // Windows-1252 by hand also where it is declared (ISO-8859-1 and ASCII are its labels too): Node 20's
  // TextDecoder reads it as ISO-8859-1.
  return d && !UNICODE.has(d.encoding) && d.encoding !== 'windows-1252'
    ? { teks: d.decode(isi), pengodean: d.encoding }
    : { teks: utf8Atau1252(isi), pengodean: 'windows-1252' };
}

/** What to save the file as, by kind: a spreadsheet's CSV, or a JSON file from a text editor. */
const SIMPAN = {
  csv: {
    id: `Excel: ${SIMPAN_CSV_UTF8.id}; unduhan Google Sheets selalu UTF-8`,
    en: `Excel: ${SIMPAN_CSV_UTF8.en}; Google Sheets downloads are always UTF-8`,
  },
  json: {
    id: 'di Notepad: Simpan Sebagai → Pengodean "UTF-8"; atau buat ulang dengan `terbuka dip convert`',
    en: 'in Notepad: Save As → Encoding "UTF-8"; or make it again with `terbuka dip convert`',
  },
} as const;

/**
 * The warning for a file read in an encoding that is not Unicode (`dekodeBerkas`): its letters beyond
 * ASCII may have been guessed. None for UTF-8 or UTF-16, or without an encoding (undefined, null, '');
 * GalatArgumen for a `pengodean` that is not a string.
 */
export function masalahPengodean(
  pengodean: string | undefined,
  format: 'csv' | 'json' = 'csv',
): MasalahDIP | undefined {
  if (!pengodean) return undefined;
  if (typeof pengodean !== 'string') {
    throw new GalatArgumen('masalahPengodean', 'pengodean', pengodean, {
      id: 'nama pengodean (string, `pengodean` dari dekodeBerkas) atau undefined',
      en: 'an encoding name (a string, the `pengodean` of dekodeBerkas) or undefined',
    });
  }
  if (UNICODE.has(pengodean.toLowerCase())) return undefined;
  const nama = pengodean === 'windows-1252' ? 'Windows-1252 (ANSI)' : pengodean;
  const simpan = SIMPAN[format];
  return buatMasalah({
    severity: 'warning',
    code: 'file.encoding',
    path: '',
    problem: {
      id: `Berkas ini tidak tersimpan sebagai UTF-8, jadi dibaca sebagai ${nama}. Periksa huruf seperti é, – dan ’ di tampilan; agar pasti benar, simpan ulang sebagai UTF-8 (${simpan.id}).`,
      en: `This file is not saved as UTF-8, so it was read as ${nama}. Check letters such as é, – and ’ in the display; to be sure, save it again as UTF-8 (${simpan.en}).`,
    },
  });
}

/** Failures of the whole file, where no letter was read for a warning about letters to mean anything. */
const TANPA_TEKS = new Set(['csv.empty', 'csv.not-csv', 'csv.header-not-found', 'json.syntax']);

/** A reading with `masalahPengodean`'s warning in front of its own, when there is one. */
export function denganPengodean<
  H extends { readonly errors: readonly Masalah[]; readonly warnings: readonly Masalah[] },
>(h: H, pengodean: string | undefined, format: 'csv' | 'json' = 'csv'): H {
  const m = h.errors.some((e) => TANPA_TEKS.has(e.code)) ? undefined : masalahPengodean(pengodean, format);
  return m ? { ...h, warnings: [m, ...h.warnings] } : h;
}
