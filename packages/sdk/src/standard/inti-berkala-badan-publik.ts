import { CATALOG_VERSION, HURUF_PASAL_17, ID_ANCAMAN_SERTA_MERTA, KADENSI_KATEGORI } from './kode.js';
import type { ItemKatalogInti, KatalogInti } from './types.js';

// The core of the catalog for every Badan Publik other than a desa (Perki 1/2021), part one: the berkala
// items whole, and the other items without their words (title, phrases), which inti-badan-publik.ts adds.
// Apart so that a page listing only berkala (the panel) carries no words it never shows. Descriptions,
// legal bases and sub-item texts are in rincian-badan-publik.ts, keyed by these ids. Ids are stable: a
// DIP's `fulfils` column and stored scores refer to them, so an id is never renamed or reused.

/** A core item without its words: ids, structure, flags and cadence. */
export type KerangkaItem = Omit<ItemKatalogInti, 'title' | 'keywords'>;

const ENAM_BULAN = KADENSI_KATEGORI.berkala;

/** Informasi berkala a–k. */
export const BERKALA_BADAN_PUBLIK: readonly ItemKatalogInti[] = [
  {
    id: 'berkala.profil',
    category: 'berkala',
    letter: 'a',
    title: { id: 'Informasi tentang profil Badan Publik', en: 'Profile of the public body' },
    subItems: [
      {
        id: 'berkala.profil.kedudukan',
      },
      {
        id: 'berkala.profil.tugas-fungsi',
        keywords: ['tugas dan fungsi', 'tugas pokok dan fungsi', 'tupoksi', 'tugas fungsi'],
      },
      {
        id: 'berkala.profil.alamat-unit',
      },
      {
        id: 'berkala.profil.struktur-organisasi',
        keywords: [
          'struktur organisasi',
          'bagan organisasi',
          'susunan organisasi',
          'profil pejabat',
          'profil pimpinan',
        ],
      },
      {
        id: 'berkala.profil.visi-misi',
        keywords: ['visi misi', 'visi dan misi'],
      },
      {
        id: 'berkala.profil.lhkpn',
        keywords: [
          'lhkpn',
          'laporan harta kekayaan penyelenggara negara',
          'lhkasn',
          'laporan harta kekayaan',
        ],
      },
    ],
    mandatory: true,
    verified: true,
    cadenceMonths: ENAM_BULAN,
    keywords: [
      'profil badan publik',
      'profil instansi',
      'profil dinas',
      'profil lembaga',
      'profil kantor',
      'profil organisasi',
      'profil perusahaan',
      'profil ringkas',
      'profil singkat',
      'profil direksi',
      'profil dewan komisaris',
      'profil dewan direksi',
      'company profile',
      'tentang kami',
      'about us',
      'kedudukan dan alamat',
      'alamat kantor',
      'tugas dan fungsi',
      'tugas pokok dan fungsi',
      'tupoksi',
      'tugas fungsi',
      'struktur organisasi',
      'bagan organisasi',
      'susunan organisasi',
      'profil pejabat',
      'profil pimpinan',
      'visi misi',
      'visi dan misi',
      'lhkpn',
      'laporan harta kekayaan penyelenggara negara',
      'lhkasn',
      'laporan harta kekayaan',
    ],
  },
  {
    id: 'berkala.ringkasan-program',
    category: 'berkala',
    letter: 'b',
    title: {
      id: 'Ringkasan informasi tentang program dan/atau kegiatan yang sedang dijalankan',
      en: 'Summary of programmes and activities under way',
    },
    subItems: [
      {
        id: 'berkala.ringkasan-program.penanggung-jawab',
      },
      {
        id: 'berkala.ringkasan-program.target-capaian',
      },
      {
        id: 'berkala.ringkasan-program.jadwal',
      },
      {
        id: 'berkala.ringkasan-program.anggaran',
        keywords: ['dpa', 'dokumen pelaksanaan anggaran', 'rka', 'rencana kerja dan anggaran', 'rkap'],
      },
      {
        id: 'berkala.ringkasan-program.agenda-penting',
      },
      {
        id: 'berkala.ringkasan-program.hak-masyarakat',
      },
      {
        id: 'berkala.ringkasan-program.rekrutmen',
      },
      {
        id: 'berkala.ringkasan-program.penerimaan-peserta-didik',
        keywords: [
          'penerimaan peserta didik',
          'ppdb',
          'spmb',
          'penerimaan mahasiswa baru',
          'penerimaan siswa baru',
        ],
      },
    ],
    mandatory: true,
    verified: true,
    cadenceMonths: ENAM_BULAN,
    keywords: [
      'program kerja',
      'program dan kegiatan',
      'program kegiatan',
      'ringkasan program',
      'realisasi program',
      'rencana kerja',
      'renja',
      'rencana kerja tahunan',
      'rkt',
      'rencana strategis',
      'renstra',
      'dpa',
      'dokumen pelaksanaan anggaran',
      'rka',
      'rencana kerja dan anggaran',
      'rkap',
      'penerimaan peserta didik',
      'ppdb',
      'spmb',
      'penerimaan mahasiswa baru',
      'penerimaan siswa baru',
    ],
  },
  {
    id: 'berkala.ringkasan-kinerja',
    category: 'berkala',
    letter: 'c',
    title: { id: 'Ringkasan informasi tentang kinerja', en: 'Summary of performance' },
    subItems: [
      {
        id: 'berkala.ringkasan-kinerja.capaian',
      },
    ],
    mandatory: true,
    verified: true,
    cadenceMonths: ENAM_BULAN,
    keywords: [
      'laporan kinerja',
      'ringkasan kinerja',
      'capaian kinerja',
      'laporan capaian',
      'lkjip',
      'lkj ip',
      'lakip',
      'laporan akuntabilitas kinerja',
      'sakip',
      'perjanjian kinerja',
      'indikator kinerja utama',
      'iku',
      'lppd',
      'laporan penyelenggaraan pemerintahan daerah',
      'lkpj',
      'laporan keterangan pertanggungjawaban',
      // An annual report is read as performance; its financial statements are not assumed.
      'annual report',
      'laporan tahunan',
    ],
  },
  {
    id: 'berkala.laporan-keuangan',
    category: 'berkala',
    letter: 'd',
    title: {
      id: 'Ringkasan laporan keuangan yang telah diaudit',
      en: 'Summary of the audited financial statements',
    },
    subItems: [
      {
        id: 'berkala.laporan-keuangan.realisasi-anggaran',
        keywords: ['lra', 'laporan realisasi anggaran', 'realisasi anggaran', 'realisasi apbd'],
      },
      {
        id: 'berkala.laporan-keuangan.neraca',
        keywords: ['neraca'],
      },
      {
        id: 'berkala.laporan-keuangan.arus-kas-calk',
        keywords: ['arus kas', 'laporan arus kas', 'calk', 'catatan atas laporan keuangan'],
      },
      {
        id: 'berkala.laporan-keuangan.aset-investasi',
        keywords: ['daftar aset', 'daftar investasi', 'aset dan investasi'],
      },
    ],
    mandatory: true,
    verified: true,
    cadenceMonths: ENAM_BULAN,
    keywords: [
      'laporan keuangan',
      'ringkasan laporan keuangan',
      'lkpd',
      'lkpp',
      'lra',
      'laporan realisasi anggaran',
      'realisasi anggaran',
      'realisasi apbd',
      'neraca',
      'arus kas',
      'laporan arus kas',
      'calk',
      'catatan atas laporan keuangan',
      'laporan operasional',
      'laporan perubahan ekuitas',
      'daftar aset',
      'daftar investasi',
      'aset dan investasi',
      'financial statement',
      'financial statements',
      'financial report',
    ],
  },
  {
    id: 'berkala.laporan-akses-informasi',
    category: 'berkala',
    letter: 'e',
    title: {
      id: 'Ringkasan laporan akses informasi publik',
      en: 'Summary report on access to public information',
    },
    subItems: [
      {
        id: 'berkala.laporan-akses-informasi.jumlah-permohonan',
      },
      {
        id: 'berkala.laporan-akses-informasi.waktu-layanan',
      },
      {
        id: 'berkala.laporan-akses-informasi.dikabulkan',
      },
      {
        id: 'berkala.laporan-akses-informasi.ditolak',
      },
    ],
    mandatory: true,
    verified: true,
    // Periodic like every item a–k: UU KIP Pasal 9 ayat (4) asks at least every six months. The yearly
    // service report of UU KIP Pasal 12 is a setiap-saat item of its own (setiap-saat.laporan-layanan).
    cadenceMonths: ENAM_BULAN,
    keywords: [
      'laporan akses informasi',
      'ringkasan laporan akses informasi',
      'laporan layanan informasi',
      'laporan layanan informasi publik',
      'laporan pelayanan informasi',
      'laporan pelayanan informasi publik',
      'laporan tahunan ppid',
      'laporan tahunan layanan informasi',
      'laporan ppid',
      'laporan permohonan informasi',
      'rekap permohonan informasi',
      'rekapitulasi permohonan informasi',
      'statistik permohonan informasi',
      'statistik layanan informasi',
    ],
  },
  {
    id: 'berkala.peraturan',
    category: 'berkala',
    letter: 'f',
    title: {
      id: 'Informasi tentang peraturan, keputusan, dan/atau kebijakan',
      en: 'Regulations, decisions and policies',
    },
    subItems: [
      {
        id: 'berkala.peraturan.rancangan',
        keywords: ['rancangan peraturan', 'raperda', 'ranperda', 'ranperbup', 'rancangan perda'],
      },
      {
        id: 'berkala.peraturan.ditetapkan',
      },
    ],
    mandatory: true,
    verified: true,
    cadenceMonths: ENAM_BULAN,
    keywords: [
      'peraturan daerah',
      'perda',
      'peraturan bupati',
      'perbup',
      'peraturan wali kota',
      'peraturan walikota',
      'perwal',
      'peraturan gubernur',
      'pergub',
      'peraturan menteri',
      'peraturan kepala',
      'peraturan desa',
      'perdes',
      'keputusan bupati',
      'keputusan wali kota',
      'keputusan walikota',
      'keputusan gubernur',
      'keputusan kepala',
      'surat keputusan',
      'produk hukum',
      'jdih',
      'regulasi',
      'rancangan peraturan',
      'raperda',
      'ranperda',
      'ranperbup',
      'rancangan perda',
    ],
  },
  {
    id: 'berkala.hak-tata-cara',
    category: 'berkala',
    letter: 'g',
    title: {
      id: 'Informasi tentang hak dan tata cara memperoleh informasi publik, mengajukan keberatan, dan sengketa informasi',
      en: "The public's rights and the procedure to request information, object and bring a dispute",
    },
    subItems: [
      {
        id: 'berkala.hak-tata-cara.permohonan',
      },
      {
        id: 'berkala.hak-tata-cara.keberatan',
        keywords: [
          'tata cara pengajuan keberatan',
          'prosedur keberatan',
          'mekanisme keberatan',
          'tata cara keberatan',
        ],
      },
      {
        id: 'berkala.hak-tata-cara.sengketa',
        keywords: ['sengketa informasi', 'penyelesaian sengketa'],
      },
      {
        id: 'berkala.hak-tata-cara.kontak',
      },
    ],
    mandatory: true,
    verified: true,
    cadenceMonths: ENAM_BULAN,
    keywords: [
      'hak dan tata cara',
      'hak pemohon informasi',
      'hak masyarakat atas informasi',
      'tata cara permohonan informasi',
      'tata cara memperoleh informasi',
      'prosedur permohonan informasi',
      'mekanisme permohonan informasi',
      'alur permohonan informasi',
      'alur pelayanan informasi',
      'prosedur pelayanan informasi',
      'sop pelayanan informasi',
      'standar layanan informasi',
      'standar pelayanan informasi',
      'tata cara pengajuan keberatan',
      'prosedur keberatan',
      'mekanisme keberatan',
      'tata cara keberatan',
      'sengketa informasi',
      'penyelesaian sengketa',
    ],
  },
  {
    id: 'berkala.tata-cara-pengaduan',
    category: 'berkala',
    letter: 'h',
    title: {
      id: 'Informasi tentang tata cara pengaduan penyalahgunaan wewenang atau pelanggaran oleh pejabat',
      en: 'How to report abuse of authority or violations by officials',
    },
    subItems: [
      {
        id: 'berkala.tata-cara-pengaduan.prosedur',
      },
    ],
    mandatory: true,
    verified: true,
    cadenceMonths: ENAM_BULAN,
    keywords: [
      'tata cara pengaduan',
      'prosedur pengaduan',
      'mekanisme pengaduan',
      'alur pengaduan',
      'layanan pengaduan',
      'pengaduan masyarakat',
      'pengaduan penyalahgunaan wewenang',
      'whistleblowing',
      'whistle blowing',
      'whistleblowing system',
      'wbs',
      'sp4n lapor',
      'span lapor',
    ],
  },
  {
    id: 'berkala.pengadaan',
    category: 'berkala',
    letter: 'i',
    title: {
      id: 'Informasi tentang pengumuman pengadaan barang dan jasa',
      en: 'Procurement announcements',
    },
    subItems: [
      {
        id: 'berkala.pengadaan.perencanaan',
        keywords: ['rencana umum pengadaan', 'rup', 'sirup'],
      },
      {
        id: 'berkala.pengadaan.pemilihan',
        keywords: ['lelang', 'tender', 'seleksi penyedia', 'pengumuman pemenang', 'lpse'],
      },
      {
        id: 'berkala.pengadaan.kontrak',
        keywords: ['kontrak pengadaan', 'realisasi pengadaan'],
      },
    ],
    mandatory: true,
    verified: true,
    cadenceMonths: ENAM_BULAN,
    keywords: [
      'pengadaan barang',
      'pengadaan barang dan jasa',
      'pengadaan barang jasa',
      'pengadaan jasa',
      'pengumuman pengadaan',
      'rencana umum pengadaan',
      'rup',
      'sirup',
      'lelang',
      'tender',
      'seleksi penyedia',
      'pengumuman pemenang',
      'lpse',
      'kontrak pengadaan',
      'realisasi pengadaan',
      'e katalog',
      'e purchasing',
      'procurement',
    ],
  },
  {
    id: 'berkala.ketenagakerjaan',
    category: 'berkala',
    letter: 'j',
    title: { id: 'Informasi tentang ketenagakerjaan', en: 'Employment and staffing' },
    subItems: [
      {
        id: 'berkala.ketenagakerjaan.penerimaan-pegawai',
      },
    ],
    mandatory: true,
    verified: false,
    cadenceMonths: ENAM_BULAN,
    keywords: [
      'ketenagakerjaan',
      'informasi ketenagakerjaan',
      'rekrutmen',
      'rekrutmen pegawai',
      'penerimaan pegawai',
      'penerimaan cpns',
      'penerimaan pppk',
      'seleksi cpns',
      'seleksi pppk',
      'pengadaan pegawai',
      'pengadaan asn',
      'seleksi terbuka',
      'lelang jabatan',
      'lowongan kerja',
      'lowongan pekerjaan',
    ],
  },
  {
    id: 'berkala.peringatan-dini',
    category: 'berkala',
    letter: 'k',
    title: {
      id: 'Informasi tentang prosedur peringatan dini dan prosedur evakuasi keadaan darurat di setiap kantor',
      en: 'Early warning and emergency evacuation procedure for each office',
    },
    subItems: [
      {
        id: 'berkala.peringatan-dini.peringatan',
      },
      {
        id: 'berkala.peringatan-dini.evakuasi',
        keywords: ['evakuasi', 'jalur evakuasi', 'titik kumpul'],
      },
    ],
    mandatory: true,
    verified: true,
    cadenceMonths: ENAM_BULAN,
    keywords: [
      'peringatan dini',
      'early warning',
      'evakuasi',
      'jalur evakuasi',
      'titik kumpul',
      'keadaan darurat',
      'tanggap darurat',
      'prosedur darurat',
    ],
  },
];

/**
 * A setiap-saat item. Its order follows post-2021 PPID practice, whose letters are not confirmed, so it
 * has no `letter`. Only the items UU KIP Pasal 11 ayat (1) itself names are `verified`;
 * rincian-badan-publik.ts cites the article's letter for exactly these.
 */
const setiapSaat = (id: string, opsi: { uuKip?: boolean; mandatory?: boolean } = {}): KerangkaItem => ({
  id: `setiap-saat.${id}`,
  category: 'setiap-saat',
  subItems: [],
  mandatory: opsi.mandatory ?? true,
  verified: Boolean(opsi.uuKip),
});

/**
 * The items after berkala, in the catalog's order, without their words: one item for every serta-merta
 * announcement (the six threat kinds are its sub-items); informasi setiap saat in the order post-2021 PPID
 * systems use (without letters: theirs are unconfirmed); the DIK
 * list (information withheld on a Pasal 17 ground after a consequence test).
 */
export const KERANGKA_LAIN_BADAN_PUBLIK: readonly KerangkaItem[] = [
  {
    id: 'serta-merta.ancaman',
    category: 'serta-merta',
    subItems: ID_ANCAMAN_SERTA_MERTA.map((a) => ({ id: `serta-merta.ancaman.${a}` })),
    mandatory: true,
    verified: true,
  },
  setiapSaat('dip', { uuKip: true }),
  setiapSaat('peraturan-kebijakan', { uuKip: true }),
  setiapSaat('informasi-berkala'),
  setiapSaat('organisasi-keuangan'),
  setiapSaat('perjanjian', { uuKip: true }),
  setiapSaat('surat-pimpinan'),
  setiapSaat('perizinan', { mandatory: false }),
  setiapSaat('perbendaharaan-inventaris'),
  setiapSaat('rencana-strategis', { uuKip: true }),
  setiapSaat('agenda-pimpinan'),
  setiapSaat('pelayanan-informasi'),
  setiapSaat('pelanggaran'),
  setiapSaat('hasil-penelitian', { mandatory: false }),
  setiapSaat('kajian-akademik', { mandatory: false }),
  setiapSaat('pernyataan-pertemuan-terbuka', { uuKip: true }),
  setiapSaat('hasil-keberatan-sengketa', { mandatory: false }),
  setiapSaat('laporan-layanan', { uuKip: true }),
  {
    id: 'dikecualikan.pasal-17',
    category: 'dikecualikan',
    subItems: HURUF_PASAL_17.map((h) => ({ id: `dikecualikan.pasal-17.${h}` })),
    mandatory: false,
    verified: true,
    coversCategory: true,
  },
];

/**
 * The Badan Publik core as a page that lists only informasi berkala needs it: the berkala items whole;
 * the others with their ids, structure and flags, their id as title and no phrases. Berkala entries match
 * against it exactly as against `katalogIntiBadanPublik` (declared `fulfils` of any category included), and
 * so do the uncovered berkala items; entries of other categories are not matched by their words. Not for
 * scoring (`nilaiDIPDengan`) or the coverage of other categories: use `katalogIntiBadanPublik` there.
 */
export const katalogIntiBerkalaBadanPublik: KatalogInti = {
  kind: 'badan-publik',
  version: CATALOG_VERSION,
  items: [
    ...BERKALA_BADAN_PUBLIK,
    .../* @__PURE__ */ KERANGKA_LAIN_BADAN_PUBLIK.map((k) => ({
      ...k,
      title: { id: k.id, en: k.id },
      keywords: [],
    })),
  ],
};
