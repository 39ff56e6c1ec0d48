import { CATALOG_VERSION, HURUF_PASAL_17, ID_ANCAMAN_SERTA_MERTA, KADENSI_KATEGORI } from './kode.js';
import type { ItemKatalogInti, KatalogInti, SubItemKatalogInti } from './types.js';

// The core of the catalog for every Badan Publik other than a desa (Perki 1/2021), part one: its items
// without their phrases — the berkala items with their titles, the other items without their words (title,
// phrases), which inti-badan-publik.ts adds. The berkala phrases are kata-kunci-berkala-badan-publik.ts,
// joined in inti-berkala-badan-publik.ts. Apart so that a page listing only berkala (the panel) carries no
// words it never shows, and loads the phrases only for a register with an entry that has no `fulfils`.
// Descriptions, legal bases and sub-item texts are in rincian-badan-publik.ts, keyed by these ids. Ids are
// stable: a DIP's `fulfils` column and stored scores refer to them, so an id is never renamed or reused.

/** A core item without its words: ids, structure, flags and cadence. */
export type KerangkaItem = Omit<ItemKatalogInti, 'title' | 'keywords'>;

/** A core item without its phrases (a berkala item, whose title every list shows). */
export type ItemTanpaKataKunci = Omit<ItemKatalogInti, 'keywords' | 'subItems'> & {
  readonly subItems: readonly Omit<SubItemKatalogInti, 'keywords'>[];
};

const ENAM_BULAN = KADENSI_KATEGORI.berkala;

/** Informasi berkala a–k, without their phrases. */
export const KERANGKA_BERKALA_BADAN_PUBLIK: readonly ItemTanpaKataKunci[] = [
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
      },
      {
        id: 'berkala.profil.alamat-unit',
      },
      {
        id: 'berkala.profil.struktur-organisasi',
      },
      {
        id: 'berkala.profil.visi-misi',
      },
      {
        id: 'berkala.profil.lhkpn',
      },
    ],
    mandatory: true,
    verified: true,
    cadenceMonths: ENAM_BULAN,
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
      },
    ],
    mandatory: true,
    verified: true,
    cadenceMonths: ENAM_BULAN,
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
      },
      {
        id: 'berkala.laporan-keuangan.neraca',
      },
      {
        id: 'berkala.laporan-keuangan.arus-kas-calk',
      },
      {
        id: 'berkala.laporan-keuangan.aset-investasi',
      },
    ],
    mandatory: true,
    verified: true,
    cadenceMonths: ENAM_BULAN,
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
      },
      {
        id: 'berkala.peraturan.ditetapkan',
      },
    ],
    mandatory: true,
    verified: true,
    cadenceMonths: ENAM_BULAN,
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
      },
      {
        id: 'berkala.hak-tata-cara.sengketa',
      },
      {
        id: 'berkala.hak-tata-cara.kontak',
      },
    ],
    mandatory: true,
    verified: true,
    cadenceMonths: ENAM_BULAN,
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
      },
      {
        id: 'berkala.pengadaan.pemilihan',
      },
      {
        id: 'berkala.pengadaan.kontrak',
      },
    ],
    mandatory: true,
    verified: true,
    cadenceMonths: ENAM_BULAN,
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
      },
    ],
    mandatory: true,
    verified: true,
    cadenceMonths: ENAM_BULAN,
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
 * Items with their phrases, keyed by item or sub-item id (an id with none gets none: `keywords: []` on an
 * item, no `keywords` on a sub-item).
 */
export function pasangKataKunci(
  items: readonly ItemTanpaKataKunci[],
  kata: Readonly<Record<string, readonly string[]>>,
): ItemKatalogInti[] {
  return items.map((item) => ({
    ...item,
    subItems: item.subItems.map((s) => (kata[s.id] ? { ...s, keywords: kata[s.id]! } : s)),
    keywords: kata[item.id] ?? [],
  }));
}

/**
 * The Badan Publik core as a page that lists only informasi berkala needs it: the berkala items given
 * (with their phrases or without); the others with their ids, structure and flags, their id as title and
 * no phrases. See `katalogIntiBerkalaBadanPublik` (inti-berkala-badan-publik.ts).
 */
export function intiBerkalaBadanPublik(berkala: readonly ItemKatalogInti[]): KatalogInti {
  return {
    kind: 'badan-publik',
    version: CATALOG_VERSION,
    items: [
      ...berkala,
      ...KERANGKA_LAIN_BADAN_PUBLIK.map((k) => ({ ...k, title: { id: k.id, en: k.id }, keywords: [] })),
    ],
  };
}

/**
 * `katalogIntiBerkalaBadanPublik` without a phrase: the same items, ids, titles, flags and cadence. An entry
 * that declares `fulfils` is placed against it exactly as against that view (its ids decide alone,
 * `perluKataKunci`); an entry without is matched by no phrase. The widgets use it until a register needs
 * the phrases, which they load then.
 */
export const katalogIntiBerkalaBadanPublikTanpaKataKunci: KatalogInti =
  /* @__PURE__ */ intiBerkalaBadanPublik(/* @__PURE__ */ pasangKataKunci(KERANGKA_BERKALA_BADAN_PUBLIK, {}));
