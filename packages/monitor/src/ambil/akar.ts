// The roots Node really trusts, for the connection that retries with a completed chain. Giving a TLS
// connection `ca` replaces Node's store, so that list must hold every root of the store: Node's bundled
// ones and those a Dinkominfo adds with NODE_EXTRA_CA_CERTS (a national or internal root), which Node puts
// in its default store but not in `tls.rootCertificates`. Node 22.15+/23.10+ lists the store itself
// (`tls.getCACertificates('default')`); Node 20 does not, so the file is read here as Node reads it.
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as tls from 'node:tls';
import type { Masalah } from '@terbuka/sdk';
import { BLOK_PEM_SERTIFIKAT } from './berkas-sertifikat.js';
import { kodeGalat } from './kegagalan.js';

/** What of `node:tls` is read: both are parameters so the Node 20 path is tested on newer Nodes too. */
export interface SumberAkar {
  readonly rootCertificates: readonly string[];
  readonly getCACertificates?: (jenis: 'default') => string[];
}

export interface AkarNode {
  /** The root certificates (PEM) of Node's default store. */
  readonly pem: readonly string[];
  /** Said once in the run's output: NODE_EXTRA_CA_CERTS is set but its roots could not all be read. */
  readonly peringatan?: Masalah;
}

/**
 * The roots of Node's default store: `getCACertificates('default')` where Node has it, else
 * `rootCertificates` plus the certificates of the NODE_EXTRA_CA_CERTS file (a PEM bundle). A file that
 * cannot be read, holds no certificate or holds one that does not parse gives a warning naming it: Node
 * itself then ignores it too, and sites whose chain ends at its roots fail as `sertifikat`.
 */
export function akarNode(
  sumber: SumberAkar = tls as SumberAkar,
  env: NodeJS.ProcessEnv = process.env,
): AkarNode {
  const berkas = env['NODE_EXTRA_CA_CERTS'];
  const tambahan = berkas ? bacaAkarTambahan(berkas) : { pem: [] };
  const pem =
    typeof sumber.getCACertificates === 'function'
      ? sumber.getCACertificates('default')
      : [...sumber.rootCertificates, ...tambahan.pem];
  return { pem, ...(tambahan.peringatan ? { peringatan: tambahan.peringatan } : {}) };
}

function bacaAkarTambahan(berkas: string): AkarNode {
  let teks: string;
  try {
    teks = readFileSync(berkas, 'latin1');
  } catch (e) {
    return {
      pem: [],
      peringatan: peringatan(berkas, {
        id: `tidak dapat dibaca (${kodeGalat(e) ?? String(e)})`,
        en: `cannot be read (${kodeGalat(e) ?? String(e)})`,
      }),
    };
  }
  const blok = teks.match(BLOK_PEM_SERTIFIKAT) ?? [];
  const pem = blok.filter((b) => {
    try {
      new X509Certificate(b);
      return true;
    } catch {
      return false;
    }
  });
  if (blok.length === 0)
    return {
      pem,
      peringatan: peringatan(berkas, {
        id: 'tidak berisi sertifikat PEM (-----BEGIN CERTIFICATE-----)',
        en: 'holds no PEM certificate (-----BEGIN CERTIFICATE-----)',
      }),
    };
  if (pem.length < blok.length)
    return {
      pem,
      peringatan: peringatan(berkas, {
        id: `berisi ${blok.length - pem.length} dari ${blok.length} sertifikat yang tidak dapat dibaca`,
        en: `holds ${blok.length - pem.length} of ${blok.length} certificates that cannot be read`,
      }),
    };
  return { pem };
}

function peringatan(berkas: string, sebab: { id: string; en: string }): Masalah {
  return {
    severity: 'warning',
    code: 'tls.node-extra-ca-certs',
    path: berkas,
    message: {
      id: `Berkas NODE_EXTRA_CA_CERTS ${berkas} ${sebab.id}: otoritas akar di dalamnya yang tidak terbaca tidak dipercaya, jadi situs yang rantai sertifikatnya berujung pada akar itu tercatat gagal (sertifikat). Periksa jalur dan isi berkas itu (bundel PEM).`,
      en: `The NODE_EXTRA_CA_CERTS file ${berkas} ${sebab.en}: the root authorities in it that cannot be read are not trusted, so sites whose certificate chain ends at such a root are recorded as failing (sertifikat). Check that file's path and contents (a PEM bundle).`,
    },
  };
}
