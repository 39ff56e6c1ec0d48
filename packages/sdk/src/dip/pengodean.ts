import { buatMasalah } from './masalah.js';
import type { Masalah } from './types.js';

/** A file's bytes as text, with the encoding (WHATWG name, as `TextDecoder.encoding` gives it) they were read in. */
export interface BerkasTerbaca {
  readonly teks: string;
  readonly pengodean: string;
}

/** Encodings that hold every character: a file in one of them needs no warning. */
const UNICODE = new Set(['utf-8', 'utf-16le', 'utf-16be']);

/**
 * Bytes 0x80–0x9F in Windows-1252 (the WHATWG index). Node 20's TextDecoder reads that encoding as
 * ISO-8859-1, these bytes as control characters (– and ’ vanish); browsers read them right, where this
 * changes nothing.
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
 * Reads a DIP file's bytes as text, the way its makers save it. A byte-order mark decides (Excel's
 * "Unicode Text" is UTF-16); else UTF-8 when the bytes are valid UTF-8, whatever a header says (old web
 * servers label every text file ISO-8859-1); else the charset the `Content-Type` names; else
 * Windows-1252, the ANSI code page of Windows in Indonesian and English, in which Excel's
 * "CSV (Comma delimited)" and older Notepad save. Never replaces a character silently: only valid UTF-8
 * is read as UTF-8, and `masalahPengodean` says when the text was read in another encoding.
 */
export function dekodeBerkas(bytes: Uint8Array, contentType = ''): BerkasTerbaca {
  const [a, b] = bytes;
  const bom = a === 0xff && b === 0xfe ? 'utf-16le' : a === 0xfe && b === 0xff ? 'utf-16be' : undefined;
  if (bom) return { teks: new TextDecoder(bom).decode(bytes), pengodean: bom };
  try {
    return { teks: new TextDecoder('utf-8', { fatal: true }).decode(bytes), pengodean: 'utf-8' };
  } catch {
    /* not UTF-8: the declared charset, else Windows-1252 */
  }
  const charset = /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  const d = (charset && dekoder(charset)) || new TextDecoder('windows-1252');
  // A header claiming UTF-8 for bytes that are not: the bytes win (the file was saved in ANSI).
  const pakai = d.encoding === 'utf-8' ? new TextDecoder('windows-1252') : d;
  const teks = pakai.decode(bytes);
  return {
    teks:
      pakai.encoding === 'windows-1252'
        ? teks.replace(/[\x80-\x9f]/g, (c: string) => C1_1252[c.charCodeAt(0) - 0x80] as string)
        : teks,
    pengodean: pakai.encoding,
  };
}

/**
 * The warning for a file read in an encoding that is not Unicode (`dekodeBerkas`): its letters beyond
 * ASCII may have been guessed. None for UTF-8 or UTF-16.
 */
export function masalahPengodean(pengodean: string | undefined): Masalah | undefined {
  if (!pengodean || UNICODE.has(pengodean.toLowerCase())) return undefined;
  const nama = pengodean === 'windows-1252' ? 'Windows-1252 (ANSI)' : pengodean;
  return buatMasalah({
    severity: 'warning',
    code: 'file.encoding',
    path: '',
    problem: {
      id: `Berkas ini tidak tersimpan sebagai UTF-8, jadi dibaca sebagai ${nama}. Periksa huruf seperti é, – dan ’ di tampilan; agar pasti benar, simpan ulang sebagai UTF-8 (Excel: Simpan Sebagai → "CSV UTF-8 (Dipisahkan koma)"; unduhan Google Sheets selalu UTF-8).`,
      en: `This file is not saved as UTF-8, so it was read as ${nama}. Check letters such as é, – and ’ in the display; to be sure, save it again as UTF-8 (Excel: Save As → "CSV UTF-8 (Comma delimited)"; Google Sheets downloads are always UTF-8).`,
    },
  });
}

/** A reading with `masalahPengodean`'s warning in front of its own, when there is one. */
export function denganPengodean<H extends { readonly warnings: readonly Masalah[] }>(
  h: H,
  pengodean: string | undefined,
): H {
  const m = masalahPengodean(pengodean);
  return m ? { ...h, warnings: [m, ...h.warnings] } : h;
}
