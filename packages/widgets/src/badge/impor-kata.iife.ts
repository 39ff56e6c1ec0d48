import type * as Kata from './kata-masalah.js';
import { pemuatSamping } from '../internal/berkas-samping.iife.js';

/** In the classic-script build the badge's problem words are `terbuka-kata-lencana.js` next to the script. */
export const imporKata = pemuatSamping<typeof Kata>('terbuka-kata-lencana.js');
