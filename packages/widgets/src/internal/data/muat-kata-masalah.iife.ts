import type * as KataMasalah from './kata-masalah.js';
import { pemuatSamping } from '../berkas-samping.iife.js';

/** In the classic-script build the problem sentences are `terbuka-kata.js` next to the script. */
export const muatKataMasalah = pemuatSamping<typeof KataMasalah>('terbuka-kata.js');
