// What a badge needs only when it has a problem to show, loaded with import() then (one lazy chunk;
// inlined in terbuka.min.js): its words for problems and the SDK's sentences for an unverified feed.
export { PESAN_LENCANA_MASALAH } from '../internal/pesan-lencana-masalah.js';
export { pesanVerifikasi } from '@terbuka/sdk';
