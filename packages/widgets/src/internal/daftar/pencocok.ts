// The SDK's phrase matching (cakupan.ts's cocokkanKataKunci), loaded with import() by katalog.ts together with
// a catalog that has phrases: against the core without phrases that every page starts with it finds nothing.
// On the CDN modules this re-export is no file of its own: the build (scripts/build.mjs, GRUP) puts the
// matching in the phrases' chunk, and imporSerentak has the import() read it from there.
export { cocokkanKataKunci } from '@terbuka/sdk';
