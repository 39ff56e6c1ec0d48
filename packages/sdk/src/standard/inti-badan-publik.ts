import { INTI_ANCAMAN_SERTA_MERTA } from './serta-merta-inti.js';
import { BERKALA_BADAN_PUBLIK } from './inti-berkala-badan-publik.js';
import { KERANGKA_LAIN_BADAN_PUBLIK } from './kerangka-badan-publik.js';
import { CATALOG_VERSION } from './kode.js';
import type { Teks } from '../i18n/teks.js';
import type { ItemKatalogInti, KatalogInti } from './types.js';

// The core of the catalog for every Badan Publik other than a desa (Perki 1/2021): what matching,
// coverage and display need. The berkala items are in inti-berkala-badan-publik.ts, the other items' ids
// and flags in kerangka-badan-publik.ts; here the other items' words (title, phrases), keyed by id.

const KATA_LAIN: Readonly<Record<string, { readonly title: Teks; readonly keywords: readonly string[] }>> = {
  'serta-merta.ancaman': {
    title: {
      id: 'Informasi yang dapat mengancam hajat hidup orang banyak dan ketertiban umum',
      en: 'Information on threats to lives or public order',
    },
    keywords: /* @__PURE__ */ INTI_ANCAMAN_SERTA_MERTA.flatMap((a) => a.keywords),
  },
  'setiap-saat.dip': {
    title: { id: 'Daftar Informasi Publik', en: 'The register of public information (DIP)' },
    keywords: ['daftar informasi publik', 'dip', 'sk dip', 'penetapan dip'],
  },
  'setiap-saat.peraturan-kebijakan': {
    title: {
      id: 'Peraturan, keputusan, dan/atau kebijakan beserta dokumen pendukung, masukan masyarakat, risalah rapat, dan rancangannya',
      en: 'Regulations, decisions and policies with supporting papers, public input, minutes and drafts',
    },
    keywords: [
      'peraturan',
      'keputusan',
      'kebijakan',
      'surat keputusan',
      'produk hukum',
      'regulasi',
      'risalah rapat',
      'notulen',
      'notulensi',
    ],
  },
  'setiap-saat.informasi-berkala': {
    title: { id: 'Seluruh informasi berkala secara lengkap', en: 'All periodic information in full' },
    keywords: ['seluruh informasi berkala', 'informasi berkala lengkap'],
  },
  'setiap-saat.organisasi-keuangan': {
    title: {
      id: 'Informasi tentang organisasi, administrasi, kepegawaian, dan keuangan',
      en: 'Organisation, administration, staffing and finance',
    },
    keywords: [
      'data pegawai',
      'daftar pegawai',
      'profil pegawai',
      'kepegawaian',
      'daftar urut kepangkatan',
      'duk',
      'data statistik',
      'statistik',
      'pedoman pengelolaan',
      'standar operasional prosedur',
      'sop',
      'laporan keuangan',
      'anggaran',
      'apbd',
    ],
  },
  'setiap-saat.perjanjian': {
    title: {
      id: 'Surat-surat perjanjian dengan pihak ketiga beserta dokumen pendukungnya',
      en: 'Agreements with third parties and their papers',
    },
    keywords: [
      'perjanjian',
      'perjanjian kerja sama',
      'perjanjian kerjasama',
      'pks',
      'nota kesepahaman',
      'mou',
      'memorandum of understanding',
      'kontrak',
      'addendum',
      'adendum',
      'non disclosure agreement',
      'nda',
    ],
  },
  'setiap-saat.surat-pimpinan': {
    title: {
      id: 'Surat-menyurat pimpinan atau pejabat dalam rangka pelaksanaan tugas',
      en: 'Official letters of leaders and officials',
    },
    keywords: [
      'surat menyurat',
      'surat pimpinan',
      'surat edaran',
      'surat dinas',
      'surat keluar',
      'surat masuk',
    ],
  },
  'setiap-saat.perizinan': {
    title: {
      id: 'Syarat perizinan, izin yang diterbitkan beserta dokumen pendukungnya, dan laporan penaatan izin',
      en: 'Licence requirements, licences issued with their papers, and compliance reports',
    },
    keywords: ['perizinan', 'izin', 'syarat izin', 'persyaratan izin', 'daftar izin', 'penaatan izin'],
  },
  'setiap-saat.perbendaharaan-inventaris': {
    title: { id: 'Data perbendaharaan atau inventaris', en: 'Treasury and inventory data' },
    keywords: [
      'perbendaharaan',
      'inventaris',
      'data inventaris',
      'barang milik daerah',
      'barang milik negara',
      'bmd',
      'bmn',
      'kartu inventaris barang',
      'kib',
      'daftar aset',
      'aset',
    ],
  },
  'setiap-saat.rencana-strategis': {
    title: { id: 'Rencana strategis dan rencana kerja', en: 'Strategic and work plans' },
    keywords: [
      'rencana strategis',
      'renstra',
      'rencana kerja',
      'renja',
      'rencana kerja tahunan',
      'rkt',
      'rpjmd',
      'rkpd',
      'rkap',
    ],
  },
  'setiap-saat.agenda-pimpinan': {
    title: { id: 'Agenda kerja pimpinan satuan kerja', en: "Leaders' agendas" },
    keywords: [
      'agenda pimpinan',
      'agenda kerja pimpinan',
      'agenda kepala',
      'agenda bupati',
      'agenda wali kota',
      'jadwal pimpinan',
    ],
  },
  'setiap-saat.pelayanan-informasi': {
    title: {
      id: 'Informasi tentang penyelenggaraan layanan informasi publik: sarana dan prasarana, sumber daya manusia, anggaran dan realisasinya',
      en: 'The information service itself: facilities, staff, its budget and spending',
    },
    keywords: [
      'sarana dan prasarana layanan informasi',
      'sarana prasarana ppid',
      'anggaran layanan informasi',
      'anggaran ppid',
      'sk ppid',
      'struktur ppid',
      'profil ppid',
      'tugas dan wewenang ppid',
      'maklumat pelayanan informasi',
      'maklumat layanan informasi',
    ],
  },
  'setiap-saat.pelanggaran': {
    title: {
      id: 'Jumlah, jenis, dan gambaran umum pelanggaran yang ditemukan dalam pengawasan internal dan dilaporkan masyarakat, beserta laporan penindakannya',
      en: 'Violations found internally and reported by the public, with enforcement reports',
    },
    keywords: [
      'pelanggaran',
      'laporan pelanggaran',
      'penegakan disiplin',
      'hukuman disiplin',
      'hasil pengawasan internal',
    ],
  },
  'setiap-saat.hasil-penelitian': {
    title: { id: 'Hasil penelitian', en: 'Research results' },
    keywords: [
      'hasil penelitian',
      'laporan penelitian',
      'penelitian',
      'hasil kajian',
      'kajian',
      'riset',
      'survei',
    ],
  },
  'setiap-saat.kajian-akademik': {
    title: {
      id: 'Peraturan yang telah ditetapkan beserta kajian akademiknya',
      en: 'Enacted regulations with their academic studies',
    },
    keywords: ['naskah akademik', 'kajian akademik'],
  },
  'setiap-saat.pernyataan-pertemuan-terbuka': {
    title: {
      id: 'Informasi dan kebijakan yang disampaikan pejabat publik dalam pertemuan yang terbuka untuk umum',
      en: 'Information and policies stated by officials in meetings open to the public',
    },
    keywords: [
      'siaran pers',
      'press release',
      'konferensi pers',
      'pidato',
      'sambutan',
      'pernyataan resmi',
      'pertemuan terbuka',
    ],
  },
  'setiap-saat.hasil-keberatan-sengketa': {
    title: {
      id: 'Informasi yang dinyatakan terbuka melalui mekanisme keberatan dan/atau sengketa',
      en: 'Information opened through objections or disputes',
    },
    keywords: [
      'putusan komisi informasi',
      'putusan sengketa',
      'putusan sengketa informasi',
      'hasil keberatan',
      'hasil mediasi',
    ],
  },
  'setiap-saat.laporan-layanan': {
    title: { id: 'Laporan tahunan layanan informasi publik', en: 'The yearly information-service report' },
    keywords: [
      'laporan layanan informasi',
      'laporan layanan informasi publik',
      'laporan pelayanan informasi',
      'laporan pelayanan informasi publik',
      'laporan tahunan ppid',
      'laporan tahunan layanan informasi',
      'laporan ppid',
    ],
  },
  'dikecualikan.pasal-17': {
    title: {
      id: 'Daftar informasi yang dikecualikan (DIK) berdasarkan uji konsekuensi',
      en: 'List of exempt information (DIK) after a consequence test',
    },
    keywords: [
      'informasi dikecualikan',
      'informasi yang dikecualikan',
      'daftar informasi dikecualikan',
      'uji konsekuensi',
    ],
  },
};

/** The phrases of each threat kind, on the serta-merta item's sub-items. */
const KATA_ANCAMAN = /* @__PURE__ */ new Map(
  INTI_ANCAMAN_SERTA_MERTA.map((a) => [`serta-merta.ancaman.${a.id}`, a.keywords]),
);

export const INTI_BADAN_PUBLIK: readonly ItemKatalogInti[] = [
  ...BERKALA_BADAN_PUBLIK,
  .../* @__PURE__ */ KERANGKA_LAIN_BADAN_PUBLIK.map((k) => ({
    ...k,
    ...KATA_LAIN[k.id]!,
    subItems: k.subItems.map((s) => {
      const keywords = KATA_ANCAMAN.get(s.id);
      return keywords ? { ...s, keywords } : s;
    }),
  })),
];

/** The core of the Badan Publik catalog (no descriptions, bases or sub-item titles). */
export const katalogIntiBadanPublik: KatalogInti = {
  kind: 'badan-publik',
  version: CATALOG_VERSION,
  items: INTI_BADAN_PUBLIK,
};
