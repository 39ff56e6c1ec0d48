import type { Teks } from '../i18n/teks.js';
import { INSTRUMEN, pasalTerverifikasi } from './dasar-hukum.js';
import type { HurufPasal, HurufPasal35 } from './types.js';

const dasar35 = (letter: HurufPasal35, title: Teks): HurufPasal<HurufPasal35> => ({
  letter,
  title,
  basis: pasalTerverifikasi(INSTRUMEN.uuKip, `Pasal 35 ayat (1) huruf ${letter}`),
});

/** The grounds on which a requester may file an objection (UU KIP Pasal 35 ayat 1). */
export const PASAL_35: readonly HurufPasal<HurufPasal35>[] = [
  dasar35('a', {
    id: 'Penolakan permohonan informasi berdasarkan alasan pengecualian Pasal 17',
    en: 'The request was refused on the exception grounds of Article 17',
  }),
  dasar35('b', {
    id: 'Tidak disediakannya informasi berkala',
    en: 'Periodic information was not published',
  }),
  dasar35('c', {
    id: 'Tidak ditanggapinya permintaan informasi',
    en: 'The request was not answered',
  }),
  dasar35('d', {
    id: 'Permintaan informasi ditanggapi tidak sebagaimana yang diminta',
    en: 'The request was answered other than as asked',
  }),
  dasar35('e', {
    id: 'Tidak dipenuhinya permintaan informasi',
    en: 'The request was not fulfilled',
  }),
  dasar35('f', {
    id: 'Pengenaan biaya yang tidak wajar',
    en: 'Unreasonable fees were charged',
  }),
  dasar35('g', {
    id: 'Penyampaian informasi yang melebihi waktu yang diatur dalam undang-undang',
    en: 'The information was delivered later than the legal deadline',
  }),
];

/** The Pasal 35 ayat 1 ground for a letter (`a`–`g`, any case), or undefined for any other letter. */
export function hurufPasal35(letter: string): HurufPasal<HurufPasal35> | undefined {
  return PASAL_35.find((p) => p.letter === letter.trim().toLowerCase());
}
