import type * as Periksa from './periksa.js';
import type * as PeriksaSemua from './periksa-semua.js';

/**
 * The admin's checklists (mode="periksa"), lazy chunks: the panel's, and the full DIP's (with the whole
 * catalog cores, which the panel's never needs). The classic-script build swaps this module for
 * muat-periksa.iife.ts (`terbuka-periksa.js`, `terbuka-periksa-semua.js` next to the script).
 */
export const muatPeriksa = (): Promise<typeof Periksa> => import('./periksa.js');
export const muatPeriksaSemua = (): Promise<typeof PeriksaSemua> => import('./periksa-semua.js');
