import type { JenisBadanPublik } from '../standard/types.js';
import type { KodeBand } from '../lencana/band.js';

export const FEED_FORMAT = 'terbuka-feed';
export const FEED_VERSION = 1;

/** An instant in ISO 8601 with its offset, e.g. `2026-11-28T09:00:00+07:00` or `…Z`. */
export type Instan = string;

/** One agency's published result in the monitoring feed. */
export interface EntriFeed {
  readonly agencyId: string;
  readonly name: string;
  readonly kind?: JenisBadanPublik;
  /** 0–100, one decimal, as computed by the SDK's scoring. */
  readonly score: number;
  readonly band: KodeBand;
  readonly evaluatedAt: Instan;
  /** After this instant the entry is stale: a badge must not show it as current. */
  readonly expiresAt: Instan;
  readonly methodVersion: string;
  /** The page that shows the evidence behind the score. */
  readonly evidenceUrl: string;
}

/**
 * The monitoring feed a Dinkominfo publishes (`feed.json`). A signature is detached — made over the
 * exact bytes of this file and published beside it — so signing adds a file and changes nothing here.
 */
export interface FeedPemantauan {
  readonly format: typeof FEED_FORMAT;
  readonly version: typeof FEED_VERSION;
  readonly issuer: { readonly id: string; readonly name: string; readonly url?: string };
  readonly generatedAt: Instan;
  readonly entries: readonly EntriFeed[];
}
