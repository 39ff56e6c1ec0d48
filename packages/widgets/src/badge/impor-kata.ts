import type * as Kata from './kata-masalah.js';

/**
 * The badge's problem words and cards, a lazy chunk. The classic-script build swaps this module for
 * impor-kata.iife.ts (`terbuka-kata-lencana.js` next to the script).
 */
export const imporKata = (): Promise<typeof Kata> => import('./kata-masalah.js');
