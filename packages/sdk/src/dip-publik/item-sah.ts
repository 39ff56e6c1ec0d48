import type { DokumenDIP, Masalah } from '../dip/types.js';
import { validasiDIP } from '../dip/validasi.js';
import type { HasilBaca } from '../dip/validasi.js';

/**
 * The public reading of a DIP with faulty entries: the register as a whole is invalid (`ok: false`, every
 * problem kept for the admin), yet a citizen should still see the entries that are right. `document`
 * holds only the entries without an error; `omitted` counts the entries left out.
 */
export interface HasilBacaPublik {
  readonly ok: boolean;
  readonly document?: DokumenDIP;
  readonly errors: Masalah[];
  readonly warnings: Masalah[];
  readonly omitted: number;
}

const POLA_ITEM = /^items\[(\d+)\]/;

/** Index of the entry a problem belongs to, or undefined for a problem of the document as a whole. */
function indeksItem(m: Masalah): number | undefined {
  const cocok = POLA_ITEM.exec(m.path);
  return cocok ? Number(cocok[1]) : undefined;
}

const polos = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Reads parsed JSON for public display: when only entries are faulty, they are dropped and the rest is
 * validated again (the same validator decides what is right; nothing is repaired). A problem of the
 * document itself (agency, format, version) leaves no document.
 */
export function jsonItemSah(input: unknown): HasilBacaPublik {
  const awal = validasiDIP(input);
  if (awal.ok || !polos(input) || !Array.isArray(input['items'])) return { ...awal, omitted: 0 };
  let items: readonly unknown[] = input['items'];
  let hasil: HasilBaca = awal;
  // Dropping an entry can settle a cross-entry rule (a repeated id); a few rounds reach a fixed point.
  for (let putaran = 0; putaran < 3 && !hasil.ok; putaran++) {
    const salah = new Set<number>();
    for (const m of hasil.errors) {
      const i = indeksItem(m);
      if (i === undefined) return { ...awal, omitted: 0 };
      salah.add(i);
    }
    items = items.filter((_, i) => !salah.has(i));
    hasil = validasiDIP({ ...input, items });
  }
  return hasil.ok && hasil.document
    ? {
        ok: false,
        document: hasil.document,
        errors: awal.errors,
        warnings: awal.warnings,
        omitted: input['items'].length - items.length,
      }
    : { ...awal, omitted: 0 };
}

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
