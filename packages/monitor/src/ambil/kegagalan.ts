// Every way a fetch can fail, as a recorded reason with id/en words. The fetcher never throws; these
// objects go into the scan record and the evidence page.
import { formatAngka, type Teks } from '@terbuka/sdk';
import type { AlasanGagal, Kegagalan } from '../types.js';
import { GalatAlamatTerlarang } from './alamat-lokal.js';

/**
 * Failures with no answer from the server at all — no name, no connection, no answer in time, or no
 * connection that could be trusted (a certificate problem): they say nothing about what the server holds.
 */
export const TANPA_JAWABAN: ReadonlySet<AlasanGagal> = new Set([
  'dns',
  'koneksi',
  'waktu-habis',
  'sertifikat',
]);

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

/**
 * Certificate-chain failures: the server sent its certificate without the intermediate that links it to a
 * root. A browser completes the chain from the certificate's AIA address (`rantai.ts`), so does the monitor.
 */
export const KODE_RANTAI_TIDAK_LENGKAP: ReadonlySet<string> = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
]);

/** OpenSSL's certificate verification codes as Node reports them, and Node's own wrong-name code. */
const KODE_SERTIFIKAT = new Set([
  ...KODE_RANTAI_TIDAK_LENGKAP,
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_DECRYPT_CERT_SIGNATURE',
  'UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY',
  'CERT_SIGNATURE_FAILURE',
  'CERT_NOT_YET_VALID',
  'CERT_HAS_EXPIRED',
  'ERROR_IN_CERT_NOT_BEFORE_FIELD',
  'ERROR_IN_CERT_NOT_AFTER_FIELD',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'CERT_CHAIN_TOO_LONG',
  'CERT_REVOKED',
  'INVALID_CA',
  'PATH_LENGTH_EXCEEDED',
  'INVALID_PURPOSE',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'HOSTNAME_MISMATCH',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/**
 * Why an incomplete chain could not be completed: the certificate names no issuer address (AIA), the
 * issuer could not be fetched from it, or what was fetched does not lead to a trusted root.
 */
export type SebabRantai = 'tanpa-aia' | 'aia-gagal' | 'tidak-berujung';

const SEBAB_RANTAI: Record<SebabRantai, Teks> = {
  'tanpa-aia': {
    id: 'sertifikatnya tidak menyebut alamat penerbit (AIA) tempat sertifikat perantara dapat diambil',
    en: 'its certificate names no issuer address (AIA) to fetch the intermediate certificate from',
  },
  'aia-gagal': {
    id: 'sertifikat perantara tidak dapat diambil dari alamat penerbit (AIA) pada sertifikatnya',
    en: 'the intermediate certificate could not be fetched from the issuer address (AIA) in its certificate',
  },
  'tidak-berujung': {
    id: 'sertifikat perantara dari alamat penerbit (AIA) tidak berujung pada otoritas akar tepercaya',
    en: 'the intermediate certificate from the issuer address (AIA) does not lead to a trusted root authority',
  },
};

const PERBAIKI_RANTAI: Teks = {
  id: 'Perbaikan oleh pengelola server: pasang rantai sertifikat lengkap (sertifikat situs diikuti sertifikat perantara, mis. fullchain.pem) di pengaturan TLS server web.',
  en: "The server's administrator can fix it: install the full certificate chain (the site's certificate followed by the intermediate, e.g. fullchain.pem) in the web server's TLS settings.",
};

/**
 * For the evidence page: the chain was completed from AIA and the site read — a note for the server's
 * administrator, not a penalty (citizens' browsers mostly read the site; some apps and devices do not).
 */
export const CATATAN_RANTAI_DILENGKAPI: Teks = {
  id: `Server situs ini mengirim rantai sertifikat TLS yang tidak lengkap: sertifikat situs tanpa sertifikat perantara yang menghubungkannya ke otoritas akar. Seperti peramban, pemantau mengambil sertifikat perantara itu dari alamat penerbit (AIA) yang tertulis pada sertifikat, lalu memverifikasi rantai lengkapnya sampai otoritas akar tepercaya; situs dibaca dan dinilai seperti biasa. Ini catatan, bukan pengurang nilai — tetapi sebagian aplikasi, perangkat dan program (aplikasi seluler, curl, peramban yang belum menyimpan sertifikat perantara itu) tetap menolak situs ini. ${PERBAIKI_RANTAI.id}`,
  en: `This site's server sends an incomplete TLS certificate chain: the site's certificate without the intermediate that links it to a root authority. Like a browser, the monitor fetched that intermediate from the issuer address (AIA) written in the certificate and verified the full chain up to a trusted root; the site was read and scored as usual. This is a note, not a penalty — but some apps, devices and programs (mobile apps, curl, browsers that have not cached that intermediate) still refuse the site. ${PERBAIKI_RANTAI.en}`,
};

/**
 * A certificate the monitor cannot trust, in words. It stays a failure (the site counts as unreachable):
 * a browser stops a citizen with a full-page warning on the same certificate.
 */
export function gagalSertifikat(host: string, kode: string, sebab?: SebabRantai): Kegagalan {
  const pesan = (id: string, en: string): Kegagalan => ({
    reason: 'sertifikat',
    message: {
      id: `${id} Peramban warga juga menampilkan peringatan keamanan untuk situs ini. (${kode})`,
      en: `${en} Citizens' browsers show a security warning for this site too. (${kode})`,
    },
  });
  if (KODE_RANTAI_TIDAK_LENGKAP.has(kode) || kode === 'UNABLE_TO_GET_ISSUER_CERT') {
    const s = sebab ? SEBAB_RANTAI[sebab] : undefined;
    return {
      reason: 'sertifikat',
      message: {
        id: `Server ${host} mengirim rantai sertifikat TLS yang tidak lengkap (tanpa sertifikat perantara) dan pemantau tidak dapat melengkapinya${s ? `: ${s.id}` : ''}. Peramban yang tidak dapat melengkapinya juga menolak situs ini. ${PERBAIKI_RANTAI.id} (${kode})`,
        en: `The server ${host} sends an incomplete TLS certificate chain (without the intermediate certificate) and the monitor could not complete it${s ? `: ${s.en}` : ''}. Browsers that cannot complete it refuse the site too. ${PERBAIKI_RANTAI.en} (${kode})`,
      },
    };
  }
  if (kode === 'CERT_HAS_EXPIRED')
    return pesan(
      `Sertifikat TLS ${host} sudah kedaluwarsa; pengelola server perlu memperbaruinya.`,
      `The TLS certificate of ${host} has expired; the server's administrator needs to renew it.`,
    );
  if (kode === 'CERT_NOT_YET_VALID')
    return pesan(
      `Sertifikat TLS ${host} belum berlaku (tanggal mulainya di masa depan, atau jam server salah).`,
      `The TLS certificate of ${host} is not valid yet (its start date is in the future, or the server's clock is wrong).`,
    );
  if (kode === 'ERR_TLS_CERT_ALTNAME_INVALID' || kode === 'HOSTNAME_MISMATCH')
    return pesan(
      `Sertifikat TLS yang dikirim ${host} dibuat untuk nama lain, bukan untuk ${host}; pengelola server perlu memasang sertifikat yang mencakup nama ini.`,
      `The TLS certificate sent by ${host} was issued for another name, not for ${host}; the server's administrator needs to install a certificate that covers this name.`,
    );
  if (kode === 'DEPTH_ZERO_SELF_SIGNED_CERT' || kode === 'SELF_SIGNED_CERT_IN_CHAIN')
    return pesan(
      `Sertifikat TLS ${host} ditandatangani sendiri, bukan oleh otoritas sertifikat tepercaya; pengelola server perlu memasang sertifikat dari otoritas tepercaya (mis. Let's Encrypt, gratis).`,
      `The TLS certificate of ${host} is self-signed, not issued by a trusted certificate authority; the server's administrator needs to install one from a trusted authority (e.g. Let's Encrypt, free).`,
    );
  if (kode === 'CERT_REVOKED')
    return pesan(
      `Sertifikat TLS ${host} sudah dicabut oleh penerbitnya.`,
      `The TLS certificate of ${host} has been revoked by its issuer.`,
    );
  return pesan(
    `Sertifikat TLS ${host} tidak sah dan tidak dapat dipercaya.`,
    `The TLS certificate of ${host} is not valid and cannot be trusted.`,
  );
}

export function gagalWaktuHabis(url: string, ms: number): Kegagalan {
  const detik = Math.round(ms / 100) / 10;
  return {
    reason: 'waktu-habis',
    message: {
      id: `${url} tidak menjawab lengkap dalam ${formatAngka(detik, 'id')} detik.`,
      en: `${url} did not answer in full within ${formatAngka(detik, 'en')} s.`,
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
      id: `Jawaban ${url} melebihi batas ${formatAngka(mib, 'id')} MiB; pengambilan dihentikan.`,
      en: `The answer of ${url} exceeds the ${formatAngka(mib, 'en')} MiB limit; the fetch was stopped.`,
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
  // Trying again gets the same certificate.
  if (KODE_SERTIFIKAT.has(kode)) return { failure: gagalSertifikat(url.host, kode), sementara: false };
  return { failure: gagalKoneksi(url.host, kode), sementara: true };
}
