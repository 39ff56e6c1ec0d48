import type * as ImporCSV from '@terbuka/sdk/csv';
import { berkasSamping } from '../berkas-samping.iife.js';

/**
 * In the classic-script build the importer is the ES module `terbuka-csv.js` next to the script, so pages
 * that never read a CSV never load it.
 */
const alamat = berkasSamping('terbuka-csv.js');

export const muatCSV = (): Promise<typeof ImporCSV> =>
  import(/* @vite-ignore */ alamat) as Promise<typeof ImporCSV>;
