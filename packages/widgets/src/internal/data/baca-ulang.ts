import type { HasilAmbil } from './ambil.js';
import { muatCSV } from './muat-csv.js';

/**
 * What a text read as UTF-8 shows when its file was not: U+FFFD for each byte that is not UTF-8 (Excel's
 * "CSV (Comma delimited)" is Windows-1252), or NUL beside each letter (UTF-16 without its mark).
 */
const BUKAN_UTF8 = /[\uFFFD\0]/;

/** The content-type parameter that says which encoding a text was read again in (this module writes it). */
const TERBACA = /;terbaca=([\w-]+)/;

/**
 * A fetched answer whose text is not UTF-8 (see BUKAN_UTF8) read again from its bytes as the SDK reads a
 * file, with the CSV importer's chunk; the copy saved is that. The encoding rides on the content type
 * (`;terbaca=`), which the saved copy keeps: the reading warns the admin of it (urai.ts, `pengodeanTerbaca`).
 * Without that chunk the text stays as it came.
 */
export async function denganBacaUlang(r: HasilAmbil): Promise<HasilAmbil> {
  const csv = r.berubah && BUKAN_UTF8.test(r.teks) && (await muatCSV().catch(() => undefined));
  if (!csv || !r.berubah) return r;
  const d = csv.dekodeBerkas(r.bytes, r.contentType);
  return { ...r, teks: d.teks, contentType: `${r.contentType};terbaca=${d.pengodean}` };
}

/** The encoding a text was read again in (`denganBacaUlang`), from its content type; none for UTF-8 as sent. */
export const pengodeanTerbaca = (contentType = ''): string | undefined => TERBACA.exec(contentType)?.[1];

/**
 * A saved copy (it comes without bytes) that is not UTF-8 and was not read again (no `;terbaca=`): saved
 * before that re-reading existed, or when the chunk for it did not load. Neither shown nor revalidated (its
 * ETag would keep it for good): the readers take it for no copy, and the source is read whole again.
 */
export const salinanRusak = (teks: string, contentType: string, bytes?: Uint8Array): boolean =>
  !bytes && BUKAN_UTF8.test(teks) && !pengodeanTerbaca(contentType);
