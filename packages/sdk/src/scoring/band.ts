import { KODE_BAND, RUPA_BAND, indeksBand, type KodeBand, type RupaBand } from '../lencana/band.js';
import type { DasarHukum } from '../standard/types.js';

// The codes, names, colours and limits are in lencana/band.ts, which a feed badge carries without this
// module.
export { KODE_BAND, type KodeBand };

/** A band of the Komisi Informasi's yearly Monev: code, name, colours, lowest score and legal basis. */
export interface BandMonev extends RupaBand {
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
export const BAND_MONEV: readonly BandMonev[] = RUPA_BAND.map((b) => ({ ...b, basis: [PERKI_1_2022] }));

/**
 * The band of a score 0–100. Bands are continuous: 89.95 is still Menuju Informatif (80–89.9 in the
 * regulation means "below 90"), 90 is Informatif. NaN and scores outside 0–100 are a RangeError.
 */
export function bandMonev(skor: number): BandMonev {
  if (!Number.isFinite(skor) || skor < 0 || skor > 100)
    throw new RangeError(`Skor harus 0–100 / score must be 0–100: ${skor}`);
  return BAND_MONEV[indeksBand(skor)] as BandMonev;
}
