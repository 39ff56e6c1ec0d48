/**
 * Why a request failed; `aborted` is not a failure to report (the element went away); `terlalu-besar`:
 * a reader stopped a body past its cap (baca-bertahap.ts: the lists' and the self-assessed badge's; the
 * feed's in badge.ts), never retried.
 */
export type JenisGalatAmbil = 'waktu-habis' | 'jaringan' | 'http' | 'dibatalkan' | 'terlalu-besar';

export class GalatAmbil extends Error {
  constructor(
    readonly jenis: JenisGalatAmbil,
    readonly status?: number,
  ) {
    super(jenis);
  }
}

export interface OpsiAmbil {
  /** How long an attempt may take (with `badan`: may stay silent), in ms. Default 10 000. */
  readonly timeoutMs?: number | undefined;
  /** Retries after a timeout, a network error or a 5xx answer. Default 1. */
  readonly ulang?: number | undefined;
  /** Wait before the first retry (doubled for each further one). Default 800 ms. */
  readonly jedaMs?: number | undefined;
  /** The ETag of the copy already held: sent as If-None-Match (same-origin only, see below). */
  readonly etag?: string | undefined;
  /** Aborts every attempt, e.g. when the element leaves the page. */
  readonly signal?: AbortSignal | undefined;
  /**
   * Reads the body in its place, e.g. piece by piece up to a cap. It may clear `pewaktu` (the whole request's
   * timer) and abort `batal` when the body stalls: the lists and the self-assessed badge read big registers
   * on slow lines so, the timeout then counting a silence (baca-bertahap.ts). The feed badge's reader
   * (badge.ts) keeps the whole request's timeout: a feed is small.
   */
  readonly badan?:
    | ((
        res: Response,
        batal: AbortController,
        pewaktu: ReturnType<typeof setTimeout>,
      ) => Promise<ArrayBuffer>)
    | undefined;
}

export type HasilAmbil =
  | {
      readonly berubah: true;
      readonly teks: string;
      /** The exact bytes received (a signature is checked over these, not over re-encoded text). */
      readonly bytes: Uint8Array;
      readonly etag?: string;
      readonly contentType: string;
    }
  | { readonly berubah: false };

async function coba(url: URL, opsi: OpsiAmbil): Promise<HasilAmbil> {
  const batal = new AbortController();
  const ikut = (): void => batal.abort();
  opsi.signal?.addEventListener('abort', ikut, { once: true });
  let habis = false;
  const pewaktu = setTimeout(() => {
    habis = true;
    batal.abort();
  }, opsi.timeoutMs ?? 10_000);
  try {
    // If-None-Match on a cross-origin request would force a CORS preflight that static hosts such as
    // Google Sheets refuse; there the browser's own HTTP cache revalidates instead (cache: 'no-cache').
    const kondisional = opsi.etag !== undefined && url.origin === globalThis.location?.origin;
    // The address as a string: fetch wrappers of monitoring and debug tools on host pages often read
    // `input.url` from anything that is not a string, and would ask for `/undefined`.
    const res = await fetch(url.href, {
      signal: batal.signal,
      credentials: 'omit',
      cache: kondisional ? 'no-store' : 'no-cache',
      headers: kondisional ? { 'If-None-Match': opsi.etag as string } : {},
    });
    // The body is read whatever the answer: a response left unread (a 304 has an empty one) is torn down by
    // the browser, which reports the request as aborted (net::ERR_ABORTED in the console and DevTools).
    const bytes = new Uint8Array(await (opsi.badan?.(res, batal, pewaktu) ?? res.arrayBuffer()));
    if (res.status === 304) return { berubah: false };
    if (!res.ok) throw new GalatAmbil('http', res.status);
    // An empty ETag header is none: nothing to send back in If-None-Match.
    const etag = res.headers.get('ETag') || undefined;
    return {
      berubah: true,
      // Decoded as res.text() does (UTF-8, BOM dropped, bad sequences replaced).
      teks: new TextDecoder().decode(bytes),
      bytes,
      contentType: res.headers.get('Content-Type') ?? '',
      ...(etag ? { etag } : {}),
    };
  } catch (e) {
    if (e instanceof GalatAmbil) throw e;
    if (opsi.signal?.aborted) throw new GalatAmbil('dibatalkan');
    throw new GalatAmbil(habis ? 'waktu-habis' : 'jaringan');
  } finally {
    clearTimeout(pewaktu);
    opsi.signal?.removeEventListener('abort', ikut);
  }
}

/**
 * Fetches a text resource with a timeout per attempt, one retry after a pause, and a conditional
 * request when an ETag is held (a 304 answer means "keep your copy"). Sends no cookies.
 */
export async function ambilTeks(alamat: string, opsi: OpsiAmbil = {}): Promise<HasilAmbil> {
  const url = new URL(alamat, globalThis.document?.baseURI);
  const ulang = opsi.ulang ?? 1;
  for (let percobaan = 0; ; percobaan++) {
    try {
      return await coba(url, opsi);
    } catch (e) {
      const { jenis, status } = e as GalatAmbil;
      // Retried: a timeout, a network error, a 5xx answer.
      if (percobaan >= ulang || !(jenis === 'waktu-habis' || jenis === 'jaringan' || (status ?? 0) >= 500))
        throw e;
      // The pause before it ends early when the element goes away.
      await new Promise((selesai, gagal) => {
        const t = setTimeout(selesai, (opsi.jedaMs ?? 800) * 2 ** percobaan);
        opsi.signal?.addEventListener(
          'abort',
          () => {
            clearTimeout(t);
            gagal(new GalatAmbil('dibatalkan'));
          },
          { once: true },
        );
      });
    }
  }
}
