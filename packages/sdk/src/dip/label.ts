import type { Teks } from '../i18n/teks.js';

/**
 * Every field of the DIP format in words a site admin knows, keyed by its path with array indexes
 * dropped (`items[].links[].url`). Problem messages and the JSON Schema descriptions both read from
 * here, so a field is named the same way everywhere.
 */
export const LABEL_KOLOM: Readonly<Record<string, Teks>> = {
  '': { id: 'Dokumen DIP', en: 'DIP document' },
  format: { id: 'Format dokumen (harus "terbuka-dip")', en: 'Document format (must be "terbuka-dip")' },
  version: { id: 'Versi format dokumen', en: 'Document format version' },
  agency: { id: 'Data badan publik', en: 'Public body' },
  'agency.id': { id: 'Kode badan publik', en: 'Public body id' },
  'agency.name': { id: 'Nama badan publik', en: 'Public body name' },
  'agency.kind': {
    id: 'Jenis badan publik (opd, kecamatan, kelurahan, desa, lainnya)',
    en: 'Kind of public body (opd, kecamatan, kelurahan, desa, lainnya)',
  },
  'agency.parentId': { id: 'Kode badan publik induk', en: 'Parent body id' },
  'agency.website': { id: 'Alamat situs web resmi', en: 'Official website' },
  'agency.ppid': { id: 'Kontak PPID', en: 'PPID contact' },
  'agency.ppid.name': { id: 'Nama kontak PPID', en: 'PPID contact name' },
  'agency.ppid.email': { id: 'Surel (e-mail) PPID', en: 'PPID e-mail' },
  'agency.ppid.phone': { id: 'Telepon PPID', en: 'PPID phone' },
  'agency.ppid.address': { id: 'Alamat PPID', en: 'PPID address' },
  'agency.timeZone': {
    id: 'Zona waktu (Asia/Jakarta, Asia/Makassar, Asia/Jayapura; bawaan Asia/Jakarta)',
    en: 'Time zone (Asia/Jakarta, Asia/Makassar, Asia/Jayapura; default Asia/Jakarta)',
  },
  'agency.channels': {
    id: 'Kanal resmi (situs dan media sosial)',
    en: 'Official channels (website and social media)',
  },
  'agency.channels[]': { id: 'Kanal resmi', en: 'Official channel' },
  'agency.channels[].platform': { id: 'Platform kanal resmi', en: 'Channel platform' },
  'agency.channels[].url': { id: 'Alamat kanal resmi', en: 'Channel address' },
  'agency.channels[].handle': { id: 'Nama akun kanal resmi', en: 'Channel account name' },
  decision: { id: 'Penetapan DIP (SK PPID)', en: 'Decision that set the DIP' },
  'decision.number': { id: 'Nomor SK penetapan DIP', en: 'Number of the DIP decision' },
  'decision.date': { id: 'Tanggal SK penetapan DIP', en: 'Date of the DIP decision' },
  items: { id: 'Daftar item informasi', en: 'Information items' },
  'items[]': { id: 'Item informasi', en: 'Information item' },
  'items[].id': { id: 'Kode item', en: 'Item id' },
  'items[].title': { id: 'Judul / ringkasan isi informasi', en: 'Title (summary of the information)' },
  'items[].summary': { id: 'Ringkasan isi informasi', en: 'Summary' },
  'items[].category': {
    id: 'Kategori (berkala, serta-merta, setiap-saat, dikecualikan)',
    en: 'Category (berkala, serta-merta, setiap-saat, dikecualikan)',
  },
  'items[].fulfils': { id: 'Item wajib yang dipenuhi', en: 'Mandatory items fulfilled' },
  'items[].fulfils[]': { id: 'Kode item wajib', en: 'Mandatory item id' },
  'items[].unit': {
    id: 'Pejabat/unit/satuan kerja yang menguasai informasi',
    en: 'Official or unit holding the information',
  },
  'items[].responsible': {
    id: 'Penanggung jawab pembuatan/penerbitan informasi',
    en: 'Person responsible for making or publishing it',
  },
  'items[].made': { id: 'Waktu dan tempat pembuatan informasi', en: 'When and where it was made' },
  'items[].made.date': { id: 'Tanggal pembuatan', en: 'Date made' },
  'items[].made.year': { id: 'Tahun pembuatan', en: 'Year made' },
  'items[].made.place': { id: 'Tempat pembuatan', en: 'Place made' },
  'items[].made.text': {
    id: 'Waktu dan tempat pembuatan (sebagaimana tertulis)',
    en: 'When and where made (as written)',
  },
  'items[].formats': { id: 'Bentuk informasi (cetak, digital)', en: 'Formats (cetak = print, digital)' },
  'items[].formats[]': { id: 'Bentuk informasi', en: 'Format' },
  'items[].retention': { id: 'Jangka waktu penyimpanan (retensi arsip)', en: 'Retention period' },
  'items[].media': { id: 'Jenis media yang memuat informasi', en: 'Media carrying the information' },
  'items[].media[]': { id: 'Jenis media', en: 'Medium' },
  'items[].links': { id: 'Tautan dokumen', en: 'Document links' },
  'items[].links[]': { id: 'Tautan', en: 'Link' },
  'items[].links[].label': { id: 'Nama tautan', en: 'Link label' },
  'items[].links[].url': { id: 'Alamat tautan (URL)', en: 'Link address (URL)' },
  'items[].updated': { id: 'Tanggal terakhir diperbarui', en: 'Date last updated' },
  'items[].exclusion': {
    id: 'Data pengecualian (hasil uji konsekuensi)',
    en: 'Exclusion record (result of the consequence test)',
  },
  'items[].exclusion.grounds': {
    id: 'Dasar pengecualian: huruf Pasal 17 UU KIP (a–j)',
    en: 'Grounds: letters of Article 17 of the KIP Law (a–j)',
  },
  'items[].exclusion.grounds[]': { id: 'Huruf Pasal 17', en: 'Article 17 letter' },
  'items[].exclusion.otherBasis': { id: 'Dasar hukum lain', en: 'Other legal basis' },
  'items[].exclusion.consequence': {
    id: 'Konsekuensi bila informasi dibuka',
    en: 'Consequence of disclosure',
  },
  'items[].exclusion.period': { id: 'Jangka waktu pengecualian', en: 'Exclusion period' },
  'items[].exclusion.decisionNumber': {
    id: 'Nomor penetapan pengecualian',
    en: 'Number of the exclusion decision',
  },
  'items[].exclusion.decisionDate': {
    id: 'Tanggal penetapan pengecualian',
    en: 'Date of the exclusion decision',
  },
};

/** `items[12].links[0].url` → `items[].links[].url`. */
export function polaJalur(jalur: string): string {
  return jalur.replace(/\[\d+\]/g, '[]');
}

/**
 * The label of a path, falling back to the field's own name for a field the format does not know: the
 * position before it (`items[2]`, 0-based in the path) is worded by `lokasiJalur` ("Item ke-3").
 */
export function labelKolom(jalur: string): Teks {
  const nama = jalur.replace(/^(?:\w+\[\d+\]\.)+/, '');
  return LABEL_KOLOM[polaJalur(jalur)] ?? { id: `Kolom "${nama}"`, en: `Field "${nama}"` };
}

const POSISI: Readonly<Record<string, Teks>> = {
  items: { id: 'Item ke-{n}', en: 'Item {n}' },
  links: { id: 'tautan ke-{n}', en: 'link {n}' },
  channels: { id: 'kanal ke-{n}', en: 'channel {n}' },
  fulfils: { id: 'item wajib ke-{n}', en: 'mandatory item {n}' },
  media: { id: 'media ke-{n}', en: 'medium {n}' },
  formats: { id: 'bentuk ke-{n}', en: 'format {n}' },
  grounds: { id: 'huruf ke-{n}', en: 'letter {n}' },
};

/** Where a path points in human words, 1-based: `items[12].links[0].url` → "Item ke-13, tautan ke-1". */
export function lokasiJalur(jalur: string): Teks {
  const id: string[] = [];
  const en: string[] = [];
  for (const m of jalur.matchAll(/(\w+)\[(\d+)\]/g)) {
    const pola = POSISI[m[1] ?? ''];
    const n = String(Number(m[2]) + 1);
    id.push((pola?.id ?? `${m[1]} ke-{n}`).replace('{n}', n));
    en.push((pola?.en ?? `${m[1]} {n}`).replace('{n}', n));
  }
  return { id: id.join(', '), en: en.join(', ') };
}
