// The request endpoint: up only when it answers as a Terbuka intake server.
import type { CatatanPindai, Kegagalan } from '../types.js';
import { bersih, dasar, halamanWebDijawab, type HasilSumber, type Konteks } from './konteks.js';

/** The intake server's health route, under the registry's endpoint (as the request widgets join paths). */
export const JALUR_KESEHATAN_ENDPOINT = '/v1/kesehatan';

/** The health route of the intake server under the registry's endpoint (`…/api` → `…/api/v1/kesehatan`). */
export function urlKesehatanEndpoint(endpoint: string): string {
  const u = new URL(endpoint);
  u.search = '';
  u.hash = '';
  u.pathname = `${u.pathname.replace(/\/+$/, '')}${JALUR_KESEHATAN_ENDPOINT}`;
  return u.href;
}

function bukanEndpoint(
  endpoint: string,
  probe: string,
  status: number | undefined,
  halamanWeb = false,
): Kegagalan {
  const apa = status === undefined ? '' : ` (HTTP ${status})`;
  if (halamanWeb)
    return {
      reason: 'halaman-web',
      message: {
        id: `${endpoint} bukan endpoint permohonan: ${probe} menjawab dengan halaman web${apa}, bukan sebagai server penerima Terbuka. Periksa alamat endpoint di registri.`,
        en: `${endpoint} is not a request endpoint: ${probe} answered with a web page${apa}, not as a Terbuka intake server. Check the endpoint address in the registry.`,
      },
    };
  return {
    reason: status !== undefined && status >= 300 ? 'http' : 'isi-tidak-sah',
    ...(status !== undefined && status >= 300 ? { status } : {}),
    message: {
      id: `${endpoint} bukan endpoint permohonan: ${probe} tidak menjawab seperti server penerima Terbuka${apa}. Periksa alamat endpoint di registri.`,
      en: `${endpoint} is not a request endpoint: ${probe} does not answer as a Terbuka intake server${apa}. Check the endpoint address in the registry.`,
    },
  };
}

/**
 * The request endpoint is up only when it answers as an intake server: `GET <endpoint>/v1/kesehatan`
 * gives 2xx with `{"ok": true}`. Any other answer (a 404 because the path is wrong, a web page) is
 * "not a request endpoint": a failure, like one that does not answer at all. `ok` and the
 * observation's failure always agree.
 */
export async function sumberEndpoint(
  k: Konteks,
  url: string,
): Promise<HasilSumber & { endpoint: NonNullable<CatatanPindai['endpoint']> }> {
  let probe: string;
  try {
    probe = urlKesehatanEndpoint(url);
  } catch {
    probe = url;
  }
  const h = await k.pengambil.ambil(probe, {
    kind: 'endpoint',
    maxBytes: 64 * 1024,
    accept: 'application/json',
  });
  let o = dasar(k, 'endpoint', probe, h);
  if (h.ok) {
    const sehat = (() => {
      try {
        const d = JSON.parse(h.body) as unknown;
        return typeof d === 'object' && d !== null && (d as { ok?: unknown }).ok === true;
      } catch {
        return false;
      }
    })();
    if (!sehat || h.status >= 300)
      o = { ...o, failure: bukanEndpoint(url, probe, h.status, h.status < 300 && halamanWebDijawab(h)) };
  } else if (h.failure.reason === 'http' && h.status !== undefined && h.status < 500)
    o = { ...o, failure: bukanEndpoint(url, probe, h.status) };
  return {
    observations: [o],
    tanggal: [],
    endpoint: bersih({ url, ok: o.failure === undefined, status: h.status }),
  };
}
