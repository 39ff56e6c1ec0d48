// Every way a fetch can fail, as a recorded reason with id/en words. The fetcher never throws; these
// objects go into the scan record and the evidence page.
import type { Teks } from '@terbuka/sdk';
import type { Kegagalan } from '../types.js';
import { GalatAlamatTerlarang } from './alamat-lokal.js';

export function gagalDNS(host: string, sementara: boolean): Kegagalan {
  return {
    reason: 'dns',
    message: sementara
      ? {
          id: `Nama domain ${host} tidak dapat diselesaikan saat ini (DNS gagal sementara).`,
          en: `The domain name ${host} could not be resolved right now (temporary DNS failure).`,
        }
      : {
          id: `Nama domain ${host} tidak ditemukan (DNS).`,
          en: `The domain name ${host} was not found (DNS).`,
        },
  };
}

export function gagalKoneksi(host: string, kode: string): Kegagalan {
  const ditolak = kode === 'ECONNREFUSED';
  const putus = kode === 'ECONNRESET' || kode === 'UND_ERR_SOCKET' || kode === 'EPIPE';
  return {
    reason: 'koneksi',
    message: ditolak
      ? { id: `Sambungan ke ${host} ditolak.`, en: `The connection to ${host} was refused.` }
      : putus
        ? {
            id: `Sambungan ke ${host} terputus sebelum jawaban selesai.`,
            en: `The connection to ${host} was cut before the answer was complete.`,
          }
        : {
            id: `Tidak dapat tersambung ke ${host} (${kode}).`,
            en: `Could not connect to ${host} (${kode}).`,
          },
  };
}

export function gagalWaktuHabis(url: string, ms: number): Kegagalan {
  const detik = Math.round(ms / 100) / 10;
  return {
    reason: 'waktu-habis',
    message: {
      id: `${url} tidak menjawab lengkap dalam ${detik} detik.`,
      en: `${url} did not answer in full within ${detik} s.`,
    },
  };
}

export function gagalHTTP(url: string, status: number): Kegagalan {
  return {
    // A 5xx is the server failing; any other status (a 404: a wrong or removed address) is the address's.
    reason: status >= 500 ? 'server' : 'http',
    status,
    message: {
      id: `${url} menjawab dengan status HTTP ${status}.`,
      en: `${url} answered with HTTP status ${status}.`,
    },
  };
}

export function gagalAlihan(url: string, putaran: boolean, batas: number): Kegagalan {
  return {
    reason: 'terlalu-banyak-alihan',
    message: putaran
      ? {
          id: `${url} mengalihkan secara berputar (kembali ke alamat yang sudah dikunjungi).`,
          en: `${url} redirects in a loop (back to an address already visited).`,
        }
      : {
          id: `${url} dialihkan lebih dari ${batas} kali.`,
          en: `${url} was redirected more than ${batas} times.`,
        },
  };
}

export function gagalAlihanTanpaTujuan(url: string, status: number): Kegagalan {
  return {
    reason: 'http',
    status,
    message: {
      id: `${url} menjawab pengalihan ${status} tanpa alamat tujuan yang sah.`,
      en: `${url} answered a ${status} redirect without a valid target address.`,
    },
  };
}

export function gagalTerlaluBesar(url: string, maxBytes: number): Kegagalan {
  const mib = Math.round((maxBytes / 1048576) * 10) / 10;
  return {
    reason: 'terlalu-besar',
    message: {
      id: `Jawaban ${url} melebihi batas ${mib} MiB; pengambilan dihentikan.`,
      en: `The answer of ${url} exceeds the ${mib} MiB limit; the fetch was stopped.`,
    },
  };
}

export function gagalRobots(url: string, robotsTxt: string): Kegagalan {
  return {
    reason: 'robots',
    robotsTxt,
    message: {
      id: `robots.txt situs ini melarang pemantau mengambil ${url}; alamat itu tidak diambil.`,
      en: `The site's robots.txt disallows the monitor from fetching ${url}; it was not fetched.`,
    },
  };
}

/**
 * robots.txt answered 5xx: RFC 9309 has the crawler fetch nothing of the site, so the address was not
 * fetched. Counted as the server failing (`server`), not as a robots.txt rule: the site set no rule.
 */
export function gagalRobotsServer(url: string, robotsTxt: string, status: number): Kegagalan {
  return {
    reason: 'server',
    status,
    robotsTxt,
    message: {
      id: `Server galat: ${robotsTxt} menjawab HTTP ${status}; sesuai RFC 9309 seluruh situs dianggap tertutup bagi pemantau, jadi ${url} tidak diambil.`,
      en: `Server error: ${robotsTxt} answered HTTP ${status}; as RFC 9309 asks, the whole site is treated as closed to the monitor, so ${url} was not fetched.`,
    },
  };
}

export function gagalKemasan(url: string, kemasan: string): Kegagalan {
  return {
    reason: 'isi-tidak-sah',
    message: {
      id: `Jawaban ${url} dikirim terkompresi (${kemasan}) tetapi tidak dapat dibuka.`,
      en: `The answer of ${url} was sent compressed (${kemasan}) but cannot be unpacked.`,
    },
  };
}

/** The address resolves to (or is) a loopback, private, link-local or metadata address: not fetched. */
export function gagalAlamatTerlarang(url: string, alamat: string): Kegagalan {
  return {
    reason: 'alamat-terlarang',
    message: {
      id: `${url} mengarah ke alamat lokal atau privat (${alamat}); pemantau tidak mengambil alamat jaringan internal.`,
      en: `${url} leads to a local or private address (${alamat}); the monitor does not fetch internal network addresses.`,
    },
  };
}

/**
 * What Dinkominfo can do about an address refused as local or private: the refusal is the monitor's own
 * guard (against being steered into internal services), not something the site answered.
 */
export const TINDAKAN_ALAMAT_TERLARANG: Teks = {
  id: 'Bila situs ini memang berada di intranet, jalankan pindaian dengan --izinkan-alamat-lokal (hanya di mesin yang tidak punya layanan internal lain); bila situs ini seharusnya terbuka untuk umum, periksa dan perbaiki catatan DNS-nya agar menunjuk ke alamat publik — warga di internet juga tidak dapat membuka alamat privat.',
  en: 'If this site really is on the intranet, run the scan with --izinkan-alamat-lokal (only on a machine without other internal services); if the site should be public, check and fix its DNS records so that they point to a public address — citizens on the internet cannot open a private address either.',
};

const awalKecil = (t: string): string => `${t.charAt(0).toLowerCase()}${t.slice(1)}`;

/** What the refusal of a local or private address means and what Dinkominfo can do, for the evidence page. */
export const SARAN_ALAMAT_TERLARANG: Teks = {
  id: `Alamatnya mengarah ke alamat jaringan lokal atau privat (loopback, privat, link-local), dan pemantau tidak mengambil alamat seperti itu agar situs yang dipantau tidak dapat menyuruhnya membaca layanan internal. Yang dapat dilakukan Dinkominfo: ${awalKecil(TINDAKAN_ALAMAT_TERLARANG.id)}`,
  en: `The address resolved to a local or private network address (loopback, private, link-local), and the monitor does not fetch those, so that a monitored site cannot make it read internal services. What Dinkominfo can do: ${awalKecil(TINDAKAN_ALAMAT_TERLARANG.en)}`,
};

export function gagalAlamat(url: string): Kegagalan {
  return {
    reason: 'isi-tidak-sah',
    message: {
      id: `Alamat "${url}" bukan alamat http(s) yang sah.`,
      en: `"${url}" is not a valid http(s) address.`,
    },
  };
}

/** The `code` of a Node/undici error, looking through `cause` (undici wraps socket errors). */
export function kodeGalat(e: unknown): string | undefined {
  for (
    let x: unknown = e, i = 0;
    x && typeof x === 'object' && i < 5;
    x = (x as { cause?: unknown }).cause, i++
  ) {
    const kode = (x as { code?: unknown }).code;
    if (typeof kode === 'string' && kode !== 'UND_ERR_ABORTED') return kode;
  }
  return undefined;
}

const KODE_WAKTU = new Set([
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'ETIMEDOUT',
]);

/** A thrown network error as a recorded reason, and whether trying again may help. */
export function klasifikasiGalat(
  e: unknown,
  url: URL,
  timeoutMs: number,
): { failure: Kegagalan; sementara: boolean } {
  for (
    let x: unknown = e, i = 0;
    x && typeof x === 'object' && i < 5;
    x = (x as { cause?: unknown }).cause, i++
  )
    if (x instanceof GalatAlamatTerlarang)
      return { failure: gagalAlamatTerlarang(url.href, x.alamat), sementara: false };
  const kode = kodeGalat(e) ?? 'UNKNOWN';
  if (kode === 'ENOTFOUND') return { failure: gagalDNS(url.hostname, false), sementara: false };
  if (kode === 'EAI_AGAIN') return { failure: gagalDNS(url.hostname, true), sementara: true };
  if (KODE_WAKTU.has(kode)) return { failure: gagalWaktuHabis(url.href, timeoutMs), sementara: true };
  return { failure: gagalKoneksi(url.host, kode), sementara: true };
}
