import type { Teks } from '../i18n/teks.js';
import { INSTRUMEN, PERKI_2021_PASAL_BELUM_DIKETAHUI, pasalTerverifikasi } from './dasar-hukum.js';
import { INTI_ANCAMAN_SERTA_MERTA } from './serta-merta-inti.js';
import type { AncamanSertaMertaInti, DasarHukum } from './types.js';

/** A kind of threat whose information must be announced at once (informasi serta-merta). */
export interface AncamanSertaMerta extends AncamanSertaMertaInti {
  readonly title: Teks;
}

/** One element every serta-merta announcement must state. */
export interface UnsurPengumuman {
  readonly id: string;
  readonly title: Teks;
}

const DIBACA_DARI_PERKI_2018: Teks = {
  id: 'Dibaca dari kutipan teks Perki 1/2018 Pasal 3 (jawalaut.id, pusbimtekpalira.com).',
  en: 'Read in quotations of the text of Perki 1/2018 Article 3 (jawalaut.id, pusbimtekpalira.com).',
};

/** Where the six threat kinds are listed: Perki 1/2018 confirmed; Perki 1/2021 article not confirmed. */
export const DASAR_ANCAMAN_SERTA_MERTA: readonly DasarHukum[] = [
  pasalTerverifikasi(INSTRUMEN.uuKip, 'Pasal 10'),
  PERKI_2021_PASAL_BELUM_DIKETAHUI,
  pasalTerverifikasi(INSTRUMEN.perki2018, 'Pasal 3 ayat (1)', DIBACA_DARI_PERKI_2018),
];

/** Where the eight elements of an announcement are listed. */
export const DASAR_UNSUR_PENGUMUMAN: readonly DasarHukum[] = [
  PERKI_2021_PASAL_BELUM_DIKETAHUI,
  pasalTerverifikasi(INSTRUMEN.perki2018, 'Pasal 3 ayat (2)', DIBACA_DARI_PERKI_2018),
];

/** Titles of the threat kinds, keyed by the ids of serta-merta-inti.ts. */
const JUDUL_ANCAMAN: Readonly<Record<string, Teks>> = {
  'bencana-alam': {
    id: 'Bencana alam (kekeringan, kebakaran hutan karena faktor alam, hama penyakit tanaman, epidemik, wabah, kejadian luar biasa)',
    en: 'Natural disaster (drought, natural forest fire, crop pests, epidemics, outbreaks)',
  },
  'bencana-non-alam': {
    id: 'Bencana non-alam (kegagalan industri atau teknologi, pencemaran lingkungan)',
    en: 'Non-natural disaster (industrial or technology failure, pollution)',
  },
  'bencana-sosial': {
    id: 'Bencana sosial (kerusuhan sosial, konflik sosial antarkelompok atau antarkomunitas, teror)',
    en: 'Social disaster (riots, conflict between groups or communities, terror)',
  },
  'penyakit-menular': {
    id: 'Jenis, persebaran, dan daerah sumber penyakit yang berpotensi menular',
    en: 'Kind, spread and source area of potentially contagious disease',
  },
  'racun-makanan': {
    id: 'Racun pada bahan makanan yang dikonsumsi masyarakat',
    en: 'Poison in food consumed by the public',
  },
  'gangguan-utilitas': {
    id: 'Rencana gangguan terhadap utilitas publik',
    en: 'Planned disruption of public utilities',
  },
};

/** The six threat kinds: each core (id, phrases) with its title. */
export const ANCAMAN_SERTA_MERTA: readonly AncamanSertaMerta[] = /* @__PURE__ */ INTI_ANCAMAN_SERTA_MERTA.map(
  (a) => {
    const title = JUDUL_ANCAMAN[a.id];
    if (!title) throw new Error(`serta-merta: judul ${a.id} tidak ada`);
    return { id: a.id, title, keywords: a.keywords };
  },
);

export const UNSUR_PENGUMUMAN: readonly UnsurPengumuman[] = [
  {
    id: 'potensi-bahaya',
    title: {
      id: 'Potensi bahaya dan/atau besaran dampak yang dapat ditimbulkan',
      en: 'The hazard and/or the scale of its impact',
    },
  },
  {
    id: 'pihak-terdampak',
    title: { id: 'Pihak yang berpotensi terkena dampak', en: 'Who may be affected' },
  },
  {
    id: 'evakuasi',
    title: {
      id: 'Prosedur dan tempat evakuasi apabila keadaan darurat terjadi',
      en: 'Evacuation procedure and place in an emergency',
    },
  },
  {
    id: 'cara-menghindari',
    title: { id: 'Cara menghindari bahaya dan/atau dampak', en: 'How to avoid the hazard or its impact' },
  },
  {
    id: 'cara-mendapat-bantuan',
    title: {
      id: 'Cara mendapatkan bantuan dari pihak yang berwenang',
      en: 'How to get help from the authorities',
    },
  },
  {
    id: 'pihak-pengumum',
    title: { id: 'Pihak yang wajib mengumumkan informasi', en: 'Who must announce the information' },
  },
  {
    id: 'tata-cara-darurat',
    title: {
      id: 'Tata cara pengumuman informasi apabila keadaan darurat terjadi',
      en: 'How the information is announced in an emergency',
    },
  },
  {
    id: 'upaya-penanggulangan',
    title: {
      id: 'Upaya yang dilakukan Badan Publik dan/atau pihak berwenang dalam menanggulangi bahaya dan/atau dampaknya',
      en: 'What the body and/or the authorities are doing to contain the hazard or its impact',
    },
  },
];
