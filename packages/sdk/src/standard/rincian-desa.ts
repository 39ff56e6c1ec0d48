import type { Teks } from '../i18n/teks.js';
import { INSTRUMEN, pasalBelumTerverifikasi, pasalTerverifikasi } from './dasar-hukum.js';
import { INTI_DESA } from './inti-desa.js';
import { RINCIAN_BADAN_PUBLIK } from './rincian-badan-publik.js';
import { DASAR_ANCAMAN_SERTA_MERTA } from './serta-merta.js';
import type { DasarHukum, Kategori, RincianItem } from './types.js';

// The details of the desa catalog (Perki 1/2018), keyed by the ids of inti-desa.ts. An item taken
// from the Badan Publik catalog keeps its details there and adds the Perki 1/2018 citation that
// could not be confirmed.

const DIBACA: Teks = {
  id: 'Dibaca dari kutipan teks Perki 1/2018 Pasal 2 ayat (1) (ki.babelprov.go.id, wiki OpenSID "Dasar Hukum Informasi Publik").',
  en: 'Read in quotations of the text of Perki 1/2018 Article 2(1) (ki.babelprov.go.id, OpenSID wiki "Dasar Hukum Informasi Publik").',
};

const pasal2 = (huruf: string): DasarHukum =>
  pasalTerverifikasi(INSTRUMEN.perki2018, `Pasal 2 ayat (1) huruf ${huruf}`, DIBACA);

const BERKALA_LANJUTAN: Teks = {
  id: 'Butir Perki 1/2021 untuk semua Badan Publik. Apakah Perki 1/2018 Pasal 2 memuatnya (huruf h dan seterusnya) belum terkonfirmasi; tidak dihitung sebagai kewajiban desa.',
  en: 'A Perki 1/2021 item for every public body. Whether Perki 1/2018 Article 2 lists it (letter h onward) is not confirmed; not counted as a duty of a desa.',
};

const SETIAP_SAAT_DESA: Teks = {
  id: 'Daftar setiap saat Perki 1/2018 (Pasal 4) belum ditemukan; memakai daftar Badan Publik sampai terkonfirmasi.',
  en: 'The setiap-saat list of Perki 1/2018 (Article 4) was not found; the Badan Publik list is used until confirmed.',
};

const DIK_DESA: Teks = {
  id: 'Ketentuan informasi dikecualikan dalam Perki 1/2018 (Pasal 6) belum dibaca; dasar UU KIP Pasal 17 tetap berlaku.',
  en: 'The exemption provision of Perki 1/2018 (Article 6) was not read; UU KIP Article 17 applies regardless.',
};

const DIP_DESA: Teks = {
  id: 'Pasal 7 huruf e: Pemerintah Desa wajib menetapkan dan memutakhirkan secara berkala Daftar Informasi Publik Desa (dibaca dari kutipan teks: juragandesa.net, pusbimtekpalira.com).',
  en: 'Article 7(e): the village government must set the village DIP and keep it current (read in quotations of the text: juragandesa.net, pusbimtekpalira.com).',
};

function dariBadanPublik(id: string): RincianItem {
  const rincian = RINCIAN_BADAN_PUBLIK[id];
  if (!rincian) throw new Error(`katalog: ${id} tidak ada di katalog Badan Publik`);
  return rincian;
}

/** Why a taken-over item of each category is not confirmed, and the Perki 1/2018 article in doubt. */
const TURUNAN: Partial<Record<Kategori, { article?: string; note: Teks }>> = {
  berkala: { note: BERKALA_LANJUTAN },
  'setiap-saat': { article: 'Pasal 4', note: SETIAP_SAAT_DESA },
  dikecualikan: { article: 'Pasal 6', note: DIK_DESA },
};

function turunanBelumTerkonfirmasi(id: string, category: Kategori): RincianItem {
  const item = dariBadanPublik(id);
  const alasan = TURUNAN[category];
  if (!alasan) throw new Error(`katalog: ${id} tidak diturunkan`);
  return {
    ...item,
    basis: [...item.basis, pasalBelumTerverifikasi(INSTRUMEN.perki2018, alasan.article, alasan.note)],
    note: alasan.note,
  };
}

const dipDesa = turunanBelumTerkonfirmasi('setiap-saat.dip', 'setiap-saat');

/** Berkala a–g as read in Perki 1/2018, serta-merta (Pasal 3), and the DIP (Pasal 7 huruf e). */
const RINCIAN_TERTULIS: Readonly<Record<string, RincianItem>> = {
  'berkala.profil': {
    basis: [pasal2('a')],
    subItems: {
      'berkala.profil.alamat': { title: { id: 'Alamat', en: 'Address' } },
      'berkala.profil.visi-misi': { title: { id: 'Visi dan misi', en: 'Vision and mission' } },
      'berkala.profil.tugas-fungsi': { title: { id: 'Tugas dan fungsi', en: 'Duties and functions' } },
      'berkala.profil.struktur-organisasi': {
        title: { id: 'Struktur organisasi', en: 'Organisation chart' },
      },
      'berkala.profil.profil-pejabat': {
        title: {
          id: 'Profil singkat pejabat (Kepala Desa dan perangkat desa)',
          en: 'Short profiles of officials (village head and staff)',
        },
      },
    },
  },
  'berkala.ringkasan-program': {
    basis: [pasal2('b')],
    subItems: {
      'berkala.ringkasan-program.matriks': {
        title: {
          id: 'Nama program/kegiatan, jadwal pelaksanaan, penanggung jawab, sumber dan besaran anggaran',
          en: 'Name, schedule, person responsible, source and amount of budget',
        },
      },
    },
  },
  'berkala.program-masuk-desa': {
    basis: [pasal2('c')],
    subItems: {
      'berkala.program-masuk-desa.program': {
        title: {
          id: 'Program dari Pemerintah Pusat, Daerah Provinsi, Daerah Kabupaten/Kota, dan pihak ketiga',
          en: 'Programmes of the central, provincial and district governments and third parties',
        },
      },
      'berkala.program-masuk-desa.penerima-bantuan': {
        title: { id: 'Data penerima bantuan program', en: 'Who receives assistance' },
      },
    },
  },
  'berkala.perencanaan-desa': {
    basis: [pasal2('d')],
    subItems: {
      'berkala.perencanaan-desa.rpjm': { title: { id: 'RPJM Desa', en: 'Medium-term development plan' } },
      'berkala.perencanaan-desa.rkp': { title: { id: 'RKP Desa', en: 'Annual work plan' } },
      'berkala.perencanaan-desa.du-rkp': {
        title: { id: 'Daftar Usulan RKP Desa', en: 'List of proposals for the work plan' },
      },
    },
  },
  'berkala.apb-desa': {
    basis: [pasal2('e')],
  },
  'berkala.ringkasan-kinerja': {
    basis: [pasal2('f')],
    subItems: {
      'berkala.ringkasan-kinerja.akhir-tahun': {
        title: {
          id: 'Laporan penyelenggaraan Pemerintahan Desa akhir tahun anggaran',
          en: 'Year-end report on village government',
        },
      },
      'berkala.ringkasan-kinerja.akhir-masa-jabatan': {
        title: {
          id: 'Laporan penyelenggaraan Pemerintahan Desa akhir masa jabatan',
          en: 'End-of-term report on village government',
        },
      },
    },
  },
  'berkala.laporan-keuangan': {
    description: {
      id: 'Paling sedikit laporan realisasi penggunaan APB Desa (rincian berikutnya dalam teks belum terbaca).',
      en: 'At least the realisation of the village budget (the rest of the list was not readable).',
    },
    basis: [pasal2('g')],
    subItems: {
      'berkala.laporan-keuangan.realisasi-apb-desa': {
        title: { id: 'Laporan realisasi penggunaan APB Desa', en: 'Realisation of the village budget' },
      },
    },
  },
  'serta-merta.ancaman': {
    ...dariBadanPublik('serta-merta.ancaman'),
    description: {
      id: 'Diumumkan paling sedikit pada papan pengumuman desa dan/atau media lain yang lazim dan mudah dijangkau masyarakat.',
      en: 'Posted at least on the village notice board and/or other media the village commonly uses and easily reaches.',
    },
    basis: DASAR_ANCAMAN_SERTA_MERTA.filter((d) => d.instrument !== INSTRUMEN.perki2021),
  },
  'setiap-saat.dip': {
    ...dipDesa,
    basis: [...dipDesa.basis, pasalTerverifikasi(INSTRUMEN.perki2018, 'Pasal 7 huruf e', DIP_DESA)],
    note: DIP_DESA,
  },
};

export const RINCIAN_DESA: Readonly<Record<string, RincianItem>> = Object.fromEntries(
  INTI_DESA.map((i) => [i.id, RINCIAN_TERTULIS[i.id] ?? turunanBelumTerkonfirmasi(i.id, i.category)]),
);
