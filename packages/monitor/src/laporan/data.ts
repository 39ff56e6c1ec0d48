import type { JenisBadanPublik } from '@terbuka/sdk';
import type { CatatanPindai } from '../types.js';
import type { Penerbit } from './kerangka.js';

/** One past scan's result: what the score history shows (the full records are not kept in memory). */
export interface TitikRiwayat {
  readonly scannedAt: string;
  readonly score: number;
  readonly band: CatatanPindai['band'];
  readonly methodVersion: string;
}

/** One agency as the report shows it: its latest scan, its whole history, and what the feed says. */
export interface AgensiLaporan {
  readonly id: string;
  /** The scan the score comes from: the newest, or the newest that reached the site (`gagalTerakhir`). */
  readonly latest: CatatanPindai;
  /**
   * When newer scans could not reach the site while an older result is still valid: the newest such
   * scan's instant. The score stands from `latest`, and the report says the site was not reached.
   */
  readonly gagalTerakhir?: string;
  /** Every scan's result, oldest first (the latest included). */
  readonly history: readonly TitikRiwayat[];
  readonly expiresAt: string;
  /** Competition rank by score (equal scores share a rank). */
  readonly rank: number;
}

export interface DataLaporan {
  readonly issuer: Penerbit;
  readonly generatedAt: string;
  /** Best score first; equal scores by name. */
  readonly agencies: readonly AgensiLaporan[];
  readonly methodVersions: readonly string[];
}

/** The kind of an agency, `lainnya` when the record has none. */
export const jenisAgensi = (a: AgensiLaporan): JenisBadanPublik => a.latest.agency.kind ?? 'lainnya';

/** The leaderboard order and ranks. */
export function urutkanPeringkat(agencies: readonly Omit<AgensiLaporan, 'rank'>[]): AgensiLaporan[] {
  const urut = [...agencies].sort(
    (a, b) =>
      b.latest.score - a.latest.score ||
      a.latest.agency.name.localeCompare(b.latest.agency.name, 'id') ||
      (a.id < b.id ? -1 : 1),
  );
  let rank = 0;
  return urut.map((a, i) => {
    if (i === 0 || a.latest.score !== urut[i - 1]!.latest.score) rank = i + 1;
    return { ...a, rank };
  });
}

/** The result was already past its expiry when the report was published (an agency no longer scanned). */
export const kedaluwarsa = (a: AgensiLaporan, generatedAt: string): boolean =>
  Date.parse(a.expiresAt) <= Date.parse(generatedAt);
