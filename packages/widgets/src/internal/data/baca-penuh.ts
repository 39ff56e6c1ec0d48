// The SDK's full public reading (the validator with valibot), a lazy chunk: baca-json.ts loads it only for
// a register the shortcut is not sure of, or for the admin's view.
export { jsonItemSahMentahDengan } from '@terbuka/sdk';
