import type * as ImporCSV from './csv.js';
import { pemuatSamping } from '../berkas-samping.iife.js';

/** In the classic-script build the CSV importer (csv.ts) is `terbuka-csv.js` next to the script. */
export const muatCSV = pemuatSamping<typeof ImporCSV>('terbuka-csv.js');
