import type * as BacaPenuh from './baca-penuh.js';
import { pemuatSamping } from '../berkas-samping.iife.js';

/**
 * In the classic-script build the full DIP reading is `terbuka-baca.js` next to the script: the register
 * the shortcut is sure of (nearly every one) needs no validator, and that file's ~5 kB are paid only for a
 * register with a faulty entry or by the admin's view.
 */
export const muatBacaPenuh = pemuatSamping<typeof BacaPenuh>('terbuka-baca.js');
