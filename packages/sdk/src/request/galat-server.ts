import type { Teks } from '../i18n/teks.js';

/**
 * The words of a server's 500 (`internal`) on a citizen's submission (POST /v1/permintaan or /v1/keberatan):
 * not stored, send it again. A server before the words of a 500 depended on the route sent them on every
 * route, an officer's too; the officer CLI knows them by these words, to leave them out there.
 */
export const PESAN_GALAT_KIRIM: Teks = {
  id: 'Terjadi galat pada server. Permohonan Anda belum tersimpan; silakan kirim ulang.',
  en: 'The server hit an error. Your submission was not stored; please send it again.',
};
