import type { Teks } from '@terbuka/sdk';
import { COBA_LAGI, SALINAN_TERSIMPAN } from './pesan-bersama.js';

/**
 * The messages of `<ppid-badge>`, part of the one catalog (pesan.ts re-exports them) but in their own
 * module, so the badge carries only its own. Its face (band, "per 28 Nov 2026", "Penilaian mandiri")
 * comes from the SDK layout.
 */
export const PESAN_LENCANA = {
  memuat: { id: 'Memuat lencana keterbukaan informasi…', en: 'Loading the information openness badge…' },
  tidakTersedia: { id: 'Lencana tidak tersedia', en: 'Badge unavailable' },
  tanpaSumber: {
    id: 'Sumber lencana belum diatur: isi atribut feed dan agency, atau src.',
    en: 'No badge source is set: set the feed and agency attributes, or src.',
  },
  galatJaringan: {
    id: 'Lencana tidak dapat dimuat karena sambungan bermasalah.',
    en: 'The badge could not be loaded because of a connection problem.',
  },
  galatWaktu: {
    id: 'Lencana tidak dapat dimuat: server terlalu lama menjawab.',
    en: 'The badge could not be loaded: the server took too long to answer.',
  },
  galatHttp: {
    id: 'Lencana tidak dapat dimuat (server menjawab {status}).',
    en: 'The badge could not be loaded (the server answered {status}).',
  },
  feedTidakSah: {
    id: 'Feed pemantauan tidak sah, jadi tidak ada skor yang ditampilkan.',
    en: 'The monitoring feed is invalid, so no score is shown.',
  },
  dipTidakSah: {
    id: 'DIP tidak dapat dibaca, jadi skor tidak dapat dihitung.',
    en: 'The DIP cannot be read, so no score can be computed.',
  },
  tidakAdaDiFeed: {
    id: 'Badan publik "{agency}" tidak ada dalam feed pemantauan.',
    en: 'The agency "{agency}" is not in the monitoring feed.',
  },
  /** Added to a verified badge's accessible name. */
  terverifikasi: {
    id: 'Terverifikasi: tanda tangan digital feed pemantauan sah.',
    en: 'Verified: the digital signature of the monitoring feed is valid.',
  },
  /** The visible source line of a verified badge (in place of "Hasil pemantauan"). */
  hasilTerverifikasi: { id: 'Hasil terverifikasi', en: 'Verified result' },
  /** When the sentence saying why could not be loaded. */
  tidakTerverifikasi: {
    id: 'Tanda tangan digital feed pemantauan tidak terverifikasi.',
    en: 'The digital signature of the monitoring feed is not verified.',
  },
  tanpaKunci: {
    id: 'Tidak dapat diverifikasi: halaman ini belum memasang kunci publik pemantau (atribut key).',
    en: "Cannot be verified: this page has not pinned the monitor's public key (the key attribute).",
  },
  cobaLagi: COBA_LAGI,
  salinanTersimpan: SALINAN_TERSIMPAN,
} as const satisfies Record<string, Teks>;
