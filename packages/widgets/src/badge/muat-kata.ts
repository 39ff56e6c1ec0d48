import { pilihTeks } from '@terbuka/sdk';
import type { Teks } from '@terbuka/sdk';
import type { PpidBadge } from './badge.js';
import { PESAN_LENCANA_INTI } from '../internal/pesan-lencana-inti.js';
import { h } from '../internal/dom.js';
import type * as Kata from './kata-masalah.js';
import { imporKata } from './impor-kata.js';

/** The lazy chunk of a badge's problem words. */
export type KataMasalah = typeof Kata;

/**
 * The badge's words for problems, the SDK's sentences for an unverified feed and the cards: a lazy
 * chunk, loaded once per page when the first badge has a problem to show. If it cannot load (offline),
 * the badge still says "Badge unavailable" with every problem word replaced by that heading: a card
 * that is itself the retry button when the problem is an error (without the chunk's styles, a small
 * button over a saved copy would not fit; a saved copy is shown without it). The loader keeps the chunk
 * and tries one that did not load again on the next call by itself (import(), or berkas-samping.iife.ts).
 */
export function muatKata(): Promise<KataMasalah> {
  return imporKata().catch(() => {
    const judul = (): Teks => PESAN_LENCANA_INTI.tidakTersedia;
    return {
      PESAN_LENCANA_MASALAH: new Proxy({}, { get: judul }),
      kataVerifikasi: judul,
      kataSalinan: judul,
      // No KARTU_CSS: no styles to add.
      kartu: (el: PpidBadge, _s: unknown, ada: boolean, ulang: readonly [string, () => void]) => {
        const teks = pilihTeks(PESAN_LENCANA_INTI.tidakTersedia, el.bahasa);
        // The status is the card (polite, as kata-masalah.ts's); the retry inside it stays a real button.
        const b = !ada && h('button', { type: 'button' }, teks);
        if (b) b.onclick = ulang[1];
        return [h('div', { part: 'notice', class: 'kartu', role: 'status' }, b || teks)];
      },
      cadangan: true,
      tombolUlang: () => false,
    } as unknown as KataMasalah;
  });
}
