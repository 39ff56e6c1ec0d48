import type { MasalahDIP } from '../dip/types.js';
import type { HasilBaca } from '../dip/validasi.js';
import { indeksItem } from './item-sah-mentah.js';
import type { HasilBacaPublik } from './item-sah-mentah.js';
import { letakTautanDitolak } from './tautan-ditolak.js';

// The public reading of a CSV register; here apart, so it loads with the CSV importer (`@terbuka/sdk/csv`
// re-exports it) and a page reading JSON never carries it.

/**
 * Reads a CSV register for public display. The importer (`imporCSV` from `@terbuka/sdk/csv`, passed in so
 * the CSV parser stays in its own chunk) reports each faulty entry with its record's row (as the spreadsheet numbers it);
 * the file is imported again with those records left out (`lewati`: the importer's own parse decides where
 * a record ends, so a stray quotation mark in a faulty row hides nothing else). An entry whose only faults
 * are its links (an address the allow-list refuses, or a link cell with no address) is kept: the second
 * import runs as the public reading (`bacaanPublik`), which keeps what the cell held as written, so
 * `document` may hold a link `tautanAman` refuses — render links through `tautanAman` (the widgets show
 * such an address as plain text). `errors` and `warnings` are those of the strict import, save the refused
 * links of the entries shown: warnings here, whose words say the cell shows as text. An importer that
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
  if (!ulang.document || !ulang.errors.every((m) => letakTautanDitolak(m) !== undefined))
    return { ...awal, omitted: 0 };
  // A refused link of an entry that is shown is no error of what the public sees: said as a warning that
  // tells what happens to it. One of an entry left out stays with that entry's errors.
  const errors: MasalahDIP[] = [];
  const tampil: MasalahDIP[] = [];
  for (const m of awal.errors)
    if (letakTautanDitolak(m) && !salah.has(m.row!)) tampil.push(tautanTampilSebagaiTeks(m));
    else errors.push(m);
  const warnings =
    tampil.length === 0
      ? awal.warnings
      : [...awal.warnings, ...tampil].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { ok: false, document: ulang.document, errors, warnings, omitted: salah.size };
}

/** A refused link's problem, its entry shown: a warning that says the cell shows as text, not a link. */
function tautanTampilSebagaiTeks(m: MasalahDIP): MasalahDIP {
  return {
    ...m,
    severity: 'warning',
    message: {
      id: `${m.message.id} Informasi ini tetap tampil untuk publik, dengan isi sel tautannya sebagai teks biasa, bukan tautan.`,
      en: `${m.message.en} This entry is still shown to the public, its link cell as plain text, not a link.`,
    },
  };
}
