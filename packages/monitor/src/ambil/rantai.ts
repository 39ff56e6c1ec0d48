// Completing a certificate chain the way a browser does. Many government servers send their certificate
// without the intermediate; browsers fetch that intermediate from the certificate's Authority Information
// Access "CA Issuers" address, so citizens read the site. The monitor does the same, and verification stays
// full: the fetched certificates are only offered as intermediates (never as roots), and the retried
// connection still has to chain them to a root of the store.
import type { X509Certificate } from 'node:crypto';
import { connect, type ConnectionOptions } from 'node:tls';
import { isIP } from 'node:net';
import type { SebabRantai } from './kegagalan.js';

/** Hops from the leaf towards a root: real chains have one or two intermediates. */
export const BATAS_HOP_RANTAI = 3;
/** An intermediate is ~1-2 KiB; anything much larger is not one. */
export const BATAS_BYTE_SERTIFIKAT = 64 * 1024;

/** The leaf's `CA Issuers` addresses (http only: an https one would need a verified chain itself). */
export function alamatPenerbit(c: X509Certificate): string[] {
  const hasil: string[] = [];
  for (const baris of (c.infoAccess ?? '').split('\n')) {
    const m = /^CA Issuers - URI:(http:\/\/\S+)$/.exec(baris.trim());
    if (m) hasil.push(m[1]!);
  }
  return hasil;
}

/**
 * The certificate the server presents, read to find its issuer's address. Verification is off on this
 * socket only because its sole use is to read that certificate: no request is sent over it, and it is
 * closed at once; the request itself goes over a fully verified connection. `lookup` is the same guard
 * the fetcher's own sockets use. Undefined when the handshake does not complete in `timeoutMs`.
 */
export function bacaSertifikatServer(
  u: URL,
  timeoutMs: number,
  lookup?: ConnectionOptions['lookup'],
): Promise<X509Certificate | undefined> {
  const host = u.hostname.replace(/^\[|\]$/g, '');
  return new Promise((selesai) => {
    const soket = connect({
      host,
      port: Number(u.port || 443),
      ...(isIP(host) ? {} : { servername: host }),
      ...(lookup ? { lookup } : {}),
      rejectUnauthorized: false,
    });
    const akhiri = (c: X509Certificate | undefined): void => {
      clearTimeout(timer);
      soket.destroy();
      selesai(c);
    };
    const timer = setTimeout(() => akhiri(undefined), timeoutMs);
    soket.once('secureConnect', () => akhiri(soket.getPeerX509Certificate()));
    soket.once('error', () => akhiri(undefined));
  });
}

export type HasilRantai =
  | {
      readonly ok: true;
      /** Leaf first: each one issued the one before. */
      readonly antara: readonly X509Certificate[];
      /** The AIA addresses they were fetched from, in the same order each once (a bundle can hold two of them). */
      readonly urls: readonly string[];
    }
  | { readonly ok: false; readonly sebab: SebabRantai };

/** `p` issued `c` (name and signature) and is not self-signed: given as `ca`, a self-signed certificate
 * would become a trusted root. */
function menerbitkan(p: X509Certificate, c: X509Certificate): boolean {
  return !p.checkIssued(p) && c.checkIssued(p) && c.verify(p.publicKey);
}

/**
 * Follows `CA Issuers` from the leaf until a certificate issued by a root of `akar` (or `BATAS_HOP_RANTAI`
 * hops). An address may serve several certificates (a PKCS#7 bundle): the one kept is the one that really
 * issued the certificate before it, wherever it is in the bundle; the bundle's others are looked at first
 * on the next hop, before that certificate's own address is fetched.
 */
export async function lengkapiRantai(
  daun: X509Certificate,
  akar: readonly X509Certificate[],
  ambilSertifikat: (url: string) => Promise<readonly X509Certificate[]>,
): Promise<HasilRantai> {
  const antara: X509Certificate[] = [];
  const urls: string[] = [];
  /** Every certificate fetched so far, with the address it came from. */
  const diambil: { readonly c: X509Certificate; readonly url: string }[] = [];
  let c = daun;
  for (let hop = 0; hop < BATAS_HOP_RANTAI; hop++) {
    let penerbit = diambil.find((d) => menerbitkan(d.c, c));
    for (const url of penerbit ? [] : alamatPenerbit(c)) {
      for (const p of await ambilSertifikat(url)) diambil.push({ c: p, url });
      penerbit = diambil.find((d) => menerbitkan(d.c, c));
      if (penerbit) break;
    }
    if (!penerbit) break;
    antara.push(penerbit.c);
    if (!urls.includes(penerbit.url)) urls.push(penerbit.url);
    if (akar.some((r) => penerbit.c.checkIssued(r))) break;
    c = penerbit.c;
  }
  if (antara.length > 0) return { ok: true, antara, urls };
  return { ok: false, sebab: alamatPenerbit(daun).length === 0 ? 'tanpa-aia' : 'aia-gagal' };
}
