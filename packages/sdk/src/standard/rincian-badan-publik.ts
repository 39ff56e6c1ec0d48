import {
  INSTRUMEN,
  PERKI_2021_PASAL_BELUM_DIKETAHUI,
  pasalBelumTerverifikasi,
  pasalTerverifikasi,
} from './dasar-hukum.js';
import { INTI_BADAN_PUBLIK } from './inti-badan-publik.js';
import { PASAL_17 } from './pasal.js';
import { ANCAMAN_SERTA_MERTA, DASAR_ANCAMAN_SERTA_MERTA } from './serta-merta.js';
import type { DasarHukum, ItemKatalogInti, RincianItem } from './types.js';

// The details of the Badan Publik catalog (Perki 1/2021), keyed by the ids of inti-badan-publik.ts:
// descriptions, legal bases with their notes, sub-item titles. Only Node users and full reports
// need them; the widgets match and display from the core alone.

const UU_KIP_9 = (huruf: string): DasarHukum =>
  pasalTerverifikasi(INSTRUMEN.uuKip, `Pasal 9 ayat (2) huruf ${huruf}`);
/**
 * The letters of UU KIP Pasal 11 ayat (1) for the setiap-saat items the article itself names (the core's
 * `verified` ones; a test keeps the two in step): a the register, b–c decisions and policies, d work
 * plans with the yearly spending estimate, e agreements with third parties, f what officials state in
 * open meetings, h the report on the information service.
 */
export const HURUF_PASAL_11: Readonly<Record<string, string>> = {
  'setiap-saat.dip': 'a',
  'setiap-saat.peraturan-kebijakan': 'b dan c',
  'setiap-saat.rencana-strategis': 'd',
  'setiap-saat.perjanjian': 'e',
  'setiap-saat.pernyataan-pertemuan-terbuka': 'f',
  'setiap-saat.laporan-layanan': 'h',
};

const URUTAN_SETIAP_SAAT_BELUM_PASTI = {
  id: 'Isi daftar mengikuti sistem PPID pasca-2021; huruf dan nomor pasal dalam Perki 1/2021 belum terkonfirmasi.',
  en: 'Contents follow post-2021 PPID systems; letters and article number in Perki 1/2021 not confirmed.',
};

const SETIAP_SAAT_BELUM_DICOCOKKAN = {
  id: 'Diambil dari daftar informasi setiap saat sistem PPID pasca-2021; belum dicocokkan dengan naskah Perki 1/2021.',
  en: 'Taken from the setiap-saat lists of post-2021 PPID systems; not yet checked against the text of Perki 1/2021.',
};

/** Berkala a–k, serta-merta and the DIK list. */
const RINCIAN_TERTULIS: Readonly<Record<string, RincianItem>> = {
  'berkala.profil': {
    basis: [UU_KIP_9('a'), PERKI_2021_PASAL_BELUM_DIKETAHUI],
    subItems: {
      'berkala.profil.kedudukan': {
        title: {
          id: 'Kedudukan atau domisili beserta alamat lengkap, ruang lingkup kegiatan, maksud dan tujuan',
          en: 'Seat and full address, scope of activity, aims',
        },
      },
      'berkala.profil.tugas-fungsi': {
        title: { id: 'Tugas dan fungsi Badan Publik', en: 'Duties and functions' },
      },
      'berkala.profil.alamat-unit': {
        title: { id: 'Alamat unit kerja di bawahnya', en: 'Addresses of sub-units' },
      },
      'berkala.profil.struktur-organisasi': {
        title: {
          id: 'Struktur organisasi, gambaran umum setiap satuan kerja, dan profil singkat pejabat struktural',
          en: 'Organisation chart, outline of each unit, short profiles of structural officials',
        },
      },
      'berkala.profil.visi-misi': { title: { id: 'Visi dan misi', en: 'Vision and mission' } },
      'berkala.profil.lhkpn': {
        title: {
          id: 'Laporan Harta Kekayaan Penyelenggara Negara (LHKPN) yang telah diverifikasi KPK',
          en: "Officials' wealth reports (LHKPN) as verified by the KPK",
        },
        basis: [pasalTerverifikasi(INSTRUMEN.perki2021, 'Pasal 15')],
      },
    },
  },
  'berkala.ringkasan-program': {
    basis: [UU_KIP_9('b'), PERKI_2021_PASAL_BELUM_DIKETAHUI],
    subItems: {
      'berkala.ringkasan-program.penanggung-jawab': {
        title: {
          id: 'Nama program dan kegiatan, penanggung jawab, pelaksana, dan nomor kontak',
          en: 'Programme and activity name, person responsible, implementer and contact',
        },
      },
      'berkala.ringkasan-program.target-capaian': {
        title: { id: 'Target dan/atau capaian program', en: 'Targets and achievements' },
      },
      'berkala.ringkasan-program.jadwal': { title: { id: 'Jadwal pelaksanaan program', en: 'Schedule' } },
      'berkala.ringkasan-program.anggaran': {
        title: { id: 'Anggaran program: sumber dan jumlahnya', en: 'Budget: source and amount' },
      },
      'berkala.ringkasan-program.agenda-penting': {
        title: { id: 'Agenda penting terkait pelaksanaan tugas', en: 'Important agenda' },
      },
      'berkala.ringkasan-program.hak-masyarakat': {
        title: {
          id: 'Informasi khusus lain yang berkaitan langsung dengan hak-hak masyarakat',
          en: "Other information bearing directly on citizens' rights",
        },
      },
      'berkala.ringkasan-program.rekrutmen': {
        title: { id: 'Informasi penerimaan calon pegawai', en: 'Staff recruitment' },
      },
      'berkala.ringkasan-program.penerimaan-peserta-didik': {
        title: {
          id: 'Informasi penerimaan peserta didik (badan publik penyelenggara pendidikan)',
          en: 'Student admission (education bodies)',
        },
      },
    },
  },
  'berkala.ringkasan-kinerja': {
    description: {
      id: 'Apa yang dicapai program dan kegiatan, misalnya LKjIP/LAKIP atau laporan tahunan.',
      en: 'What the programmes achieved, e.g. the performance accountability report or an annual report.',
    },
    basis: [UU_KIP_9('b'), PERKI_2021_PASAL_BELUM_DIKETAHUI],
    subItems: {
      'berkala.ringkasan-kinerja.capaian': {
        title: { id: 'Ringkasan capaian kinerja', en: 'Summary of achievements' },
      },
    },
  },
  'berkala.laporan-keuangan': {
    basis: [UU_KIP_9('c'), PERKI_2021_PASAL_BELUM_DIKETAHUI],
    subItems: {
      'berkala.laporan-keuangan.realisasi-anggaran': {
        title: {
          id: 'Rencana dan laporan realisasi anggaran (LRA)',
          en: 'Budget plan and realisation report',
        },
      },
      'berkala.laporan-keuangan.neraca': { title: { id: 'Neraca', en: 'Balance sheet' } },
      'berkala.laporan-keuangan.arus-kas-calk': {
        title: {
          id: 'Laporan arus kas dan catatan atas laporan keuangan (CaLK)',
          en: 'Cash flow statement and notes to the financial statements',
        },
      },
      'berkala.laporan-keuangan.aset-investasi': {
        title: { id: 'Daftar aset dan investasi', en: 'Asset and investment list' },
      },
    },
  },
  'berkala.laporan-akses-informasi': {
    description: {
      id: 'Juga laporan tahunan layanan informasi menurut UU KIP Pasal 12.',
      en: 'Also the yearly information-service report of Article 12 of the KIP Law.',
    },
    basis: [pasalTerverifikasi(INSTRUMEN.uuKip, 'Pasal 12'), PERKI_2021_PASAL_BELUM_DIKETAHUI],
    subItems: {
      'berkala.laporan-akses-informasi.jumlah-permohonan': {
        title: { id: 'Jumlah permohonan informasi yang diterima', en: 'Number of requests received' },
      },
      'berkala.laporan-akses-informasi.waktu-layanan': {
        title: { id: 'Waktu yang diperlukan untuk memenuhi setiap permohonan', en: 'Time taken per request' },
      },
      'berkala.laporan-akses-informasi.dikabulkan': {
        title: {
          id: 'Jumlah permohonan yang dikabulkan seluruhnya atau sebagian',
          en: 'Number granted fully or partly',
        },
      },
      'berkala.laporan-akses-informasi.ditolak': {
        title: { id: 'Jumlah permohonan yang ditolak beserta alasannya', en: 'Number refused and why' },
      },
    },
  },
  'berkala.peraturan': {
    basis: [PERKI_2021_PASAL_BELUM_DIKETAHUI],
    subItems: {
      'berkala.peraturan.rancangan': {
        title: {
          id: 'Rancangan peraturan beserta tahap pembentukannya',
          en: 'Drafts with their stage',
        },
      },
      'berkala.peraturan.ditetapkan': {
        title: { id: 'Peraturan, keputusan, dan kebijakan yang telah ditetapkan', en: 'Those enacted' },
      },
    },
  },
  'berkala.hak-tata-cara': {
    basis: [PERKI_2021_PASAL_BELUM_DIKETAHUI],
    subItems: {
      'berkala.hak-tata-cara.permohonan': {
        title: { id: 'Tata cara permohonan informasi', en: 'How to request information' },
      },
      'berkala.hak-tata-cara.keberatan': {
        title: { id: 'Tata cara pengajuan keberatan', en: 'How to file an objection' },
      },
      'berkala.hak-tata-cara.sengketa': {
        title: {
          id: 'Tata cara pengajuan sengketa informasi ke Komisi Informasi',
          en: 'How to bring a dispute to the Komisi Informasi',
        },
      },
      'berkala.hak-tata-cara.kontak': {
        title: { id: 'Alamat dan kontak layanan informasi', en: 'Contacts of the information service' },
      },
    },
  },
  'berkala.tata-cara-pengaduan': {
    basis: [PERKI_2021_PASAL_BELUM_DIKETAHUI],
    subItems: {
      'berkala.tata-cara-pengaduan.prosedur': {
        title: { id: 'Prosedur dan saluran pengaduan', en: 'Procedure and channels for complaints' },
      },
    },
  },
  'berkala.pengadaan': {
    basis: [pasalTerverifikasi(INSTRUMEN.perki2021, 'Pasal 14')],
    subItems: {
      'berkala.pengadaan.perencanaan': {
        title: { id: 'Tahap perencanaan (Rencana Umum Pengadaan)', en: 'Planning stage (procurement plan)' },
      },
      'berkala.pengadaan.pemilihan': {
        title: { id: 'Tahap persiapan dan pemilihan penyedia', en: 'Preparation and selection stage' },
      },
      'berkala.pengadaan.kontrak': { title: { id: 'Tahap pelaksanaan kontrak', en: 'Contract stage' } },
    },
  },
  'berkala.ketenagakerjaan': {
    basis: [
      pasalBelumTerverifikasi(INSTRUMEN.perki2021, undefined, {
        id: 'Dicantumkan sistem PPID pasca-2021 di antara pengadaan dan peringatan dini, tetapi tidak di sistem lain; belum terkonfirmasi dari teks Perki 1/2021.',
        en: 'Listed by post-2021 PPID systems between procurement and early warning, absent from others; not confirmed from the text of Perki 1/2021.',
      }),
    ],
    note: {
      id: 'Kemungkinan tambahan Perki 1/2021 (daftar a–k); belum terkonfirmasi.',
      en: 'A likely Perki 1/2021 addition (list a–k); not confirmed.',
    },
    subItems: {
      'berkala.ketenagakerjaan.penerimaan-pegawai': {
        title: { id: 'Penerimaan dan seleksi pegawai', en: 'Recruitment and selection of staff' },
      },
    },
  },
  'berkala.peringatan-dini': {
    basis: [PERKI_2021_PASAL_BELUM_DIKETAHUI],
    subItems: {
      'berkala.peringatan-dini.peringatan': {
        title: { id: 'Prosedur peringatan dini', en: 'Early warning procedure' },
      },
      'berkala.peringatan-dini.evakuasi': {
        title: { id: 'Prosedur evakuasi keadaan darurat', en: 'Emergency evacuation procedure' },
      },
    },
  },
  'serta-merta.ancaman': {
    description: {
      id: 'Wajib diumumkan seketika saat ancaman terjadi. Satu butir untuk semua jenis ancaman: tidak setiap jenis ancaman terjadi di setiap wilayah.',
      en: 'Must be announced as soon as a threat arises. One item for all threat kinds: not every kind occurs everywhere.',
    },
    basis: DASAR_ANCAMAN_SERTA_MERTA.filter((d) => d.instrument !== INSTRUMEN.perki2018),
    subItems: Object.fromEntries(
      ANCAMAN_SERTA_MERTA.map((a) => [`serta-merta.ancaman.${a.id}`, { title: a.title }]),
    ),
  },
  'dikecualikan.pasal-17': {
    description: {
      id: 'Tidak ada kewajiban merahasiakan; butir ini mencatat apakah DIK yang ditetapkan dipublikasikan.',
      en: 'Nothing must be withheld; this item records whether the DIK that was set is published.',
    },
    basis: [
      pasalTerverifikasi(INSTRUMEN.uuKip, 'Pasal 17'),
      pasalTerverifikasi(INSTRUMEN.perki2021, 'Pasal 49'),
    ],
    subItems: Object.fromEntries(
      PASAL_17.map((p) => [`dikecualikan.pasal-17.${p.letter}`, { title: p.title, basis: [p.basis] }]),
    ),
  },
};

/** Setiap-saat items citing more than the default unconfirmed Perki 1/2021 place. */
const DASAR_SETIAP_SAAT: Readonly<Record<string, readonly DasarHukum[]>> = {
  'setiap-saat.laporan-layanan': [
    pasalTerverifikasi(INSTRUMEN.perki2021, 'Pasal 56'),
    pasalBelumTerverifikasi(INSTRUMEN.perki2021, undefined, URUTAN_SETIAP_SAAT_BELUM_PASTI),
  ],
};

/** A setiap-saat item: UU KIP Pasal 11 for the items it names (the core's `verified`), else a note why not. */
const rincianSetiapSaat = (item: ItemKatalogInti): RincianItem => ({
  basis: [
    ...(item.verified
      ? [pasalTerverifikasi(INSTRUMEN.uuKip, `Pasal 11 ayat (1) huruf ${HURUF_PASAL_11[item.id]}`)]
      : []),
    ...(DASAR_SETIAP_SAAT[item.id] ?? [
      pasalBelumTerverifikasi(INSTRUMEN.perki2021, undefined, URUTAN_SETIAP_SAAT_BELUM_PASTI),
    ]),
  ],
  ...(item.verified ? {} : { note: SETIAP_SAAT_BELUM_DICOCOKKAN }),
});

export const RINCIAN_BADAN_PUBLIK: Readonly<Record<string, RincianItem>> = {
  ...RINCIAN_TERTULIS,
  ...Object.fromEntries(
    INTI_BADAN_PUBLIK.filter((i) => i.category === 'setiap-saat').map((i) => [i.id, rincianSetiapSaat(i)]),
  ),
};
