import type * as ImporCSV from '@terbuka/sdk/csv';

/**
 * Inside an ES module that a classic script imports from next to itself (terbuka-saran.js): the CSV
 * importer is `terbuka-csv.js` beside that module.
 */
export const muatCSV = (): Promise<typeof ImporCSV> =>
  import(/* @vite-ignore */ new URL(/* @vite-ignore */ 'terbuka-csv.js', import.meta.url).href) as Promise<
    typeof ImporCSV
  >;
