import type * as Tenggat from './tenggat-keberatan.js';
import { pemuatSamping } from '../internal/berkas-samping.iife.js';

/** In the classic-script build the objection deadline is `terbuka-tenggat.js` next to the script. */
export const imporTenggat = pemuatSamping<typeof Tenggat>('terbuka-tenggat.js');
