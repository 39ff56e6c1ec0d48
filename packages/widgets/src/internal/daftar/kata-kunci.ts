// The Badan Publik core with the phrases of its berkala items (its berkala-words view), loaded with import()
// by katalog.ts only for a register with an entry that declares no `fulfils`.
export { katalogIntiBerkalaBadanPublik } from '@terbuka/sdk';
