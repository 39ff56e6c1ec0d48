import type { Teks } from '../i18n/teks.js';

// The bands as every badge draws them: codes, names, colours and the lowest score of each (a feed badge
// checks that an entry's band is its score's). scoring/band.ts adds each band's legal basis (BAND_MONEV);
// apart so that a feed badge carries no scoring rule or legal text.

/** Band codes, highest first. */
export type KodeBand =
  'informatif' | 'menuju-informatif' | 'cukup-informatif' | 'kurang-informatif' | 'tidak-informatif';

/** A band's name and its badge colours. */
export interface RupaBand {
  readonly code: KodeBand;
  readonly label: Teks;
  /** Badge fill and text colour; every pair meets WCAG AA (contrast ≥ 4.5:1). */
  readonly colour: { readonly fill: string; readonly text: string };
  /** Lowest score in the band (inclusive); the band runs up to the next band's `min` (exclusive). */
  readonly min: number;
}

/** Highest band first. */
export const RUPA_BAND: readonly RupaBand[] = [
  {
    code: 'informatif',
    label: { id: 'Informatif', en: 'Informative' },
    colour: { fill: '#1B5E20', text: '#FFFFFF' },
    min: 90,
  },
  {
    code: 'menuju-informatif',
    label: { id: 'Menuju Informatif', en: 'Towards Informative' },
    colour: { fill: '#7CB342', text: '#000000' },
    min: 80,
  },
  {
    code: 'cukup-informatif',
    label: { id: 'Cukup Informatif', en: 'Fairly Informative' },
    colour: { fill: '#FFC107', text: '#000000' },
    min: 60,
  },
  {
    code: 'kurang-informatif',
    label: { id: 'Kurang Informatif', en: 'Less Informative' },
    colour: { fill: '#C2410C', text: '#FFFFFF' },
    min: 40,
  },
  {
    code: 'tidak-informatif',
    label: { id: 'Tidak Informatif', en: 'Not Informative' },
    colour: { fill: '#B71C1C', text: '#FFFFFF' },
    min: 0,
  },
];

/** Band codes, highest first: read from RUPA_BAND, so every badge carries each code once. */
export const KODE_BAND: readonly KodeBand[] = RUPA_BAND.map((b) => b.code);

/**
 * The band of a score 0–100 (Perki 1/2022's limits), as its index in RUPA_BAND. Bands are continuous:
 * 89.95 is still Menuju Informatif (80–89.9 in the regulation means "below 90"), 90 is Informatif. The
 * last band's `min` is 0, so a score in range always finds one; `bandMonev` checks the range.
 */
export const indeksBand = (skor: number): number => RUPA_BAND.findIndex((b) => skor >= b.min);
