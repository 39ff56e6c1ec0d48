import type * as ImporCSV from '@terbuka/sdk/csv';

/**
 * Loads the SDK's CSV importer (and its parser) as a separate chunk, only when a CSV is actually read.
 * The classic-script build swaps this module for `muat-csv.iife.ts` (scripts/build.mjs, `varian`).
 */
export const muatCSV = (): Promise<typeof ImporCSV> => import('@terbuka/sdk/csv');
