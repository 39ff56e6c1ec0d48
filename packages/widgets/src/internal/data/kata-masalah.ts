// The SDK's problem sentences (field names, places, what is wrong), loaded with import() only when a
// read has problems to word: a page whose DIP is clean never loads them (one lazy chunk).
export { uraikanHasil } from '@terbuka/sdk';
