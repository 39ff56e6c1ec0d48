import type { Teks } from '../i18n/teks.js';
import { INSTRUMEN, pasalTerverifikasi } from './dasar-hukum.js';
import type { HurufPasal, HurufPasal17, HurufPasal35 } from './types.js';

const dasar17 = (letter: HurufPasal17, title: Teks): HurufPasal<HurufPasal17> => ({
  letter,
  title,
  basis: pasalTerverifikasi(INSTRUMEN.uuKip, `Pasal 17 huruf ${letter}`),
});

const dasar35 = (letter: HurufPasal35, title: Teks): HurufPasal<HurufPasal35> => ({
  letter,
  title,
  basis: pasalTerverifikasi(INSTRUMEN.uuKip, `Pasal 35 ayat (1) huruf ${letter}`),
});

/** The grounds on which information may be withheld (UU KIP Pasal 17), each only after a consequence test. */
export const PASAL_17: readonly HurufPasal<HurufPasal17>[] = [
  dasar17('a', {
    id: 'Menghambat proses penegakan hukum',
    en: 'Would obstruct law enforcement',
  }),
  dasar17('b', {
    id: 'Mengganggu perlindungan hak atas kekayaan intelektual dan persaingan usaha tidak sehat',
    en: 'Would harm intellectual-property protection or fair competition',
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

/** The Pasal 17 ground for a letter (`a`–`j`, any case), or undefined for any other letter. */
export function hurufPasal17(letter: string): HurufPasal<HurufPasal17> | undefined {
  return PASAL_17.find((p) => p.letter === letter.trim().toLowerCase());
}

/** The Pasal 35 ayat 1 ground for a letter (`a`–`g`, any case), or undefined for any other letter. */
export function hurufPasal35(letter: string): HurufPasal<HurufPasal35> | undefined {
  return PASAL_35.find((p) => p.letter === letter.trim().toLowerCase());
}
