/** A fetch stub for tests: answers by URL, records every request, can hang or fail on demand. */
export interface JawabanPalsu {
  readonly status?: number;
  readonly body?: string | Uint8Array<ArrayBuffer> | ReadableStream<Uint8Array>;
  readonly headers?: Record<string, string>;
  /** Never answer (until aborted): a server that hangs. */
  readonly gantung?: boolean;
  /** Reject like a network failure. */
  readonly putus?: boolean;
}

export interface PermintaanTercatat {
  readonly url: string;
  readonly headers: Headers;
  readonly init: RequestInit | undefined;
}

export interface FetchPalsu {
  readonly permintaan: PermintaanTercatat[];
  pulihkan(): void;
}

/** Replaces window.fetch; `jawab` decides the answer for each request (called in order). */
export function pasangFetchPalsu(jawab: (url: string, n: number, h: Headers) => JawabanPalsu): FetchPalsu {
  const asli = window.fetch;
  const permintaan: PermintaanTercatat[] = [];
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const headers = new Headers(init?.headers);
    permintaan.push({ url, headers, init });
    const j = jawab(url, permintaan.length, headers);
    return new Promise<Response>((selesai, gagal) => {
      const batal = (): void => gagal(new DOMException('Aborted', 'AbortError'));
      if (init?.signal?.aborted) return batal();
      init?.signal?.addEventListener('abort', batal, { once: true });
      if (j.gantung) return;
      if (j.putus) return gagal(new TypeError('Failed to fetch'));
      // A stream body errors when the request is aborted after its answer came, as a real fetch's does (the
      // download stops; its source is cancelled).
      const body =
        j.body instanceof ReadableStream && init?.signal
          ? j.body.pipeThrough(new TransformStream(), { signal: init.signal })
          : j.body;
      selesai(
        new Response(j.status === 304 ? null : (body ?? ''), {
          status: j.status ?? 200,
          headers: j.headers ?? {},
        }),
      );
    });
  }) as typeof window.fetch;
  return { permintaan, pulihkan: () => (window.fetch = asli) };
}
