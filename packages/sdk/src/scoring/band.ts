import type { Teks } from '../i18n/teks.js';
import type { DasarHukum } from '../standard/types.js';

/** Band codes, highest first. */
export const KODE_BAND = [
  'informatif',
  'menuju-informatif',
  'cukup-informatif',
  'kurang-informatif',
  'tidak-informatif',
] as const;
export type KodeBand = (typeof KODE_BAND)[number];

/** A qualification band of the Komisi Informasi's yearly Monev, with the colours a badge uses. */
export interface BandMonev {
  readonly code: KodeBand;
  readonly label: Teks;
  /** Lowest score in the band (inclusive); the band runs up to the next band's `min` (exclusive). */
  readonly min: number;
  /** Badge fill and text colour; every pair meets WCAG AA (contrast ≥ 4.5:1). */
  readonly colour: { readonly fill: string; readonly text: string };
  readonly basis: readonly DasarHukum[];
}

const PERKI_1_2022: DasarHukum = {
  instrument: 'Perki 1/2022 (Monitoring dan Evaluasi Keterbukaan Informasi Publik)',
  verified: false,
  note: {
    id: 'Batas kualifikasi sesuai Perki 1/2022; nomor pasal belum dikonfirmasi.',
    en: 'Qualification limits as in Perki 1/2022; the article number is unconfirmed.',
  },
};

/** Highest band first. */
export const BAND_MONEV: readonly BandMonev[] = [
  {
    code: 'informatif',
    label: { id: 'Informatif', en: 'Informative' },
    min: 90,
    colour: { fill: '#1B5E20', text: '#FFFFFF' },
    basis: [PERKI_1_2022],
  },
  {
    code: 'menuju-informatif',
    label: { id: 'Menuju Informatif', en: 'Towards Informative' },
    min: 80,
    colour: { fill: '#7CB342', text: '#000000' },
    basis: [PERKI_1_2022],
  },
  {
    code: 'cukup-informatif',
    label: { id: 'Cukup Informatif', en: 'Fairly Informative' },
    min: 60,
    colour: { fill: '#FFC107', text: '#000000' },
    basis: [PERKI_1_2022],
  },
  {
    code: 'kurang-informatif',
    label: { id: 'Kurang Informatif', en: 'Less Informative' },
    min: 40,
    colour: { fill: '#C2410C', text: '#FFFFFF' },
    basis: [PERKI_1_2022],
  },
  {
    code: 'tidak-informatif',
    label: { id: 'Tidak Informatif', en: 'Not Informative' },
    min: 0,
    colour: { fill: '#B71C1C', text: '#FFFFFF' },
    basis: [PERKI_1_2022],
  },
];

/**
 * The band of a score 0–100. Bands are continuous: 89.95 is still Menuju Informatif (80–89.9 in the
 * regulation means "below 90"), 90 is Informatif. NaN and scores outside 0–100 are a RangeError.
 */
export function bandMonev(skor: number): BandMonev {
  if (!Number.isFinite(skor) || skor < 0 || skor > 100)
    throw new RangeError(`Skor harus 0–100 / score must be 0–100: ${skor}`);
  // The last band has min 0, so a score in range always finds one.
  return BAND_MONEV.find((b) => skor >= b.min) ?? (BAND_MONEV[BAND_MONEV.length - 1] as BandMonev);
}
