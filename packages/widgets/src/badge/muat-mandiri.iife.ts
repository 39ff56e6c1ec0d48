import type * as Mandiri from './mandiri.js';
import { pemuatSamping } from '../internal/berkas-samping.iife.js';

/** In the classic-script build the self-assessed mode is `terbuka-mandiri.js` next to the script. */
export const pemuatMandiri = { muat: pemuatSamping<typeof Mandiri>('terbuka-mandiri.js') };
