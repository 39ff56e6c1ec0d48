import type { PESAN } from './pesan.js';

/** The messages of pesan.ts with their English beside them already (shared with the badge and forms). */
type Bersama = 'jsonRusak' | 'cobaLagi' | 'salinanTersimpan';

/**
 * The English of the lists' messages (pesan.ts): a lazy chunk, or terbuka-en.js beside the classic script,
 * that an Indonesian page (most of them) never loads. kata-en.ts writes it into PESAN for a list shown in
 * English.
 */
export const PESAN_EN: Readonly<Record<Exclude<keyof typeof PESAN, Bersama>, string>> = {
  memuat: 'Loading the information list…',
  tanpaSumber:
    'No data source is set. Set the src attribute, add a <script type="application/json">, or set the data property.',
  kosong: 'No information has been published yet.',
  kosongBerkala: 'No periodic information has been published yet.',
  kosongTersembunyi: 'No information can be shown yet.',
  kosongBerkalaTersembunyi: 'No periodic information can be shown yet.',
  tidakDitemukan: 'No information matches this search.',
  galatJaringan: 'The information list could not be loaded because of a connection problem.',
  galatWaktu: 'The information list could not be loaded: the server took too long to answer.',
  galatHttp: 'The information list could not be loaded (the server answered {status}).',
  galatBagian:
    'A part of the widget needed to show this list could not be loaded. Reload the page; if it persists, the site administrator needs to make sure every Terbuka file sits in the same folder as its script.',
  galatData: 'The information list data cannot be read. The site administrator needs to check it.',
  dataLama: 'This data was last updated on {tanggal}; it may be out of date.',
  sebagianDisembunyikan: '{n} entries of this DIP are not shown because their data is incomplete or wrong.',
  sebagianDisembunyikanSatu: '{n} entry of this DIP is not shown because its data is incomplete or wrong.',
  cari: 'Search information',
  cariPetunjuk: 'Title, unit or summary',
  tahun: 'Year made',
  dicetak: 'Printed {tanggal}.',
  penetapan: 'DIP decision: {nomor}.',
  semuaTahun: 'All years',
  jumlah: '{n} of {total} entries',
  jumlahSatu: '{n} of {total} entry',
  judulBerkala: 'Periodic information',
  lainnya: 'Other periodic information',
  unit: 'Unit',
  penanggungJawab: 'Person responsible',
  dibuat: 'When and where made',
  bentuk: 'Format',
  retensi: 'Retention',
  tautan: 'Links',
  cetak: 'Print',
  digital: 'Digital',
  diperbarui: 'Updated {relatif}',
  perluDiperbarui: 'Needs updating',
  terlambat: 'Update overdue',
  tanpaTanggal: 'Update date unknown',
  bertanggal: 'Dated {tanggal}',
  labelDiperbarui: 'Updated',
  tampilkanLagi: 'Show {n} more ({tampil} of {total} shown)',
};
