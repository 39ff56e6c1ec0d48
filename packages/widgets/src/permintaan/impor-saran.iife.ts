import type * as Saran from './saran-dip.js';
import { berkasSamping } from '../internal/berkas-samping.iife.js';

/** In the classic-script build the DIP suggestions are the ES module `terbuka-saran.js` next to the script. */
const alamat = berkasSamping('terbuka-saran.js');

export const imporSaran = (): Promise<typeof Saran> =>
  import(/* @vite-ignore */ alamat) as Promise<typeof Saran>;
