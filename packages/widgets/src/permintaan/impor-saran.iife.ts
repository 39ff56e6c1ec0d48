import type * as Saran from './saran-dip.js';
import { pemuatSamping } from '../internal/berkas-samping.iife.js';

/** In the classic-script build the DIP suggestions are `terbuka-saran.js` next to the script. */
export const imporSaran = pemuatSamping<typeof Saran>('terbuka-saran.js');
