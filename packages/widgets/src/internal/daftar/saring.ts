import { normalisasi } from '@terbuka/sdk';
import type { BarisDIP } from './baris.js';

/** What the reader asked for: words to find (any case, any accents) and a year. */
export interface Saringan {
  readonly kueri: string;
  readonly tahun?: number;
}

/** Entries containing every word of the query (as typed: "keuang" finds "keuangan") in the given year. */
export function saring(baris: readonly BarisDIP[], s: Saringan): BarisDIP[] {
  const kata = normalisasi(s.kueri)
    .split(' ')
    .filter((k) => k !== '');
  if (kata.length === 0 && s.tahun === undefined) return [...baris];
  return baris.filter(
    (b) => (s.tahun === undefined || b.tahun === s.tahun) && kata.every((k) => b.kunci.includes(k)),
  );
}

/** The years present, newest first. */
export function daftarTahun(baris: readonly BarisDIP[]): number[] {
  return [...new Set(baris.map((b) => b.tahun).filter((t): t is number => t !== undefined))].sort(
    (a, b) => b - a,
  );
}
