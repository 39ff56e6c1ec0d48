import type { Teks } from '../i18n/teks.js';
import { KODE_BAND, RUPA_BAND, type KodeBand } from '../lencana/band.js';
import type { DasarHukum } from '../standard/types.js';

// The codes, names and colours are in lencana/band.ts, which a feed badge carries without this module.
export { KODE_BAND, type KodeBand };

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

/** Lowest score of each band (inclusive); a band runs up to the next band's `min` (exclusive). */
const MIN: Readonly<Record<KodeBand, number>> = {
  informatif: 90,
  'menuju-informatif': 80,
  'cukup-informatif': 60,
  'kurang-informatif': 40,
  'tidak-informatif': 0,
};

/** Highest band first. */
export const BAND_MONEV: readonly BandMonev[] = RUPA_BAND.map((b) => ({
  code: b.code,
  label: b.label,
  min: MIN[b.code],
  colour: b.colour,
  basis: [PERKI_1_2022],
}));

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
