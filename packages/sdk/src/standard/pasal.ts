import type { Teks } from '../i18n/teks.js';
import { INSTRUMEN, pasalTerverifikasi } from './dasar-hukum.js';
import type { HurufPasal, HurufPasal17 } from './types.js';

const dasar17 = (letter: HurufPasal17, title: Teks): HurufPasal<HurufPasal17> => ({
  letter,
  title,
  basis: pasalTerverifikasi(INSTRUMEN.uuKip, `Pasal 17 huruf ${letter}`),
});

/** The grounds on which information may be withheld (UU KIP Pasal 17), each only after a consequence test. */
export const PASAL_17: readonly HurufPasal<HurufPasal17>[] = [
  dasar17('a', {
    id: 'Menghambat proses penegakan hukum',
    en: 'Would obstruct law enforcement',
  }),
  dasar17('b', {
    // As the law words it: protection *from* unfair competition (a shorter wording read as protecting it).
    id: 'Mengganggu kepentingan perlindungan hak atas kekayaan intelektual dan perlindungan dari persaingan usaha tidak sehat',
    en: 'Would harm the protection of intellectual property rights or the protection from unfair competition',
  }),
  dasar17('c', {
    id: 'Membahayakan pertahanan dan keamanan negara',
    en: 'Would endanger national defence and security',
  }),
  dasar17('d', {
    id: 'Mengungkapkan kekayaan alam Indonesia',
    en: "Would reveal Indonesia's natural resources",
  }),
  dasar17('e', {
    id: 'Merugikan ketahanan ekonomi nasional',
    en: 'Would harm national economic resilience',
  }),
  dasar17('f', {
    id: 'Merugikan kepentingan hubungan luar negeri',
    en: 'Would harm foreign relations',
  }),
  dasar17('g', {
    id: 'Mengungkapkan isi akta otentik yang bersifat pribadi dan kemauan terakhir ataupun wasiat seseorang',
    en: 'Would reveal private authentic deeds or last wills',
  }),
  dasar17('h', {
    id: 'Mengungkap rahasia pribadi',
    en: 'Would reveal personal secrets',
  }),
  dasar17('i', {
    id: 'Memorandum atau surat antar/intra Badan Publik yang menurut sifatnya dirahasiakan, kecuali atas putusan Komisi Informasi atau pengadilan',
    en: 'Internal memoranda or letters secret by nature, unless opened by the Komisi Informasi or a court',
  }),
  dasar17('j', {
    id: 'Informasi yang tidak boleh diungkapkan berdasarkan undang-undang',
    en: 'Information another law forbids disclosing',
  }),
];

/** The Pasal 17 ground for a letter (`a`–`j`, any case), or undefined for any other letter. */
export function hurufPasal17(letter: string): HurufPasal<HurufPasal17> | undefined {
  return PASAL_17.find((p) => p.letter === letter.trim().toLowerCase());
}

// Pasal 35 (objection grounds) in its own module: only the request form needs it; a page listing the DIP
// then never carries its titles.
export { hurufPasal35, PASAL_35 } from './pasal-35.js';
