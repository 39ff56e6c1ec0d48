import type * as ImporCSV from '@terbuka/sdk/csv';

/**
 * In the classic-script build (`terbuka.min.js`) the importer is the ES module `terbuka-csv.js` next to
 * the script: a classic script may still call import(), so pages that never read a CSV never load it.
 * The address is taken from the running script while it executes (document.currentScript).
 */
const skrip = typeof document !== 'undefined' ? document.currentScript : null;
const dasar = skrip instanceof HTMLScriptElement && skrip.src ? skrip.src : document.baseURI;
const alamat = new URL('terbuka-csv.js', dasar).href;

export const muatCSV = (): Promise<typeof ImporCSV> =>
  import(/* @vite-ignore */ alamat) as Promise<typeof ImporCSV>;
