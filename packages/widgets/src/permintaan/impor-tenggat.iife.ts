import type * as Tenggat from './tenggat-keberatan.js';
import { berkasSamping } from '../internal/berkas-samping.iife.js';

/** In the classic-script build the objection deadline is the ES module `terbuka-tenggat.js` next to the script. */
const alamat = berkasSamping('terbuka-tenggat.js');

export const imporTenggat = (): Promise<typeof Tenggat> =>
  import(/* @vite-ignore */ alamat) as Promise<typeof Tenggat>;
