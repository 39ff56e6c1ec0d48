import { PESAN } from './pesan.js';
import { muatPesanEn } from './muat-pesan-en.js';

/** The English of the lists' words (pesan-en.ts) once a list in English asked for it: its load. */
let en: Promise<unknown> | undefined;
/** Written into PESAN, or not loaded (offline, a file missing): the Indonesian stands in. */
let siap = false;
/**
 * Not loaded: a list asked in English is then shown wholly in Indonesian (its words, the standard's titles,
 * dates, counts), never half of each.
 */
export const kataEn = { gagal: false };

/** How the English loads; a property, so that tests can hold the load. */
export const pemuatKataEn = { muat: muatPesanEn };

/**
 * For a list in English: undefined once its words are here (or could not be loaded); else their load, after
 * which the list renders again.
 */
export const tungguKataEn = (): Promise<unknown> | undefined =>
  siap
    ? undefined
    : (en ??= pemuatKataEn
        .muat()
        .then(
          ({ PESAN_EN }) => {
            for (const [k, teks] of Object.entries(PESAN_EN)) PESAN[k as keyof typeof PESAN_EN].en = teks;
          },
          () => {
            kataEn.gagal = true;
          },
        )
        .then(() => {
          siap = true;
        }));
