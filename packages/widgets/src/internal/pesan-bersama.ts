import type { Teks } from '@terbuka/sdk';

// Words every element shows, part of the one catalog (pesan.ts); in their own module so that using them
// does not bring the badge's words to the lists and forms, or the reverse.
export const COBA_LAGI = { id: 'Coba lagi', en: 'Try again' } as const satisfies Teks;
