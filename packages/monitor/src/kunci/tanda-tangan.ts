import { sign } from 'node:crypto';
import { TANDA_TANGAN_FORMAT, TANDA_TANGAN_VERSION, type TandaTanganFeed } from '@terbuka/sdk';
import type { Penanda } from './berkas-kunci.js';

/** Signs the exact bytes of a file with every given key (more than one during a rotation's overlap). */
export function tandatangani(bytes: Uint8Array, penanda: readonly Penanda[], file: string): TandaTanganFeed {
  return {
    format: TANDA_TANGAN_FORMAT,
    version: TANDA_TANGAN_VERSION,
    alg: 'Ed25519',
    file,
    signatures: penanda.map((p) => ({ kid: p.kid, sig: sign(null, bytes, p.kunci).toString('base64url') })),
  };
}
