import type * as PesanEn from './pesan-en.js';

/**
 * The English of the lists' words, a lazy chunk (kata-en.ts loads it for a list in English). The classic-script
 * build swaps this module for muat-pesan-en.iife.ts (`terbuka-en.js` next to the script).
 */
export const muatPesanEn = (): Promise<typeof PesanEn> => import('./pesan-en.js');
