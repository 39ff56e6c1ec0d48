import type { Bahasa, JenisBadanPublik, Teks } from '@terbuka/sdk';
import type { AkunResmi, JenisSumber, TidakDinilai } from '../types.js';
import { html, HTMLAman } from './html.js';

/**
 * Every word the report writes itself, Bahasa Indonesia beside English, in this one place: the pages
 * pick `KATA.x[bahasa]` and never write a sentence inline. Words about a scan (failures, reasons, what to
 * do) come from the scan record, bands and interval classes from the SDK; none are restated here.
 */

/** A value in each language: a word (`Teks`), or a sentence built from the page's values. */
export type Dua<T> = Readonly<Record<Bahasa, T>>;
type Kalimat<A extends unknown[]> = Dua<(...a: A) => string>;
type Markah<A extends unknown[]> = Dua<(...a: A) => HTMLAman>;

/**
 * Indonesian names and terms that English text keeps as they are: a regulation's title, the register's
 * name, an office, a law's short name. On an English page each is marked `lang="id"` so a screen reader
 * says it in Indonesian (WCAG 3.1.2). The abbreviations DIP and DIK are used by the English text as its
 * own terms (introduced as "Public Information List (DIP)") and are not in the list.
 */
export const ISTILAH_ID: readonly string[] = [
  'Monitoring dan Evaluasi Keterbukaan Informasi Publik',
  'Daftar Informasi Publik',
  'Komisi Informasi',
  'Dinkominfo',
  'UU KIP',
  'SK DIP',
  'Perki',
  'Monev',
  'PPID',
];
const POLA_ISTILAH = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...ISTILAH_ID]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/**
 * Text for a page in language `b`, escaped; on an English page the Indonesian names in it
 * ({@link ISTILAH_ID}) are each wrapped in `<span lang="id">`. For the report's own words and for the
 * SDK's (reasons, legal bases) alike, so no page marks a name by hand.
 */
export function teksHalaman(teks: string, b: Bahasa): HTMLAman {
  if (b === 'id') return html`${teks}`;
  let out = '';
  let dari = 0;
  for (const m of teks.matchAll(POLA_ISTILAH)) {
    out += html`${teks.slice(dari, m.index)}<span lang="id">${m[0]}</span>`.isi;
    dari = m.index + m[0].length;
  }
  return new HTMLAman(out + html`${teks.slice(dari)}`.isi);
}

/** Each language's own name, for the switch that leads to it. */
export const NAMA_BAHASA: Dua<string> = { id: 'Bahasa Indonesia', en: 'English' };

export const KATA = {
  // The shell (kerangka.ts).
  lompat: { id: 'Langsung ke isi', en: 'Skip to content' },
  hasilOleh: {
    id: (p) => `Hasil pemantauan keterbukaan informasi publik oleh ${p}`,
    en: (p) => `Results of public information openness monitoring by ${p}`,
  } as Kalimat<[string]>,
  feedBertanda: { id: 'Feed bertanda tangan (JSON)', en: 'Signed feed (JSON)' },
  judulSitus: { id: 'Pemantauan Keterbukaan Informasi Publik', en: 'Public Information Openness Monitoring' },
  menuUtama: { id: 'Menu utama', en: 'Main menu' },
  pilihanBahasa: { id: 'Bahasa', en: 'Language' },
  peringkat: { id: 'Peringkat', en: 'Ranking' },
  metodePenilaian: { id: 'Metode penilaian', en: 'Scoring method' },
  kaki: {
    id: (waktu, versi, a) =>
      html`Diterbitkan ${waktu} dengan metode ${versi}. Hasil yang sama tersedia sebagai
        <a href="${a}feed.json">feed.json</a>, ditandatangani Ed25519 (<a href="${a}feed.json.sig"
          >feed.json.sig</a
        >, kunci publik di <a href="${a}keys.json">keys.json</a>).`,
    en: (waktu, versi, a) =>
      html`Published ${waktu} with method ${versi}. The same results are available as
        <a href="${a}feed.json">feed.json</a>, signed with Ed25519 (<a href="${a}feed.json.sig"
          >feed.json.sig</a
        >, public key in <a href="${a}keys.json">keys.json</a>).`,
  } as Markah<[HTMLAman, string, string]>,
  bukanResmi: {
    id: 'Dibuat dengan Terbuka. Penilaian ini bukan hasil resmi Monev Komisi Informasi.',
    en: teksHalaman(
      'Made with Terbuka. This assessment is not an official result of the Information Commission’s Monev.',
      'en',
    ),
  },

  // Shared by the leaderboard and the evidence pages.
  tidakDapatDinilai: { id: 'Tidak dapat dinilai', en: 'Cannot be assessed' },
  tidakDiketahui: { id: 'tidak diketahui', en: 'unknown' },
  hari: { id: (n) => `${n} hari`, en: (n) => `${n} ${n === 1 ? 'day' : 'days'}` } as Kalimat<[number]>,
  kedaluwarsa: { id: 'kedaluwarsa', en: 'expired' },
  jenis: { id: 'Jenis', en: 'Kind' },
  situs: { id: 'Situs', en: 'Site' },
  dipindai: { id: 'Dipindai', en: 'Scanned' },
  skor: { id: 'Skor', en: 'Score' },
  kualifikasi: { id: 'Kualifikasi', en: 'Qualification' },
  komponen: { id: 'Komponen', en: 'Component' },
  bobot: { id: 'Bobot', en: 'Weight' },
  jumlah: { id: 'Jumlah', en: 'Total' },
  metode: { id: 'Metode', en: 'Method' },
  badanPublik: { id: 'Badan publik', en: 'Public body' },
  alamatLokalDitolak: { id: 'alamat lokal/privat ditolak', en: 'local/private address refused' },

  // The leaderboard (papan.ts).
  tanpaSkorAlasan: {
    id: 'tanpa skor; alasannya di halaman bukti',
    en: 'no score; the reason is on the evidence page',
  },
  tidakTerjangkau: { id: 'Tidak terjangkau', en: 'Unreachable' },
  dipTidakTerjangkau: { id: 'DIP tidak terjangkau', en: 'DIP unreachable' },
  terjangkau: { id: 'Terjangkau', en: 'Reachable' },
  padaPemindaianTerakhir: {
    id: (apa) => `${apa} pada pemindaian terakhir`,
    en: (apa) => `${apa} at the latest scan`,
  } as Kalimat<[string]>,
  skorSebelumnya: { id: 'skor dari pemindaian sebelumnya', en: 'score from an earlier scan' },
  judulPeringkatJenis: { id: (j) => `Peringkat ${j}`, en: (j) => `Ranking: ${j}` } as Kalimat<[string]>,
  judulPeringkat: { id: 'Peringkat keterbukaan informasi', en: 'Information openness ranking' },
  semua: { id: 'Semua', en: 'All' },
  pengantarPeringkat: {
    id: (waktu, metode) =>
      html`Skor 0–100 setiap badan publik dari pemindaian terakhir situsnya: Daftar Informasi Publik (DIP) dan
        keaktifan situs. Pemindaian terakhir diterbitkan ${waktu}. Cara penilaiannya dijelaskan di
        <a href="${metode}">halaman metode</a>.`,
    en: (waktu, metode) =>
      html`A 0–100 score for every public body from the latest scan of its site: its Public Information List
        (${teksHalaman('Daftar Informasi Publik', 'en')}, DIP) and how active the site is. The latest scan was
        published ${waktu}. How scores are made is explained on the <a href="${metode}">method page</a>.`,
  } as Markah<[HTMLAman, string]>,
  ringkasanKualifikasi: { id: 'Ringkasan kualifikasi', en: 'Qualifications at a glance' },
  penjelasanTidakDinilai: {
    id: (sebab) =>
      `Tidak dapat dinilai: pemantau tidak membaca DIP badan publik ini karena ${sebab.join('; atau ')}. Ini bukan skor 0; badan publik ini tidak diberi peringkat dan tidak ada di feed sampai pemantau dapat membaca DIP-nya lagi. Alasan setiap badan publik ada di kolom Situs dan di halaman buktinya.`,
    en: (sebab) =>
      `Cannot be assessed: the monitor did not read these public bodies’ DIP because ${sebab.join('; or ')}. This is not a score of 0; these public bodies are not ranked and are not in the feed until the monitor can read their DIP again. The reason for each is in the Site column and on its evidence page.`,
  } as Kalimat<[readonly string[]]>,
  saringJenis: { id: 'Saring menurut jenis badan publik', en: 'Filter by kind of public body' },
  jumlahBadan: {
    // In brackets: a kind's title already has a colon ("Ranking: Villages").
    id: (judul, n) => `${judul} (${n} badan publik)`,
    en: (judul, n) => `${judul} (${n} ${n === 1 ? 'public body' : 'public bodies'})`,
  } as Kalimat<[string, number]>,
  petunjukUrut: {
    id: 'Urutan bawaan: skor tertinggi dahulu; badan publik yang tidak dapat dinilai di akhir. Dengan JavaScript, klik judul kolom untuk mengurutkan. Hari sejak pembaruan situs dihitung pada saat pemindaian.',
    en: 'Default order: highest score first; public bodies that cannot be assessed last. With JavaScript, click a column heading to sort. Days since the site’s last update are counted at the time of the scan.',
  },
  belumAdaJenis: {
    id: 'Belum ada badan publik berjenis ini dalam pemantauan.',
    en: 'No public body of this kind is monitored yet.',
  },
  urutMenurutSkor: {
    id: (judul) => `${judul}, urut menurut skor`,
    en: (judul) => `${judul}, ordered by score`,
  } as Kalimat<[string]>,
  hariSejakPembaruan: { id: 'Hari sejak pembaruan situs', en: 'Days since site update' },
  // The sorting script's announcement, handed to it in the page (aset.ts reads these attributes).
  diurutkan: { id: 'Diurutkan menurut {kolom}, {arah}.', en: 'Sorted by {kolom}, {arah}.' },
  naik: { id: 'naik', en: 'ascending' },
  turun: { id: 'turun', en: 'descending' },

  // The method page (metode.ts).
  kompBobotAlasan: {
    id: (v) => `Komponen, bobot, dan alasannya (metode ${v})`,
    en: (v) => `Components, weights and reasons (method ${v})`,
  } as Kalimat<[string]>,
  mengapaDinilai: { id: 'Mengapa dinilai', en: 'Why it counts' },
  komponenAktivitas: { id: 'Komponen aktivitas', en: 'The activity component' },
  aturanKebaruan: {
    id: (penuh, nol) =>
      `Separuh dari kebaruan: penuh bila pembaruan terakhir paling lama ${penuh} hari sebelum pemindaian, turun rata hingga 0 pada ${nol} hari; hari dihitung sebagai tanggal kalender di zona waktu badan publik (bawaan WIB), dan beberapa pembaruan pada tanggal yang sama adalah satu hari pembaruan. Separuh dari keteraturan, menurut kelas interval pembaruan:`,
    en: (penuh, nol) =>
      `Half from recency: full when the last update is at most ${penuh} days before the scan, falling evenly to 0 at ${nol} days; days are calendar dates in the agency's time zone (WIB by default), and several updates on one date are one update day. Half from regularity, by the class of the update interval:`,
  } as Kalimat<[number, number]>,
  kelasInterval: {
    id: 'Kelas interval dan nilai keteraturannya',
    en: 'Interval classes and their regularity value',
  },
  kelas: { id: 'Kelas', en: 'Class' },
  syarat: { id: 'Syarat', en: 'Condition' },
  keteraturan: { id: 'Keteraturan', en: 'Regularity' },
  syaratInterval: {
    id: (median, sunyi) =>
      `median jarak antarhari pembaruan ≤ ${median} hari, dan tidak sunyi lebih dari ${sunyi} hari`,
    en: (median, sunyi) =>
      `median gap between update days ≤ ${median} days, and no silence longer than ${sunyi} days`,
  } as Kalimat<[number, number]>,
  syaratJarang: { id: 'lebih jarang dari kelas-kelas di atas', en: 'less often than the classes above' },
  syaratTidakDiketahui: {
    id: 'tidak ada tanggal pembaruan yang dapat dipastikan',
    en: 'no update date that can be confirmed',
  },
  antiAkal: {
    id: 'Tanggal pembaruan yang diklaim situs (Last-Modified, lastmod peta situs) hanya dihitung bila isinya ikut berubah: tanggal yang bergeser sementara sidik isi (SHA-256) tetap sama tidak dianggap pembaruan.',
    en: 'Update dates a site claims (Last-Modified, a sitemap’s lastmod) count only when the content changed too: a date that moves while the content hash (SHA-256) stays the same is not taken as an update.',
  },
  pengantarMetode: {
    id: 'Setiap badan publik dinilai 0–100 oleh SDK Terbuka — fungsi yang sama yang dipakai widget di situs badan publik — dari Daftar Informasi Publik (DIP) situsnya dan keaktifan situs serta kanal resminya. Setiap skor mencantumkan versi metodenya; dua skor dengan versi yang sama dihitung dengan cara yang sama. Bukti setiap komponen ada di halaman setiap badan publik.',
    en: 'Every public body is scored 0–100 by the Terbuka SDK — the same functions the widgets use on the public bodies’ sites — from its site’s Public Information List (DIP) and how active its site and official channels are. Every score names its method version; two scores of the same version are computed the same way. The evidence for each component is on each public body’s page.',
  },
  metodeVersi: { id: (v) => `Metode ${v}`, en: (v) => `Method ${v}` } as Kalimat<[string]>,
  metodeLama: {
    id: (v) => `Metode ${v} (masih tampil pada sebagian hasil)`,
    en: (v) => `Method ${v} (still shown for some results)`,
  } as Kalimat<[string]>,
  rentangMonev: {
    id: 'Rentang kualifikasi mengikuti Monev Komisi Informasi; hasil pemantauan ini bukan hasil resmi Monev.',
    en: teksHalaman(
      'The qualification ranges follow the Information Commission’s Monev; these monitoring results are not official Monev results.',
      'en',
    ),
  },
  rentangSkorSetiap: { id: 'Rentang skor setiap kualifikasi', en: 'Score range of each qualification' },
  rentangSkor: { id: 'Rentang skor', en: 'Score range' },
  dasar: { id: 'Dasar', en: 'Basis' },
  sampaiDiBawah: {
    id: (bawah, atas) => `${bawah} sampai di bawah ${atas}`,
    en: (bawah, atas) => `${bawah} to below ${atas}`,
  } as Kalimat<[string, string]>,
  belumDiverifikasi: { id: 'belum diverifikasi', en: 'not yet verified' },
  judulGagal: {
    id: 'Situs yang tidak terjangkau atau tidak dapat dinilai',
    en: 'Sites that are unreachable or cannot be assessed',
  },
  aturanRobots: {
    id: html`Pemantau mematuhi robots.txt setiap situs. Bila robots.txt melarang pemantau membaca DIP —
      beserta berandanya, atau DIP saja — (atau robots.txt menjawab galat server 5xx, yang menurut RFC 9309
      berarti semuanya dilarang), situs itu <strong>tidak dapat dinilai</strong>: DIP adalah inti penilaian,
      dan ini bukan skor 0, karena warga mungkin tetap dapat membukanya. Halaman buktinya menyebut alasannya,
      alamat yang ditutup, dan baris robots.txt yang perlu ditambahkan pengelola situs agar pemantau dapat
      membacanya. Selama hasil sebelumnya yang berhasil masih berlaku, skor itu tetap dipakai; sesudahnya
      badan publik itu tidak diberi skor dan peringkat dan tidak dimasukkan ke feed.`,
    en: html`The monitor obeys every site’s robots.txt. When robots.txt forbids the monitor to read the DIP —
      with the home page, or the DIP alone — (or robots.txt answers with a 5xx server error, which RFC 9309
      reads as everything forbidden), that site <strong>cannot be assessed</strong>: the DIP is the core of
      the score, and this is not a score of 0, since citizens may still be able to open it. Its evidence page
      names the reason, the closed addresses, and the robots.txt lines the site’s administrator needs to add
      so the monitor can read it. While an earlier successful result is still valid, that score is kept; after
      that the public body gets no score and no rank and is left out of the feed.`,
  },
  aturanMati: {
    id: 'Situs yang tidak dapat dijangkau sama sekali (mati, DNS, waktu habis, galat server) diperlakukan sama selama hasil sebelumnya masih berlaku; sesudahnya pemindaian yang gagal menjadi hasilnya (skor 0).',
    en: 'A site that cannot be reached at all (down, DNS, timeout, server error) is treated the same while an earlier result is still valid; after that the failed scan becomes its result (a score of 0).',
  },
  judulTanda: { id: 'Tanda tangan dan masa berlaku', en: 'Signature and validity' },
  aturanTanda: {
    id: (a) =>
      html`Hasil diterbitkan sebagai <a href="${a}feed.json">feed.json</a> dan ditandatangani dengan Ed25519
        atas byte persis berkas itu (<a href="${a}feed.json.sig">feed.json.sig</a>); kunci publiknya ada di
        <a href="${a}keys.json">keys.json</a>, dengan id kunci berupa sidik JWK (RFC 7638). Lencana di situs
        badan publik memeriksa tanda tangan ini dan hanya menampilkan kualifikasi sebagai terkini sebelum
        waktu kedaluwarsa setiap entri. Saat kunci diganti, kunci lama tetap menandatangani selama masa
        peralihan.`,
    en: (a) =>
      html`The results are published as <a href="${a}feed.json">feed.json</a> and signed with Ed25519 over
        that file’s exact bytes (<a href="${a}feed.json.sig">feed.json.sig</a>); the public key is in
        <a href="${a}keys.json">keys.json</a>, its key id a JWK thumbprint (RFC 7638). The badge on a public
        body’s site checks this signature and shows the qualification as current only before each entry’s
        expiry. When the key is replaced, the old key keeps signing during a transition period.`,
  } as Markah<[string]>,

  // The evidence page (agensi.ts).
  diakui: { id: 'diakui', en: 'accepted' },
  tidakDihitung: {
    id: 'tidak dihitung sebagai pembaruan: isi sama sejak',
    en: 'not counted as an update: same content since',
  },
  entriBertanggal: {
    id: (n) => `${n} entri bertanggal`,
    en: (n) => `${n} dated ${n === 1 ? 'entry' : 'entries'}`,
  } as Kalimat<[number]>,
  diklaim: { id: 'diklaim', en: 'claimed' },
  tidakTersediaOpsional: {
    id: 'Tidak tersedia (sumber opsional, tidak mengurangi penilaian):',
    en: 'Not available (optional source, no effect on the score):',
  },
  gagal: { id: 'Gagal:', en: 'Failed:' },
  rantaiDilengkapi: {
    id: 'Rantai sertifikat TLS-nya tidak lengkap dan dilengkapi pemantau (lihat catatan di atas).',
    en: 'Its TLS certificate chain is incomplete and was completed by the monitor (see the note above).',
  },
  tidakBerubah: {
    id: 'Tidak berubah sejak pemindaian sebelumnya (HTTP 304).',
    en: 'Unchanged since the previous scan (HTTP 304).',
  },
  berhasilDibaca: { id: 'Berhasil dibaca.', en: 'Read successfully.' },
  dibacaDenganCatatan: { id: 'Dibaca, dengan catatan:', en: 'Read, with a note:' },
  tidakAdaSumber: {
    id: 'Tidak ada sumber yang dibaca pada pemindaian ini.',
    en: 'No source was read in this scan.',
  },
  sumberTerakhir: {
    id: 'Sumber yang dibaca pada pemindaian terakhir',
    en: 'Sources read in the latest scan',
  },
  sumber: { id: 'Sumber', en: 'Source' },
  alamat: { id: 'Alamat', en: 'Address' },
  diambil: { id: 'Diambil', en: 'Fetched' },
  statusHttp: { id: 'Status HTTP', en: 'HTTP status' },
  tanggalPembaruan: { id: 'Tanggal pembaruan', en: 'Update date' },
  sidikIsi: { id: 'Sidik isi (SHA-256)', en: 'Content hash (SHA-256)' },
  keterangan: { id: 'Keterangan', en: 'Notes' },
  barisRobots: { id: 'Baris yang ditambahkan ke', en: 'Lines to add to' },
  alamatDitolakLokal: {
    id: 'Alamat yang ditolak sebagai alamat lokal/privat:',
    en: 'Addresses refused as local/private addresses:',
  },
  alamatDitutupRobots: {
    id: 'Alamat yang ditutup robots.txt bagi pemantau:',
    en: 'Addresses closed to the monitor by robots.txt:',
  },
  yangDapatDinkominfo: {
    id: 'Yang dapat dilakukan Dinkominfo:',
    en: teksHalaman('What Dinkominfo can do:', 'en'),
  },
  yangPerluPengelola: {
    id: 'Yang perlu dilakukan pengelola situs:',
    en: 'What the site’s administrator needs to do:',
  },
  alamatLokalDitolakJudul: { id: 'Alamat lokal/privat ditolak:', en: 'Local/private address refused:' },
  tidakDiambil: { id: 'tidak diambil.', en: 'not fetched.' },
  rantaiTidakLengkap: {
    id: 'Rantai sertifikat TLS tidak lengkap (catatan):',
    en: 'Incomplete TLS certificate chain (note):',
  },
  perantaraDari: {
    id: 'Sertifikat perantara diambil dari:',
    en: 'Intermediate certificate fetched from:',
  },
  skorDanKualifikasi: { id: 'Skor dan kualifikasi', en: 'Score and qualification' },
  tanpaSkorPenjelasan: {
    id: 'Tanpa skor dan tanpa peringkat: badan publik ini tidak dimasukkan ke feed pemantauan yang ditandatangani, dan lencananya tidak diterbitkan (lencana di situsnya menyatakan badan publik ini tidak ada dalam feed). Skor muncul lagi sesudah pemindaian yang dapat membaca situsnya.',
    en: 'No score and no rank: this public body is left out of the signed monitoring feed, and its badge is not published (the badge on its site says this public body is not in the feed). A score appears again after a scan that can read its site.',
  },
  userAgentPemantau: { id: 'User-Agent pemantau', en: 'Monitor’s User-Agent' },
  tokenRobots: { id: 'token robots.txt', en: 'robots.txt token' },
  userAgentTakTercatat: {
    id: '(User-Agent lengkapnya tidak tercatat pada pemindaian ini)',
    en: '(its full User-Agent was not recorded in this scan)',
  },
  gagalTerakhirJudul: {
    id: (dip) => `${dip ? 'DIP' : 'Situs'} tidak dapat dijangkau pada pemindaian terakhir`,
    en: (dip) => `${dip ? 'The DIP' : 'The site'} could not be reached at the latest scan`,
  } as Kalimat<[boolean]>,
  tidakDinilaiTerakhirJudul: {
    id: (w) => html`Situs tidak dapat dinilai pada pemindaian terakhir (${w}):`,
    en: (w) => html`The site could not be assessed at the latest scan (${w}):`,
  } as Markah<[HTMLAman]>,
  skorLamaTidakDinilai: {
    id: (w) =>
      html`Skor di bawah ini dari pemindaian sebelumnya yang berhasil (${w}) dan tetap berlaku sampai tanggal
      kedaluwarsanya; bila situs masih tidak dapat dinilai sesudahnya, badan publik ini tidak diberi skor
      (bukan skor 0) dan tidak ada di feed.`,
    en: (w) =>
      html`The score below is from an earlier successful scan (${w}) and stays valid until its expiry; if the
      site still cannot be assessed after that, this public body gets no score (not a score of 0) and is not
      in the feed.`,
  } as Markah<[HTMLAman]>,
  skorLamaGagal: {
    id: (w, dip) =>
      html`skor di bawah ini dari pemindaian sebelumnya yang berhasil (${w}) dan tetap berlaku sampai tanggal
      kedaluwarsanya; bila ${dip ? 'DIP' : 'situs'} masih tidak terjangkau sesudahnya, pemindaian yang gagal
      menjadi hasilnya.`,
    en: (w, dip) =>
      html`the score below is from an earlier successful scan (${w}) and stays valid until its expiry; if
      ${dip ? 'the DIP' : 'the site'} is still unreachable after that, the failed scan becomes its result.`,
  } as Markah<[HTMLAman, boolean]>,
  remahRoti: { id: 'Remah roti', en: 'Breadcrumb' },
  tidakDinilaiTerakhir: {
    id: 'Tidak dapat dinilai pada pemindaian terakhir:',
    en: 'Could not be assessed at the latest scan:',
  },
  situsMati: {
    id: html`<strong>Situs tidak dapat dijangkau pada pemindaian terakhir:</strong> beranda dan DIP gagal
      dibaca; rinciannya ada di tabel sumber di bawah.`,
    en: html`<strong>The site could not be reached at the latest scan:</strong> the home page and the DIP
      could not be read; the details are in the table of sources below.`,
  },
  dari100: { id: 'dari 100', en: 'out of 100' },
  peringkatDari: {
    id: (r, n) => `peringkat ${r} dari ${n}`,
    en: (r, n) => `rank ${r} of ${n}`,
  } as Kalimat<[string, number]>,
  induk: { id: 'Induk', en: 'Parent' },
  berlakuSampai: { id: 'Berlaku sampai', en: 'Valid until' },
  sudahLewat: {
    id: ' — sudah lewat: hasil ini tidak lagi terkini',
    en: ' — passed: this result is no longer current',
  },
  katalog: { id: 'katalog', en: 'catalog' },
  lencanaStatis: { id: 'Lencana statis:', en: 'Static badge:' },
  rincianSkor: { id: 'Rincian skor', en: 'Score breakdown' },
  sumbanganKomponen: {
    id: 'Sumbangan setiap komponen dan alasannya',
    en: 'What each component contributes, and why',
  },
  poin: { id: 'Poin', en: 'Points' },
  /** Points earned of a component's weight (`73,0 dari 80`): the score breakdown's points column. */
  poinDari: {
    id: (p, w) => `${p} dari ${w}`,
    en: (p, w) => `${p} of ${w}`,
  } as Kalimat<[string, number]>,
  alasan: { id: 'Alasan', en: 'Reason' },
  itemBelumAda: { id: 'Item wajib berkala yang belum ada', en: 'Mandatory periodic items missing' },
  semuaItemAda: {
    id: 'Semua item wajib berkala tercakup dalam DIP.',
    en: 'Every mandatory periodic item is covered in the DIP.',
  },
  ditemukanKapan: { id: 'Yang ditemukan dan kapan', en: 'What was found, and when' },
  ringkasDip: {
    id: (item, galat, peringatan) => `${item} item, ${galat} galat, ${peringatan} peringatan`,
    en: (item, galat, peringatan) => `${item} items, ${galat} errors, ${peringatan} warnings`,
  } as Kalimat<[number, number, number]>,
  dipTidakDitemukan: {
    id: 'tidak ditemukan atau tidak dapat dibaca',
    en: 'not found or could not be read',
  },
  pembaruanTerakhir: { id: 'Pembaruan situs terakhir', en: 'Latest site update' },
  hariSebelumPindai: {
    id: (n) => `${n} hari sebelum pemindaian`,
    en: (n) => `${n} days before the scan`,
  } as Kalimat<[string]>,
  pos30: { id: 'Pos 30 hari terakhir', en: 'Posts in the last 30 days' },
  pos90: { id: 'Pos 90 hari terakhir', en: 'Posts in the last 90 days' },
  iramaPembaruan: { id: 'Irama pembaruan', en: 'Update rhythm' },
  layananPermohonan: { id: 'Layanan permohonan', en: 'Request service' },
  menjawab: { id: 'menjawab', en: 'answers' },
  tidakMenjawab: { id: 'tidak menjawab', en: 'does not answer' },
  bukanLayanan: {
    id: 'tidak menjawab sebagai layanan permohonan',
    en: 'does not answer as a request service',
  },
  halamanWebBukanLayanan: {
    id: 'menjawab dengan halaman web, bukan sebagai layanan permohonan',
    en: 'answered with a web page, not as a request service',
  },
  tidakTerdaftar: { id: 'tidak terdaftar', en: 'not registered' },
  kanalResmi: { id: 'Kanal resmi', en: 'Official channels' },
  tanpaAkun: {
    id: 'Tidak ada akun media sosial resmi yang terdaftar.',
    en: 'No official social media account is registered.',
  },
  dipantauLewatUmpan: {
    id: ' — keaktifannya dipantau lewat umpan publik ',
    en: ' — its activity is monitored through the public feed ',
  },
  akunTanpaUmpan: {
    id: ' — akun resmi terverifikasi (tanpa umpan publik)',
    en: ' — verified official account (no public feed)',
  },
  riwayatSkor: { id: 'Riwayat skor', en: 'Score history' },
  skorSetiapPindai: { id: 'Skor setiap pemindaian', en: 'Score at each scan' },
  judulBukti: { id: (n) => `Bukti penilaian ${n}`, en: (n) => `Evidence for the score of ${n}` } as Kalimat<
    [string]
  >,

  // The score-history sparkline's text alternative (kilas.ts).
  kilasSatu: {
    id: (skor, tgl) => `Riwayat skor: satu pemindaian, ${skor} pada ${tgl}.`,
    en: (skor, tgl) => `Score history: one scan, ${skor} on ${tgl}.`,
  } as Kalimat<[string, string]>,
  kilasBanyak: {
    id: (n, s1, t1, s2, t2, min, max) =>
      `Riwayat skor: ${n} pemindaian, dari ${s1} pada ${t1} menjadi ${s2} pada ${t2}; terendah ${min}, tertinggi ${max}.`,
    en: (n, s1, t1, s2, t2, min, max) =>
      `Score history: ${n} scans, from ${s1} on ${t1} to ${s2} on ${t2}; lowest ${min}, highest ${max}.`,
  } as Kalimat<[number, string, string, string, string, string, string]>,
} satisfies Record<string, Teks | Dua<unknown>>;

/** The causes of "tidak dapat dinilai" a record tells apart (its `notAssessed`: reason, and scope). */
export type SebabTidakDinilai = 'robots' | 'robots-dip' | 'server' | 'lokal' | 'lokal-dip';

/** A record's cause; one without a reason (none is written so) is robots.txt, as records before it were. */
export function sebabTidakDinilai(t: TidakDinilai | undefined): SebabTidakDinilai {
  const dip = t?.scope === 'dip';
  if (t?.reason === 'server') return 'server';
  if (t?.reason === 'alamat-terlarang') return dip ? 'lokal-dip' : 'lokal';
  return dip ? 'robots-dip' : 'robots';
}

/**
 * Why a body could not be assessed, in the words of each place that says it: the ranking row's `label`,
 * the few words of the static badge and shields message (`singkat`, which fit the badge's 132 px line), and
 * the clause of the ranking's explanation and the badge's spoken label (`klausa`, after "because").
 */
export const SEBAB_TIDAK_DINILAI: Readonly<
  Record<SebabTidakDinilai, { readonly label: Teks; readonly singkat: Teks; readonly klausa: Teks }>
> = {
  robots: {
    label: { id: 'Ditutup robots.txt bagi pemantau', en: 'Closed to the monitor by robots.txt' },
    singkat: { id: 'ditutup robots.txt', en: 'closed by robots.txt' },
    klausa: {
      id: 'robots.txt situsnya menutup beranda dan DIP-nya bagi pemantau',
      en: 'the site’s robots.txt closes its home page and DIP to the monitor',
    },
  },
  'robots-dip': {
    label: { id: 'DIP ditutup robots.txt bagi pemantau', en: 'DIP closed to the monitor by robots.txt' },
    singkat: { id: 'DIP ditutup robots.txt', en: 'DIP closed by robots.txt' },
    klausa: {
      id: 'robots.txt menutup DIP-nya bagi pemantau',
      en: 'robots.txt closes the DIP to the monitor',
    },
  },
  server: {
    label: { id: 'robots.txt galat server', en: 'robots.txt server error' },
    singkat: { id: 'robots.txt galat server', en: 'robots.txt server error' },
    klausa: {
      id: 'robots.txt-nya menjawab galat server, yang menurut RFC 9309 berarti pemantau tidak mengambil apa pun',
      en: 'its robots.txt answers with a server error, which RFC 9309 reads as: fetch nothing',
    },
  },
  lokal: {
    label: { id: 'Alamat lokal/privat ditolak', en: 'Local/private address refused' },
    singkat: { id: 'alamat lokal ditolak', en: 'local address refused' },
    klausa: {
      id: 'alamat situsnya mengarah ke jaringan lokal/privat, yang tidak diambil pemantau',
      en: 'the site’s address leads to a local/private network, which the monitor does not fetch',
    },
  },
  'lokal-dip': {
    label: { id: 'DIP: alamat lokal/privat ditolak', en: 'DIP: local/private address refused' },
    singkat: { id: 'DIP: alamat lokal ditolak', en: 'DIP: local address refused' },
    klausa: {
      id: 'alamat DIP-nya mengarah ke jaringan lokal/privat, yang tidak diambil pemantau',
      en: 'the DIP’s address leads to a local/private network, which the monitor does not fetch',
    },
  },
};

/** The names of the sources the monitor reads, as the evidence page lists them. */
export const SUMBER: Readonly<Record<JenisSumber, Teks>> = {
  dip: { id: 'Daftar Informasi Publik (DIP)', en: 'Public Information List (DIP)' },
  wordpress: { id: 'WordPress REST API (pos)', en: 'WordPress REST API (posts)' },
  rss: { id: 'Umpan RSS', en: 'RSS feed' },
  atom: { id: 'Umpan Atom', en: 'Atom feed' },
  sitemap: { id: 'Peta situs (sitemap)', en: 'Sitemap' },
  beranda: { id: 'Beranda', en: 'Home page' },
  endpoint: { id: 'Layanan permohonan', en: 'Request service' },
  sosial: { id: 'Kanal media sosial', en: 'Social media channel' },
  robots: { id: 'robots.txt', en: 'robots.txt' },
};

/** Platform names are brands, the same in both languages, except "other". */
export const PLATFORM: Readonly<Record<AkunResmi['platform'], Teks>> = {
  youtube: { id: 'YouTube', en: 'YouTube' },
  mastodon: { id: 'Mastodon', en: 'Mastodon' },
  instagram: { id: 'Instagram', en: 'Instagram' },
  facebook: { id: 'Facebook', en: 'Facebook' },
  x: { id: 'X (Twitter)', en: 'X (Twitter)' },
  tiktok: { id: 'TikTok', en: 'TikTok' },
  lainnya: { id: 'Lainnya', en: 'Other' },
};

/** The kinds of public body, as the leaderboard's filters and titles name them: many bodies. */
export const LABEL_JENIS: Readonly<Record<JenisBadanPublik, Teks>> = {
  opd: { id: 'OPD', en: 'Regional agencies' },
  kecamatan: { id: 'Kecamatan', en: 'Districts' },
  kelurahan: { id: 'Kelurahan', en: 'Urban villages' },
  desa: { id: 'Desa', en: 'Villages' },
  lainnya: { id: 'Lainnya', en: 'Other' },
};

/** The kind of one public body, as the leaderboard's column and the evidence page name it. */
export const LABEL_JENIS_SATU: Readonly<Record<JenisBadanPublik, Teks>> = {
  opd: { id: 'OPD', en: 'Regional agency' },
  kecamatan: { id: 'Kecamatan', en: 'District' },
  kelurahan: { id: 'Kelurahan', en: 'Urban village' },
  desa: { id: 'Desa', en: 'Village' },
  lainnya: { id: 'Lainnya', en: 'Other' },
};
