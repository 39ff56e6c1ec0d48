import type * as Cadangan from './ed25519-cadangan.js';

/**
 * In the classic-script build (`terbuka.min.js`, which cannot split code) the fallback verifier is the
 * ES module `terbuka-ed25519.js` next to the script, imported only by browsers without WebCrypto
 * Ed25519, like `terbuka-csv.js` (internal/data/muat-csv.iife.ts). The address is taken from the
 * running script while it executes (document.currentScript).
 */
const skrip = typeof document !== 'undefined' ? document.currentScript : null;
const dasar = skrip instanceof HTMLScriptElement && skrip.src ? skrip.src : document.baseURI;
const alamat = new URL('terbuka-ed25519.js', dasar).href;

export const muatCadangan = (): Promise<typeof Cadangan> =>
  import(/* @vite-ignore */ alamat) as Promise<typeof Cadangan>;
