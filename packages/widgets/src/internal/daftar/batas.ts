import type { BarisDIP } from './baris.js';

/**
 * Entries rendered at first, and added per step as the reader scrolls near the end: a 10,000-entry DIP
 * renders and filters as fast as a short one. Counts always speak of every entry; printing renders all.
 */
export const LANGKAH_TAMPIL = 50;

/** Groups cut to the first `batas` entries in display order; `tampil` of `total` entries are kept. */
export function batasiKelompok<K extends { readonly baris: readonly BarisDIP[] }>(
  kelompok: readonly K[],
  batas: number,
): { kelompok: K[]; tampil: number; total: number } {
  const hasil: K[] = [];
  let tampil = 0;
  let total = 0;
  for (const g of kelompok) {
    total += g.baris.length;
    const sisa = batas - tampil;
    if (sisa <= 0) continue;
    const baris = g.baris.length > sisa ? g.baris.slice(0, sisa) : g.baris;
    hasil.push(baris === g.baris ? g : { ...g, baris });
    tampil += baris.length;
  }
  return { kelompok: hasil, tampil, total };
}
