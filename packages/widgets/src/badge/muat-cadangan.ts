import type * as Cadangan from './ed25519-cadangan.js';

/**
 * Loads the fallback Ed25519 verifier as a separate chunk, only on browsers without WebCrypto Ed25519.
 * The classic-script build swaps this module for `muat-cadangan.iife.ts` (scripts/build.mjs).
 */
export const muatCadangan = (): Promise<typeof Cadangan> => import('./ed25519-cadangan.js');
