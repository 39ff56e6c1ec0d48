// An assembled demo page in English, as the server sends it for `?lang=en`: <html lang="en">, every
// element marked data-en with its English text (its Bahasa Indonesia markup kept in data-id), the landmark
// names and placeholders marked data-en-aria-label / data-en-placeholder in English (the Indonesian kept in
// data-id-aria-label / data-id-placeholder), the language switch offering Bahasa Indonesia, and the links
// between the site's pages, the request forms' status-url and the status page's objection-url keeping
// ?lang=en. So no Indonesian shows, or is read aloud, before a script runs; the site's script
// (situs/js/situs.js) does the same in the browser and switches back from data-id. The page is read and
// written by parse5 (the HTML standard's parser).
// Only the demo's own markup passes here: a mark this cannot apply fails `npm start`, not a visitor.
import { defaultTreeAdapter as pohon, parse, serialize } from 'parse5';

/** A link to a page of the site (`/`, `/ppid.html`, `status.html#x`), which keeps the reader's language. */
export const HALAMAN_SITUS = /^(?:\/|\/?[\w-]+\.html)(?:[?#]|$)/;

/**
 * A link to a page of the monitor's report (`/pemantauan/`, `/pemantauan/agensi/x.html`): the report has
 * its English twin under `en/` (packages/monitor, laporan), so an English reader goes there.
 */
export const HALAMAN_LAPORAN = /^\/pemantauan\/(?:en\/)?((?:[\w-]+\/)*(?:[\w-]+\.html)?)(?:[?#]|$)/;

/** `url` with ?lang=en, its path, query and fragment as written otherwise. */
function denganInggris(url) {
  const u = new URL(url, 'http://demo.invalid/');
  u.searchParams.set('lang', 'en');
  return (url.startsWith('/') ? u.pathname : u.pathname.slice(1)) + u.search + u.hash;
}

/** The page `html` (Bahasa Indonesia, as assembled) in English. */
export function halamanInggris(html, nama = 'halaman') {
  const dokumen = parse(html);
  let adaLang = false;
  const kunjungi = (node) => {
    if (!node.tagName) return node.childNodes?.forEach(kunjungi);
    const ambil = (n) => node.attrs.find((a) => a.name === n)?.value;
    const ubah = (n, value) => {
      const ada = node.attrs.find((a) => a.name === n);
      if (ada) ada.value = value;
      else node.attrs.push({ name: n, value });
    };
    if (node.tagName === 'html') {
      if (ambil('lang') !== 'id') throw new Error(`${nama}: <html lang="id"> diharapkan / expected`);
      ubah('lang', 'en');
      adaLang = true;
    }
    for (const asli of ['aria-label', 'placeholder']) {
      const en = ambil(`data-en-${asli}`);
      if (en === undefined) continue;
      const id = ambil(asli);
      if (id === undefined)
        throw new Error(`${nama}: <${node.tagName} data-en-${asli}> tanpa / without ${asli}`);
      ubah(asli, en);
      ubah(`data-id-${asli}`, id);
    }
    for (const atribut of ['status-url', 'objection-url']) {
      const url = ambil(atribut);
      if (url !== undefined) ubah(atribut, denganInggris(url));
    }
    const href = ambil('href');
    if (node.tagName === 'a' && href !== undefined && HALAMAN_SITUS.test(href))
      ubah('href', denganInggris(href));
    else if (node.tagName === 'a' && href !== undefined && HALAMAN_LAPORAN.test(href))
      ubah('href', href.replace(/^\/pemantauan\/(?:en\/)?/, '/pemantauan/en/'));
    let isiBaru;
    if (ambil('class')?.split(/\s+/).includes('ganti-bahasa')) {
      // The switch offers the other language: Bahasa Indonesia here (situs.js writes the same).
      ubah('lang', 'id');
      ubah('data-bahasa', 'id');
      isiBaru = 'Bahasa Indonesia';
    }
    const en = ambil('data-en');
    if (en !== undefined) {
      ubah('data-id', serialize(node));
      isiBaru = en;
    }
    if (isiBaru === undefined) return node.childNodes.forEach(kunjungi);
    if (pohon.getChildNodes(node) === undefined)
      throw new Error(`${nama}: <${node.tagName}> tanpa isi / has no content`);
    // An element marked inside a marked one goes with it, as situs.js's textContent does.
    for (const anak of [...node.childNodes]) pohon.detachNode(anak);
    pohon.insertText(node, isiBaru);
  };
  kunjungi(dokumen);
  if (!adaLang) throw new Error(`${nama}: <html lang="id"> tidak ada / missing`);
  return serialize(dokumen);
}
