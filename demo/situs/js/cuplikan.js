// Builds the HTML an admin pastes: the script tag and one element with its attributes. Pure (no DOM), so
// the tests run it in Node; every attribute value is quoted and escaped, never concatenated raw.

/** The attributes each element takes, in the order they are written. */
export const ATRIBUT = {
  'ppid-informasi-berkala': ['src', 'agency', 'agency-name', 'agency-kind', 'mode', 'lang', 'theme'],
  'ppid-daftar-informasi': ['src', 'agency', 'agency-name', 'agency-kind', 'mode', 'lang', 'theme'],
  'ppid-badge': ['src', 'feed', 'agency', 'size', 'lang', 'theme'],
};

/** Escapes a value for a double-quoted HTML attribute. */
export function escAtribut(nilai) {
  return String(nilai)
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * @param {{ elemen: string, atribut?: Record<string, string>, skrip?: string, platform?: string }} opsi
 *   `skrip`: the script's address, or empty for no script tag; `platform: 'blogger'` writes
 *   defer="defer", since Blogger themes are XML and reject a bare attribute.
 * @returns {string}
 */
export function buatCuplikan({ elemen, atribut = {}, skrip = '', platform = 'html' }) {
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
    const defer = platform === 'blogger' ? 'defer="defer"' : 'defer';
    baris.push(`<script src="${escAtribut(alamat)}" ${defer}></script>`);
  }
  baris.push(tag);
  return baris.join('\n');
}
