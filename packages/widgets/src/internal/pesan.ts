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

/**
 * A message of the lists, Indonesian first: its English is pesan-en.ts, a lazy chunk loaded only for an
 * English view (muat-pesan-en.ts) and written into it then. Until then the Indonesian stands in (a list in
 * English waits for its words before it shows them: DaftarElement).
 */
const k = (id: string): { id: string; en: string } => ({ id, en: id });

/** Indonesian has one form for one and many. */
const DISEMBUNYIKAN =
  '{n} informasi dalam DIP ini tidak ditampilkan karena datanya belum lengkap atau salah.';

/**
 * Every message the lists themselves show, in Bahasa Indonesia (their English: pesan-en.ts; the public
 * catalog with both is pesan-lengkap.ts). Text about the standard (categories, catalog items, freshness,
 * Pasal 17) comes from the SDK, never from here.
 */
export const PESAN = {
  memuat: k('Memuat daftar informasi…'),
  tanpaSumber: k(
    'Sumber data belum diatur. Isi atribut src, sisipkan <script type="application/json">, atau setel properti data.',
  ),
  kosong: k('Belum ada informasi yang diterbitkan.'),
  kosongBerkala: k('Belum ada informasi berkala yang diterbitkan.'),
  // With entries hidden for faulty data (the notice counts them): "none published" would contradict it.
  kosongTersembunyi: k('Belum ada informasi yang dapat ditampilkan.'),
  kosongBerkalaTersembunyi: k('Belum ada informasi berkala yang dapat ditampilkan.'),
  tidakDitemukan: k('Tidak ada informasi yang cocok dengan pencarian ini.'),
  galatJaringan: k('Daftar informasi tidak dapat dimuat karena sambungan bermasalah.'),
  galatWaktu: k('Daftar informasi tidak dapat dimuat: server terlalu lama menjawab.'),
  galatHttp: k('Daftar informasi tidak dapat dimuat (server menjawab {status}).'),
  galatBagian: k(
    'Bagian widget yang diperlukan untuk menampilkan daftar ini tidak dapat dimuat. Muat ulang halaman; bila tetap begitu, pengelola situs perlu memastikan semua berkas Terbuka ada di folder yang sama dengan skripnya.',
  ),
  galatData: k('Data daftar informasi tidak dapat dibaca. Pengelola situs perlu memeriksanya.'),
  jsonRusak: JSON_RUSAK,
  cobaLagi: COBA_LAGI,
  salinanTersimpan: SALINAN_TERSIMPAN,
  dataLama: k('Data ini terakhir diperbarui {tanggal}; mungkin sudah tidak mutakhir.'),
  // Counted over the whole DIP: the panel lists one category, but a faulty row may be of any.
  sebagianDisembunyikan: k(DISEMBUNYIKAN),
  sebagianDisembunyikanSatu: k(DISEMBUNYIKAN),
  cari: k('Cari informasi'),
  cariPetunjuk: k('Judul, unit, atau ringkasan'),
  tahun: k('Tahun pembuatan'),
  // On paper only: when it was printed, and the PPID decision that set the DIP.
  dicetak: k('Dicetak {tanggal}.'),
  penetapan: k('Penetapan DIP: {nomor}.'),
  semuaTahun: k('Semua tahun'),
  jumlah: k('{n} dari {total} informasi'),
  jumlahSatu: k('{n} dari {total} informasi'),
  judulBerkala: k('Informasi Berkala'),
  lainnya: k('Informasi berkala lainnya'),
  unit: k('Unit'),
  penanggungJawab: k('Penanggung jawab'),
  dibuat: k('Waktu dan tempat pembuatan'),
  bentuk: k('Bentuk'),
  retensi: k('Retensi'),
  tautan: k('Tautan'),
  cetak: k('Cetak'),
  digital: k('Digital'),
  diperbarui: k('Diperbarui {relatif}'),
  perluDiperbarui: k('Perlu diperbarui'),
  terlambat: k('Terlambat diperbarui'),
  tanpaTanggal: k('Tanggal pembaruan tidak diketahui'),
  bertanggal: k('Bertanggal {tanggal}'),
  labelDiperbarui: k('Diperbarui'),
  tampilkanLagi: k('Tampilkan {n} lagi ({tampil} dari {total} ditampilkan)'),
} as const satisfies Record<string, Teks>;
