import type * as Saran from './saran-dip.js';

/**
 * The DIP suggestions (the DIP reader, catalogs and list rows), a lazy chunk for a form with `dip`. The
 * classic-script build swaps this module for impor-saran.iife.ts (`terbuka-saran.js` next to the script).
 */
export const imporSaran = (): Promise<typeof Saran> => import('./saran-dip.js');
