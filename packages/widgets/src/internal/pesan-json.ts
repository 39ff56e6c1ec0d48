import type { Teks } from '@terbuka/sdk';

// The words of a source that is not JSON, part of the one catalog (pesan.ts). In its own module: the data
// reader (data/urai.ts) needs only these, so the badge's self-assessed chunk carries no list words.
export const JSON_RUSAK = {
  id: 'Penulisan JSON tidak sah (periksa koma, tanda kutip dan kurung).',
  en: 'The JSON is malformed (check commas, quotes and brackets).',
} as const satisfies Teks;
