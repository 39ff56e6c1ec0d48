import { KlienPermintaan, teksJSON } from '@terbuka/sdk';
import type { AmbilHttp, JenisPengajuan } from '@terbuka/sdk';
import { AntreanTanpaNIK } from './antrean-tanpa-nik.js';

export interface OpsiPengirim {
  readonly endpoint: string;
  /** The agency id the server files the submission under (`?agency=`), when it serves several. */
  readonly agency?: string | undefined;
  /** What this form sends: it queues, sends and answers for submissions of this kind only. */
  readonly jenis: JenisPengajuan;
  /** The honeypot's value at the time of sending (empty for people). */
  readonly honeypot?: () => string;
  /** First backoff pause in ms (tests shorten it). */
  readonly jedaMs?: number;
  readonly timeoutMs?: number;
}

/** The absolute endpoint, so two forms on one page share a queue only when they share a server. */
export const endpointMutlak = (endpoint: string): string =>
  new URL(endpoint, document.baseURI).href.replace(/\/+$/, '');

/**
 * The queue of one server, agency and kind. Entries carry neither the address nor the agency (added as
 * `?agency=` when sent), so each pair gets its own; and a request form and an objection form on one page
 * each send and answer for their own kind only. Two forms of the same kind, server and agency share it.
 */
export const kunciAntrean = (endpoint: string, agency: string | undefined, jenis: JenisPengajuan): string =>
  `terbuka.antrean.v2:${jenis}:${agency ?? ''}:${endpointMutlak(endpoint)}`;

/**
 * Until version 0.1 the queue was one per server (`terbuka.antrean.v1:<endpoint>`), both kinds together:
 * a form takes over the entries of its kind still waiting there, so an update of the script loses none.
 * Entries stay as stored (without the NIK: one waiting for it asks again, as after a reload).
 */
function ambilAlihAntreanLama(
  simpanan: Storage,
  endpoint: string,
  jenis: JenisPengajuan,
  kunci: string,
): void {
  const lama = `terbuka.antrean.v1:${endpointMutlak(endpoint)}`;
  let entri: unknown;
  try {
    entri = JSON.parse(simpanan.getItem(lama) ?? 'null');
  } catch {
    return;
  }
  if (!Array.isArray(entri)) return;
  const milik = (e: unknown): boolean => (e as { kind?: unknown } | null)?.kind === jenis;
  const pindah = entri.filter(milik);
  if (pindah.length === 0) return;
  let ada: unknown[] = [];
  try {
    const a = JSON.parse(simpanan.getItem(kunci) ?? '[]') as unknown;
    if (Array.isArray(a)) ada = a;
  } catch {
    // An unreadable new queue is left to the client, which reports it; nothing is moved over it.
    return;
  }
  // Written to the new queue before it leaves the old one: a failure in between duplicates an entry
  // (sent once: same Idempotency-Key), never loses one.
  simpanan.setItem(kunci, teksJSON([...pindah, ...ada]));
  const sisa = entri.filter((e) => !milik(e));
  if (sisa.length > 0) simpanan.setItem(lama, teksJSON(sisa));
  else simpanan.removeItem(lama);
}

const acak = (): number => crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32;

/**
 * The page's localStorage. Reading it throws where the browser blocks site data (cookies off, a sandboxed
 * frame), and it is null where storage is turned off: the form must still show and send, and a lookup needs
 * no storage at all. (The lists' copy has the same accessor in internal/data/simpanan.ts; importing it here
 * pulled that module's chunk into the request family: +1.4 kB.)
 */
function penyimpananHalaman(): Storage {
  try {
    return localStorage ?? TANPA_SIMPANAN;
  } catch {
    return TANPA_SIMPANAN;
  }
}

/** Where the browser blocks storage, every write fails: the client then says the submission was not kept. */
const TANPA_SIMPANAN = {
  getItem: () => null,
  setItem: () => {
    throw new Error('localStorage diblokir / blocked');
  },
  removeItem: () => {},
} as unknown as Storage;

/**
 * The SDK client as the widgets use it: window.fetch without cookies, the agency as `?agency=` and the
 * honeypot added to submissions (the SDK sends only the validated fields), localStorage without the NIK
 * for the queue, the real clock and crypto randomness.
 */
export function buatPengirim(o: OpsiPengirim): {
  klien: KlienPermintaan;
  simpanan: AntreanTanpaNIK;
  kunci: string;
} {
  const kunci = kunciAntrean(o.endpoint, o.agency, o.jenis);
  const halaman = penyimpananHalaman();
  try {
    ambilAlihAntreanLama(halaman, o.endpoint, o.jenis, kunci);
  } catch {
    // Storage refused the move: the entries stay where they were, for the next load.
  }
  const simpanan = new AntreanTanpaNIK(halaman);
  const ambil: AmbilHttp = (url, init) => {
    const u = new URL(url);
    const pengajuan = /\/v1\/(permintaan|keberatan)$/.test(u.pathname);
    let body = init.body;
    if (pengajuan) {
      if (o.agency) u.searchParams.set('agency', o.agency);
      const hp = o.honeypot?.() ?? '';
      if (hp !== '' && body) body = teksJSON({ ...(JSON.parse(body) as object), website: hp });
    }
    return window.fetch(u.href, {
      method: init.method,
      headers: init.headers,
      ...(body !== undefined ? { body } : {}),
      ...(init.signal ? { signal: init.signal } : {}),
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
    kunciAntrean: kunci,
    ...(o.jedaMs !== undefined ? { jedaDasarMs: o.jedaMs, jedaMaksMs: o.jedaMs * 8 } : {}),
    ...(o.timeoutMs !== undefined ? { timeoutMs: o.timeoutMs } : {}),
  });
  return { klien, simpanan, kunci };
}
