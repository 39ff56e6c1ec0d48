// Builds the HTML an admin pastes: the script tag and one element with its attributes. Pure (no DOM), so
// the tests run it in Node; every attribute value is quoted and escaped, never concatenated raw.

/** The attributes each element takes, in the order they are written. */
export const ATRIBUT = {
  'ppid-informasi-berkala': ['src', 'agency', 'agency-name', 'agency-kind', 'mode', 'lang', 'theme'],
  'ppid-daftar-informasi': ['src', 'agency', 'agency-name', 'agency-kind', 'mode', 'lang', 'theme'],
  'ppid-badge': ['src', 'feed', 'agency', 'agency-name', 'key', 'size', 'lang', 'theme'],
  'ppid-permintaan': ['endpoint', 'agency', 'agency-name', 'mode', 'dip', 'lang', 'theme'],
  'ppid-status-permintaan': ['endpoint', 'lang', 'theme'],
};

/**
 * The classic script of each element, all uploaded to one folder (Cara Memasang, step 1): the request form
 * and status page in terbuka-permintaan.min.js; the badge alone (the snippet is one element) in
 * terbuka-lencana.min.js, a third of terbuka.min.js; the lists in terbuka.min.js, which also carries the
 * badge for a page that has both (docs/en/widgets.md).
 */
const SKRIP = {
  'ppid-permintaan': 'terbuka-permintaan.min.js',
  'ppid-status-permintaan': 'terbuka-permintaan.min.js',
  'ppid-badge': 'terbuka-lencana.min.js',
};

/** The script address for an element: the same folder, the element's own script. */
export function skripUntuk(elemen, alamat) {
  return String(alamat).replace(
    /(cdn\/lencana\.js|terbuka(-permintaan|-lencana)?\.min\.js)(?=$|[?#])/,
    SKRIP[elemen] ?? 'terbuka.min.js',
  );
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
 *   to the element's own, `skripUntuk`).
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
  const alamat = skrip.trim();
  return [
    ...(alamat === '' ? [] : [`<script src="${escAtribut(skripUntuk(elemen, alamat))}"></script>`]),
    tag,
  ].join('\n');
}

/** The attributes that hold an address the browser fetches. */
const ALAMAT = ['src', 'feed', 'endpoint', 'dip'];

/**
 * What the admin must change for the chosen platform, as id/en sentences: Blogger hosts no files, so the
 * script and every data address must be a full https:// address (a site-relative `/terbuka/…` is looked
 * up on blogspot.com and fails).
 * @param {{ elemen: string, atribut?: Record<string, string>, skrip?: string, platform?: string }} opsi
 * @returns {{ id: string, en: string }[]}
 */
export function peringatanCuplikan({ elemen, atribut = {}, skrip = '', platform = '' }) {
  if (platform !== 'blogger') return [];
  const lengkap = (v) => /^https:\/\//i.test(v);
  // The script as the snippet writes it (the element's own, skripUntuk).
  const alamat = skrip.trim() === '' ? '' : skripUntuk(elemen, skrip.trim());
  const relatif = [
    ...(alamat !== '' && !lengkap(alamat) ? [alamat] : []),
    ...(ATRIBUT[elemen] ?? [])
      .filter((n) => ALAMAT.includes(n))
      .map((n) => String(atribut[n] ?? '').trim())
      .filter((v) => v !== '' && !lengkap(v)),
  ];
  return relatif.length === 0
    ? []
    : [
        {
          id: `Blogger tidak menyimpan berkas: tulis alamat lengkap https:// untuk ${relatif.join(', ')} (skrip dan data di situs lain, mis. situs OPD Anda atau CSV Google Sheets yang dipublikasikan).`,
          en: `Blogger hosts no files: give a full https:// address for ${relatif.join(', ')} (the script and the data on another site, e.g. your agency's site or a published Google Sheets CSV).`,
        },
      ];
}
