// Expected scores of the fixture world, derived by hand from the published method monev-2026.3 (DIP
// weights 28/24/8/8/12, activity 20: half recency, half regularity) — not computed by the SDK, so a
// changed weight or rule in the SDK shows up as a failing scan test.
import type { JenisBadanPublik, RingkasanAktivitas } from '@terbuka/sdk';
import type { PolaAktivitas, VarianDIP } from './konten.js';
import type { Harapan } from './rencana.js';

/** Tenths, half up: how the SDK rounds each contribution. */
export const poin = (bobot: number, a: number, b: number): number =>
  Math.floor((2 * bobot * 10 * a + b) / (2 * b)) / 10;

/**
 * The DIP part under monev-2026.3, by hand: coverage 28, current 24, DIP 8, DIK 8, recency 12. This world's
 * CSV DIP has no title rows, so no SK DIP: its "DIP" component earns 7 of 10 parts (5.6).
 */
export function poinDIP(
  varian: VarianDIP | undefined,
  kind: JenisBadanPublik,
  format: 'json' | 'csv',
): number {
  const n = kind === 'desa' ? 7 : 11;
  const h = Math.floor(n / 2);
  const dip = format === 'csv' ? poin(8, 7, 10) : 8;
  switch (varian) {
    case 'lengkap':
      return 28 + 24 + dip + 8 + 12;
    case 'separuh':
      return poin(28, h, n) + poin(24, h, n) + dip + 8 + 12;
    case 'basi':
      return 28 + 0 + dip + 8 + 0; // all covered, none current, newest entry 400 days old
    case 'tanpa-dik':
      return 28 + 24 + dip + 0 + 12;
    case undefined:
      return 0;
  }
}

/**
 * What a scan on NOW finds for each rhythm. Ages are calendar days in WIB (the world's agencies name no
 * zone): NOW is 10:00 WIB, so a post `k + 0.5` days old was at 22:00 WIB the day before and is `k + 1`
 * calendar days old — daily posts 1 to 45 days old, of which 29 (ages 1–29) fall within 30 days.
 */
export const AKTIVITAS: Record<PolaAktivitas, Omit<RingkasanAktivitas, 'lastUpdateAt'> & { poin: number }> = {
  harian: { daysSinceLastUpdate: 1, posts30: 29, posts90: 45, intervalClass: 'harian', poin: 20 },
  mingguan: { daysSinceLastUpdate: 3, posts30: 4, posts90: 13, intervalClass: 'mingguan', poin: 20 },
  // recency full (11 days), regularity half
  bulanan: { daysSinceLastUpdate: 11, posts30: 1, posts90: 3, intervalClass: 'bulanan', poin: 15 },
  jarang: { daysSinceLastUpdate: 201, posts30: 0, posts90: 0, intervalClass: 'jarang', poin: 0 },
  'tidak-ada': { posts30: 0, posts90: 0, intervalClass: 'tidak-diketahui', poin: 0 },
};
/** One dated update (the home page's Last-Modified) shows no rhythm: recency only, half the weight. */
const SATU_TANGGAL = (hari: number) => ({
  daysSinceLastUpdate: hari,
  posts30: 1,
  posts90: 1,
  intervalClass: 'jarang' as const,
  poin: 10,
});

export function aktivitasHarapan(h: Harapan) {
  // USIA_STATIS_HARI (20.5) before 10:00 WIB is 22:00 WIB 21 calendar days before.
  if (h.jenis === 'statis') return SATU_TANGGAL(21);
  if (h.jenis === 'curang' || h.jenis === 'berubah') return SATU_TANGGAL(0);
  return AKTIVITAS[h.pola];
}

/** The expected score of an agency scanned on the world's `now`. */
export function skorHarapan(h: Harapan, kind: JenisBadanPublik): number {
  return (
    Math.round((poinDIP(h.dip?.varian, kind, h.dip?.format ?? 'json') + aktivitasHarapan(h).poin) * 10) / 10
  );
}
