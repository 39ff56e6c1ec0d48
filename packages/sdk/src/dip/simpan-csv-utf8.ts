import type { Teks } from '../i18n/teks.js';

/** Excel's menu path to a CSV every reader takes as it is (UTF-8), in the words of its Indonesian and English menus. */
export const SIMPAN_CSV_UTF8: Teks = {
  id: 'Simpan Sebagai → "CSV UTF-8 (Dipisahkan koma)"',
  en: 'Save As → "CSV UTF-8 (Comma delimited)"',
};
