import type * as PesanEn from './pesan-en.js';
import { pemuatSamping } from './berkas-samping.iife.js';

/** In the classic-script build the English of the lists' words is `terbuka-en.js` next to the script. */
export const muatPesanEn = pemuatSamping<typeof PesanEn>('terbuka-en.js');
