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

/**
 * A berkala item: mandatory, every six months; its id `berkala.<slug>` and its sub-items' ids that id with
 * each of the space-separated slugs `sub` after a dot. Written so, the ids' shared parts are not repeated in
 * every page's code (the widgets' up-front chunk carries this module).
 */
const berkala = (
  letter: string,
  slug: string,
  title: ItemTanpaKataKunci['title'],
  sub: string,
  verified = true,
  id = `berkala.${slug}`,
): ItemTanpaKataKunci => ({
  id,
  category: 'berkala',
  letter,
  title,
  subItems: sub.split(' ').map((s) => ({ id: `${id}.${s}` })),
  mandatory: true,
  verified,
  cadenceMonths: ENAM_BULAN,
});

/** Informasi berkala a–k, without their phrases. */
export const KERANGKA_BERKALA_BADAN_PUBLIK: readonly ItemTanpaKataKunci[] = [
  berkala(
    'a',
    'profil',
    { id: 'Informasi tentang profil Badan Publik', en: 'Profile of the public body' },
    'kedudukan tugas-fungsi alamat-unit struktur-organisasi visi-misi lhkpn',
  ),
  berkala(
    'b',
    'ringkasan-program',
    {
      id: 'Ringkasan informasi tentang program dan/atau kegiatan yang sedang dijalankan',
      en: 'Summary of programmes and activities under way',
    },
    'penanggung-jawab target-capaian jadwal anggaran agenda-penting hak-masyarakat rekrutmen penerimaan-peserta-didik',
  ),
  berkala(
    'c',
    'ringkasan-kinerja',
    { id: 'Ringkasan informasi tentang kinerja', en: 'Summary of performance' },
    'capaian',
  ),
  berkala(
    'd',
    'laporan-keuangan',
    {
      id: 'Ringkasan laporan keuangan yang telah diaudit',
      en: 'Summary of the audited financial statements',
    },
    'realisasi-anggaran neraca arus-kas-calk aset-investasi',
  ),
  // Periodic like every item a–k: UU KIP Pasal 9 ayat (4) asks at least every six months. The yearly
  // service report of UU KIP Pasal 12 is a setiap-saat item of its own (setiap-saat.laporan-layanan).
  berkala(
    'e',
    'laporan-akses-informasi',
    { id: 'Ringkasan laporan akses informasi publik', en: 'Summary report on access to public information' },
    'jumlah-permohonan waktu-layanan dikabulkan ditolak',
  ),
  berkala(
    'f',
    'peraturan',
    {
      id: 'Informasi tentang peraturan, keputusan, dan/atau kebijakan',
      en: 'Regulations, decisions and policies',
    },
    'rancangan ditetapkan',
  ),
  berkala(
    'g',
    'hak-tata-cara',
    {
      id: 'Informasi tentang hak dan tata cara memperoleh informasi publik, mengajukan keberatan, dan sengketa informasi',
      en: "The public's rights and the procedure to request information, object and bring a dispute",
    },
    'permohonan keberatan sengketa kontak',
  ),
  berkala(
    'h',
    'tata-cara-pengaduan',
    {
      id: 'Informasi tentang tata cara pengaduan penyalahgunaan wewenang atau pelanggaran oleh pejabat',
      en: 'How to report abuse of authority or violations by officials',
    },
    'prosedur',
  ),
  berkala(
    'i',
    'pengadaan',
    { id: 'Informasi tentang pengumuman pengadaan barang dan jasa', en: 'Procurement announcements' },
    'perencanaan pemilihan kontrak',
  ),
  berkala(
    'j',
    'ketenagakerjaan',
    { id: 'Informasi tentang ketenagakerjaan', en: 'Employment and staffing' },
    'penerimaan-pegawai',
    false,
  ),
  berkala(
    'k',
    'peringatan-dini',
    {
      id: 'Informasi tentang prosedur peringatan dini dan prosedur evakuasi keadaan darurat di setiap kantor',
      en: 'Early warning and emergency evacuation procedure for each office',
    },
    'peringatan evakuasi',
  ),
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
