/** A file name at the end of an address (`laporan-2025.pdf`), not a web page's (`index.php`, `profil.html`). */
const NAMA_BERKAS = /\.[a-z0-9]{2,5}$/i;
const HALAMAN = /\.(?:s?html?|php|aspx?|jsp|cfm)$/i;

/** What tells one link of a cell from another: surel, telepon, its file name, else its site; or nothing. */
function ciriTautan(url: string): string | undefined {
  const skema = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (skema === 'mailto') return 'surel';
  if (skema === 'tel') return 'telepon';
  if (skema !== 'http' && skema !== 'https') return undefined;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  const akhir = u.pathname.slice(u.pathname.lastIndexOf('/') + 1);
  let berkas = akhir;
  try {
    berkas = decodeURIComponent(akhir);
  } catch {
    // A stray "%" in the name: shown as written.
  }
  if (NAMA_BERKAS.test(berkas) && !HALAMAN.test(berkas)) return berkas;
  return u.hostname.replace(/^www\./i, '') || undefined;
}

/**
 * The labels of the links one spreadsheet cell gives an entry: the entry's title for one link; for several,
 * the title with what tells them apart — `(surel)` for mailto:, `(telepon)` for tel:, the document's file
 * name (`(laporan-2025.pdf)`), else the site (`(drive.google.com)`) — numbered within those that would read
 * the same (`(drive.google.com 2)`), and by place where nothing tells it (a link refused, `''`). A citizen
 * sees which link opens the mail app and which the report, instead of "(1)" and "(2)".
 */
export function labelTautan(judul: string, urls: readonly string[]): string[] {
  if (urls.length === 1) return [judul];
  const ciri = urls.map(ciriTautan);
  const jumlah = new Map<string, number>();
  for (const c of ciri) if (c !== undefined) jumlah.set(c, (jumlah.get(c) ?? 0) + 1);
  const ke = new Map<string, number>();
  return ciri.map((c, k) => {
    if (c === undefined) return `${judul} (${k + 1})`;
    if (jumlah.get(c) === 1) return `${judul} (${c})`;
    const n = (ke.get(c) ?? 0) + 1;
    ke.set(c, n);
    return `${judul} (${c} ${n})`;
  });
}
