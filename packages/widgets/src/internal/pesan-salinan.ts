import type { Teks } from '@terbuka/sdk';

// The saved-copy sentence, part of the one catalog (pesan.ts), shared by the lists and the badge. In its
// own module, not in pesan-bersama.ts: the badge shows it only in a problem state, so in lencana.js it
// goes with the lazy problem words instead of into the file every agency page loads.
export const SALINAN_TERSIMPAN = {
  id: 'Menampilkan salinan tersimpan per {tanggal}.',
  en: 'Showing the copy saved on {tanggal}.',
} as const satisfies Teks;
