import { sign } from 'node:crypto';
import type { Penanda } from './berkas-kunci.js';

/** The detached signature file `feed.json.sig` (the SDK's `TandaTanganFeed`). */
export interface BerkasTandaTangan {
  readonly format: 'terbuka-feed-signature';
  readonly version: 1;
  readonly alg: 'Ed25519';
  readonly file: string;
  readonly signatures: readonly { readonly kid: string; readonly sig: string }[];
}

/** Signs the exact bytes of a file with every given key (more than one during a rotation's overlap). */
export function tandatangani(
  bytes: Uint8Array,
  penanda: readonly Penanda[],
  file: string,
): BerkasTandaTangan {
  return {
    format: 'terbuka-feed-signature',
    version: 1,
    alg: 'Ed25519',
    file,
    signatures: penanda.map((p) => ({ kid: p.kid, sig: sign(null, bytes, p.kunci).toString('base64url') })),
  };
}
