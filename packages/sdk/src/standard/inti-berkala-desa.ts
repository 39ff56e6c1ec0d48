import { BERKALA_BADAN_PUBLIK, katalogIntiBerkalaBadanPublik } from './inti-berkala-badan-publik.js';
import { CATALOG_VERSION, KADENSI_KATEGORI } from './kode.js';
import type { ItemKatalogInti, KatalogInti } from './types.js';

// The core of the catalog for a desa (Perki 1/2018), part one: the berkala items, and how the other items
// derive from the Badan Publik's (inti-desa.ts applies it to the whole core, the berkala-words view here to
// the view). Details in rincian-desa.ts. Berkala a–g and serta-merta (Pasal 3) were read in the text;
// everything else is taken from the Badan Publik catalog, marked unverified, not copied.

const ENAM_BULAN = KADENSI_KATEGORI.berkala;

function dariBadanPublik(sumber: readonly ItemKatalogInti[], id: string): ItemKatalogInti {
  const item = sumber.find((i) => i.id === id);
  if (!item) throw new Error(`katalog: ${id} tidak ada di katalog Badan Publik`);
  return item;
}

/** An entry of Perki 1/2021 whose counterpart in Perki 1/2018 could not be found: kept, not counted. */
function turunanBelumTerkonfirmasi(sumber: readonly ItemKatalogInti[], id: string): ItemKatalogInti {
  const { letter: _letter, ...item } = dariBadanPublik(sumber, id);
  return { ...item, mandatory: false, verified: false };
}

const profil = dariBadanPublik(BERKALA_BADAN_PUBLIK, 'berkala.profil');
const kinerja = dariBadanPublik(BERKALA_BADAN_PUBLIK, 'berkala.ringkasan-kinerja');
const keuangan = dariBadanPublik(BERKALA_BADAN_PUBLIK, 'berkala.laporan-keuangan');
const program = dariBadanPublik(BERKALA_BADAN_PUBLIK, 'berkala.ringkasan-program');

/** Desa berkala a–g (Perki 1/2018 Pasal 2 ayat 1), then the Badan Publik's other berkala items, unconfirmed. */
export const BERKALA_DESA: readonly ItemKatalogInti[] = [
  {
    id: 'berkala.profil',
    category: 'berkala',
    letter: 'a',
    title: { id: 'Profil Badan Publik Desa', en: 'Profile of the village public body' },
    subItems: [
      { id: 'berkala.profil.alamat' },
      {
        id: 'berkala.profil.visi-misi',
        keywords: ['visi misi', 'visi dan misi'],
      },
      {
        id: 'berkala.profil.tugas-fungsi',
        keywords: ['tugas dan fungsi', 'tugas pokok dan fungsi', 'tupoksi', 'tugas fungsi'],
      },
      {
        id: 'berkala.profil.struktur-organisasi',
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
        keywords: ['profil pejabat', 'profil kepala desa', 'perangkat desa', 'aparatur desa', 'aparat desa'],
      },
    ],
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
      },
    ],
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
      },
      {
        id: 'berkala.program-masuk-desa.penerima-bantuan',
        keywords: [
          'penerima bantuan',
          'daftar penerima bantuan',
          'data penerima bantuan',
          'penerima blt',
          'kpm',
        ],
      },
    ],
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
        keywords: ['rpjm desa', 'rpjmdes', 'rpjmdesa', 'rencana pembangunan jangka menengah desa'],
      },
      {
        id: 'berkala.perencanaan-desa.rkp',
        keywords: ['rkp desa', 'rkpdes', 'rkpdesa', 'rencana kerja pemerintah desa'],
      },
      {
        id: 'berkala.perencanaan-desa.du-rkp',
        keywords: ['du rkp', 'durkp', 'du rkpdes', 'daftar usulan rkp', 'daftar usulan rencana kerja'],
      },
    ],
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
      },
      {
        id: 'berkala.ringkasan-kinerja.akhir-masa-jabatan',
      },
    ],
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
    subItems: [
      {
        id: 'berkala.laporan-keuangan.realisasi-apb-desa',
        keywords: [
          'realisasi apb desa',
          'realisasi apbdes',
          'laporan realisasi apb desa',
          'laporan realisasi apbdes',
        ],
      },
    ],
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
  ].map((id) => turunanBelumTerkonfirmasi(BERKALA_BADAN_PUBLIK, id)),
];

/** The desa's items after berkala, derived from the Badan Publik items in `sumber` (its core or its view). */
export function lainDesa(sumber: readonly ItemKatalogInti[]): ItemKatalogInti[] {
  const setiapSaat = sumber
    .filter((i) => i.category === 'setiap-saat')
    .map((i) => {
      const turunan = turunanBelumTerkonfirmasi(sumber, i.id);
      // The DIP itself is a confirmed duty of every desa, whatever Pasal 4 lists.
      return i.id === 'setiap-saat.dip' ? { ...turunan, mandatory: true, verified: true } : turunan;
    });
  return [
    { ...dariBadanPublik(sumber, 'serta-merta.ancaman'), verified: true },
    ...setiapSaat,
    turunanBelumTerkonfirmasi(sumber, 'dikecualikan.pasal-17'),
  ];
}

/**
 * The desa core as a page that lists only informasi berkala needs it (as `katalogIntiBerkalaBadanPublik`):
 * the berkala items whole, the others derived from the Badan Publik view (ids, structure, flags; no words).
 * Not for scoring or the coverage of other categories: use `katalogIntiDesa` there.
 */
export const katalogIntiBerkalaDesa: KatalogInti = {
  kind: 'desa',
  version: CATALOG_VERSION,
  items: [...BERKALA_DESA, .../* @__PURE__ */ lainDesa(katalogIntiBerkalaBadanPublik.items)],
};
