import type { Teks } from '../i18n/teks.js';
import type { Instan } from '../feed/types.js';
import type { KelasInterval, RingkasanAktivitas } from './types.js';
import { nomorHari, ZONA_BAKU } from '../calendar/tanggal.js';
import { tanggalDiZona } from '../calendar/zona-tanggal.js';
import { bacaZona } from '../calendar/zona.js';
import { instanArgumen } from '../calendar/instan-argumen.js';

/**
 * The interval classes: the median gap (in days) between update days that a class allows, and the
 * longest silence since the last update it survives (twice that gap); a longer silence drops the class.
 */
export const AMBANG_INTERVAL: readonly {
  readonly kelas: Exclude<KelasInterval, 'jarang' | 'tidak-diketahui'>;
  readonly medianGapDays: number;
  readonly maxSilenceDays: number;
}[] = [
  { kelas: 'harian', medianGapDays: 2, maxSilenceDays: 4 },
  { kelas: 'mingguan', medianGapDays: 10, maxSilenceDays: 20 },
  { kelas: 'bulanan', medianGapDays: 35, maxSilenceDays: 70 },
];

export const LABEL_KELAS_INTERVAL: Readonly<Record<KelasInterval, Teks>> = {
  harian: { id: 'harian', en: 'daily' },
  mingguan: { id: 'mingguan', en: 'weekly' },
  bulanan: { id: 'bulanan', en: 'monthly' },
  jarang: { id: 'jarang', en: 'rare' },
  'tidak-diketahui': { id: 'tidak diketahui', en: 'unknown' },
};

/**
 * Summarises update instants (posts, feed items, sitemap lastmod, Last-Modified; already anti-gamed)
 * at `now`. Unreadable instants and instants after `now` are ignored; the same instant twice counts once.
 *
 * A day is a calendar day in the agency's zone `zona` (`Asia/Makassar`, `WITA` … as `bacaZona` reads
 * them; WIB when absent or unknown): several updates on one local day are one update day, and an age is
 * the number of calendar days from the update's local date to `now`'s. So the day of an instant never
 * moves as `now` advances, and scans at any time of the same local day give the same summary.
 *
 * A `now` that is no valid Date throws GalatArgumen naming ringkasAktivitas and `now` (as nilaiPemantauan's
 * `now` does), not a summary of "unknown" activity: the clock is the caller's mistake, not the site's.
 */
export function ringkasAktivitas(pembaruan: readonly Instan[], now: Date, zona?: string): RingkasanAktivitas {
  const z = (zona !== undefined ? bacaZona(zona) : undefined) ?? ZONA_BAKU;
  const kini = instanArgumen('ringkasAktivitas', 'now', now).getTime();
  const unik = new Map<number, Instan>();
  for (const s of pembaruan) {
    const t = Date.parse(s);
    if (!Number.isNaN(t) && t <= kini && !unik.has(t)) unik.set(t, s);
  }
  if (unik.size === 0) return { posts30: 0, posts90: 0, intervalClass: 'tidak-diketahui' };
  const waktu = [...unik.keys()].sort((a, b) => b - a);
  const terakhir = waktu[0]!;
  const hariKe = (t: number): number => nomorHari(tanggalDiZona(new Date(t), z));
  const hariIni = hariKe(kini);
  const umurHari = waktu.map((t) => hariIni - hariKe(t));
  const diam = umurHari[0]!;
  return {
    lastUpdateAt: unik.get(terakhir)!,
    daysSinceLastUpdate: diam,
    posts30: umurHari.filter((d) => d < 30).length,
    posts90: umurHari.filter((d) => d < 90).length,
    intervalClass: kelasInterval(umurHari.filter((d) => d < 90)),
  };
}

/** The class from the ages (whole calendar days, newest first) of updates in the last 90 days. */
function kelasInterval(umur: readonly number[]): KelasInterval {
  const hari = [...new Set(umur)];
  // One update day in 90 shows no rhythm, and fewer than one a month is rare by definition.
  if (hari.length < 2) return 'jarang';
  const jarak = hari.slice(1).map((d, i) => d - hari[i]!);
  jarak.sort((a, b) => a - b);
  const m = jarak.length;
  const median = m % 2 === 1 ? jarak[(m - 1) / 2]! : (jarak[m / 2 - 1]! + jarak[m / 2]!) / 2;
  const diam = hari[0]!;
  for (const a of AMBANG_INTERVAL) if (median <= a.medianGapDays && diam <= a.maxSilenceDays) return a.kelas;
  return 'jarang';
}
