// What an AIA "CA Issuers" address serves: one X.509 certificate (DER or PEM, `application/pkix-cert`),
// or a PKCS#7 "certs-only" bundle (`.p7c`, `application/pkcs7-mime`, RFC 5280 4.2.2.1) as many government
// and commercial CAs publish. The bytes decide, not the content type: servers often label these wrongly.
// PKCS#7 is read with PKI.js (a maintained CMS implementation), never with an ASN.1 parser of our own.
import { X509Certificate } from 'node:crypto';
import { Certificate, ContentInfo, SignedData } from 'pkijs';

/** The PEM blocks of X.509 certificates in a text (a bundle has several). */
export const BLOK_PEM_SERTIFIKAT = /-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g;
const PEM_PKCS7 = /-----BEGIN (?:PKCS7|CMS)-----([A-Za-z0-9+/=\s]+)-----END (?:PKCS7|CMS)-----/;

/** The certificates in an AIA answer, in the file's order; empty when it holds none that can be read. */
export function bacaBerkasSertifikat(isi: Buffer): X509Certificate[] {
  const teks = isi.toString('latin1');
  // A PEM file may hold the whole chain: every certificate of it, not only the first.
  const blok = teks.match(BLOK_PEM_SERTIFIKAT);
  if (blok)
    return blok.flatMap((b) => {
      try {
        return [new X509Certificate(b)];
      } catch {
        return [];
      }
    });
  try {
    return [new X509Certificate(isi)];
  } catch {
    // Not one X.509 certificate: a PKCS#7 bundle, or nothing usable.
  }
  const pem = PEM_PKCS7.exec(teks);
  return sertifikatPkcs7(pem ? Buffer.from(pem[1]!.replace(/\s+/g, ''), 'base64') : isi);
}

/** The certificates of a PKCS#7 SignedData (certs-only or not); the signature, if any, is not needed. */
function sertifikatPkcs7(der: Buffer): X509Certificate[] {
  try {
    // A copy: PKI.js takes a view of an ArrayBuffer, and a Buffer's is typed as possibly shared.
    const ci = ContentInfo.fromBER(new Uint8Array(der));
    if (ci.contentType !== ContentInfo.SIGNED_DATA) return [];
    const hasil: X509Certificate[] = [];
    for (const c of new SignedData({ schema: ci.content }).certificates ?? []) {
      // Attribute certificates and other kinds can share the set: only X.509 ones can issue a leaf.
      if (!(c instanceof Certificate)) continue;
      try {
        hasil.push(new X509Certificate(Buffer.from(c.toSchema().toBER())));
      } catch {
        // One certificate Node cannot read does not spoil the others.
      }
    }
    return hasil;
  } catch {
    return [];
  }
}
