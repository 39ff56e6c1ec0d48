import type { Instan } from '../feed/types.js';

/** How often a site is updated, from the gaps between its update days (see `ringkasAktivitas`). */
export type KelasInterval = 'harian' | 'mingguan' | 'bulanan' | 'jarang' | 'tidak-diketahui';

/** Website and channel activity, as the monitor measures it and the activity component scores it. */
export interface RingkasanAktivitas {
  readonly lastUpdateAt?: Instan;
  /** Whole days (24 h) from the last update to the evaluation instant. */
  readonly daysSinceLastUpdate?: number;
  /** Updates within the last 30 and 90 days (24-hour days counted back from the evaluation instant). */
  readonly posts30: number;
  readonly posts90: number;
  readonly intervalClass: KelasInterval;
}
