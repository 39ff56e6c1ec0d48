import type { DokumenDIP, Masalah, MasalahMentah } from '../dip/types.js';
import { validasiDIPMentahDengan } from '../dip/periksa.js';
import type { HasilBacaMentah, IntiUntuk } from '../dip/periksa.js';

// The public reading without the problem words: a page showing the valid entries loads no sentence;
// item-sah.ts words the problems for callers that want them at once.

/**
 * The public reading of a DIP with faulty entries: the register as a whole is invalid (`ok: false`, every
 * problem kept for the admin), yet a citizen should still see the entries that are right. `document`
 * holds only the entries without an error; `omitted` counts the entries left out.
 */
export interface HasilBacaPublik<M = Masalah> {
  readonly ok: boolean;
  readonly document?: DokumenDIP;
  readonly errors: M[];
  readonly warnings: M[];
  readonly omitted: number;
}

const POLA_ITEM = /^items\[(\d+)\]/;

/** Index of the entry a problem belongs to, or undefined for a problem of the document as a whole. */
export function indeksItem(m: { readonly path: string }): number | undefined {
  const cocok = POLA_ITEM.exec(m.path);
  return cocok ? Number(cocok[1]) : undefined;
}

const polos = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Reads parsed JSON for public display, `fulfils` checked against `intiUntuk(kind)` (as
 * `validasiDIPMentahDengan`; `jsonItemSahMentah` in item-sah.ts passes both cores): when only entries
 * are faulty, they are dropped and the rest is validated again (the same validator decides what is
 * right; nothing is repaired). A problem of the
 * document itself (agency, format, version) leaves no document. Problems unworded: `uraikanHasil`
 * (dip/kata-validasi.ts) words them; `jsonItemSah` does both.
 */
export function jsonItemSahMentahDengan(
  input: unknown,
  intiUntuk: IntiUntuk,
): HasilBacaPublik<MasalahMentah> {
  const awal = validasiDIPMentahDengan(input, intiUntuk);
  if (awal.ok || !polos(input) || !Array.isArray(input['items'])) return { ...awal, omitted: 0 };
  let items: readonly unknown[] = input['items'];
  let hasil: HasilBacaMentah = awal;
  // Dropping an entry can settle a cross-entry rule (a repeated id); a few rounds reach a fixed point.
  for (let putaran = 0; putaran < 3 && !hasil.ok; putaran++) {
    const salah = new Set<number>();
    for (const m of hasil.errors) {
      const i = indeksItem(m);
      if (i === undefined) return { ...awal, omitted: 0 };
      salah.add(i);
    }
    items = items.filter((_, i) => !salah.has(i));
    hasil = validasiDIPMentahDengan({ ...input, items }, intiUntuk);
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
