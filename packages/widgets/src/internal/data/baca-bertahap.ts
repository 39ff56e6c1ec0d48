import { BATAS_BYTE_SUMBER } from './batas-sumber.js';

/**
 * A body reader for `ambilTeks` (its `badan`): the body read piece by piece, a timeout of `ms` (default
 * ambil.ts's 10 s) restarted with each, up to the cap (BATAS_BYTE_SUMBER). A register of a thousand entries
 * on a slow 3G line takes more than 10 s and is not cut while it keeps arriving; one that stops is (a
 * connection problem, as the element then says). Past the cap the download is cancelled and the read fails
 * with what `lewat` gives, a failure that must not be retried: the lists' (ambil-bersama.ts) GalatAmbil
 * `terlalu-besar`; the self-assessed badge's (badge/mandiri.ts) stops its request instead, as a GalatAmbil
 * made in its side file (classic build) is another copy of the class than its `ambilTeks` knows. Not made
 * here for the same reason, and so that the badge's lazy chunk does not import the class from `lencana.js`
 * (one export more there moved its minified names: +37 B brotli).
 */
export const bacaBertahap =
  (ms = 10_000, lewat: () => unknown) =>
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
        throw dibaca > BATAS_BYTE_SUMBER ? lewat() : e;
      })
      .finally(() => clearTimeout(pewaktu));
  };
