/**
 * In the classic-script builds (`terbuka.min.js`, `terbuka-permintaan.min.js`), which cannot split code,
 * the parts only some pages need are ES modules next to the script, imported on demand: a classic script
 * may still call import(). Their address is taken from the running script while it executes
 * (document.currentScript), so it holds wherever the files are uploaded together.
 */
const skrip = typeof document !== 'undefined' ? document.currentScript : null;
const dasar = skrip instanceof HTMLScriptElement && skrip.src ? skrip.src : document.baseURI;

/** The address of the file `nama` next to the classic script. */
export const berkasSamping = (nama: string): string => new URL(nama, dasar).href;

/** A loader of the ES module `nama` next to the classic script. */
export function pemuatSamping<T>(nama: string): () => Promise<T> {
  const alamat = berkasSamping(nama);
  return () => import(/* @vite-ignore */ alamat) as Promise<T>;
}
