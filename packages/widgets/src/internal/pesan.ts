import type { Teks } from '@terbuka/sdk';
import { COBA_LAGI } from './pesan-bersama.js';
import { SALINAN_TERSIMPAN } from './pesan-salinan.js';
import { JSON_RUSAK } from './pesan-json.js';

// The badge's words live in their own module (re-exported here): it is on every page of an agency and
// must not carry the lists' catalog.
export { PESAN_LENCANA } from './pesan-lencana.js';
// Likewise the request form's and status page's words.
export { PESAN_PERMINTAAN } from './pesan-permintaan.js';
export { PESAN_ANTREAN } from './pesan-antrean.js';
// The status page's own words, apart from the form's so the form does not carry them.
export { PESAN_STATUS } from './pesan-status.js';

/** Indonesian has one form for one and many. */
const DISEMBUNYIKAN =
  '{n} informasi dalam DIP ini tidak ditampilkan karena datanya belum lengkap atau salah.';

/**
 * Every message the widgets themselves show, in Bahasa Indonesia and English. Text about the standard
 * (categories, catalog items, freshness, Pasal 17) comes from the SDK, never from here.
 */
export const PESAN = {
  memuat: { id: 'Memuat daftar informasi…', en: 'Loading the information list…' },
  tanpaSumber: {
    id: 'Sumber data belum diatur. Isi atribut src, sisipkan <script type="application/json">, atau setel properti data.',
    en: 'No data source is set. Set the src attribute, add a <script type="application/json">, or set the data property.',
  },
  kosong: { id: 'Belum ada informasi yang diterbitkan.', en: 'No information has been published yet.' },
  kosongBerkala: {
    id: 'Belum ada informasi berkala yang diterbitkan.',
    en: 'No periodic information has been published yet.',
  },
  // With entries hidden for faulty data (the notice counts them): "none published" would contradict it.
  kosongTersembunyi: {
    id: 'Belum ada informasi yang dapat ditampilkan.',
    en: 'No information can be shown yet.',
  },
  kosongBerkalaTersembunyi: {
    id: 'Belum ada informasi berkala yang dapat ditampilkan.',
    en: 'No periodic information can be shown yet.',
  },
  tidakDitemukan: {
    id: 'Tidak ada informasi yang cocok dengan pencarian ini.',
    en: 'No information matches this search.',
  },
  galatJaringan: {
    id: 'Daftar informasi tidak dapat dimuat karena sambungan bermasalah.',
    en: 'The information list could not be loaded because of a connection problem.',
  },
  galatWaktu: {
    id: 'Daftar informasi tidak dapat dimuat: server terlalu lama menjawab.',
    en: 'The information list could not be loaded: the server took too long to answer.',
  },
  galatHttp: {
    id: 'Daftar informasi tidak dapat dimuat (server menjawab {status}).',
    en: 'The information list could not be loaded (the server answered {status}).',
  },
  galatBagian: {
    id: 'Bagian widget yang diperlukan untuk menampilkan daftar ini tidak dapat dimuat. Muat ulang halaman; bila tetap begitu, pengelola situs perlu memastikan semua berkas Terbuka ada di folder yang sama dengan skripnya.',
    en: 'A part of the widget needed to show this list could not be loaded. Reload the page; if it persists, the site administrator needs to make sure every Terbuka file sits in the same folder as its script.',
  },
  galatData: {
    id: 'Data daftar informasi tidak dapat dibaca. Pengelola situs perlu memeriksanya.',
    en: 'The information list data cannot be read. The site administrator needs to check it.',
  },
  jsonRusak: JSON_RUSAK,
  cobaLagi: COBA_LAGI,
  salinanTersimpan: SALINAN_TERSIMPAN,
  dataLama: {
    id: 'Data ini terakhir diperbarui {tanggal}; mungkin sudah tidak mutakhir.',
    en: 'This data was last updated on {tanggal}; it may be out of date.',
  },
  sebagianDisembunyikan: {
    // Counted over the whole DIP: the panel lists one category, but a faulty row may be of any.
    id: DISEMBUNYIKAN,
    en: '{n} entries of this DIP are not shown because their data is incomplete or wrong.',
  },
  sebagianDisembunyikanSatu: {
    id: DISEMBUNYIKAN,
    en: '{n} entry of this DIP is not shown because its data is incomplete or wrong.',
  },
  cari: { id: 'Cari informasi', en: 'Search information' },
  cariPetunjuk: { id: 'Judul, unit, atau ringkasan', en: 'Title, unit or summary' },
  tahun: { id: 'Tahun pembuatan', en: 'Year made' },
  // On paper only: when it was printed, and the PPID decision that set the DIP.
  dicetak: { id: 'Dicetak {tanggal}.', en: 'Printed {tanggal}.' },
  penetapan: { id: 'Penetapan DIP: {nomor}.', en: 'DIP decision: {nomor}.' },
  semuaTahun: { id: 'Semua tahun', en: 'All years' },
  jumlah: { id: '{n} dari {total} informasi', en: '{n} of {total} entries' },
  jumlahSatu: { id: '{n} dari {total} informasi', en: '{n} of {total} entry' },
  judulBerkala: { id: 'Informasi Berkala', en: 'Periodic information' },
  lainnya: { id: 'Informasi berkala lainnya', en: 'Other periodic information' },
  unit: { id: 'Unit', en: 'Unit' },
  penanggungJawab: { id: 'Penanggung jawab', en: 'Person responsible' },
  dibuat: { id: 'Waktu dan tempat pembuatan', en: 'When and where made' },
  bentuk: { id: 'Bentuk', en: 'Format' },
  retensi: { id: 'Retensi', en: 'Retention' },
  tautan: { id: 'Tautan', en: 'Links' },
  cetak: { id: 'Cetak', en: 'Print' },
  digital: { id: 'Digital', en: 'Digital' },
  diperbarui: { id: 'Diperbarui {relatif}', en: 'Updated {relatif}' },
  perluDiperbarui: { id: 'Perlu diperbarui', en: 'Needs updating' },
  terlambat: { id: 'Terlambat diperbarui', en: 'Update overdue' },
  tanpaTanggal: { id: 'Tanggal pembaruan tidak diketahui', en: 'Update date unknown' },
  bertanggal: { id: 'Bertanggal {tanggal}', en: 'Dated {tanggal}' },
  labelDiperbarui: { id: 'Diperbarui', en: 'Updated' },
  tampilkanLagi: {
    id: 'Tampilkan {n} lagi ({tampil} dari {total} ditampilkan)',
    en: 'Show {n} more ({tampil} of {total} shown)',
  },
} as const satisfies Record<string, Teks>;
