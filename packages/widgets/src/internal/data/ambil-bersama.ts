import { ambilTeks, GalatAmbil } from './ambil.js';
import { bacaBertahap } from './baca-bertahap.js';
import { denganBacaUlang } from './baca-ulang.js';
import { bersama } from './bersama.js';

/**
 * `ambilTeks` for the lists: elements of one page that read the same source at the same time (the panel
 * and the full DIP, as the docs pair them, and a self-assessed badge beside them: sumber.ts, SumberController.caraDaftar)
 * share one request instead of each downloading it (bersama.ts, the feed badges' too). The body is read
 * piece by piece, a silence timed, up to the cap (baca-bertahap.ts).
 */
const bagi = bersama((alamat, opsi) =>
  ambilTeks(alamat, {
    ...opsi,
    badan: bacaBertahap(opsi.timeoutMs, () => new GalatAmbil('terlalu-besar')),
  }).then(denganBacaUlang),
);

/**
 * Each call joins the shared request through a signal of its own, linked to the caller's until the request
 * settles: bersama.ts leaves its abort listener in place (the badge's bytes), and on the caller's signal,
 * which an element keeps until its next load, it would hold the whole answer (a large register's bytes).
 */
export const ambilBersama: typeof ambilTeks = (alamat, opsi = {}) => {
  const sendiri = new AbortController();
  const ikut = (): void => sendiri.abort();
  opsi.signal?.addEventListener('abort', ikut);
  return bagi(alamat, { ...opsi, signal: sendiri.signal }).finally(() =>
    opsi.signal?.removeEventListener('abort', ikut),
  );
};
