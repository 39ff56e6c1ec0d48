import type { BarisDIP } from './baris.js';

/**
 * Entries rendered at first, and added per step as the reader scrolls near the end: a 10,000-entry DIP
 * renders and filters as fast as a short one. Counts always speak of every entry; printing renders all.
 * A step is what one tap costs: opening a tab, a keystroke that changes the matches or "Tampilkan lagi"
 * builds a step's entries before the next frame, and lays out those on the screen (the others the frame
 * after: .tunda in daftar.styles.ts). On a budget phone (CPU 4×, 5,000 entries) 50 entries took a tab click
 * to 136–360 ms (Chrome's "good" is ≤ 200 ms); 25 still fill several phone screens (an entry is ~250–400 px
 * tall at 360 px) and cost about half.
 */
export const LANGKAH_TAMPIL = 25;

/**
 * Up to this many entries, scrolling near the end of a list that grows with the page adds the next step;
 * past it only the "show more" button does. A list that kept growing under the reader's thumb made the page
 * below it unreachable (a 2,000-entry register took 388 phone screens to reach the request form under it)
 * and moved the next widget away from a tap aimed at it. 150 (the first step and five more) shows a typical
 * register (an OPD's or a desa's berkala entries: tens to about a hundred and fifty) whole by scrolling alone,
 * and bounds a large one to about 150 entries of page. A list with its own scroll area (`--ppid-height`)
 * stays unbounded: its height does not change, so the page below stays where it is.
 */
export const BATAS_OTOMATIS = LANGKAH_TAMPIL * 6;

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
