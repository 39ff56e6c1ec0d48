// Builds the HTML an admin pastes: the script tag and one element with its attributes. Pure (no DOM), so
// the tests run it in Node; every attribute value is quoted and escaped, never concatenated raw.

/** The attributes each element takes, in the order they are written. */
export const ATRIBUT = {
  'ppid-informasi-berkala': ['src', 'agency', 'agency-name', 'agency-kind', 'mode', 'lang', 'theme'],
  'ppid-daftar-informasi': ['src', 'agency', 'agency-name', 'agency-kind', 'mode', 'lang', 'theme'],
  'ppid-badge': ['src', 'feed', 'agency', 'key', 'size', 'lang', 'theme'],
  'ppid-permintaan': ['endpoint', 'agency', 'agency-name', 'mode', 'dip', 'lang', 'theme'],
  'ppid-status-permintaan': ['endpoint', 'lang', 'theme'],
};

/** The request form and status page come in their own script; the lists in terbuka.min.js. */
const PERMINTAAN = new Set(['ppid-permintaan', 'ppid-status-permintaan']);
/**
 * The badge alone (the snippet is one element): cdn/lencana.js, the badge in one ES module, smaller than
 * terbuka.min.js; a page that also has a list keeps terbuka.min.js (docs/en/widgets.md).
 */
const LENCANA = 'cdn/lencana.js';

/**
 * The script address for an element: the same folder, terbuka.min.js, terbuka-permintaan.min.js or
 * cdn/lencana.js.
 */
export function skripUntuk(elemen, alamat) {
  const berkas =
    elemen === 'ppid-badge'
      ? LENCANA
      : PERMINTAAN.has(elemen)
        ? 'terbuka-permintaan.min.js'
        : 'terbuka.min.js';
  return String(alamat).replace(/(cdn\/lencana\.js|terbuka(-permintaan)?\.min\.js)(?=$|[?#])/, berkas);
}

/** Escapes a value for a double-quoted HTML attribute. */
export function escAtribut(nilai) {
  return String(nilai)
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * The script tag comes right before the element and without `defer`, as docs/en/widgets.md recommends
 * ("Keeping the page still"): the element is built as it is parsed, so nothing below it shifts.
 * @param {{ elemen: string, atribut?: Record<string, string>, skrip?: string, platform?: string }} opsi
 *   `skrip`: the script's address, or empty for no script tag (a script of another element is switched
 *   to the element's own: terbuka.min.js / terbuka-permintaan.min.js / cdn/lencana.js, a module).
 * @returns {string}
 */
export function buatCuplikan({ elemen, atribut = {}, skrip = '' }) {
  const nama = ATRIBUT[elemen];
  if (!nama) throw new Error(`Elemen tidak dikenal / unknown element: ${elemen}`);
  const bagian = nama
    .map((n) => [n, String(atribut[n] ?? '').trim()])
    .filter(([, v]) => v !== '')
    .map(([n, v]) => `${n}="${escAtribut(v)}"`);
  const tag = `<${elemen}${bagian.map((b) => ` ${b}`).join('')}></${elemen}>`;
  const baris = [];
  const alamat = skrip.trim();
  if (alamat !== '') {
    const url = skripUntuk(elemen, alamat);
    const jenis = /\/?cdn\/lencana\.js(?=$|[?#])/.test(url) ? ' type="module"' : '';
    baris.push(`<script${jenis} src="${escAtribut(url)}"></script>`);
  }
  baris.push(tag);
  return baris.join('\n');
}
