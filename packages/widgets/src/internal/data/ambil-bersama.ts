import { ambilTeks, GalatAmbil } from './ambil.js';
import { denganBacaUlang } from './baca-ulang.js';
import { bersama } from './bersama.js';
import { BATAS_BYTE_SUMBER } from './batas-sumber.js';

/**
 * The body read piece by piece, a timeout of `ms` restarted with each: a register of a thousand entries on
 * a slow 3G line takes more than 10 s and is not cut while it keeps arriving; one that stops is (a
 * connection problem, as the element then says).
 */
const bacaBertahap =
  (ms: number) =>
  (res: Response, batal: AbortController, awal: ReturnType<typeof setTimeout>): Promise<ArrayBuffer> => {
    // A fetch polyfill forced over the browser's (whatwg-fetch) gives no body stream: read it
    // whole, under the whole request's timer.
    if (!res.body) return res.arrayBuffer();
    clearTimeout(awal);
    let pewaktu: ReturnType<typeof setTimeout> | undefined;
    const jaga = (): void => {
      clearTimeout(pewaktu);
      pewaktu = setTimeout(() => batal.abort(), ms);
    };
    jaga();
    let dibaca = 0;
    const jalur = new TransformStream<Uint8Array, Uint8Array>({
      transform(potongan, k) {
        jaga();
        k.enqueue(potongan);
        // Erroring the stream cancels the download (the reading then rejects as a network error would).
        if ((dibaca += potongan.byteLength) > BATAS_BYTE_SUMBER) k.error();
      },
    });
    return new Response(res.body.pipeThrough(jalur))
      .arrayBuffer()
      .catch((e: unknown) => {
        // Past the cap: its own failure, which is not retried.
        throw dibaca > BATAS_BYTE_SUMBER ? new GalatAmbil('terlalu-besar') : e;
      })
      .finally(() => clearTimeout(pewaktu));
  };

/**
 * `ambilTeks` for the lists: elements of one page that read the same source at the same time (the panel
 * and the full DIP, as the docs pair them) share one request instead of each downloading it (bersama.ts,
 * the badges' too). The body is read piece by piece, a silence timed, up to the cap.
 */
const bagi = bersama((alamat, opsi) =>
  ambilTeks(alamat, { ...opsi, badan: bacaBertahap(opsi.timeoutMs ?? 10_000) }).then(denganBacaUlang),
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
