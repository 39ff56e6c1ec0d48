import type { ambilTeks, HasilAmbil, OpsiAmbil } from './ambil.js';

type Ambil = (alamat: string, opsi: OpsiAmbil) => Promise<HasilAmbil>;
/** A shared request: its stop, its result (`p`), how many wait for it (`n`). */
type Berjalan = AbortController & { n: number; p: Promise<HasilAmbil> };

/**
 * `ambil` shared between the elements of one page: callers that ask for the same address with the same held
 * ETag while a request for it is in flight share that request and its result instead of each downloading
 * it. A caller whose signal aborts stops counting (it ignores what comes, as every caller here checks
 * after its wait); the request stops when no caller waits for it any more. A settled request is
 * forgotten: a later call (a retry, an element added afterwards) fetches anew. The first caller's timeout
 * and retry pause apply to the shared request.
 */
// Typed as `ambilTeks` (SumberController's `ambil`), though every caller here passes its options.
export function bersama(ambil: Ambil): typeof ambilTeks {
  /** Requests in flight, by address and held ETag: each its own stop, with its result and how many wait for it. */
  const berjalan = new Map<string, Berjalan>();
  return ((alamat: string, opsi: OpsiAmbil) => {
    // The address as given: the callers pass it resolved (sumber.ts, the badge's signature).
    const kunci = `${alamat} ${opsi.etag}`;
    let b = berjalan.get(kunci);
    const lupa = (): void => {
      if (berjalan.get(kunci) === b) berjalan.delete(kunci);
    };
    if (!b) {
      berjalan.set(kunci, (b = new AbortController() as Berjalan));
      b.n = 0;
      // Forgotten once settled, before its callers go on.
      b.p = ambil(alamat, { ...opsi, signal: b.signal }).finally(lupa);
    }
    b.n++;
    // Nobody waits any more: stop it, and let a later caller start afresh (at once: an element moved in the
    // page leaves and comes back in one task, and must not join the stopped request). A caller that aborts
    // still gets its answer when the shared request settles, and ignores it (each checks after its wait).
    // Callers join with a live signal (sumber.ts checks just before; the badge's is new): one already
    // aborted would be counted until the request settles. The listener is not removed: it holds the request
    // and its answer while the caller's signal lives — a feed's, small, for the badge; the lists join through
    // a signal of their own per call (ambil-bersama.ts). Removing it here measured +11 to +39 B on the
    // badge-alone script, which has 2 B of room.
    opsi.signal?.addEventListener('abort', () => --b!.n || (lupa(), b!.abort()));
    return b.p;
  }) as typeof ambilTeks;
}
