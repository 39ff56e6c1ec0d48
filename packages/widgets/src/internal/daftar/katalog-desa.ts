// The desa catalog core (its berkala-words view), loaded with import() by katalog.ts for a desa's register only.
// On the CDN modules this re-export is no file of its own: the build (scripts/build.mjs, imporSerentak) has the
// import() fetch the chunk that holds the core and the phrases' chunk it imports, at once.
export { katalogIntiBerkalaDesa } from '@terbuka/sdk';
