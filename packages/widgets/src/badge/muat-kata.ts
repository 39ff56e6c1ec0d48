import { PESAN_LENCANA_INTI } from '../internal/pesan-lencana-inti.js';
import type * as Kata from './kata-masalah.js';

/** The lazy chunk of a badge's problem words. */
export type KataMasalah = typeof Kata;

let janji: Promise<KataMasalah> | undefined;

/**
 * The badge's words for problems and the SDK's sentences for an unverified feed: a lazy chunk, loaded
 * once per page when the first badge has a problem to show. If it cannot load (offline), the badge
 * still says "Badge unavailable" with every problem word replaced by that heading.
 */
export function muatKata(): Promise<KataMasalah> {
  return (janji ??= import('./kata-masalah.js').catch(() => {
    janji = undefined;
    const P = PESAN_LENCANA_INTI.tidakTersedia;
    return {
      PESAN_LENCANA_MASALAH: new Proxy({}, { get: () => P }),
      pesanVerifikasi: () => P,
      kataSumber: () => P,
    } as unknown as KataMasalah;
  }));
}
