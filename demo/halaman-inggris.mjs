// An assembled demo page in English, as the server sends it for `?lang=en`: <html lang="en">, every
// element marked data-en with its English text (its Bahasa Indonesia markup kept in data-id), the landmark
// names and placeholders marked data-en-aria-label / data-en-placeholder in English (the Indonesian kept in
// data-id-aria-label / data-id-placeholder), the language switch offering Bahasa Indonesia, and the request
// forms' status-url keeping ?lang=en. So no Indonesian shows, or is read aloud, before a script runs; the
// site's script (situs/js/situs.js) does the same in the browser and switches back from data-id.
// Only the demo's own markup passes here: a mark this cannot apply fails `npm start`, not a visitor.

/** A comment, or a start or end tag with its attributes (values quoted or not). */
const TAG =
  /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g;
const ATRIBUT = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const KOSONG = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const ENTITAS = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** An attribute value's text (its character references resolved). */
function uraikan(nilai, nama) {
  return nilai.replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, (m, r) => {
    if (r[0] === '#')
      return String.fromCodePoint(r[1].toLowerCase() === 'x' ? parseInt(r.slice(2), 16) : Number(r.slice(1)));
    if (r in ENTITAS) return ENTITAS[r];
    throw new Error(`${nama}: rujukan karakter ${m} tidak dikenal / unknown character reference ${m}`);
  });
}
const sebagaiTeks = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const sebagaiAtribut = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function bacaAtribut(teks, nama) {
  return [...teks.matchAll(ATRIBUT)].map((m) => {
    const mentah = m[2] ?? m[3] ?? m[4];
    return [m[1].toLowerCase(), mentah === undefined ? undefined : uraikan(mentah, nama)];
  });
}

function tulisTag(tag, atribut, tutupSendiri) {
  const a = atribut.map(([n, v]) => (v === undefined ? ` ${n}` : ` ${n}="${sebagaiAtribut(v)}"`)).join('');
  return `<${tag}${a}${tutupSendiri}>`;
}

/** Where the element whose start tag ends at `dari` closes: { awal, akhir } of its end tag. */
function cariPenutup(html, tag, dari, nama) {
  const re = new RegExp(TAG.source, 'g');
  re.lastIndex = dari;
  let dalam = 1;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (!m[2] || m[2].toLowerCase() !== tag || m[4]) continue;
    dalam += m[1] ? -1 : 1;
    if (dalam === 0) return { awal: m.index, akhir: re.lastIndex };
  }
  throw new Error(`${nama}: <${tag}> tanpa </${tag}> / <${tag}> is never closed`);
}

/** The page `html` (Bahasa Indonesia, as assembled) in English. */
export function halamanInggris(html, nama = 'halaman') {
  let keluar = '';
  let posisi = 0;
  let adaLang = false;
  const re = new RegExp(TAG.source, 'g');
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const [asli, tutup, namaTag, teksAtribut, tutupSendiri] = m;
    if (!namaTag || tutup) continue;
    const tag = namaTag.toLowerCase();
    const atribut = bacaAtribut(teksAtribut, nama);
    const ambil = (n) => atribut.find(([a]) => a === n)?.[1];
    let berubah = false;
    const ubah = (n, v) => {
      berubah = true;
      const ada = atribut.find(([a]) => a === n);
      if (ada) ada[1] = v;
      else atribut.push([n, v]);
    };
    let isiBaru;
    if (tag === 'html') {
      if (ambil('lang') !== 'id') throw new Error(`${nama}: <html lang="id"> diharapkan / expected`);
      ubah('lang', 'en');
      adaLang = true;
    }
    for (const [namaEn, namaAsli] of [
      ['data-en-aria-label', 'aria-label'],
      ['data-en-placeholder', 'placeholder'],
    ]) {
      const en = ambil(namaEn);
      if (en === undefined) continue;
      const id = ambil(namaAsli);
      if (id === undefined) throw new Error(`${nama}: <${tag} ${namaEn}> tanpa / without ${namaAsli}`);
      ubah(namaAsli, en);
      ubah(`data-id-${namaAsli}`, id);
    }
    const statusUrl = ambil('status-url');
    if (statusUrl !== undefined) {
      const url = new URL(statusUrl, 'http://demo.invalid/');
      url.searchParams.set('lang', 'en');
      ubah('status-url', url.pathname + url.search + url.hash);
    }
    if (ambil('class')?.split(/\s+/).includes('ganti-bahasa')) {
      // The switch offers the other language: Bahasa Indonesia here (situs.js writes the same).
      ubah('lang', 'id');
      ubah('data-bahasa', 'id');
      isiBaru = 'Bahasa Indonesia';
    }
    const en = ambil('data-en');
    if (en !== undefined) isiBaru = sebagaiTeks(en);
    keluar += html.slice(posisi, m.index);
    if (isiBaru === undefined) {
      keluar += berubah ? tulisTag(tag, atribut, tutupSendiri) : asli;
      posisi = re.lastIndex;
      continue;
    }
    if (KOSONG.has(tag) || tutupSendiri) throw new Error(`${nama}: <${tag}> tanpa isi / has no content`);
    const penutup = cariPenutup(html, tag, re.lastIndex, nama);
    if (en !== undefined) ubah('data-id', html.slice(re.lastIndex, penutup.awal));
    keluar += tulisTag(tag, atribut, '') + isiBaru + html.slice(penutup.awal, penutup.akhir);
    // An element marked inside a marked one is replaced with it, as situs.js's textContent does.
    posisi = penutup.akhir;
    re.lastIndex = penutup.akhir;
  }
  if (!adaLang) throw new Error(`${nama}: <html lang="id"> tidak ada / missing`);
  return keluar + html.slice(posisi);
}
