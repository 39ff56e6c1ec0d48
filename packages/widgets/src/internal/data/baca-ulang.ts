import type { HasilAmbil } from './ambil.js';
import { muatCSV } from './muat-csv.js';

/**
 * A text that is not valid UTF-8 (U+FFFD in it: a register Excel saved as "CSV (Comma delimited)", in
 * Windows-1252; Excel's "Unicode Text") read again from its bytes as the SDK reads a file, with the CSV
 * importer's chunk. The encoding rides on the content type (`;terbaca=`), which the saved copy keeps: the
 * reading warns the admin of it (urai.ts). Undefined when there is nothing to read again, or without that
 * chunk (the text stays as it came).
 */
export async function bacaUlang(
  teks: string,
  contentType: string,
  bytes: Uint8Array,
): Promise<{ teks: string; contentType: string } | undefined> {
  const csv = teks.includes('\uFFFD') && (await muatCSV().catch(() => undefined));
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
 * A saved copy (it comes without bytes) with U+FFFD in it and no `;terbaca=`: saved before that re-reading
 * existed, or when the chunk for it did not load. Neither shown nor revalidated (its ETag would keep it
 * for good): the readers take it for no copy, and the source is read whole again.
 */
export const salinanRusak = (teks: string, contentType: string, bytes?: Uint8Array): boolean =>
  !bytes && teks.includes('\uFFFD') && !contentType.includes(';terbaca=');
