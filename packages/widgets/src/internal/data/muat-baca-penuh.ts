import type * as BacaPenuh from './baca-penuh.js';

/**
 * The full DIP reading (the validator with valibot), a lazy chunk. The classic-script build swaps this module
 * for muat-baca-penuh.iife.ts (`terbuka-baca.js` next to the script).
 */
export const muatBacaPenuh = (): Promise<typeof BacaPenuh> => import('./baca-penuh.js');
