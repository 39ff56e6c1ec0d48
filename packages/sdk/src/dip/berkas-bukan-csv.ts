import type { Teks } from '../i18n/teks.js';
import { halamanWeb } from './halaman-web.js';
import { SIMPAN_CSV_UTF8 } from './simpan-csv-utf8.js';

/**
 * Files an office links or uploads instead of its CSV, told by how their text starts (read as UTF-8 or,
 * not being UTF-8, as Windows-1252 by `dekodeBerkas`): an Office document, the sheet saved or published
 * as a web page, a PDF of the register. Each is named, with the way to a CSV, where a CSV reading would
 * only say "no header row".
 */
const JENIS: readonly {
  readonly awal: ((teks: string) => boolean) | readonly string[];
  readonly nama: Teks;
}[] = [
  // ZIP: .xlsx, .ods, .docx.
  {
    awal: ['PK\x03\x04'],
    nama: {
      id: 'dokumen Office (buku kerja .xlsx atau .ods, atau .docx)',
      en: 'an Office document (an .xlsx or .ods workbook, or a .docx)',
    },
  },
  // OLE2, the container of Office 97–2003 files, as UTF-8 (U+FFFD) or as Windows-1252.
  {
    awal: ['\uFFFD\uFFFD\x11', 'ÐÏ\x11'],
    nama: { id: 'dokumen Office lama (.xls atau .doc)', en: 'an old Office document (.xls or .doc)' },
  },
  { awal: ['%PDF-'], nama: { id: 'dokumen PDF', en: 'a PDF document' } },
  // Excel's "Web Page" and "XML Spreadsheet 2003", a sheet's pubhtml page, a login page.
  {
    awal: halamanWeb,
    nama: { id: 'halaman web atau berkas XML', en: 'a web page or an XML file' },
  },
  {
    awal: ['\x1f\uFFFD\b', '\x1f\u2039\b'],
    nama: { id: 'berkas terkompresi (gzip)', en: 'a compressed (gzip) file' },
  },
];

const cocok = (awal: ((teks: string) => boolean) | readonly string[], teks: string): boolean =>
  typeof awal === 'function' ? awal(teks) : awal.some((a) => teks.startsWith(a));

/** What to do instead, when `teks` is one of those files; undefined for anything else. */
export function berkasBukanCSV(teks: string): Teks | undefined {
  const nama = JENIS.find((j) => cocok(j.awal, teks.replace(/^\uFEFF/, '')))?.nama;
  return (
    nama && {
      id: `Berkas ini ${nama.id}, bukan CSV. Di Excel: ${SIMPAN_CSV_UTF8.id}, lalu pakai berkas .csv itu; di Google Sheets: File → Bagikan → Publikasikan ke web → format CSV (bukan halaman web).`,
      en: `This file is ${nama.en}, not CSV. In Excel: ${SIMPAN_CSV_UTF8.en} and use that .csv file; in Google Sheets: File → Share → Publish to web → CSV format (not Web page).`,
    }
  );
}
