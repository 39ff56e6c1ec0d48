import type * as Periksa from './periksa.js';

/**
 * The admin's checklist (mode="periksa"), a lazy chunk. The classic-script build swaps this module for
 * muat-periksa.iife.ts (`terbuka-periksa.js` next to the script).
 */
export const muatPeriksa = (): Promise<typeof Periksa> => import('./periksa.js');
