import type * as Mandiri from './mandiri.js';

/**
 * The self-assessed mode (DIP reader, catalog core, scoring), a lazy chunk loaded for a badge with `src`.
 * The classic-script build swaps this module for muat-mandiri.iife.ts (`terbuka-mandiri.js` next to the
 * script). A property, so that tests can make the load fail.
 */
export const pemuatMandiri = { muat: (): Promise<typeof Mandiri> => import('./mandiri.js') };
