import type * as Tenggat from './tenggat-keberatan.js';

/**
 * The objection deadline with the SDK calendar's holiday data, a lazy chunk for keberatan mode. The
 * classic-script build swaps this module for impor-tenggat.iife.ts (`terbuka-tenggat.js` next to the
 * script).
 */
export const imporTenggat = (): Promise<typeof Tenggat> => import('./tenggat-keberatan.js');
