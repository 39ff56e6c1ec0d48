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
// pengecualian", "penanggung jawab pembuatan") before the general ones they contain. Each column's English
// names follow its Indonesian ones (a sheet kept in English, an agency's or a developer's test); a bare
// "Date" names none of them (made, updated or the decision's), and stays an unknown column.
const ATURAN: readonly (readonly [KolomCSV, RegExp])[] = [
  ['no', /^(?:no|nomor|no urut|nomor urut|nmr|number|item no|item number)$/],
  [
    'itemWajib',
    /\b(?:item wajib|kode item|item katalog|kode katalog|memenuhi|fulfils|fulfills|mandatory item|required item|catalog(?:ue)? (?:item|code))\b/,
  ],
  [
    'tanggalPenetapan',
    /\b(?:tanggal|tgl) (?:sk|penetapan|keputusan)\b|\b(?:decision|decree|sk) date\b|\bdate of (?:the )?(?:decision|decree)\b/,
  ],
  [
    'nomorPenetapan',
    /\b(?:nomor|no) (?:sk|penetapan|keputusan)\b|\b(?:decision|decree|sk) (?:number|no)\b|\b(?:number|no) of (?:the )?(?:decision|decree)\b/,
  ],
  [
    'jangkaPengecualian',
    /\b(?:(?:jangka waktu|masa|lama) (?:pengecualian|dikecualikan))\b|\b(?:exemption|exception|exclusion) period\b|\bperiod of (?:the )?(?:exemption|exception|exclusion)\b/,
  ],
  [
    'dasarPengecualian',
    /\b(?:pasal 17|dasar pengecualian|alasan pengecualian|dasar hukum pengecualian|huruf pengecualian|article 17|(?:exemption|exception|exclusion) (?:grounds?|basis|reasons?)|(?:grounds?|basis|reasons?) for (?:the )?(?:exemption|exception|exclusion))\b/,
  ],
  ['dasarHukumLain', /\b(?:dasar hukum|legal basis)\b/],
  ['konsekuensi', /\b(?:konsekuensi|consequences?)\b/],
  [
    'diperbarui',
    /\b(?:diperbarui|diperbaharui|pembaruan|pembaharuan|pemutakhiran|dimutakhirkan|update|updated|last modified|revised)\b/,
  ],
  [
    'penanggungJawab',
    /\b(?:penanggung ?jawab|pj)\b|^(?:responsible(?: (?:person|official|officer))?|(?:person|official|officer) (?:responsible|in charge))(?: for\b.*)?$/,
  ],
  [
    'unit',
    /\b(?:menguasai|satker|satuan kerja|unit kerja|pejabat|department|division|work unit)\b|^(?:unit|opd|bidang|unit pengelola|responsible unit|unit responsible|unit in charge|(?:unit|official) holding (?:the )?information)$/,
  ],
  [
    'waktuTempat',
    /\bwaktu\b.*\b(?:tempat|pembuatan)\b|\b(?:tempat|tahun|waktu) pembuatan\b|^(?:date|time) (?:and|dan) place$|^(?:date|time|year|place)(?: (?:and|dan) (?:date|time|year|place))? (?:made|created|produced)$/,
  ],
  ['retensi', /\b(?:penyimpanan|retensi|retention|storage period)\b/],
  ['bentuk', /\b(?:bentuk|format|formats)\b/],
  ['media', /\b(?:media|medium)\b/],
  [
    'kategori',
    /\b(?:kategori|jenis informasi|klasifikasi|golongan informasi|category|information type|type of information)\b|^classification$/,
  ],
  [
    'tautan',
    /\b(?:tautan|link|links|url|urls|hyperlink|hyperlinks|unduh|download|lampiran|alamat dokumen|web address)\b/,
  ],
  [
    'judul',
    /\b(?:judul|title)\b|^(?:nama informasi|nama dokumen|information|information name|name of (?:the )?information|document name)$|^(?:daftar )?informasi (?:publik )?yang dikecualikan$|^(?:list of )?(?:exempt|excepted) information$/,
  ],
  [
    'ringkasan',
    /\b(?:ringkasan|isi informasi|uraian informasi|summary)\b|^(?:description|information description|description of (?:the )?information)$/,
  ],
];

/** Far longer than any header of a real register (the longest seen is about 70 characters). */
const PANJANG_HEADER_MAKS = 200;

/**
 * The column a header names, or undefined for a column the DIP format does not know. A cell longer than
 * any column name (a title row, a paragraph pasted above the table) names none: it is not matched, which
 * also keeps the patterns' work small (`waktuTempat` backtracks on long text). `normal` is the header's
 * `normalHeader`, when the caller has it already.
 */
export function kenaliKolom(header: string, normal?: string): KolomCSV | undefined {
  if (header.length > PANJANG_HEADER_MAKS) return undefined;
  const n = normal ?? normalHeader(header);
  if (n === '') return undefined;
  for (const [kolom, pola] of ATURAN) if (pola.test(n)) return kolom;
  return undefined;
}
