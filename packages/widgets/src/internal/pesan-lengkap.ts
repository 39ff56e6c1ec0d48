import type { Teks } from '@terbuka/sdk';
import { PESAN as INDONESIA } from './pesan.js';
import { PESAN_EN } from './pesan-en.js';

export { PESAN_ANTREAN, PESAN_LENCANA, PESAN_PERMINTAAN, PESAN_STATUS } from './pesan.js';

/**
 * The lists' messages in both languages, as the package exports them: pesan.ts holds their Indonesian (and
 * their English once a list shown in English has loaded pesan-en.ts), this joins the two.
 */
export const PESAN: { readonly [K in keyof typeof INDONESIA]: Teks } = /* @__PURE__ */ Object.fromEntries(
  Object.entries(INDONESIA).map(([k, t]) => [
    k,
    { id: t.id, en: PESAN_EN[k as keyof typeof PESAN_EN] ?? t.en },
  ]),
) as { readonly [K in keyof typeof INDONESIA]: Teks };
