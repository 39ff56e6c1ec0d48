import { normalisasi } from '../standard/normalisasi.js';
/**
 * Recognises the columns of a DIP spreadsheet from their headers, however an office wrote them:
 * case, punctuation and spacing are ignored, and the common variants of each name are known.
 */
export type KolomCSV =
  | 'no'
  | 'judul'
  | 'ringkasan'
  | 'unit'
  | 'penanggungJawab'
  | 'waktuTempat'
  | 'bentuk'
  | 'retensi'
  | 'media'
  | 'kategori'
  | 'tautan'
  | 'diperbarui'
  | 'itemWajib'
  | 'dasarPengecualian'
  | 'dasarHukumLain'
  | 'konsekuensi'
  | 'jangkaPengecualian'
  | 'nomorPenetapan'
  | 'tanggalPenetapan';

const DAN = /&/g;

/** The shared normalisation, with `&` read as "dan" (headers write "Visi & Misi", "Bentuk & Format"). */
export function normalHeader(s: string): string {
  return normalisasi(s.replace(DAN, ' dan '));
}

// Checked in order, first match wins: the specific names ("tanggal penetapan", "jangka waktu
// pengecualian", "penanggung jawab pembuatan") before the general ones they contain.
const ATURAN: readonly (readonly [KolomCSV, RegExp])[] = [
  ['no', /^(?:no|nomor|no urut|nomor urut|nmr)$/],
  ['itemWajib', /\b(?:item wajib|kode item|item katalog|kode katalog|memenuhi|fulfils|mandatory item)\b/],
  ['tanggalPenetapan', /\b(?:tanggal|tgl) (?:sk|penetapan|keputusan)\b/],
  ['nomorPenetapan', /\b(?:nomor|no) (?:sk|penetapan|keputusan)\b/],
  ['jangkaPengecualian', /\b(?:(?:jangka waktu|masa|lama) (?:pengecualian|dikecualikan))\b/],
  [
    'dasarPengecualian',
    /\b(?:pasal 17|dasar pengecualian|alasan pengecualian|dasar hukum pengecualian|huruf pengecualian)\b/,
  ],
  ['dasarHukumLain', /\bdasar hukum\b/],
  ['konsekuensi', /\bkonsekuensi\b/],
  [
    'diperbarui',
    /\b(?:diperbarui|diperbaharui|pembaruan|pembaharuan|pemutakhiran|dimutakhirkan|update|updated)\b/,
  ],
  ['penanggungJawab', /\b(?:penanggung ?jawab|pj)\b|^(?:responsible|person in charge)$/],
  ['unit', /\b(?:menguasai|satker|satuan kerja|unit kerja|pejabat)\b|^(?:unit|opd|bidang|unit pengelola)$/],
  [
    'waktuTempat',
    /\bwaktu\b.*\b(?:tempat|pembuatan)\b|\b(?:tempat|tahun|waktu) pembuatan\b|^(?:date|time) and place$/,
  ],
  ['retensi', /\b(?:penyimpanan|retensi|retention)\b/],
  ['bentuk', /\b(?:bentuk|format)\b/],
  ['media', /\bmedia\b/],
  [
    'kategori',
    /\b(?:kategori|jenis informasi|klasifikasi|golongan informasi)\b|^(?:category|classification)$/,
  ],
  ['tautan', /\b(?:tautan|link|links|url|unduh|download|lampiran|alamat dokumen)\b/],
  [
    'judul',
    /\bjudul\b|^(?:nama informasi|nama dokumen|title|information title)$|^(?:daftar )?informasi (?:publik )?yang dikecualikan$/,
  ],
  ['ringkasan', /\b(?:ringkasan|isi informasi|uraian informasi)\b|^(?:summary|description)$/],
];

/** Far longer than any header of a real register (the longest seen is about 70 characters). */
const PANJANG_HEADER_MAKS = 200;

/**
 * The column a header names, or undefined for a column the DIP format does not know. A cell longer than
 * any column name (a title row, a paragraph pasted above the table) names none: it is not matched, which
 * also keeps the patterns' work small (`waktuTempat` backtracks on long text).
 */
export function kenaliKolom(header: string): KolomCSV | undefined {
  if (header.length > PANJANG_HEADER_MAKS) return undefined;
  const n = normalHeader(header);
  if (n === '') return undefined;
  for (const [kolom, pola] of ATURAN) if (pola.test(n)) return kolom;
  return undefined;
}
