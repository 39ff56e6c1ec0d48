import type { Teks } from '../i18n/teks.js';
import { INSTRUMEN, pasalBelumTerverifikasi, pasalTerverifikasi } from './dasar-hukum.js';
import { infoKategori } from './kategori.js';
import { ITEM_BADAN_PUBLIK } from './katalog-badan-publik.js';
import { DASAR_ANCAMAN_SERTA_MERTA } from './serta-merta.js';
import type { DasarHukum, ItemKatalog } from './types.js';

// The catalog for a desa (Perki 1/2018). Berkala a–g and serta-merta (Pasal 3) were read in the
// text; everything else is taken from the Badan Publik catalog, marked unverified, not copied.

const ENAM_BULAN = infoKategori('berkala').cadenceMonths;

const DIBACA: Teks = {
  id: 'Dibaca dari kutipan teks Perki 1/2018 Pasal 2 ayat (1) (ki.babelprov.go.id, wiki OpenSID "Dasar Hukum Informasi Publik").',
  en: 'Read in quotations of the text of Perki 1/2018 Article 2(1) (ki.babelprov.go.id, OpenSID wiki "Dasar Hukum Informasi Publik").',
};

const pasal2 = (huruf: string): DasarHukum =>
  pasalTerverifikasi(INSTRUMEN.perki2018, `Pasal 2 ayat (1) huruf ${huruf}`, DIBACA);

function dariBadanPublik(id: string): ItemKatalog {
  const item = ITEM_BADAN_PUBLIK.find((i) => i.id === id);
  if (!item) throw new Error(`katalog: ${id} tidak ada di katalog Badan Publik`);
  return item;
}

/** An entry of Perki 1/2021 whose counterpart in Perki 1/2018 could not be found: kept, not counted. */
function turunanBelumTerkonfirmasi(id: string, article: string | undefined, note: Teks): ItemKatalog {
  const { letter: _letter, ...item } = dariBadanPublik(id);
  return {
    ...item,
    basis: [...item.basis, pasalBelumTerverifikasi(INSTRUMEN.perki2018, article, note)],
    mandatory: false,
    verified: false,
    note,
  };
}

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

const profil = dariBadanPublik('berkala.profil');
const kinerja = dariBadanPublik('berkala.ringkasan-kinerja');
const keuangan = dariBadanPublik('berkala.laporan-keuangan');
const program = dariBadanPublik('berkala.ringkasan-program');

const BERKALA: readonly ItemKatalog[] = [
  {
    id: 'berkala.profil',
    category: 'berkala',
    letter: 'a',
    title: { id: 'Profil Badan Publik Desa', en: 'Profile of the village public body' },
    subItems: [
      { id: 'berkala.profil.alamat', title: { id: 'Alamat', en: 'Address' } },
      {
        id: 'berkala.profil.visi-misi',
        title: { id: 'Visi dan misi', en: 'Vision and mission' },
        keywords: ['visi misi', 'visi dan misi'],
      },
      {
        id: 'berkala.profil.tugas-fungsi',
        title: { id: 'Tugas dan fungsi', en: 'Duties and functions' },
        keywords: ['tugas dan fungsi', 'tugas pokok dan fungsi', 'tupoksi', 'tugas fungsi'],
      },
      {
        id: 'berkala.profil.struktur-organisasi',
        title: { id: 'Struktur organisasi', en: 'Organisation chart' },
        keywords: [
          'struktur organisasi',
          'bagan organisasi',
          'susunan organisasi',
          'struktur pemerintah desa',
          'sotk',
        ],
      },
      {
        id: 'berkala.profil.profil-pejabat',
        title: {
          id: 'Profil singkat pejabat (Kepala Desa dan perangkat desa)',
          en: 'Short profiles of officials (village head and staff)',
        },
        keywords: ['profil pejabat', 'profil kepala desa', 'perangkat desa', 'aparatur desa', 'aparat desa'],
      },
    ],
    basis: [pasal2('a')],
    mandatory: true,
    verified: true,
    cadenceMonths: ENAM_BULAN,
    keywords: [
      ...profil.keywords,
      'profil desa',
      'profil kepala desa',
      'perangkat desa',
      'aparatur desa',
      'aparat desa',
      'struktur pemerintah desa',
      'sotk',
    ],
  },
  {
    id: 'berkala.ringkasan-program',
    category: 'berkala',
    letter: 'b',
    title: {
      id: 'Matriks program atau kegiatan yang sedang dijalankan',
      en: 'Matrix of programmes and activities under way',
    },
    subItems: [
      {
        id: 'berkala.ringkasan-program.matriks',
        title: {
          id: 'Nama program/kegiatan, jadwal pelaksanaan, penanggung jawab, sumber dan besaran anggaran',
          en: 'Name, schedule, person responsible, source and amount of budget',
        },
      },
    ],
    basis: [pasal2('b')],
    mandatory: true,
    verified: true,
    cadenceMonths: ENAM_BULAN,
    keywords: [...program.keywords, 'matriks program', 'matriks kegiatan', 'kegiatan pembangunan desa'],
  },
  {
    id: 'berkala.program-masuk-desa',
    category: 'berkala',
    letter: 'c',
    title: { id: 'Matriks program masuk desa', en: 'Matrix of programmes entering the village' },
    subItems: [
      {
        id: 'berkala.program-masuk-desa.program',
        title: {
          id: 'Program dari Pemerintah Pusat, Daerah Provinsi, Daerah Kabupaten/Kota, dan pihak ketiga',
          en: 'Programmes of the central, provincial and district governments and third parties',
        },
      },
      {
        id: 'berkala.program-masuk-desa.penerima-bantuan',
        title: { id: 'Data penerima bantuan program', en: 'Who receives assistance' },
        keywords: [
          'penerima bantuan',
          'daftar penerima bantuan',
          'data penerima bantuan',
          'penerima blt',
          'kpm',
        ],
      },
    ],
    basis: [pasal2('c')],
    mandatory: true,
    verified: true,
    cadenceMonths: ENAM_BULAN,
    keywords: [
      'program masuk desa',
      'program yang masuk desa',
      'program pemerintah yang masuk ke desa',
      'penerima bantuan',
      'daftar penerima bantuan',
      'data penerima bantuan',
      'penerima blt',
      'kpm',
    ],
  },
  {
    id: 'berkala.perencanaan-desa',
    category: 'berkala',
    letter: 'd',
    title: {
      id: 'Dokumen RPJM Desa, RKP Desa, dan Daftar Usulan RKP Desa dan APB Desa',
      en: 'Village medium-term plan (RPJM Desa), work plan (RKP Desa) and the list of proposals',
    },
    subItems: [
      {
        id: 'berkala.perencanaan-desa.rpjm',
        title: { id: 'RPJM Desa', en: 'Medium-term development plan' },
        keywords: ['rpjm desa', 'rpjmdes', 'rpjmdesa', 'rencana pembangunan jangka menengah desa'],
      },
      {
        id: 'berkala.perencanaan-desa.rkp',
        title: { id: 'RKP Desa', en: 'Annual work plan' },
        keywords: ['rkp desa', 'rkpdes', 'rkpdesa', 'rencana kerja pemerintah desa'],
      },
      {
        id: 'berkala.perencanaan-desa.du-rkp',
        title: { id: 'Daftar Usulan RKP Desa', en: 'List of proposals for the work plan' },
        keywords: ['du rkp', 'durkp', 'du rkpdes', 'daftar usulan rkp', 'daftar usulan rencana kerja'],
      },
    ],
    basis: [pasal2('d')],
    mandatory: true,
    verified: true,
    cadenceMonths: ENAM_BULAN,
    keywords: [
      'rpjm desa',
      'rpjmdes',
      'rpjmdesa',
      'rencana pembangunan jangka menengah desa',
      'rkp desa',
      'rkpdes',
      'rkpdesa',
      'rencana kerja pemerintah desa',
      'du rkp',
      'durkp',
      'du rkpdes',
      'daftar usulan rkp',
      'daftar usulan rencana kerja',
    ],
  },
  {
    id: 'berkala.apb-desa',
    category: 'berkala',
    letter: 'e',
    title: {
      id: 'Peraturan Desa tentang APB Desa tahun berjalan',
      en: 'Village regulation on the current year’s village budget (APB Desa)',
    },
    subItems: [],
    basis: [pasal2('e')],
    mandatory: true,
    verified: true,
    cadenceMonths: ENAM_BULAN,
    keywords: [
      'apb desa',
      'apbdes',
      'apbdesa',
      'anggaran pendapatan dan belanja desa',
      'perdes apb desa',
      'perdes apbdes',
      'perdes tentang apb desa',
      'perdes tentang apbdes',
      'peraturan desa tentang apb desa',
      'peraturan desa tentang apbdes',
      'peraturan desa tentang anggaran pendapatan dan belanja desa',
      'penjabaran apb desa',
      'penjabaran apbdes',
    ],
  },
  {
    id: 'berkala.ringkasan-kinerja',
    category: 'berkala',
    letter: 'f',
    title: { id: 'Laporan kinerja Pemerintah Desa', en: 'Performance report of the village government' },
    subItems: [
      {
        id: 'berkala.ringkasan-kinerja.akhir-tahun',
        title: {
          id: 'Laporan penyelenggaraan Pemerintahan Desa akhir tahun anggaran',
          en: 'Year-end report on village government',
        },
      },
      {
        id: 'berkala.ringkasan-kinerja.akhir-masa-jabatan',
        title: {
          id: 'Laporan penyelenggaraan Pemerintahan Desa akhir masa jabatan',
          en: 'End-of-term report on village government',
        },
      },
    ],
    basis: [pasal2('f')],
    mandatory: true,
    verified: true,
    cadenceMonths: ENAM_BULAN,
    keywords: [
      ...kinerja.keywords,
      'laporan penyelenggaraan pemerintahan desa',
      'lppdes',
      'lppdesa',
      'lkppd',
      'laporan keterangan penyelenggaraan pemerintahan desa',
    ],
  },
  {
    id: 'berkala.laporan-keuangan',
    category: 'berkala',
    letter: 'g',
    title: { id: 'Laporan keuangan Pemerintah Desa', en: 'Financial report of the village government' },
    description: {
      id: 'Paling sedikit laporan realisasi penggunaan APB Desa (rincian berikutnya dalam teks belum terbaca).',
      en: 'At least the realisation of the village budget (the rest of the list was not readable).',
    },
    subItems: [
      {
        id: 'berkala.laporan-keuangan.realisasi-apb-desa',
        title: { id: 'Laporan realisasi penggunaan APB Desa', en: 'Realisation of the village budget' },
        keywords: [
          'realisasi apb desa',
          'realisasi apbdes',
          'laporan realisasi apb desa',
          'laporan realisasi apbdes',
        ],
      },
    ],
    basis: [pasal2('g')],
    mandatory: true,
    verified: true,
    cadenceMonths: ENAM_BULAN,
    keywords: [
      ...keuangan.keywords,
      'realisasi apb desa',
      'realisasi apbdes',
      'laporan realisasi apb desa',
      'laporan realisasi apbdes',
      'kekayaan milik desa',
      'aset desa',
    ],
  },
  ...[
    'berkala.laporan-akses-informasi',
    'berkala.peraturan',
    'berkala.hak-tata-cara',
    'berkala.tata-cara-pengaduan',
    'berkala.pengadaan',
    'berkala.peringatan-dini',
  ].map((id) => turunanBelumTerkonfirmasi(id, undefined, BERKALA_LANJUTAN)),
];

const serta = dariBadanPublik('serta-merta.ancaman');
const SERTA_MERTA: ItemKatalog = {
  ...serta,
  description: {
    id: 'Diumumkan paling sedikit pada papan pengumuman desa dan/atau media lain yang lazim dan mudah dijangkau masyarakat.',
    en: 'Posted at least on the village notice board and/or other media the village commonly uses and easily reaches.',
  },
  basis: DASAR_ANCAMAN_SERTA_MERTA.filter((d) => d.instrument !== INSTRUMEN.perki2021),
  verified: true,
};

const DIP_DESA: Teks = {
  id: 'Pasal 7 huruf e: Pemerintah Desa wajib menetapkan dan memutakhirkan secara berkala Daftar Informasi Publik Desa (dibaca dari kutipan teks: juragandesa.net, pusbimtekpalira.com).',
  en: 'Article 7(e): the village government must set the village DIP and keep it current (read in quotations of the text: juragandesa.net, pusbimtekpalira.com).',
};

const SETIAP_SAAT = ITEM_BADAN_PUBLIK.filter((i) => i.category === 'setiap-saat').map((i) => {
  const turunan = turunanBelumTerkonfirmasi(i.id, 'Pasal 4', SETIAP_SAAT_DESA);
  // The DIP itself is a confirmed duty of every desa, whatever Pasal 4 lists.
  if (i.id !== 'setiap-saat.dip') return turunan;
  return {
    ...turunan,
    basis: [...turunan.basis, pasalTerverifikasi(INSTRUMEN.perki2018, 'Pasal 7 huruf e', DIP_DESA)],
    mandatory: true,
    verified: true,
    note: DIP_DESA,
  };
});

const DIK: ItemKatalog = turunanBelumTerkonfirmasi('dikecualikan.pasal-17', 'Pasal 6', DIK_DESA);

export const ITEM_DESA: readonly ItemKatalog[] = [...BERKALA, SERTA_MERTA, ...SETIAP_SAAT, DIK];
