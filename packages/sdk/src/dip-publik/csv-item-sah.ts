import type { HasilBaca } from '../dip/validasi.js';
import { indeksItem } from './item-sah-mentah.js';
import type { HasilBacaPublik } from './item-sah-mentah.js';

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

/**
 * Reads a CSV register for public display. The importer (`imporCSV` from `@terbuka/sdk/csv`, passed in so
 * the CSV parser stays in its own chunk) reports each faulty entry with its file line; those records are
 * blanked (line numbers kept, so the warnings still point at the right lines) and the file is imported
 * again. Entry ids made from the row position (`dip-p<n>`) may shift; ids from the No column do not.
 */
export function csvItemSah(teks: string, impor: (teks: string) => HasilBaca): HasilBacaPublik {
  const awal = impor(teks);
  if (awal.ok) return { ...awal, omitted: 0 };
  const baris = new Set<number>();
  for (const m of awal.errors) {
    if (indeksItem(m) === undefined || m.row === undefined) return { ...awal, omitted: 0 };
    baris.add(m.row);
  }
  // Keep the separators, so the text is rebuilt with the same line breaks.
  const bagian = teks.split(/(\r\n|\r|\n)/);
  const garis = bagian.filter((_, i) => i % 2 === 0);
  for (const b of baris) {
    const akhir = ujungRekaman(garis, b);
    for (let g = b; g <= akhir; g++) garis[g - 1] = '';
  }
  const bersih = bagian.map((s, i) => (i % 2 === 0 ? (garis[i / 2] ?? '') : s)).join('');
  const ulang = impor(bersih);
  return ulang.ok && ulang.document
    ? {
        ok: false,
        document: ulang.document,
        errors: awal.errors,
        warnings: awal.warnings,
        omitted: baris.size,
      }
    : { ...awal, omitted: 0 };
}
