import type * as Kata from './kata-masalah.js';
import { berkasSamping } from '../internal/berkas-samping.iife.js';

/** In the classic-script build the badge's problem words are the ES module `terbuka-kata-lencana.js` next to the script. */
const alamat = berkasSamping('terbuka-kata-lencana.js');

export const imporKata = (): Promise<typeof Kata> =>
  import(/* @vite-ignore */ alamat) as Promise<typeof Kata>;
