import type { Teks } from '@terbuka/sdk';
import { SALINAN_TERSIMPAN } from './pesan-salinan.js';

/**
 * The badge's words for problems: a source that fails or is not set, an agency missing from the feed,
 * a feed that is not verified. Loaded with import() only when the
 * badge has such a problem to show (badge/kata-masalah.ts); part of the one catalog (pesan-lencana.ts).
 */
export const PESAN_LENCANA_MASALAH = {
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
    id: 'Feed pemantauan tidak sah; skor tidak ditampilkan.',
    en: 'The monitoring feed is invalid; no score is shown.',
  },
  // Self-assessed mode: a file the score needs (the DIP reading beside the script) did not load.
  galatBagian: {
    id: 'Bagian lencana yang diperlukan untuk menghitung skor tidak dapat dimuat. Muat ulang halaman; bila tetap begitu, pengelola situs perlu memastikan semua berkas Terbuka ada di folder yang sama dengan skripnya.',
    en: 'A part of the badge needed to compute the score could not be loaded. Reload the page; if it persists, the site administrator needs to make sure every Terbuka file sits in the same folder as its script.',
  },
  dipTidakSah: {
    id: 'DIP tidak dapat dibaca, jadi skor tidak dapat dihitung.',
    en: 'The DIP cannot be read, so no score can be computed.',
  },
  tidakAdaDiFeed: {
    id: 'Badan publik "{agency}" tidak ada dalam feed pemantauan.',
    en: 'The agency "{agency}" is not in the monitoring feed.',
  },
  /** The agency not in a feed whose signature did not verify: its absence is only that feed's claim. */
  tidakAdaDiFeedTakTerverifikasi: {
    id: 'Badan publik "{agency}" tidak ada dalam feed pemantauan, tetapi feed itu tidak terverifikasi, jadi hal itu tidak dapat dipastikan.',
    en: 'The agency "{agency}" is not in the monitoring feed, but that feed is not verified, so this cannot be relied on.',
  },
  tanpaKunci: {
    id: 'Tidak dapat diverifikasi: halaman ini belum memasang kunci publik pemantau (atribut key).',
    en: "Cannot be verified: this page has not pinned the monitor's public key (the key attribute).",
  },
  /** A pinned key not written as a public key is (kata-masalah.ts, kataVerifikasi); `{n}` its length. */
  kunciSalahBentuk: {
    id: 'Tidak dapat diverifikasi: atribut key memuat kunci yang tidak sah ({n} karakter; kunci publik pemantau ditulis 43 karakter A–Z, a–z, 0–9, - dan _). Salin lagi dari pengumuman resmi Dinkominfo.',
    en: "Cannot be verified: the key attribute holds an invalid key ({n} characters; the monitor's public key is 43 characters of A–Z, a–z, 0–9, - and _). Copy it again from Dinkominfo's official announcement.",
  },
  /** Over a badge shown from a saved copy because the update failed (shared with every element). */
  salinanTersimpan: SALINAN_TERSIMPAN,
} as const satisfies Record<string, Teks>;
