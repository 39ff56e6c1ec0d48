import type { Teks } from '@terbuka/sdk';
import { PESAN_LENCANA_INTI } from './pesan-lencana-inti.js';
import { PESAN_LENCANA_MASALAH } from './pesan-lencana-masalah.js';

/**
 * The messages of `<ppid-badge>`, part of the one catalog (pesan.ts re-exports them). The badge itself
 * imports the two halves apart: the words of a badge that is fine (pesan-lencana-inti.ts) with its code,
 * the words for problems (pesan-lencana-masalah.ts) with import() when it has one to show.
 */
export const PESAN_LENCANA = {
  ...PESAN_LENCANA_INTI,
  ...PESAN_LENCANA_MASALAH,
} as const satisfies Record<string, Teks>;
