import type { Teks } from '../i18n/teks.js';

/** The components of the DIP score. */
export type KodeKomponenDIP = 'cakupan-berkala' | 'berkala-terkini' | 'dip' | 'dik' | 'pembaruan';

/**
 * The published weights of the DIP score (sum 100). Changing any weight or rule changes
 * `METODE_VERSI`, so two published scores with the same version were computed the same way.
 */
export const BOBOT: Readonly<Record<KodeKomponenDIP, number>> = {
  'cakupan-berkala': 35,
  'berkala-terkini': 30,
  dip: 10,
  dik: 10,
  pembaruan: 15,
};

export const METODE_VERSI = 'dip-2026.1';

/** Order in which components are listed in results and explanations. */
export const URUTAN_KOMPONEN: readonly KodeKomponenDIP[] = [
  'cakupan-berkala',
  'berkala-terkini',
  'dip',
  'dik',
  'pembaruan',
];

/** What each component measures and why it weighs what it does: shown beside the score. */
export const KOMPONEN_DIP: Readonly<Record<KodeKomponenDIP, { label: Teks; why: Teks }>> = {
  'cakupan-berkala': {
    label: { id: 'Cakupan item wajib berkala', en: 'Coverage of mandatory periodic items' },
    why: {
      id: 'Kewajiban inti UU KIP Pasal 9: setiap item informasi berkala wajib diumumkan.',
      en: 'The core duty of UU KIP Article 9: every mandatory periodic item must be published.',
    },
  },
  'berkala-terkini': {
    label: { id: 'Item wajib berkala yang terkini', en: 'Mandatory periodic items kept current' },
    why: {
      id: 'Informasi berkala diperbarui paling lambat setiap 6 bulan; Monev memeriksa usia item berkala.',
      en: 'Periodic information is renewed at least every 6 months; the Monev checks the age of periodic items.',
    },
  },
  dip: {
    label: { id: 'DIP tersedia dan ditetapkan', en: 'DIP published and decreed' },
    why: {
      id: 'Monev memeriksa DIP daring; DIP ditetapkan dengan keputusan PPID (SK DIP).',
      en: 'The Monev checks for an online DIP; the DIP is set by a PPID decision (SK DIP).',
    },
  },
  dik: {
    label: { id: 'Daftar informasi dikecualikan (DIK)', en: 'List of exempt information (DIK)' },
    why: {
      id: 'Monev memeriksa DIK daring; pengecualian sah hanya setelah uji konsekuensi yang terdokumentasi.',
      en: 'The Monev checks for an online DIK; an exemption is valid only after a documented consequence test.',
    },
  },
  pembaruan: {
    // The DIP's own dates (its entries'), not the website's: the monitor scores the site apart.
    label: { id: 'Kebaruan entri DIP terbaru', en: 'Recency of the newest DIP entry' },
    why: {
      id: 'Tanggal entri DIP terbaru menunjukkan apakah DIP masih dipelihara. Ambang 3 bulannya mengikuti pemantau situs pemerintah, yang menganggap situs mutakhir bila berubah dalam 3 bulan terakhir.',
      en: 'The date of the newest DIP entry shows whether the DIP is still kept up. Its 3-month threshold follows monitors of government websites, which count a site as current only if it changed within 3 months.',
    },
  },
};
