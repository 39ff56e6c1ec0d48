import type * as Periksa from './periksa.js';
import { pemuatSamping } from '../berkas-samping.iife.js';

/** In the classic-script build the admin's checklist is `terbuka-periksa.js` next to the script. */
export const muatPeriksa = pemuatSamping<typeof Periksa>('terbuka-periksa.js');
