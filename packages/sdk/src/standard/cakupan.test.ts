import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DokumenDIP, ItemDIP } from '../dip/types.js';
import type { JenisBadanPublik, Kategori } from './types.js';
import {
  cakupanKatalog,
  cocokkanItemKatalog,
  cocokkanItemKatalogDengan,
  cocokkanKataKunci,
} from './cakupan.js';
import { katalogIntiBerkalaBadanPublikTanpaKataKunci } from './kerangka-badan-publik.js';
import { itemWajibBelumTercakup, wajibBelumTercakup, wajibBelumTercakupSemua } from './belum-tercakup.js';
import { katalogBadanPublik, katalogDesa, katalogIntiUntuk } from './katalog.js';

let nomor = 0;
const entri = (title: string, category: Kategori = 'berkala', extra: Partial<ItemDIP> = {}): ItemDIP => ({
  id: `i${++nomor}`,
  title,
  category,
  ...extra,
});

const dokumen = (items: ItemDIP[], kind: JenisBadanPublik = 'opd'): DokumenDIP => ({
  format: 'terbuka-dip',
  version: 1,
  agency: { id: 'contoh', name: 'Contoh', kind },
  items,
});

const idCocok = (item: ItemDIP, katalog = katalogBadanPublik): string[] =>
  cocokkanItemKatalog(item, katalog).map((c) => c.catalogItemId);

test('titles of real registers map to the berkala item they fulfil', () => {
  const kasus: [string, string][] = [
    ['Profil Dinas Komunikasi dan Informatika', 'berkala.profil'],
    ['STRUKTUR ORGANISASI', 'berkala.profil'],
    ['Visi-Misi Kabupaten Sukamaju', 'berkala.profil'],
    ['Tugas Pokok dan Fungsi', 'berkala.profil'],
    ['LHKPN Pejabat Eselon II Tahun 2025', 'berkala.profil'],
    ['Rencana Kerja (Renja) Tahun 2026', 'berkala.ringkasan-program'],
    ['DPA Dinas Tahun Anggaran 2026', 'berkala.ringkasan-program'],
    ['LKjIP Tahun 2025', 'berkala.ringkasan-kinerja'],
    ['Laporan Akuntabilitas Kinerja Instansi Pemerintah', 'berkala.ringkasan-kinerja'],
    ['Laporan Keuangan Tahun 2025 (Audited)', 'berkala.laporan-keuangan'],
    ['Laporan Realisasi Anggaran Semester I', 'berkala.laporan-keuangan'],
    ['Neraca per 31 Desember 2025', 'berkala.laporan-keuangan'],
    ['CaLK 2025', 'berkala.laporan-keuangan'],
    ['Laporan Layanan Informasi Publik Tahun 2025', 'berkala.laporan-akses-informasi'],
    ['Laporan Tahunan PPID 2025', 'berkala.laporan-akses-informasi'],
    ['Peraturan Bupati Nomor 12 Tahun 2025', 'berkala.peraturan'],
    ['Tata Cara Permohonan Informasi', 'berkala.hak-tata-cara'],
    ['Prosedur Pengajuan Keberatan dan Sengketa Informasi', 'berkala.hak-tata-cara'],
    ['Tata Cara Pengaduan Penyalahgunaan Wewenang', 'berkala.tata-cara-pengaduan'],
    ['Rencana Umum Pengadaan (RUP) 2026', 'berkala.pengadaan'],
    ['Pengumuman Pengadaan Barang/Jasa', 'berkala.pengadaan'],
    ['Informasi Lelang / Tender', 'berkala.pengadaan'],
    ['Seleksi Terbuka JPT Pratama (Lelang Jabatan)', 'berkala.ketenagakerjaan'],
    ['Prosedur Peringatan Dini dan Evakuasi Keadaan Darurat', 'berkala.peringatan-dini'],
  ];
  for (const [judul, harap] of kasus) {
    assert.deepEqual(idCocok(entri(judul)), [harap], judul);
  }
});

test("a kecamatan's or kelurahan's own profile is item (a), as a dinas's is", () => {
  // Titles of real kecamatan registers (audit 3): they fell under "Informasi berkala lainnya".
  for (const kind of ['kecamatan', 'kelurahan'] as const) {
    for (const judul of [
      'Profil Kecamatan',
      'Profil Kecamatan Sukamaju',
      'Profil Kecamatan – Sukamaju',
      'Profil Kelurahan Sukamaju',
      'Profil Kantor Kecamatan',
      'Profil Distrik Abepura',
      'Profil Kapanewon Sleman',
      'Profil Kemantren Gondokusuman',
    ]) {
      assert.deepEqual(
        cocokkanItemKatalog(entri(judul), katalogIntiUntuk(kind)).map((c) => c.catalogItemId),
        ['berkala.profil'],
        `${kind}: ${judul}`,
      );
    }
  }
});

test('matching ignores case, accents and punctuation but needs whole words', () => {
  assert.deepEqual(idCocok(entri('laporan-KEUANGAN_2025')), ['berkala.laporan-keuangan']);
  assert.deepEqual(idCocok(entri('Profil  Dinas')), ['berkala.profil']);
  // "rup" inside another word, "lra" inside "palras", "neraca" inside "neracanya" do not count.
  assert.deepEqual(idCocok(entri('Daftar Gangguan Rupiah')), []);
  assert.deepEqual(idCocok(entri('Kegiatan Palras 2025')), []);
});

test('titles that merely resemble an item match nothing', () => {
  for (const judul of [
    'Profil Kesehatan Kabupaten Sukamaju 2024',
    'Ringkasan Laporan KSD Perusahaan Triwulan',
    'Siaran Media',
    'Foto Kegiatan Bupati',
    'Data Kegiatan Korporasi',
    'Laporan Kegiatan Posyandu',
    'Pengadaan Tanah untuk Jalan',
  ]) {
    assert.deepEqual(idCocok(entri(judul)), [], judul);
  }
});

test('a phrase inside a longer phrase of another item yields to it', () => {
  // "laporan tahunan" alone reads as performance; inside "laporan tahunan PPID" it is the service report.
  assert.deepEqual(idCocok(entri('Laporan Tahunan 2025')), ['berkala.ringkasan-kinerja']);
  assert.deepEqual(idCocok(entri('Laporan Tahunan PPID 2025')), ['berkala.laporan-akses-informasi']);
  // "lelang" is procurement, but "lelang jabatan" is staffing.
  assert.deepEqual(idCocok(entri('Pengumuman Lelang Jabatan')), ['berkala.ketenagakerjaan']);
});

test('keyword inference only looks at catalog items of the entry’s own category', () => {
  // A financial report offered only on request is setiap-saat information, not the berkala duty.
  assert.deepEqual(idCocok(entri('Laporan Keuangan 2025', 'setiap-saat')), [
    'setiap-saat.organisasi-keuangan',
  ]);
  assert.deepEqual(idCocok(entri('Tugas dan Wewenang PPID', 'serta-merta')), []);
  assert.deepEqual(idCocok(entri('Informasi Banjir di Kecamatan Utara', 'serta-merta')), [
    'serta-merta.ancaman',
  ]);
});

test('a keyword can point at a sub-item; the summary is searched too', () => {
  const [m] = cocokkanItemKatalog(entri('LHKPN 2025'), katalogBadanPublik);
  assert.deepEqual(m, {
    catalogItemId: 'berkala.profil',
    via: 'kata-kunci',
    keyword: 'lhkpn',
    subItemId: 'berkala.profil.lhkpn',
  });
  assert.deepEqual(
    idCocok(entri('Dokumen 2025', 'berkala', { summary: 'Neraca dan catatan atas laporan keuangan' })),
    ['berkala.laporan-keuangan'],
  );
});

test('declared `fulfils` ids win over inference; unknown ids match nothing and do not throw', () => {
  const declared = entri('Laporan Keuangan 2025', 'berkala', { fulfils: ['berkala.pengadaan.perencanaan'] });
  assert.deepEqual(cocokkanItemKatalog(declared, katalogBadanPublik), [
    { catalogItemId: 'berkala.pengadaan', via: 'fulfils', subItemId: 'berkala.pengadaan.perencanaan' },
  ]);
  const unknown = entri('Laporan Keuangan 2025', 'berkala', {
    fulfils: ['berkala.tidak-ada', 'berkala.apb-desa'],
  });
  assert.deepEqual(cocokkanItemKatalog(unknown, katalogBadanPublik), []);
  // In the desa catalog the desa id is known.
  assert.deepEqual(idCocok(unknown, katalogDesa), ['berkala.apb-desa']);
  // An empty list declares nothing, so inference still runs.
  assert.deepEqual(idCocok(entri('Laporan Keuangan', 'berkala', { fulfils: [] })), [
    'berkala.laporan-keuangan',
  ]);
});

test('every DIK entry fulfils the DIK list item, whatever its title', () => {
  assert.deepEqual(cocokkanItemKatalog(entri('Data pribadi pemohon', 'dikecualikan'), katalogBadanPublik), [
    { catalogItemId: 'dikecualikan.pasal-17', via: 'kategori' },
  ]);
});

test('desa registers: village terms map to the desa items', () => {
  const kasus: [string, string[]][] = [
    ['Perdes tentang APBDes Tahun 2026', ['berkala.apb-desa']],
    ['RPJM Desa 2020-2026', ['berkala.perencanaan-desa']],
    ['Data Penerima BLT Dana Desa', ['berkala.program-masuk-desa']],
    ['Laporan Realisasi APBDes Semester I', ['berkala.laporan-keuangan']],
    ['Profil Desa Sukamaju', ['berkala.profil']],
    ['LPPDes Akhir Tahun Anggaran 2025', ['berkala.ringkasan-kinerja']],
  ];
  for (const [judul, harap] of kasus) assert.deepEqual(idCocok(entri(judul), katalogDesa), harap, judul);
});

// The berkala rows of ../shared/data/dip-samples/bumd-foodstation-2026.csv (Judul + Ringkasan), a real
// register of a regional enterprise: it publishes its profile and an annual report, and nothing else.
const FOOD_STATION: [string, Kategori, string][] = [
  [
    'Informasi Umum Food Station',
    'berkala',
    'Profil ringkas perusahaan, bidang usaha, dan informasi umum PT Food Station Tjipinang Jaya (Perseroda).',
  ],
  [
    'Profil Dewan Komisaris & Direksi',
    'berkala',
    'Susunan serta riwayat singkat Dewan Komisaris dan Direksi perusahaan.',
  ],
  ['Struktur Organisasi', 'berkala', 'Bagan struktur organisasi perusahaan beserta pembagian unit kerjanya.'],
  ['Siaran Media', 'berkala', 'Siaran pers dan pemberitaan resmi yang diterbitkan perusahaan.'],
  ['Company Profile Video', 'berkala', 'Profil perusahaan dalam bentuk video.'],
  ['Company Profile Cetak', 'berkala', 'Profil perusahaan dalam bentuk dokumen cetak.'],
  ['Annual Report', 'berkala', 'Laporan tahunan perusahaan berisi kinerja dan capaian sepanjang tahun buku.'],
  [
    'Data Kegiatan Korporasi',
    'serta-merta',
    'Data kegiatan korporasi yang perlu diketahui publik segera setelah berlangsung.',
  ],
  [
    'Kegiatan Tanggung Jawab Perusahaan',
    'serta-merta',
    'Program tanggung jawab sosial dan lingkungan perusahaan (CSR).',
  ],
  [
    'Tugas dan Wewenang PPID',
    'serta-merta',
    'Tugas, fungsi, dan wewenang Pejabat Pengelola Informasi dan Dokumentasi perusahaan.',
  ],
  ['Foto Ases (Gedung)', 'serta-merta', 'Dokumentasi foto aset gedung dan fasilitas perusahaan.'],
  [
    'Ringkasan Laporan KSD Perusahaan Triwulan',
    'serta-merta',
    'Ringkasan laporan Kegiatan Strategis Daerah perusahaan per triwulan.',
  ],
  [
    'Memorandum of Understanding (MoU)',
    'setiap-saat',
    'Nota kesepahaman perusahaan dengan mitra yang bersifat terbuka.',
  ],
  [
    'Perjanjuan Kerja Sama dan Addendum',
    'setiap-saat',
    'Perjanjian kerja sama beserta addendum yang dapat diakses publik.',
  ],
  [
    'Non Disclosure Agreement (NDA)',
    'setiap-saat',
    'Dokumen perjanjian kerahasiaan yang statusnya terbuka bagi publik.',
  ],
  ['Harga Promo Penjualan', 'setiap-saat', 'Informasi harga promo penjualan produk perusahaan.'],
  [
    'Agenda Pasar Murah',
    'setiap-saat',
    'Jadwal dan lokasi kegiatan pasar murah yang diselenggarakan perusahaan.',
  ],
];

test('the Food Station register comes out clearly incomplete', () => {
  const doc = dokumen(
    FOOD_STATION.map(([title, category, summary]) => entri(title, category, { summary })),
    'lainnya',
  );
  assert.deepEqual(
    itemWajibBelumTercakup(doc).map((i) => i.id),
    [
      'berkala.ringkasan-program',
      'berkala.laporan-keuangan',
      'berkala.laporan-akses-informasi',
      'berkala.peraturan',
      'berkala.hak-tata-cara',
      'berkala.tata-cara-pengaduan',
      'berkala.pengadaan',
      'berkala.ketenagakerjaan',
      'berkala.peringatan-dini',
    ],
  );
  const cakupan = new Map(cakupanKatalog(doc).map((c) => [c.item.id, c.entries.map((e) => e.entry.title)]));
  assert.deepEqual(cakupan.get('berkala.ringkasan-kinerja'), ['Annual Report']);
  assert.equal(cakupan.get('berkala.profil')?.length, 5);
  // None of its "serta merta" rows is about a threat.
  assert.deepEqual(cakupan.get('serta-merta.ancaman'), []);
  assert.deepEqual(cakupan.get('setiap-saat.perjanjian')?.length, 3);
  assert.deepEqual(
    itemWajibBelumTercakup(doc, 'setiap-saat')
      .map((i) => i.id)
      .includes('setiap-saat.dip'),
    true,
  );
});

test('a complete register leaves no mandatory berkala item uncovered', () => {
  const judul = [
    'Profil Dinas',
    'Renja 2026',
    'LKjIP 2025',
    'Laporan Keuangan 2025',
    'Laporan Layanan Informasi Publik 2025',
    'Peraturan Bupati tentang PPID',
    'Tata Cara Permohonan Informasi',
    'Tata Cara Pengaduan',
    'RUP 2026',
    'Rekrutmen Pegawai Non-ASN',
    'Jalur Evakuasi Kantor',
  ];
  assert.deepEqual(itemWajibBelumTercakup(dokumen(judul.map((j) => entri(j)))), []);
  // A desa is held to its own list.
  const desa = itemWajibBelumTercakup(
    dokumen(
      judul.map((j) => entri(j)),
      'desa',
    ),
  ).map((i) => i.id);
  assert.deepEqual(desa, ['berkala.program-masuk-desa', 'berkala.perencanaan-desa', 'berkala.apb-desa']);
});

test('the core of a catalog matches and finds the uncovered items exactly as the full catalog', () => {
  for (const kind of ['opd', 'desa'] as const) {
    const judul = [
      ...FOOD_STATION.map(([title, category, summary]) => entri(title, category, { summary })),
      entri('APB Desa 2026'),
      entri('Matriks Program Masuk Desa'),
      entri('Laporan', 'berkala', { fulfils: ['berkala.profil.lhkpn', 'berkala.apb-desa', 'bukan.id'] }),
      entri('Keputusan tentang DIK', 'dikecualikan'),
    ];
    const doc = dokumen(judul, kind);
    const penuh = kind === 'desa' ? katalogDesa : katalogBadanPublik;
    const inti = katalogIntiUntuk(kind);
    for (const e of doc.items) assert.deepEqual(cocokkanItemKatalog(e, inti), cocokkanItemKatalog(e, penuh));
    for (const kategori of ['berkala', 'setiap-saat', 'serta-merta'] as const) {
      assert.deepEqual(
        wajibBelumTercakup(inti, doc, kategori).map((i) => i.id),
        itemWajibBelumTercakup(doc, kategori).map((i) => i.id),
      );
    }
  }
});

test('the uncovered mandatory items of every category at once are those of each category, in the catalog order', () => {
  for (const kind of ['opd', 'desa'] as const) {
    const doc = dokumen(
      [
        ...FOOD_STATION.map(([title, category, summary]) => entri(title, category, { summary })),
        entri('Daftar Informasi Publik 2026', 'setiap-saat'),
      ],
      kind,
    );
    const inti = katalogIntiUntuk(kind);
    const semua = wajibBelumTercakupSemua(inti, doc).map((i) => i.id);
    assert.deepEqual(
      semua,
      (['berkala', 'serta-merta', 'setiap-saat', 'dikecualikan'] as const).flatMap((k) =>
        itemWajibBelumTercakup(doc, k).map((i) => i.id),
      ),
    );
    // The setiap-saat DIP item is covered here; left out, it is asked for, by a desa too (a confirmed duty).
    assert.ok(!semua.includes('setiap-saat.dip'));
    const tanpaDip = dokumen(doc.items.slice(0, -1), kind);
    assert.ok(wajibBelumTercakupSemua(inti, tanpaDip).some((i) => i.id === 'setiap-saat.dip'));
    assert.ok(semua.includes('serta-merta.ancaman'));
  }
  // A desa is asked for its own berkala items and only the mandatory ones after them.
  const desa = wajibBelumTercakupSemua(katalogIntiUntuk('desa'), dokumen([], 'desa')).map((i) => i.id);
  assert.ok(desa.includes('berkala.perencanaan-desa'));
  assert.ok(!desa.includes('setiap-saat.perjanjian'));
  assert.deepEqual(desa.slice(-2), ['serta-merta.ancaman', 'setiap-saat.dip']);
});

test('cocokkanItemKatalogDengan: with the phrase matching it is cocokkanItemKatalog; without, declared ids and whole categories only', () => {
  const kasus = [
    entri('Profil Dinas Komunikasi dan Informatika'),
    entri('Laporan apa saja', 'berkala', { fulfils: ['berkala.laporan-keuangan.neraca'] }),
    entri('Daftar Informasi yang Dikecualikan', 'dikecualikan'),
    entri('STRUKTUR ORGANISASI', 'setiap-saat'),
  ];
  for (const katalog of [katalogBadanPublik, katalogIntiUntuk('desa')]) {
    for (const item of kasus) {
      assert.deepEqual(
        cocokkanItemKatalogDengan(item, katalog, cocokkanKataKunci),
        cocokkanItemKatalog(item, katalog),
      );
      assert.deepEqual(
        cocokkanItemKatalogDengan(item, katalog),
        cocokkanItemKatalog(item, katalog).filter((c) => c.via !== 'kata-kunci'),
      );
    }
  }
  // The phrase matching finds something here, so the case above is not vacuous.
  assert.deepEqual(
    cocokkanKataKunci(kasus[0]!, katalogBadanPublik).map((c) => c.catalogItemId),
    ['berkala.profil'],
  );
  // Against the core without phrases (what the lists start with), it finds nothing at all.
  for (const item of kasus)
    assert.deepEqual(cocokkanKataKunci(item, katalogIntiBerkalaBadanPublikTanpaKataKunci), []);
});
