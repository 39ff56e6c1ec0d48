import { KlienPermintaan } from '@terbuka/sdk';
import type { AmbilHttp } from '@terbuka/sdk';
import { AntreanTanpaNIK } from './antrean-tanpa-nik.js';

export interface OpsiPengirim {
  readonly endpoint: string;
  /** The agency id the server files the submission under (`?agency=`), when it serves several. */
  readonly agency?: string | undefined;
  /** The honeypot's value at the time of sending (empty for people). */
  readonly honeypot?: () => string;
  /** First backoff pause in ms (tests shorten it). */
  readonly jedaMs?: number;
  readonly timeoutMs?: number;
}

/** The absolute endpoint, so two forms on one page share a queue only when they share a server. */
export const endpointMutlak = (endpoint: string): string =>
  new URL(endpoint, document.baseURI).href.replace(/\/+$/, '');

/** The queue of one server: entries carry no address, so each endpoint gets its own. */
export const kunciAntrean = (endpoint: string): string => `terbuka.antrean.v1:${endpointMutlak(endpoint)}`;

const acak = (): number => crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32;

/**
 * The SDK client as the widgets use it: window.fetch without cookies, the agency as `?agency=` and the
 * honeypot added to submissions (the SDK sends only the validated fields), localStorage without the NIK
 * for the queue, the real clock and crypto randomness.
 */
export function buatPengirim(o: OpsiPengirim): { klien: KlienPermintaan; simpanan: AntreanTanpaNIK } {
  const simpanan = new AntreanTanpaNIK(localStorage);
  const ambil: AmbilHttp = (url, init) => {
    const u = new URL(url);
    const pengajuan = /\/v1\/(permintaan|keberatan)$/.test(u.pathname);
    let body = init.body;
    if (pengajuan) {
      if (o.agency) u.searchParams.set('agency', o.agency);
      const hp = o.honeypot?.() ?? '';
      if (hp !== '' && body) body = JSON.stringify({ ...(JSON.parse(body) as object), website: hp });
    }
    return window.fetch(u.href, {
      method: init.method,
      headers: init.headers,
      ...(body !== undefined ? { body } : {}),
      ...(init.signal ? { signal: init.signal as AbortSignal } : {}),
      credentials: 'omit',
      cache: 'no-store',
    });
  };
  const klien = new KlienPermintaan({
    endpoint: endpointMutlak(o.endpoint),
    fetch: ambil,
    storage: simpanan,
    sekarang: () => new Date(),
    acak,
    daring: () => navigator.onLine,
    kunciAntrean: kunciAntrean(o.endpoint),
    ...(o.jedaMs !== undefined ? { jedaDasarMs: o.jedaMs, jedaMaksMs: o.jedaMs * 8 } : {}),
    ...(o.timeoutMs !== undefined ? { timeoutMs: o.timeoutMs } : {}),
  });
  return { klien, simpanan };
}
