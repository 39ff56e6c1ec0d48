import type { Teks } from '../i18n/teks.js';

/**
 * Excel's way to a CSV every reader takes as it is (UTF-8). The file type is named by what every Excel
 * calls it, "CSV UTF-8"; the rest of its label is the menu's language (English: "(Comma delimited)").
 */
export const SIMPAN_CSV_UTF8: Teks = {
  id: 'Simpan Sebagai → jenis berkas "CSV UTF-8"',
  en: 'Save As → "CSV UTF-8 (Comma delimited)"',
};
