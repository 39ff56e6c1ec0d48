import type { Teks } from '../i18n/teks.js';

/**
 * Files an office links or uploads instead of its CSV, told by their first bytes as text (read as UTF-8 or,
 * not being UTF-8, as Windows-1252 by `dekodeBerkas`): the workbook itself, an old Excel file, a PDF of
 * the register. Each gets its own way out, where a CSV reading would only say "no header row".
 */
const JENIS: readonly { readonly awal: readonly string[]; readonly nama: Teks }[] = [
  // ZIP: .xlsx, .ods (and .docx).
  {
    awal: ['PK\x03\x04'],
    nama: {
      id: 'buku kerja Excel (.xlsx) atau LibreOffice (.ods)',
      en: 'an Excel (.xlsx) or LibreOffice (.ods) workbook',
    },
  },
  // OLE2, the container of Excel 97–2003 (.xls) and old Word files, as UTF-8 (U+FFFD) or Windows-1252.
  {
    awal: ['\uFFFD\uFFFD\x11', 'ÐÏ\x11à'],
    nama: { id: 'berkas Excel lama (.xls)', en: 'an old Excel file (.xls)' },
  },
  { awal: ['%PDF-'], nama: { id: 'dokumen PDF', en: 'a PDF document' } },
];

/** What to do instead, when `teks` is one of those files; undefined for anything else. */
export function berkasBukanCSV(teks: string): Teks | undefined {
  const nama = JENIS.find((j) => j.awal.some((a) => teks.startsWith(a)))?.nama;
  return (
    nama && {
      id: `Berkas ini ${nama.id}, bukan CSV. Di Excel: Simpan Sebagai → "CSV UTF-8 (Dipisahkan koma)", lalu pakai berkas .csv itu; di Google Sheets: File → Bagikan → Publikasikan ke web → format CSV. Widget dan Terbuka tidak membaca buku kerja atau PDF.`,
      en: `This file is ${nama.en}, not CSV. In Excel: Save As → "CSV UTF-8 (Comma delimited)" and use that .csv file; in Google Sheets: File → Share → Publish to web → CSV format. The widgets and Terbuka do not read workbooks or PDFs.`,
    }
  );
}
