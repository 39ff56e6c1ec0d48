import { csvItemSah, jsonItemSah } from '@terbuka/sdk';
import type { BadanPublik, HasilBacaPublik } from '@terbuka/sdk';
import { PESAN } from '../pesan.js';
import { muatCSV } from './muat-csv.js';

export type FormatData = 'json' | 'csv';

/** A read source: the valid part of the DIP for display, every problem for the admin. */
export interface HasilData extends HasilBacaPublik {
  readonly format: FormatData;
}

/**
 * JSON or CSV, from the content type when it says so, else from the content: a published Google Sheets
 * link ends in `output=csv`, not `.csv`, and some hosts send CSV as text/plain.
 */
export function kenaliFormat(teks: string, contentType = ''): FormatData {
  const jenis = contentType.toLowerCase();
  if (/\bjson\b/.test(jenis)) return 'json';
  if (/\bcsv\b|comma-separated/.test(jenis)) return 'csv';
  return /^\s*[{[]/.test(teks.replace(/^\uFEFF/, '')) ? 'json' : 'csv';
}

/** Reads JSON text; a syntax error becomes a problem, not an exception. */
export function uraiJSON(teks: string): HasilData {
  let data: unknown;
  try {
    data = JSON.parse(teks.replace(/^\uFEFF/, ''));
  } catch {
    return {
      format: 'json',
      ok: false,
      omitted: 0,
      errors: [{ severity: 'error', code: 'json.syntax', path: '', message: PESAN.jsonRusak }],
      warnings: [],
    };
  }
  return { format: 'json', ...jsonItemSah(data) };
}

/** Reads a DIP from text of either format; CSV loads the importer on first use. */
export async function uraiTeks(
  teks: string,
  opsi: { readonly contentType?: string; readonly agency?: BadanPublik } = {},
): Promise<HasilData> {
  if (kenaliFormat(teks, opsi.contentType) === 'json') return uraiJSON(teks);
  const { imporCSV } = await muatCSV();
  const hasil = csvItemSah(teks, (t) => imporCSV(t, opsi.agency ? { agency: opsi.agency } : {}));
  return { format: 'csv', ...hasil };
}
