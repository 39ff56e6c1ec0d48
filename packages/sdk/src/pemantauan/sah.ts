import type { Instan } from '../feed/types.js';

/** One observation of one source over successive scans (from the monitor's history). */
export interface PengamatanSumber {
  readonly observedAt: Instan;
  /** The update date the source claims (Last-Modified, sitemap lastmod, newest post). */
  readonly claimedAt?: Instan;
  /** Hash of the content; a 304 answer carries the previous content's hash. */
  readonly hash?: string;
}

// A claim up to this much after the observation is clock skew between the site and the monitor.
const TOLERANSI_MS = 5 * 60_000;

/**
 * The latest update date of one source that its content backs (anti-gaming). A date is accepted only
 * if it is not later than the first scan that saw the same content (same hash): a date that moves while
 * the hash stays is not an update, and neither is a date after its own observation. Without a hash a
 * claim cannot be checked against content and is accepted up to its observation.
 */
export function tanggalPembaruanSah(pengamatan: readonly PengamatanSumber[]): Instan | undefined {
  const urut = pengamatan
    .map((o) => ({ o, t: Date.parse(o.observedAt) }))
    .filter((x) => !Number.isNaN(x.t))
    .sort((a, b) => a.t - b.t);
  let terbaik: { t: number; s: Instan } | undefined;
  let hashSebelum: string | undefined;
  let pertama = { t: 0, s: '' };
  for (const { o, t } of urut) {
    // A scan without a hash (nothing read) neither starts nor ends a run of the same content.
    let batas = { t, s: o.observedAt };
    if (o.hash !== undefined) {
      if (o.hash !== hashSebelum) pertama = batas;
      hashSebelum = o.hash;
      batas = pertama;
    }
    if (o.claimedAt === undefined) continue;
    const klaim = Date.parse(o.claimedAt);
    if (Number.isNaN(klaim) || klaim > batas.t + TOLERANSI_MS) continue;
    // Within the tolerance the claim stands for the first sighting, never later.
    const sah = klaim > batas.t ? batas : { t: klaim, s: o.claimedAt };
    if (!terbaik || sah.t > terbaik.t) terbaik = sah;
  }
  return terbaik?.s;
}
