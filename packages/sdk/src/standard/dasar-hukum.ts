import type { Teks } from '../i18n/teks.js';
import type { DasarHukum } from './types.js';

/** The instruments the catalogs cite, named once so every citation spells them the same way. */
export const INSTRUMEN = {
  uuKip: 'UU 14/2008 (Keterbukaan Informasi Publik)',
  perki2021: 'Perki 1/2021 (Standar Layanan Informasi Publik)',
  perki2018: 'Perki 1/2018 (Standar Layanan Informasi Publik Desa)',
} as const;

/** A citation checked against the text of the instrument. */
export function pasalTerverifikasi(instrument: string, article: string, note?: Teks): DasarHukum {
  return note ? { instrument, article, verified: true, note } : { instrument, article, verified: true };
}

/** A citation that could not be checked; `note` says what is missing. */
export function pasalBelumTerverifikasi(
  instrument: string,
  article: string | undefined,
  note: Teks,
): DasarHukum {
  return article === undefined
    ? { instrument, verified: false, note }
    : { instrument, article, verified: false, note };
}

/** Perki 1/2021 is cited for an item whose place in the standard is known but whose article number is not. */
export const PERKI_2021_PASAL_BELUM_DIKETAHUI: DasarHukum = pasalBelumTerverifikasi(
  INSTRUMEN.perki2021,
  undefined,
  {
    id: 'Nomor pasal dan huruf dalam Perki 1/2021 belum terkonfirmasi. Penomoran Perki 1/2010 (Pasal 11–13) tidak berlaku lagi.',
    en: 'Article and letter in Perki 1/2021 not confirmed. The numbering of the repealed Perki 1/2010 (Articles 11–13) no longer applies.',
  },
);
