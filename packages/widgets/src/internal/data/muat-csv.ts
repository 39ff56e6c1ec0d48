import type * as ImporCSV from './csv.js';

/**
 * Loads the CSV importer (the SDK's, with its parser: csv.ts) as a separate chunk, only when a CSV is
 * actually read. The classic-script build swaps this module for `muat-csv.iife.ts` (scripts/build.mjs,
 * `varian`).
 */
export const muatCSV = (): Promise<typeof ImporCSV> => import('./csv.js');
