import type * as KataMasalah from './kata-masalah.js';
import { berkasSamping } from '../berkas-samping.iife.js';

/** In the classic-script build the problem sentences are the ES module `terbuka-kata.js` next to the script. */
const alamat = berkasSamping('terbuka-kata.js');

export const muatKataMasalah = (): Promise<typeof KataMasalah> =>
  import(/* @vite-ignore */ alamat) as Promise<typeof KataMasalah>;
