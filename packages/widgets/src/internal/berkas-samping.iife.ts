/**
 * In the classic-script builds (`terbuka.min.js`, `terbuka-permintaan.min.js`), which cannot split code,
 * the parts only some pages need are files next to the script, loaded on demand. Each is itself a classic
 * script that leaves its exports under one global name (`globalSamping`), loaded with a `<script>`
 * element, not `import()`: a script element needs no CORS, so the files work from any host that serves
 * the main script — a district's server that sends no `Access-Control-Allow-Origin` included (a module
 * import from another origin needs that header and failed there). The address is taken from the running
 * script while it executes (document.currentScript), so it holds wherever the files are uploaded together;
 * its CSP nonce, if any, is passed on.
 */
// Only classic scripts bundle this module, and they run in a page: `document` is there.
// (An SVG <script> has no `src`: the page's address then.)
const utama = document.currentScript as HTMLScriptElement | null;
const dasar = utama?.src || document.baseURI;

/** The global a side file leaves its exports under: `terbuka-csv.js` → `globalThis['__terbuka-csv.js']`. */
export const globalSamping = (nama: string): string => `__${nama}`;

/**
 * A loader of the side file `nama`: one `<script>` element, its exports once it ran. A failed load (the
 * file missing, offline) rejects and is tried again on the next call.
 */
export function pemuatSamping<T>(nama: string): () => Promise<T> {
  let janji: Promise<T> | undefined;
  return () =>
    (janji ??= new Promise<T>((ok, gagal) => {
      const s = document.createElement('script');
      const salah = (): void => {
        janji = undefined;
        s.remove();
        // The callers word the failure for the reader; the error names the file, for the console.
        gagal(new Error(s.src));
      };
      // The file next to the classic script.
      s.src = new URL(nama, dasar).href;
      // No nonce: '' (a script element's default).
      s.nonce = utama?.nonce ?? '';
      s.onerror = salah;
      s.onload = () => {
        const m = (globalThis as Record<string, unknown>)[globalSamping(nama)];
        if (m) ok(m as T);
        else salah();
      };
      // An HTML page always has a head (the parser makes one).
      document.head.append(s);
    }));
}
