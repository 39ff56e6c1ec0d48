import type * as Cadangan from './ed25519-cadangan.js';
import { pemuatSamping } from '../internal/berkas-samping.iife.js';

/**
 * In the classic-script build the fallback verifier is `terbuka-ed25519.js` next to the script, imported
 * only by browsers without WebCrypto Ed25519.
 */
export const muatCadangan = pemuatSamping<typeof Cadangan>('terbuka-ed25519.js');
