import type { Tanggal, ZonaWaktu } from '../dip/types.js';
import { tanggalDiZona } from '../calendar/zona-tanggal.js';
import type { KodeBand } from './band.js';
import type { EntriFeed } from '../feed/types.js';
import { entriMasihBerlaku } from '../feed/validasi.js';

/** Where a badge's number comes from: the body's own DIP scored in the browser, or the monitor's feed. */
export type SumberLencana = 'mandiri' | 'pemantauan';

/**
 * What a badge may claim. Only `terkini` shows the band as current; the others show why not.
 * `tidak-terverifikasi` is for a feed whose signature does not check out (the monitor issue adds signing).
 */
export type KeadaanLencana = 'terkini' | 'kedaluwarsa' | 'tidak-terverifikasi';

/** Everything a badge shows: the public contract between the SDK, the widget and the static SVG. */
export interface DataLencana {
  readonly agencyName: string;
  readonly score: number;
  readonly band: KodeBand;
  /**
   * The date of the evaluation: self-assessed, in the zone of the body's DIP; from a feed, the date the
   * instant is written with when it carries an offset (the monitor writes the body's: `…T00:30:00+08:00` is
   * 28 Nov in WITA), else, for a UTC instant (`Z`), in the zone the caller passes to `lencanaDariFeed` (WIB
   * by default): a feed entry names no zone, so that date is the body's only when the caller passes its zone.
   */
  readonly asOf: Tanggal;
  readonly source: SumberLencana;
  readonly state: KeadaanLencana;
  readonly evidenceUrl?: string;
}

/**
 * A badge from the monitoring feed; past `expiresAt`, or evaluated in the future (entriMasihBerlaku), it is
 * stale, whatever its score.
 */
export function lencanaDariFeed(entry: EntriFeed, now: Date, zona?: ZonaWaktu): DataLencana {
  return {
    agencyName: entry.name,
    score: entry.score,
    band: entry.band,
    // A checked instant ends in Z or in the digits of its offset.
    asOf: /\d$/.test(entry.evaluatedAt)
      ? entry.evaluatedAt.slice(0, 10)
      : tanggalDiZona(new Date(entry.evaluatedAt), zona),
    source: 'pemantauan',
    state: entriMasihBerlaku(entry, now) ? 'terkini' : 'kedaluwarsa',
    evidenceUrl: entry.evidenceUrl,
  };
}
