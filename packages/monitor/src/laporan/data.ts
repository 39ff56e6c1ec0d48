import type { JenisBadanPublik } from '@terbuka/sdk';
import type { CatatanPindai, Pengamatan, TidakDinilai } from '../types.js';
import type { Penerbit } from './kerangka.js';

/** One past scan's result: what the score history shows (the full records are not kept in memory). */
export interface TitikRiwayat {
  readonly scannedAt: string;
  readonly score: number;
  readonly band: CatatanPindai['band'];
  readonly methodVersion: string;
  /** robots.txt kept this scan out: its score is not a result (not drawn, not listed as a number). */
  readonly notAssessed?: boolean;
}

/** One agency as the report shows it: its latest scan, its whole history, and what the feed says. */
export interface AgensiLaporan {
  readonly id: string;
  /**
   * The scan the score comes from: the newest, or the newest that reached the site (`gagalTerakhir`). When
   * it carries `notAssessed`, the agency has no score at all (see `dinilai`).
   */
  readonly latest: CatatanPindai;
  /**
   * When newer scans could not reach (or assess) the site while an older result is still valid: the newest
   * such scan's instant. The score stands from `latest`, and the report says the latest scan failed.
   */
  readonly gagalTerakhir?: string;
  /** That newest scan read the home page but could not reach the DIP (`dipTakTerjangkau`). */
  readonly dipGagalTerakhir?: boolean;
  /**
   * The newest scan's home page and DIP addresses refused as local/private (`ditolakLokal`), when an
   * earlier result stands (`gagalTerakhir`): the report names that refusal rather than a plain failure.
   */
  readonly ditolakTerakhir?: readonly Pengamatan[];
  /** The newest scan could not assess the site (robots.txt kept the monitor out): why, and what to do. */
  readonly tidakDinilai?: TidakDinilai;
  /** Every scan's result, oldest first (the latest included). */
  readonly history: readonly TitikRiwayat[];
  readonly expiresAt: string;
  /** Competition rank by score (equal scores share a rank); none for an agency without a score. */
  readonly rank?: number;
}

export interface DataLaporan {
  readonly issuer: Penerbit;
  readonly generatedAt: string;
  /** Best score first; equal scores by name. */
  readonly agencies: readonly AgensiLaporan[];
  readonly methodVersions: readonly string[];
  /**
   * The report's public address, ending in `/` (publish's --base-url, where the feed's evidence URLs
   * point): the pages' language alternates and canonical address are absolute under it; relative without.
   */
  readonly baseUrl?: string;
}

/**
 * The home page and DIP addresses the monitor refused because they resolved to a local or private address
 * (`alamat-terlarang`): its own guard, said in words on the evidence page and the leaderboard.
 */
export const ditolakLokal = (c: CatatanPindai): readonly Pengamatan[] =>
  (c.observations ?? []).filter(
    (o) =>
      (o.kind === 'beranda' || o.kind === 'dip') && !o.optional && o.failure?.reason === 'alamat-terlarang',
  );

/** The kind of an agency, `lainnya` when the record has none. */
export const jenisAgensi = (a: AgensiLaporan): JenisBadanPublik => a.latest.agency.kind ?? 'lainnya';

/**
 * The agency has a score: false when its newest scan could not assess the site and no earlier result is
 * still valid. It is then listed as "Tidak dapat dinilai", after every ranked agency, with no rank.
 */
export const dinilai = (a: Pick<AgensiLaporan, 'latest'>): boolean => a.latest.notAssessed === undefined;

/** The leaderboard order and ranks: ranked agencies by score, then those without a score by name. */
export function urutkanPeringkat(agencies: readonly Omit<AgensiLaporan, 'rank'>[]): AgensiLaporan[] {
  const nama = (a: Omit<AgensiLaporan, 'rank'>, b: Omit<AgensiLaporan, 'rank'>): number =>
    a.latest.agency.name.localeCompare(b.latest.agency.name, 'id') || (a.id < b.id ? -1 : 1);
  const urut = agencies.filter(dinilai).sort((a, b) => b.latest.score - a.latest.score || nama(a, b));
  let rank = 0;
  return [
    ...urut.map((a, i) => {
      if (i === 0 || a.latest.score !== urut[i - 1]!.latest.score) rank = i + 1;
      return { ...a, rank };
    }),
    ...agencies.filter((a) => !dinilai(a)).sort(nama),
  ];
}

/** The result was already past its expiry when the report was published (an agency no longer scanned). */
export const kedaluwarsa = (a: AgensiLaporan, generatedAt: string): boolean =>
  Date.parse(a.expiresAt) <= Date.parse(generatedAt);
