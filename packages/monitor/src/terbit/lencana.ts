import { BAND_MONEV, formatSkor, type EntriFeed } from '@terbuka/sdk';

/** The shields.io endpoint badge (https://shields.io/badges/endpoint-badge). */
export interface LencanaShields {
  readonly schemaVersion: 1;
  readonly label: string;
  readonly message: string;
  /** Hex without `#`, as shields accepts it. */
  readonly color: string;
  readonly labelColor?: string;
  readonly cacheSeconds?: number;
}

// Grey for a result that must not look current (the SDK badge uses the same grey).
const ABU = '5F6368';

/**
 * A shields endpoint JSON for one feed entry. Shields cannot check the signature or the expiry later,
 * so a result already past `expiresAt` at publishing time is published as expired, in grey.
 */
export function lencanaShields(entri: EntriFeed, now: Date): LencanaShields {
  const band = BAND_MONEV.find((b) => b.code === entri.band);
  const berlaku = Date.parse(entri.expiresAt) > now.getTime();
  return {
    schemaVersion: 1,
    label: 'keterbukaan informasi',
    message: berlaku
      ? `${formatSkor(entri.score, 'id')} · ${band?.label.id ?? entri.band}`
      : `kedaluwarsa (${formatSkor(entri.score, 'id')})`,
    color: berlaku && band ? band.colour.fill.replace('#', '') : ABU,
    cacheSeconds: 3600,
  };
}
