// The desa catalog core, loaded with import() by katalog.ts for a desa's register only.
export { katalogIntiDesa } from '@terbuka/sdk';
