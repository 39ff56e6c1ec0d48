import type { Teks } from '../i18n/teks.js';
import type { KodeKomponenDIP } from '../scoring/bobot.js';
import type { KelasInterval } from './types.js';

/**
 * The monitor's method. Changing any weight or threshold here changes this version, so two published
 * scores with the same version were computed the same way.
 */
export const METODE_PEMANTAUAN_VERSI = 'monev-2026.3';

/**
 * The DIP components keep their proportions at 80 of 100 (each DIP weight × 0.8); website activity
 * weighs 20. So a perfect DIP on a silent site reaches 80 (Menuju Informatif) but not Informatif, and
 * activity alone, without a DIP, stays at 20 (Tidak Informatif).
 */
export const BOBOT_PEMANTAUAN: Readonly<Record<KodeKomponenDIP, number>> = {
  'cakupan-berkala': 28,
  'berkala-terkini': 24,
  dip: 8,
  dik: 8,
  pembaruan: 12,
};
export const BOBOT_AKTIVITAS = 20;
export const KODE_AKTIVITAS = 'aktivitas-situs';

/** Recency half of the activity: full up to 30 days since the last update, none from 90 days. */
export const AMBANG_KEBARUAN_SITUS = { fullDays: 30, zeroDays: 90 } as const;

/**
 * Regularity half of the activity, by interval class. Daily earns no more than weekly: a PPID site is
 * not a news site, and rewarding volume would reward filler posts.
 */
export const NILAI_KELAS_INTERVAL: Readonly<Record<KelasInterval, number>> = {
  harian: 1,
  mingguan: 1,
  bulanan: 0.5,
  jarang: 0,
  'tidak-diketahui': 0,
};

export const KOMPONEN_AKTIVITAS: { readonly label: Teks; readonly why: Teks } = {
  label: { id: 'Aktivitas situs web dan kanal resmi', en: 'Activity of the website and official channels' },
  why: {
    id:
      'Pemantau situs pemerintah (seperti Monita Diskominfo) menilai seberapa aktif dan teratur situs ' +
      'diperbarui; situs dianggap mutakhir bila berubah dalam 3 bulan terakhir.',
    en:
      'Monitors of government websites (such as Diskominfo’s Monita) follow how active and regular a site ' +
      'is; a site counts as current only if it changed within the last 3 months.',
  },
};
