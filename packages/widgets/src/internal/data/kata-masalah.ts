import type { Teks } from '@terbuka/sdk';

// The SDK's problem sentences (field names, places, what is wrong), loaded with import() only when a
// read has problems to word: a page whose DIP is clean never loads them (one lazy chunk).
export { uraikanHasil } from '@terbuka/sdk';

// The widget's own problems with a source (urai.ts), rare, so their words come with the SDK's.

/** `agency-timezone` is not one of Indonesia's zones: the read used WIB. */
export const zonaTakDikenal = (zona: string): Teks => ({
  id: `Atribut agency-timezone berisi "${zona}", yang tidak dikenal; dipakai Asia/Jakarta (WIB). Pilihan yang sah: Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT).`,
  en: `The agency-timezone attribute is "${zona}", which is not known; Asia/Jakarta (WIB) is used. Valid values: Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT).`,
});
