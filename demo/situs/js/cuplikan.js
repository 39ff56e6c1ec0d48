// Builds the HTML an admin pastes: the script tag and one element with its attributes. Pure (no DOM), so
// the tests run it in Node; every attribute value is quoted and escaped, never concatenated raw.
// The SDK's rule for an address that is a page for people (a sharing link), as the SDK builds it: the same
// path from here in Node and on the demo server, which serves that one file (demo/server.mjs, MODUL_SDK).
import { petunjukAlamatData } from '../../../packages/sdk/dist/dip/alamat-halaman.js';
// The elements' rule for their number attributes (timeout, stale-after), served the same way.
import { petunjukAngkaAtribut } from '../../../packages/sdk/dist/dip/angka-atribut.js';

/** The lists' attributes: the panel and the full DIP take the same. */
const DAFTAR = [
  'src',
  'agency',
  'agency-name',
  'agency-kind',
  'agency-timezone',
  'mode',
  'heading-level',
  'timeout',
  'stale-after',
  'lang',
  'theme',
];

/** The attributes each element takes, in the order they are written. */
export const ATRIBUT = {
  'ppid-informasi-berkala': DAFTAR,
  'ppid-daftar-informasi': DAFTAR,
  'ppid-badge': [
    'src',
    'evidence',
    'feed',
    'agency',
    'agency-name',
    'agency-kind',
    'agency-timezone',
    'key',
    'signature',
    'size',
    'timeout',
    'lang',
    'theme',
  ],
  'ppid-permintaan': ['endpoint', 'agency', 'agency-name', 'mode', 'dip', 'heading-level', 'lang', 'theme'],
  'ppid-status-permintaan': ['endpoint', 'heading-level', 'lang', 'theme'],
};

/**
 * The classic script of each element, all uploaded to one folder (Cara Memasang, step 1): the request form
 * and status page in terbuka-permintaan.min.js; the badge alone (the snippet is one element) in
 * terbuka-lencana.min.js, a third of terbuka.min.js; the lists in terbuka.min.js, which also carries the
 * badge for a page that has both (docs/en/widgets.md).
 */
/** The lists' script, which registers the badge too. */
const SKRIP_DAFTAR = 'terbuka.min.js';
const SKRIP = {
  'ppid-permintaan': 'terbuka-permintaan.min.js',
  'ppid-status-permintaan': 'terbuka-permintaan.min.js',
  'ppid-badge': 'terbuka-lencana.min.js',
};

/** The element's own classic script (a file name). */
export const skripMilik = (elemen) => SKRIP[elemen] ?? SKRIP_DAFTAR;

/**
 * The classic scripts the widgets' build emits (packages/widgets/scripts/build.mjs), by whole file name.
 * Only these are switched: an ES module (cdn/terbuka.js, cdn/lencana.js) does not run as a classic script,
 * a folder is not a script, and a renamed file could be any of them.
 */
const NAMA_SKRIP = new Set([SKRIP_DAFTAR, ...Object.values(SKRIP)]);

/** An address split into its folder, its file name and its query or fragment. */
function uraiAlamat(alamat) {
  const teks = String(alamat);
  const akhirJalur = teks.search(/[?#]/);
  const jalur = akhirJalur < 0 ? teks : teks.slice(0, akhirJalur);
  const ekor = akhirJalur < 0 ? '' : teks.slice(akhirJalur);
  const garis = jalur.lastIndexOf('/');
  return { folder: jalur.slice(0, garis + 1), berkas: jalur.slice(garis + 1), ekor };
}

/** Whether the address names one of the release's classic scripts (its whole file name). */
export function skripDikenal(alamat) {
  return NAMA_SKRIP.has(uraiAlamat(alamat).berkas);
}

/**
 * The script address for an element: the same folder, the element's own script. An address that does
 * not name a release script is kept as typed (`peringatanCuplikan` says so).
 */
export function skripUntuk(elemen, alamat) {
  const { folder, berkas, ekor } = uraiAlamat(alamat);
  return NAMA_SKRIP.has(berkas) ? `${folder}${skripMilik(elemen)}${ekor}` : String(alamat);
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
 * On WordPress the script tag asks the page optimisers to leave it alone (docs/en/widgets.md, "Caching and
 * optimisation plugins"): LiteSpeed Cache skips a tag with `data-no-optimize` or `data-cfasync="false"`
 * when it combines, minifies, defers or delays scripts, and Cloudflare's Rocket Loader one with
 * `data-cfasync="false"` written before `src`. A combined or minified copy runs from another folder, where
 * the files the script loads when needed (terbuka-csv.js for a CSV, …) are not.
 */
const LEWATI_OPTIMASI = 'data-cfasync="false" data-no-optimize="1" ';

/**
 * The script tag comes right before the element and without `defer`, as docs/en/widgets.md recommends
 * ("Keeping the page still", and for a badge-only page) and as the fixed snippets on Cara Memasang are
 * written: the element is built as it is parsed, so nothing below it shifts.
 * @param {{ elemen: string, atribut?: Record<string, string>, skrip?: string, platform?: string }} opsi
 *   `skrip`: the script's address, or empty for no script tag (a release script of another element is
 *   switched to the element's own, `skripUntuk`; any other address is kept as typed). `platform`
 *   `wordpress`: the tag carries LEWATI_OPTIMASI.
 * @returns {string}
 */
export function buatCuplikan({ elemen, atribut = {}, skrip = '', platform = '' }) {
  if (!ATRIBUT[elemen]) throw new Error(`Elemen tidak dikenal / unknown element: ${elemen}`);
  const terpakai = atributTerpakai(elemen, atribut);
  const bagian = terpakai.map(([n, v]) => `${n}="${escAtribut(v)}"`);
  const cadangan = tautanCadangan(elemen, terpakai);
  const tag = `<${elemen}${bagian.map((b) => ` ${b}`).join('')}>${cadangan ? `\n  ${cadangan}\n` : ''}</${elemen}>`;
  const alamat = skrip.trim();
  return [
    ...(alamat === ''
      ? []
      : [
          `<script ${platform === 'wordpress' ? LEWATI_OPTIMASI : ''}src="${escAtribut(skripUntuk(elemen, alamat))}"></script>`,
        ]),
    tag,
  ].join('\n');
}

/**
 * What a browser that runs no widget shows (iOS 14 and older, UC Browser, Opera Mini, scripts off): the
 * element's own content, which the widgets never show (their shadow root has no slot). For a list with a
 * source, a link to that register file itself, so such a reader still reaches the DIP; the badge gets
 * none (its worth is the signature check, which a plain link cannot carry; docs/en/widgets.md, Browsers).
 * @param {[string, string][]} terpakai the attributes the snippet writes
 * @returns {string} the link's HTML, or '' for none
 */
function tautanCadangan(elemen, terpakai) {
  if (elemen !== 'ppid-informasi-berkala' && elemen !== 'ppid-daftar-informasi') return '';
  const nilai = Object.fromEntries(terpakai);
  if (!nilai.src) return '';
  const teks = /^en\b/i.test(nilai.lang ?? '')
    ? 'Public Information List (file)'
    : 'Daftar Informasi Publik (berkas)';
  return `<a href="${escAtribut(nilai.src)}">${teks}</a>`;
}

/**
 * Attributes the element would ignore with these values, left out of the snippet: a badge with `feed`
 * reads neither `src`, nor `evidence` (it links to the feed entry's evidenceUrl), nor the attributes that
 * describe a CSV's body (the feed names it); a badge without `feed` fetches no `signature`.
 */
export function diabaikan(elemen, atribut) {
  if (elemen !== 'ppid-badge') return [];
  return String(atribut.feed ?? '').trim() !== ''
    ? ['src', 'evidence', 'agency-name', 'agency-kind', 'agency-timezone']
    : ['signature'];
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
const ALAMAT = ['src', 'feed', 'signature', 'endpoint', 'dip'];

/** A CSV address: a `.csv` file, or a published Google Sheets link (`…/pub?output=csv`, `export?format=csv`). */
const alamatCSV = (v) => /\.csv(?:$|[?#])/i.test(v) || /[?&](?:output|format)=csv(?:$|[&#])/i.test(v);

/**
 * What the admin must still do, as id/en sentences, in the order of the snippet: a script address that
 * names none of the release's classic scripts (kept as typed); a badge with no source; a feed badge without
 * `agency` or `key`; a CSV source without the body it does not name (`agency-name`, `agency-kind`); and on
 * Blogger, which hosts no files, the script and every data address must be a full https:// address (a
 * site-relative `/terbuka/…` is looked up on blogspot.com and fails).
 * @param {{ elemen: string, atribut?: Record<string, string>, skrip?: string, platform?: string }} opsi
 * @returns {{ id: string, en: string }[]}
 */
export function peringatanCuplikan({ elemen, atribut = {}, skrip = '', platform = '' }) {
  const isi = (n) => String(atribut[n] ?? '').trim();
  const hasil = [];
  const skripDitulis = skrip.trim();
  if (skripDitulis !== '' && !skripDikenal(skripDitulis)) {
    const milik = skripMilik(elemen);
    hasil.push({
      id: `Alamat skrip ${skripDitulis} tidak berakhir dengan nama berkas skrip rilis (${[...NAMA_SKRIP].join(', ')}), jadi cuplikan memakainya apa adanya. Elemen ini memerlukan ${milik}: tulis alamat lengkap berkas itu dengan namanya sendiri, bukan alamat folder, dan bukan modul ES dari folder cdn/ (modul tidak berjalan sebagai tag skrip biasa).`,
      en: `The script address ${skripDitulis} does not end in the file name of a release script (${[...NAMA_SKRIP].join(', ')}), so the snippet keeps it as typed. This element needs ${milik}: give that file's full address under its own name, not a folder address, and not an ES module from the cdn/ folder (a module does not run from a plain script tag).`,
    });
  }
  if (elemen === 'ppid-badge') {
    if (isi('feed') === '' && isi('src') === '')
      hasil.push({
        id: 'Lencana belum punya sumber: isi feed (feed pemantauan Dinkominfo, dianjurkan) beserta agency dan key, atau src (DIP Anda, untuk penilaian mandiri).',
        en: "The badge has no source yet: fill in feed (Dinkominfo's monitoring feed, recommended) with agency and key, or src (your DIP, for a self-assessed badge).",
      });
    // A feed badge finds its entry by `agency`: without it the badge says it is not set up.
    if (isi('feed') !== '' && isi('agency') === '')
      hasil.push({
        id: 'Isi kode badan publik (agency) seperti tertulis di feed (agencyId): tanpanya lencana tidak tahu entri mana yang ditampilkan.',
        en: 'Fill in the agency id (agency) as the feed writes it (agencyId): without it the badge does not know which entry to show.',
      });
    // Without a pinned key a feed badge never shows its score as current (docs/en/widgets.md).
    if (isi('feed') !== '' && isi('key') === '')
      hasil.push({
        id: 'Isi kunci publik pemantau (key): tanpanya lencana feed selalu tampil Tidak terverifikasi, tanpa skor. Pakai nilai (x) yang diumumkan resmi oleh Dinkominfo, bukan salinan dari keys.json di samping feed.',
        en: "Fill in the monitor's public key (key): without it a feed badge always shows Not verified, with no score. Use the value (x) Dinkominfo announces officially, not a copy from the keys.json beside the feed.",
      });
  }
  // A sharing link or a sheet's page as the data's address: no browser can read the DIP from it.
  for (const n of ['src', 'dip']) {
    const dibaca = ATRIBUT[elemen]?.includes(n) && !diabaikan(elemen, atribut).includes(n);
    const petunjuk = dibaca ? petunjukAlamatData(isi(n)) : undefined;
    if (petunjuk) hasil.push({ id: `${n}: ${petunjuk.id}`, en: `${n}: ${petunjuk.en}` });
  }
  // A number the element would not take (0, "1,5"): it uses its default instead; said, with it. The
  // lists' timeout and stale-after and the badge's timeout, one rule.
  for (const n of ['timeout', 'stale-after']) {
    const dibaca = ATRIBUT[elemen]?.includes(n) && isi(n) !== '';
    const petunjuk = dibaca ? petunjukAngkaAtribut(n, isi(n)) : undefined;
    if (petunjuk) hasil.push(petunjuk);
  }
  // A CSV names no public body: the lists and a self-assessed badge take it from the attributes, and the
  // kind selects the catalog of mandatory items (docs/en/widgets.md, Data sources).
  const bacaSrc = ATRIBUT[elemen]?.includes('src') && !diabaikan(elemen, atribut).includes('src');
  if (bacaSrc && alamatCSV(isi('src'))) {
    const nama = isi('agency-name') === '';
    const jenis = isi('agency-kind') === '';
    if (nama || jenis)
      hasil.push({
        id: `CSV tidak memuat data badan publik: tentukan juga ${[
          ...(nama ? ['nama badan publik (agency-name)'] : []),
          ...(jenis ? ['jenisnya (agency-kind)'] : []),
        ].join(' dan ')}.${jenis ? ' Jenis menentukan katalog butir wajib yang dipakai.' : ''}`,
        en: `A CSV does not name its public body: also set ${[
          ...(nama ? ['the agency name (agency-name)'] : []),
          ...(jenis ? ['its kind (agency-kind)'] : []),
        ].join(' and ')}.${jenis ? ' The kind selects the catalog of mandatory items.' : ''}`,
      });
  }
  if (platform !== 'blogger') return hasil;
  const lengkap = (v) => /^https:\/\//i.test(v);
  // The script as the snippet writes it (the element's own, skripUntuk).
  const alamat = skripDitulis === '' ? '' : skripUntuk(elemen, skripDitulis);
  const relatif = [
    ...(alamat !== '' && !lengkap(alamat) ? [alamat] : []),
    ...(ATRIBUT[elemen] ?? [])
      .filter((n) => ALAMAT.includes(n) && !diabaikan(elemen, atribut).includes(n))
      .map(isi)
      .filter((v) => v !== '' && !lengkap(v)),
  ];
  if (relatif.length > 0)
    hasil.push({
      id: `Blogger tidak menyimpan berkas: tulis alamat lengkap https:// untuk ${relatif.join(', ')} (skrip dan data di situs lain, mis. situs OPD Anda atau CSV Google Sheets yang dipublikasikan).`,
      en: `Blogger hosts no files: give a full https:// address for ${relatif.join(', ')} (the script and the data on another site, e.g. your agency's site or a published Google Sheets CSV).`,
    });
  return hasil;
}
