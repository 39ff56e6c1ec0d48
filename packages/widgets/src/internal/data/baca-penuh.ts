// The SDK's full public reading (the validator with valibot), a lazy chunk (`terbuka-baca.js` beside the
// classic script): baca-json.ts loads it only for a register the shortcut is not sure of, or for the admin's
// view.
export { jsonItemSahMentahDengan } from '@terbuka/sdk';
