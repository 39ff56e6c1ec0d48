// Builds the HTML an admin pastes: the script tag and one element with its attributes. Pure (no DOM), so
// the tests run it in Node; every attribute value is quoted and escaped, never concatenated raw.

/** The lists' attributes: the panel and the full DIP take the same. */
const DAFTAR = ['src', 'agency', 'agency-name', 'agency-kind', 'agency-timezone', 'mode', 'lang', 'theme'];

/** The attributes each element takes, in the order they are written. */
export const ATRIBUT = {
  'ppid-informasi-berkala': DAFTAR,
  'ppid-daftar-informasi': DAFTAR,
  'ppid-badge': [
    'src',
    'feed',
    'agency',
    'agency-name',
    'agency-kind',
    'agency-timezone',
    'key',
    'size',
    'lang',
    'theme',
  ],
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
  if (!ATRIBUT[elemen]) throw new Error(`Elemen tidak dikenal / unknown element: ${elemen}`);
  const bagian = atributTerpakai(elemen, atribut).map(([n, v]) => `${n}="${escAtribut(v)}"`);
  const tag = `<${elemen}${bagian.map((b) => ` ${b}`).join('')}></${elemen}>`;
  const alamat = skrip.trim();
  return [
    ...(alamat === '' ? [] : [`<script src="${escAtribut(skripUntuk(elemen, alamat))}"></script>`]),
    tag,
  ].join('\n');
}

/**
 * Attributes the element would ignore with these values, left out of the snippet: a badge with `feed`
 * reads neither `src` nor the attributes that describe a CSV's body (the feed names it).
 */
function diabaikan(elemen, atribut) {
  return elemen === 'ppid-badge' && String(atribut.feed ?? '').trim() !== ''
    ? ['src', 'agency-name', 'agency-kind', 'agency-timezone']
    : [];
}

/**
 * The attributes the snippet writes and the preview sets, in order, as [name, value]: the element's
 * own, filled, and not ignored by it.
 * @returns {[string, string][]}
 */
export function atributTerpakai(elemen, atribut = {}) {
  const abai = diabaikan(elemen, atribut);
  return (ATRIBUT[elemen] ?? [])
    .filter((n) => !abai.includes(n))
    .map((n) => [n, String(atribut[n] ?? '').trim()])
    .filter(([, v]) => v !== '');
}

/** The attributes that hold an address the browser fetches. */
const ALAMAT = ['src', 'feed', 'endpoint', 'dip'];

/**
 * What the admin must still do, as id/en sentences: a feed badge needs `agency`; and on Blogger, which
 * hosts no files, the script and every data address must be a full https:// address (a site-relative
 * `/terbuka/…` is looked up on blogspot.com and fails).
 * @param {{ elemen: string, atribut?: Record<string, string>, skrip?: string, platform?: string }} opsi
 * @returns {{ id: string, en: string }[]}
 */
export function peringatanCuplikan({ elemen, atribut = {}, skrip = '', platform = '' }) {
  const isi = (n) => String(atribut[n] ?? '').trim();
  // A feed badge finds its entry by `agency`: without it the badge says it is not set up.
  const tanpaAgency =
    elemen === 'ppid-badge' && isi('feed') !== '' && isi('agency') === ''
      ? [
          {
            id: 'Isi kode badan publik (agency) seperti tertulis di feed (agencyId): tanpanya lencana tidak tahu entri mana yang ditampilkan.',
            en: 'Fill in the agency id (agency) as the feed writes it (agencyId): without it the badge does not know which entry to show.',
          },
        ]
      : [];
  if (platform !== 'blogger') return tanpaAgency;
  const lengkap = (v) => /^https:\/\//i.test(v);
  // The script as the snippet writes it (the element's own, skripUntuk).
  const alamat = skrip.trim() === '' ? '' : skripUntuk(elemen, skrip.trim());
  const relatif = [
    ...(alamat !== '' && !lengkap(alamat) ? [alamat] : []),
    ...(ATRIBUT[elemen] ?? [])
      .filter((n) => ALAMAT.includes(n) && !diabaikan(elemen, atribut).includes(n))
      .map(isi)
      .filter((v) => v !== '' && !lengkap(v)),
  ];
  return relatif.length === 0
    ? tanpaAgency
    : [
        ...tanpaAgency,
        {
          id: `Blogger tidak menyimpan berkas: tulis alamat lengkap https:// untuk ${relatif.join(', ')} (skrip dan data di situs lain, mis. situs OPD Anda atau CSV Google Sheets yang dipublikasikan).`,
          en: `Blogger hosts no files: give a full https:// address for ${relatif.join(', ')} (the script and the data on another site, e.g. your agency's site or a published Google Sheets CSV).`,
        },
      ];
}
