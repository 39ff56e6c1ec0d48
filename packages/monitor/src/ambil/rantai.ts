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
      /** The AIA addresses they were fetched from, in the same order. */
      readonly urls: readonly string[];
    }
  | { readonly ok: false; readonly sebab: SebabRantai };

/**
 * Follows `CA Issuers` from the leaf until a certificate issued by a root of `akar` (or `BATAS_HOP_RANTAI`
 * hops). A fetched certificate is kept only when it really issued the one before (name and signature), and
 * never when it is self-signed: given as `ca`, a self-signed certificate would become a trusted root.
 */
export async function lengkapiRantai(
  daun: X509Certificate,
  akar: readonly X509Certificate[],
  ambilSertifikat: (url: string) => Promise<X509Certificate | undefined>,
): Promise<HasilRantai> {
  const antara: X509Certificate[] = [];
  const urls: string[] = [];
  let c = daun;
  for (let hop = 0; hop < BATAS_HOP_RANTAI; hop++) {
    const alamat = alamatPenerbit(c);
    if (alamat.length === 0) break;
    let penerbit: X509Certificate | undefined;
    for (const url of alamat) {
      const p = await ambilSertifikat(url);
      if (p && !p.checkIssued(p) && c.checkIssued(p) && c.verify(p.publicKey)) {
        penerbit = p;
        urls.push(url);
        break;
      }
    }
    if (!penerbit) break;
    antara.push(penerbit);
    if (akar.some((r) => penerbit.checkIssued(r))) break;
    c = penerbit;
  }
  if (antara.length > 0) return { ok: true, antara, urls };
  return { ok: false, sebab: alamatPenerbit(daun).length === 0 ? 'tanpa-aia' : 'aia-gagal' };
}
