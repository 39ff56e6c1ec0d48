import type * as KataMasalah from './kata-masalah.js';

/**
 * Inside an ES module that a classic script imports from next to itself (terbuka-saran.js): the problem
 * sentences are `terbuka-kata.js` beside that module.
 */
export const muatKataMasalah = (): Promise<typeof KataMasalah> =>
  import(/* @vite-ignore */ new URL(/* @vite-ignore */ 'terbuka-kata.js', import.meta.url).href) as Promise<
    typeof KataMasalah
  >;
