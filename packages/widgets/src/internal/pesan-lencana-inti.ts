import type { Teks } from '@terbuka/sdk';
import { COBA_LAGI } from './pesan-bersama.js';

/**
 * The badge's words for the way it looks when all is well (its face — band, "per 28 Nov 2026",
 * "Penilaian mandiri" — comes from the SDK layout). Every agency page carries these; the words for
 * problems are in pesan-lencana-masalah.ts, loaded only when there is a problem to show.
 */
export const PESAN_LENCANA_INTI = {
  memuat: { id: 'Memuat lencana keterbukaan informasi…', en: 'Loading the information openness badge…' },
  /** The heading of the error and empty cards (also shown alone if the problem words fail to load). */
  tidakTersedia: { id: 'Lencana tidak tersedia', en: 'Badge unavailable' },
  /** Added to a verified badge's accessible name. */
  terverifikasi: {
    id: 'Terverifikasi: tanda tangan digital feed pemantauan sah.',
    en: 'Verified: the digital signature of the monitoring feed is valid.',
  },
  /** The visible source line of a verified badge (in place of "Hasil pemantauan"). */
  hasilTerverifikasi: { id: 'Hasil terverifikasi', en: 'Verified result' },
  // Shared with every element (pesan-bersama.ts, in the chunk all of them load): lazy, it would only
  // split that module into a chunk of its own.
  cobaLagi: COBA_LAGI,
} as const satisfies Record<string, Teks>;
