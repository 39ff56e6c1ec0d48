import type * as KataMasalah from './kata-masalah.js';

/**
 * The SDK's problem sentences, a lazy chunk loaded on the first read with problems. The classic-script
 * build swaps this module for muat-kata-masalah.iife.ts (`terbuka-kata.js` next to the script).
 */
export const muatKataMasalah = (): Promise<typeof KataMasalah> => import('./kata-masalah.js');
