// What a badge needs only when it has a problem to show, loaded with import() then (one lazy chunk;
// inlined in terbuka.min.js): its words for problems and the SDK's sentences for an unverified feed.
import { isiTeks } from '@terbuka/sdk';
import type { Teks } from '@terbuka/sdk';
import { PESAN_LENCANA_MASALAH as K } from '../internal/pesan-lencana-masalah.js';

export { PESAN_LENCANA_MASALAH } from '../internal/pesan-lencana-masalah.js';
export { pesanVerifikasi } from '@terbuka/sdk';

/** A source failure, as the badge's source controller reports it (a code, see badge.ts), in words. */
export function kataSumber(g: Teks): Teks {
  return g.en === 'http'
    ? isiTeks(K.galatHttp, { status: g.id })
    : g.en === 'jaringan'
      ? K.galatJaringan
      : g.en === 'waktu'
        ? K.galatWaktu
        : g.en === 'dip'
          ? K.dipTidakSah
          : K.feedTidakSah;
}
