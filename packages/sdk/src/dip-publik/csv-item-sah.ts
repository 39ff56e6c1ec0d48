import type { HasilBaca } from '../dip/validasi.js';
import { indeksItem } from './item-sah-mentah.js';
import type { HasilBacaPublik } from './item-sah-mentah.js';
import { letakTautanDitolak } from './tautan-ditolak.js';

// The public reading of a CSV register; here apart, so it loads with the CSV importer (`@terbuka/sdk/csv`
// re-exports it) and a page reading JSON never carries it.

/**
 * The lines of the record that starts on `baris` (1-based): a quoted cell may hold line breaks, so the
 * record ends on the first line after which the quotes are balanced.
 */
function ujungRekaman(garis: readonly string[], baris: number): number {
  let kutip = 0;
  for (let i = baris - 1; i < garis.length; i++) {
    kutip += (garis[i]?.match(/"/g) ?? []).length;
    if (kutip % 2 === 0) return i + 1;
  }
  return garis.length;
}

/** `teks` with the records that start on the lines of `baris` blanked (line breaks and numbers kept). */
function tanpaRekaman(teks: string, baris: ReadonlySet<number>): string {
  // Keep the separators, so the text is rebuilt with the same line breaks.
  const bagian = teks.split(/(\r\n|\r|\n)/);
  const garis = bagian.filter((_, i) => i % 2 === 0);
  for (const b of baris) {
    const akhir = ujungRekaman(garis, b);
    for (let g = b; g <= akhir; g++) garis[g - 1] = '';
  }
  return bagian.map((s, i) => (i % 2 === 0 ? (garis[i / 2] ?? '') : s)).join('');
}

/**
 * Reads a CSV register for public display. The importer (`imporCSV` from `@terbuka/sdk/csv`, passed in so
 * the CSV parser stays in its own chunk) reports each faulty entry with its file line; those records are
 * blanked (line numbers kept, so the warnings still point at the right lines) and the file is imported
 * again. An entry whose only faults are its links (an address the allow-list refuses, or a link cell with
 * no address) is not blanked: the second import runs as the public reading (`bacaanPublik`), which
 * keeps what the cell held as written, so `document` may hold a link `tautanAman` refuses — render links
 * through `tautanAman` (the widgets show such an address as plain text). `errors` and `warnings` are
 * those of the strict import. Entry ids made from the row position (`dip-p<n>`) may shift; ids from the
 * No column do not.
 */
export function csvItemSah(
  teks: string,
  impor: (teks: string, opsi: { readonly bacaanPublik: boolean }) => HasilBaca,
): HasilBacaPublik {
  const awal = impor(teks, { bacaanPublik: false });
  if (awal.ok) return { ...awal, omitted: 0 };
  const salah = new Set<number>();
  const tautan = new Set<number>();
  for (const m of awal.errors) {
    if (indeksItem(m) === undefined || m.row === undefined) return { ...awal, omitted: 0 };
    (letakTautanDitolak(m) ? tautan : salah).add(m.row);
  }
  for (const b of salah) tautan.delete(b);
  const hanyaTautan = (h: HasilBaca): boolean => h.errors.every((m) => letakTautanDitolak(m) !== undefined);
  let buang: ReadonlySet<number> = salah;
  let ulang = impor(tanpaRekaman(teks, buang), { bacaanPublik: true });
  if (!(ulang.document && hanyaTautan(ulang)) && tautan.size > 0) {
    // An importer that ignores bacaanPublik (another copy of the SDK): the link-only entries go too.
    buang = new Set([...salah, ...tautan]);
    ulang = impor(tanpaRekaman(teks, buang), { bacaanPublik: true });
  }
  return ulang.document && hanyaTautan(ulang)
    ? {
        ok: false,
        document: ulang.document,
        errors: awal.errors,
        warnings: awal.warnings,
        omitted: buang.size,
      }
    : { ...awal, omitted: 0 };
}
