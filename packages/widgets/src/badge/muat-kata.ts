import { PESAN_LENCANA_INTI } from '../internal/pesan-lencana-inti.js';
import type * as Kata from './kata-masalah.js';

let janji: Promise<typeof Kata> | undefined;

/**
 * The badge's words for problems and the SDK's sentences for an unverified feed: a lazy chunk, loaded
 * once per page when the first badge has a problem to show. If it cannot load (offline), the badge
 * still says "Badge unavailable" with every problem word replaced by that heading.
 */
export function muatKata(): Promise<typeof Kata> {
  return (janji ??= import('./kata-masalah.js').catch(() => {
    janji = undefined;
    const P = PESAN_LENCANA_INTI.tidakTersedia;
    return {
      PESAN_LENCANA_MASALAH: new Proxy({}, { get: () => P }),
      pesanVerifikasi: () => P,
    } as unknown as typeof Kata;
  }));
}

export const muatKataMasalah = (): Promise<typeof Kata.PESAN_LENCANA_MASALAH> =>
  muatKata().then((m) => m.PESAN_LENCANA_MASALAH);
