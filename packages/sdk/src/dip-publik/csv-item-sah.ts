import type { HasilBaca } from '../dip/validasi.js';
import { indeksItem } from './item-sah-mentah.js';
import type { HasilBacaPublik } from './item-sah-mentah.js';
import { letakTautanDitolak } from './tautan-ditolak.js';

// The public reading of a CSV register; here apart, so it loads with the CSV importer (`@terbuka/sdk/csv`
// re-exports it) and a page reading JSON never carries it.

/**
 * Reads a CSV register for public display. The importer (`imporCSV` from `@terbuka/sdk/csv`, passed in so
 * the CSV parser stays in its own chunk) reports each faulty entry with the file line its record starts on;
 * the file is imported again with those records left out (`lewati`: the importer's own parse decides where
 * a record ends, so a stray quotation mark in a faulty row hides nothing else). An entry whose only faults
 * are its links (an address the allow-list refuses, or a link cell with no address) is kept: the second
 * import runs as the public reading (`bacaanPublik`), which keeps what the cell held as written, so
 * `document` may hold a link `tautanAman` refuses — render links through `tautanAman` (the widgets show
 * such an address as plain text). `errors` and `warnings` are those of the strict import. An importer that
 * ignores `lewati` or `bacaanPublik` gives no document (the faulty entries are never shown).
 */
export function csvItemSah(
  teks: string,
  impor: (
    teks: string,
    opsi: { readonly bacaanPublik: boolean; readonly lewati?: ReadonlySet<number> },
  ) => HasilBaca,
): HasilBacaPublik {
  const awal = impor(teks, { bacaanPublik: false });
  if (awal.ok) return { ...awal, omitted: 0 };
  const salah = new Set<number>();
  for (const m of awal.errors) {
    if (indeksItem(m) === undefined || m.row === undefined) return { ...awal, omitted: 0 };
    if (!letakTautanDitolak(m)) salah.add(m.row);
  }
  const ulang = impor(teks, { bacaanPublik: true, lewati: salah });
  return ulang.document && ulang.errors.every((m) => letakTautanDitolak(m) !== undefined)
    ? {
        ok: false,
        document: ulang.document,
        errors: awal.errors,
        warnings: awal.warnings,
        omitted: salah.size,
      }
    : { ...awal, omitted: 0 };
}
