// The desa catalog core (its berkala-words view), loaded with import() by katalog.ts for a desa's register only.
export { katalogIntiBerkalaDesa } from '@terbuka/sdk';
