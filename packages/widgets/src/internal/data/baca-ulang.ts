import type { HasilAmbil } from './ambil.js';
import { muatCSV } from './muat-csv.js';

/**
 * What a text read as UTF-8 shows when its file was not: U+FFFD for each byte that is not UTF-8 (Excel's
 * "CSV (Comma delimited)" is Windows-1252), or NUL beside each letter (UTF-16 without its mark).
 */
const BUKAN_UTF8 = /[\uFFFD\0]/;

/**
 * A text that is not UTF-8 (see BUKAN_UTF8) read again from its bytes as the SDK reads a file, with the CSV
 * importer's chunk. The encoding rides on the content type (`;terbaca=`), which the saved copy keeps: the
 * reading warns the admin of it (urai.ts). Undefined when there is nothing to read again, or without that
 * chunk (the text stays as it came).
 */
export async function bacaUlang(
  teks: string,
  contentType: string,
  bytes: Uint8Array,
): Promise<{ teks: string; contentType: string } | undefined> {
  const csv = BUKAN_UTF8.test(teks) && (await muatCSV().catch(() => undefined));
  if (!csv) return undefined;
  const d = csv.dekodeBerkas(bytes, contentType);
  return { teks: d.teks, contentType: `${contentType};terbaca=${d.pengodean}` };
}

/** A fetched answer with its text read again where it is not UTF-8 (`bacaUlang`); the copy saved is that. */
export async function denganBacaUlang(r: HasilAmbil): Promise<HasilAmbil> {
  const u = r.berubah && (await bacaUlang(r.teks, r.contentType, r.bytes));
  return u ? { ...r, ...u } : r;
}

/**
 * A saved copy (it comes without bytes) that is not UTF-8 and was not read again (no `;terbaca=`): saved
 * before that re-reading existed, or when the chunk for it did not load. Neither shown nor revalidated (its ETag would keep it
 * for good): the readers take it for no copy, and the source is read whole again.
 */
export const salinanRusak = (teks: string, contentType: string, bytes?: Uint8Array): boolean =>
  !bytes && BUKAN_UTF8.test(teks) && !contentType.includes(';terbaca=');
