import type * as Cadangan from './ed25519-cadangan.js';
import { berkasSamping } from '../internal/berkas-samping.iife.js';

/**
 * In the classic-script build the fallback verifier is the ES module `terbuka-ed25519.js` next to the
 * script, imported only by browsers without WebCrypto Ed25519.
 */
const alamat = berkasSamping('terbuka-ed25519.js');

export const muatCadangan = (): Promise<typeof Cadangan> =>
  import(/* @vite-ignore */ alamat) as Promise<typeof Cadangan>;
