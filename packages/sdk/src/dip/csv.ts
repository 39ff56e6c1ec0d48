import Papa from 'papaparse';
import * as v from 'valibot';
import { tanggalValid } from '../calendar/tanggal.js';
import type { Teks } from '../i18n/teks.js';
import { bacaKategori } from '../standard/kategori.js';
import { kategoriLonggar, kategoriSeksi } from '../standard/kategori-seksi.js';
import type { Kategori } from '../standard/types.js';
import type { BadanPublik, DokumenDIP, Masalah, MasalahDIP } from './types.js';
import type { KodeMasalahDIP } from './kode-masalah.js';
import { DIP_FORMAT, DIP_VERSION } from './types.js';
import { kenaliKolom, normalHeader } from './csv-kolom.js';
import { bacaKeputusanJudul } from './csv-keputusan.js';
import { KodeDipakai, nomorKanonik } from './kode-dipakai.js';
import type { KolomCSV } from './csv-kolom.js';
import { kutip } from './kutip.js';
import { nomorKe } from './nomor-ke.js';
import { berkasBukanCSV } from './berkas-bukan-csv.js';
import { denganPengodean } from './pengodean.js';
import { buatMasalah } from './masalah.js';
import { SkemaItemDIP } from './skema.js';
import { bacaBulanTahun, bacaTanggalRinci, urutanAngka } from './tanggal-indonesia.js';
import type { BacaanTanggal } from './tanggal-indonesia.js';
import { tautanAman } from './tautan.js';
import type { HasilBaca } from './validasi.js';
import { uraikanHasil, uraikanMasalah } from './kata-validasi.js';
import { petunjukKolomCSV } from './kata-csv.js';
import { validasiDIPMentahDengan } from './periksa.js';
import type { IntiUntuk } from './periksa.js';
import { katalogIntiUntuk } from '../standard/katalog-inti-desa.js';
import { letakTautanDitolak, TAUTAN_PENGGANTI } from '../dip-publik/tautan-ditolak.js';
import { labelTautan } from './label-tautan.js';

// The public reading of a CSV (entries with errors left out) travels with the importer: the widgets
// take both from this module's lazy chunk.
export { csvItemSah } from '../dip-publik/csv-item-sah.js';
// And the reading of bytes that are not UTF-8 (a list's source whose text had U+FFFD in it).
export { dekodeBerkas, denganPengodean } from './pengodean.js';
// And the kinds as people write them, for `agency-kind` (only a CSV's body comes from attributes).
export { bacaJenisBadan, bacaSebutanJenisBadan } from '../standard/jenis-badan.js';

/**
 * Import of a DIP register as offices export it from Excel or Google Sheets. Kept in its own module
 * (with the CSV parser) so a browser bundle can load it only when a file is actually imported.
 * Only Papa.parse on a string is used: no workers, no downloads, no streams.
 */

export interface OpsiImporCSV {
  /** A CSV carries no agency; without one a placeholder is used and a warning says so. */
  readonly agency?: BadanPublik;
  /**
   * The PPID decision that set the DIP (SK DIP), over the one the rows above the header name ("Lampiran
   * Keputusan PPID … Nomor … Tanggal …", `bacaKeputusanJudul`); without either the document has none.
   */
  readonly decision?: DokumenDIP['decision'];
  /**
   * The public reading (`csvItemSah` sets it): each link address the allow-list refuses is kept as written
   * and, when such links are the only errors, the document comes back with them (`ok: false`). Without it
   * the import is strict: any error leaves no document.
   */
  readonly bacaanPublik?: boolean;
  /**
   * Rows (records, 1-based, as `row` in the problems) whose records are left out, as if blank: the public
   * reading drops the faulty entries this way (`csvItemSah`). Ids keep their positions (`dip-p<n>`).
   */
  readonly lewati?: ReadonlySet<number>;
  /**
   * The encoding the text was read in (`dekodeBerkas`): other than UTF-8 or UTF-16, a warning says so
   * (`file.encoding`).
   */
  readonly pengodean?: string;
}

/** Used when no agency is given, so a register can still be checked on its own. */
export const BADAN_PUBLIK_SEMENTARA: BadanPublik = {
  id: 'badan-publik',
  name: 'Badan Publik (belum diisi)',
  kind: 'lainnya',
};

const PEMISAH = [';', ',', '\t'] as const;
const NAMA_PEMISAH: Readonly<Record<(typeof PEMISAH)[number], Teks>> = {
  ';': { id: 'titik koma (;)', en: 'semicolons (;)' },
  ',': { id: 'koma (,)', en: 'commas (,)' },
  '\t': { id: 'tab', en: 'tabs' },
};
const BARIS_CARI_HEADER = 50;

// Patterns of the per-cell helpers. Module constants: a regex literal inside a function is a new RegExp
// object on every call, and these run for every cell of registers with thousands of rows.
const SPASI = /\s+/g;
const SUDAH_SLUG = /^[a-z0-9]+$/;
const PEMISAH_TAUTAN = /[\s;|,]/;
/** A cell holding web addresses and nothing else (a link in an unknown column, e.g. "Keterangan"). */
// One way to match each cell (no nested repeats), so a long cell cannot make it backtrack.
const ALAMAT_SAJA = /^https?:\/\/[^\s;|,]+(?:[\s;|,]+https?:\/\/[^\s;|,]+)*[\s;|,]*$/i;
const RUPA_TAUTAN = /^[a-z][a-z0-9+.-]*:\S|^www\.|[/\\]/i;
/**
 * An address written without its scheme, read with https:// in front (`csv.link-https-added`): `www.…`,
 * or a host name — labels and dots ending in a known top-level domain (.id, so .go.id, .desa.id, .co.id,
 * .ac.id, .sch.id, .or.id …; .com, .org, .net and a few more) — followed by a path: `desa.id/perdes.pdf`,
 * `drive.google.com/file/d/…`. Not "SK.01/2026" (01 is no domain), nor a file name ("laporan.pdf", no path).
 * Each label ends at a dot it cannot hold, so the pattern cannot backtrack over a long cell.
 */
const TANPA_SKEMA =
  /^www\.|^(?:[a-z0-9][a-z0-9-]*\.)+(?:id|com|org|net|info|biz|io|co|me|ly|gov|edu)(?::\d{1,5})?\//i;
/** A year: four digits, or one Excel in an Indonesian locale wrote with a thousands dot (2.026, or 2,026). */
const TAHUN = /^\d{4}$/;
const TAHUN_RIBUAN = /^(?:1[.,]9|2[.,]0)\d\d$/;
/** A cell opening with a year written with a thousands comma, then a comma: "2,026, Sukamaju". */
const TAHUN_RIBUAN_KOMA = /^(?:1,9|2,0)\d\d\s*,/;
/** Among words ("Maret 2.026"), a number shaped as such a year: not part of a longer one (12.026, 2.026.000). */
const TAHUN_RIBUAN_KATA = /(?<!\d|\d[.,])(?:1[.,]9|2[.,]0)\d\d(?!\d|[.,]\d)/g;
/** What may follow a year that ends its part of the cell: nothing, a comma or semicolon, a closing bracket. */
const AKHIR_BAGIAN = /^\s*(?:$|[,;)\]])/;
const PEMISAH_KODE = /[\s,;]+/;
const PEMISAH_MEDIA = /[,;\n/]+|\s+(?:dan|and)\s+/;
/**
 * A formula's error value as Excel and Google Sheets export it (`#REF!`, `#N/A` …): no value, read as an
 * empty cell and said (`csv.formula-error`).
 */
const GALAT_RUMUS =
  /^\s*#(?:REF!|N\/A|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|ERROR!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|EXTERNAL!|PYTHON!|GETTING_DATA)\s*$/i;
/** A short cell not starting with a digit: a No column's header ("No", "No.") can be one, a number cannot. */
const AWAL_BUKAN_ANGKA = /^\D.{0,10}$/;

interface Header {
  readonly index: number;
  readonly kolom: ReadonlyMap<KolomCSV, { readonly i: number; readonly header: string }>;
  readonly lain: readonly { readonly i: number; readonly header: string }[];
  readonly ganda: readonly { readonly i: number; readonly header: string }[];
  readonly skor: number;
  /**
   * "Jenis Informasi" beside another category column ("Kategori", "Klasifikasi"): which of the two holds
   * the categories is told by their cells (`pakaiJenis`).
   */
  readonly jenis?: { readonly jenis: Kolom; readonly kategori: Kolom };
}

type Kolom = { readonly i: number; readonly header: string };

/** "Jenis Informasi", or in English "Information Type": a category column in some registers, a title in others. */
const JENIS_INFORMASI = /\b(?:jenis informasi|information type|type of information)\b/;
/** A bare "Tahun" ("Year"): the year made, unless a when-and-where column says when (`bacaHeader`). */
const TAHUN_SAJA = /^(?:tahun|year)$/;
/** A category column not named "Jenis Informasi". */
const kategoriLain = (x: { header: string }): boolean =>
  kenaliKolom(x.header) === 'kategori' && !JENIS_INFORMASI.test(normalHeader(x.header));

function bacaHeader(baris: readonly string[], index: number): Header {
  const kolom = new Map<KolomCSV, { i: number; header: string }>();
  const lain: { i: number; header: string }[] = [];
  const ganda: { i: number; header: string }[] = [];
  /** The first unknown column that is a bare "Tahun" (or "Year"). */
  let tahunSaja = -1;
  // Each cell normalised once: the header search reads every cell of the first rows, three times.
  baris.forEach((sel, i) => {
    const header = sel.trim().replace(SPASI, ' ');
    if (header === '') return;
    const n = normalHeader(header);
    const k = kenaliKolom(header, n);
    if (k === undefined) {
      if (tahunSaja < 0 && TAHUN_SAJA.test(n)) tahunSaja = lain.length;
      lain.push({ i, header });
    } else if (kolom.has(k)) ganda.push({ i, header });
    else kolom.set(k, { i, header });
  });
  // A bare "Tahun" (or "Year") is the year the information was made — unless a "Waktu dan Tempat" column
  // says when: beside one, it may be any year (a budget's, a report's), and stays unknown.
  const tahun = kolom.has('waktuTempat') ? -1 : tahunSaja;
  if (tahun >= 0) kolom.set('waktuTempat', lain.splice(tahun, 1)[0]!);
  // "Jenis Informasi" is the category in some registers and the information's name in others: beside
  // another category column, the cells decide (`pakaiJenis`); the header counts it as a possible title.
  const k = kolom.get('kategori');
  const kategoriSemua = k ? [k, ...ganda.filter((x) => kenaliKolom(x.header) === 'kategori')] : [];
  const j = kategoriSemua.find((x) => JENIS_INFORMASI.test(normalHeader(x.header)));
  const g = kategoriSemua.find(kategoriLain);
  const jenis = j && g ? { jenis: j, kategori: g } : undefined;
  // A header names the information itself (judul or ringkasan) and at least one other known column.
  const adaJudul = kolom.has('judul') || kolom.has('ringkasan');
  const skor = (adaJudul || jenis) && kolom.size >= 2 ? kolom.size + (jenis && !adaJudul ? 1 : 0) : 0;
  return { index, kolom, lain, ganda, skor, ...(jenis ? { jenis } : {}) };
}

/**
 * A header with "Jenis Informasi" beside another category column, settled by the cells below it: the
 * other column is the category when more of its cells read as one (or when there is no other title),
 * and "Jenis Informasi" is then the title (or, beside a Judul column, not known); else "Jenis
 * Informasi" stays the category and the other a duplicate, as before.
 */
function pakaiJenis(h: Header, baris: readonly string[][]): Header {
  const t = h.jenis;
  if (!t) return h;
  const adaJudul = h.kolom.has('judul') || h.kolom.has('ringkasan');
  let lebih = 0;
  for (let b = h.index + 1; b < Math.min(baris.length, h.index + 201); b++) {
    const r = baris[b] ?? [];
    const k = (x: Kolom): number => ((bacaKategori(isi(r[x.i])) ?? kategoriLonggar(isi(r[x.i]))) ? 1 : 0);
    lebih += k(t.kategori) - k(t.jenis);
  }
  if (adaJudul && lebih <= 0) return h;
  const kolom = new Map(h.kolom);
  kolom.set('kategori', t.kategori);
  const lain = [...h.lain];
  if (kolom.has('judul')) lain.push(t.jenis);
  else kolom.set('judul', t.jenis);
  return { ...h, kolom, lain, ganda: h.ganda.filter((x) => x !== t.kategori && x !== t.jenis) };
}

/** The columns of a DIK table's record (Pasal 17, consequence, period, decision). */
const KOLOM_DIK: readonly KolomCSV[] = [
  'dasarPengecualian',
  'konsekuensi',
  'jangkaPengecualian',
  'nomorPenetapan',
];
const adaKolomDIK = (h: Header): boolean => KOLOM_DIK.some((k) => h.kolom.has(k));

/**
 * A DIK table: without a Kategori column, the columns of an exclusion's record, or a title column named
 * for what it lists ("Informasi yang Dikecualikan", "Exempt Information").
 */
const kategoriTabel = (h: Header): Kategori | undefined =>
  !h.kolom.has('kategori') &&
  (adaKolomDIK(h) || /dikecualikan|\bexempt|\bexcepted/i.test(h.kolom.get('judul')?.header ?? ''))
    ? 'dikecualikan'
    : undefined;

/**
 * The header row among the first lines: the one naming the most known columns — but a DIK table's below
 * a register's (three or more known columns) is the second table's, however many columns it names.
 */
function cariHeader(baris: readonly string[][]): Header | undefined {
  let terbaik: Header | undefined;
  for (let i = 0; i < Math.min(baris.length, BARIS_CARI_HEADER); i++) {
    const h = bacaHeader(baris[i] ?? [], i);
    if (terbaik && terbaik.skor >= 3 && adaKolomDIK(h) && !adaKolomDIK(terbaik)) break;
    if (h.skor > (terbaik?.skor ?? 0)) terbaik = h;
  }
  return terbaik;
}

const parse = (teks: string, delimiter: string, newline: '\n' | '\r\n'): Papa.ParseResult<string[]> =>
  Papa.parse<string[]>(teks, {
    delimiter,
    newline,
    skipEmptyLines: false,
    header: false,
    dynamicTyping: false,
  });

/** How much of the top of the file the separators are tried on, in characters with LF line breaks. */
const PANJANG_KEPALA = 20_000;

/**
 * Tries each separator on the top of the file and keeps the one under which a header row appears. With
 * CRLF line breaks (`crlf`), the top is as many characters as it would be with LF ones.
 */
function pilihPemisah(
  teks: string,
  crlf: boolean,
): { pemisah: (typeof PEMISAH)[number]; header: Header } | undefined {
  const kepala = teks.slice(0, crlf ? ujungKepalaCRLF(teks) : PANJANG_KEPALA);
  let terbaik: { pemisah: (typeof PEMISAH)[number]; header: Header } | undefined;
  for (const pemisah of PEMISAH) {
    const header = cariHeader(parse(kepala, pemisah, crlf ? '\r\n' : '\n').data);
    if (header && header.skor > (terbaik?.header.skor ?? 0)) terbaik = { pemisah, header };
  }
  return terbaik;
}

/**
 * Where the top of a file whose every line break is CRLF ends: the first PANJANG_KEPALA characters it has
 * once each CRLF is one LF (a CRLF whose LF is among them is taken whole).
 */
function ujungKepalaCRLF(teks: string): number {
  let awal = 0;
  let n = 0;
  for (let i = teks.indexOf('\r\n'); i >= 0; i = teks.indexOf('\r\n', awal)) {
    if (n + (i - awal) >= PANJANG_KEPALA) break;
    n += i - awal + 1;
    awal = i + 2;
    if (n === PANJANG_KEPALA) return awal;
  }
  return awal + (PANJANG_KEPALA - n);
}

/**
 * Whether every line break is CRLF (Excel's; at least one): each LF follows a CR, and there are as many
 * CRs as LFs. Such a file is parsed as it is, with CRLF as the line break, instead of a copy of it with
 * LFs (the copy and its first read cost as much as a quarter of the parse).
 */
function semuaCRLF(teks: string): boolean {
  let lf = 0;
  for (let i = teks.indexOf('\n'); i >= 0; i = teks.indexOf('\n', i + 1)) {
    if (i === 0 || teks.charCodeAt(i - 1) !== 13) return false;
    lf++;
  }
  let cr = 0;
  for (let i = teks.indexOf('\r'); i >= 0; i = teks.indexOf('\r', i + 1)) cr++;
  return lf > 0 && cr === lf;
}

const KOSONG = /^(?:-+|–|—|\.|n\/?a|tidak ada|belum ada)$/i;
/**
 * Whether KOSONG can match a cell starting with this character code (- – — . n t b, either case): a cell
 * starting otherwise skips the regex. Run for every cell read, so codes, not a lookup.
 */
const awalKosong = (c: number): boolean =>
  c === 0x2d ||
  c === 0x2013 ||
  c === 0x2014 ||
  c === 0x2e ||
  (c | 32) === 0x6e ||
  (c | 32) === 0x74 ||
  (c | 32) === 0x62;
const isi = (s: string | undefined): string => {
  const t = (s ?? '').trim();
  return t !== '' && awalKosong(t.charCodeAt(0)) && KOSONG.test(t) ? '' : t;
};

function slug(s: string): string {
  // Most No cells (`12`) are already slugs; the general path normalises Unicode and runs three regexes.
  if (SUDAH_SLUG.test(s)) return s;
  return s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Where a cell of links splits; the separators are kept (`pecahTautan` joins an address split at a space). */
const PECAH_TAUTAN = /([\s;|]+|,(?=\s|[a-z][a-z0-9+.-]*:))/i;
/** A piece that starts an address of its own: a scheme, `www.` or a host name and path, or a path. */
const AWAL_TAUTAN = new RegExp(`^[a-z][a-z0-9+.-]*:\\S|^[/\\\\]|${TANPA_SKEMA.source}`, 'i');
/** Spaces only: what splits an address written with spaces (`…/APB Desa 2026.pdf`). */
const SPASI_SAJA = /^ +$/;
/** Words between two links ("https://… dan https://…"), not part of either. */
const KATA_SAMBUNG = /^(?:dan|atau|serta|and|or|&|[-–—])$/i;

/**
 * Splits a cell holding several URLs (one per line, or separated by spaces, `;`, `|` or `, `). A piece
 * that does not start an address, after a link and a space (`…/2026/03/APB Desa 2026.pdf`), is part of
 * that link: joined with its spaces as `%20`, and the cell as written put in `berspasi` at the link's
 * index, for the warning. Text before the first link (`Unduh: https://…`) is not read.
 */
function pecahTautan(sel: string, berspasi?: (string | undefined)[]): string[] {
  // Most cells hold one address: nothing to split, so only the last filter applies.
  if (!PEMISAH_TAUTAN.test(sel)) return RUPA_TAUTAN.test(sel) ? [sel] : [];
  const bagian = sel.split(PECAH_TAUTAN);
  const urls: string[] = [];
  /** The separators since the last piece, whether that piece went into the last link, and that link as written. */
  let jeda = '';
  let ekor = false;
  let tertulis = '';
  for (let i = 0; i < bagian.length; i++) {
    const s = bagian[i]!;
    if (i % 2 === 1) {
      jeda += s;
      continue;
    }
    if (s === '') continue;
    const n = urls.length;
    if (ekor && SPASI_SAJA.test(jeda) && !AWAL_TAUTAN.test(s) && !sambungan(bagian, i)) {
      urls[n - 1] += jeda.replaceAll(' ', '%20') + s;
      tertulis += jeda + s;
      if (berspasi) berspasi[n - 1] = tertulis;
    } else if (RUPA_TAUTAN.test(s)) {
      urls.push(s);
      ekor = true;
      tertulis = s;
    } else ekor = false;
    jeda = '';
  }
  return urls;
}

/** A joining word between two links ("… dan https://…"): the piece at `i` and a link next. */
function sambungan(bagian: readonly string[], i: number): boolean {
  if (!KATA_SAMBUNG.test(bagian[i]!)) return false;
  for (let j = i + 2; j < bagian.length; j += 2) if (bagian[j] !== '') return AWAL_TAUTAN.test(bagian[j]!);
  return false;
}

const BENTUK: readonly (readonly [RegExp, 'cetak' | 'digital'])[] = [
  [/\b(?:cetak|tercetak|hard ?copy|hardcopy|print|printed|kertas|paper|fisik|physical)\b/i, 'cetak'],
  [
    /\b(?:digital|soft ?copy|softcopy|elektronik|electronic|pdf|file|berkas digital|online|daring)\b/i,
    'digital',
  ],
];

function bacaBentuk(sel: string): { formats: ('cetak' | 'digital')[]; dikenal: boolean } {
  const formats = BENTUK.filter(([pola]) => pola.test(sel)).map(([, b]) => b);
  return { formats, dikenal: formats.length > 0 };
}

/** The parts the template's two-row header names under "Waktu dan Tempat" and "Bentuk Informasi". */
interface SubHeader {
  readonly waktu?: number;
  readonly tempat?: number;
  readonly cetak?: number;
  readonly digital?: number;
}
const SUB_HEADER: readonly (readonly [RegExp, keyof SubHeader])[] = [
  [/^(?:(?:waktu|tanggal|tahun)(?: pembuatan)?|(?:time|date|year)(?: made)?)$/, 'waktu'],
  [/^(?:(?:tempat|lokasi)(?: pembuatan)?|(?:place|location)(?: made)?)$/, 'tempat'],
];

/** A sub-header's part: a time or place, or one format in the words `bacaBentuk` reads (Softcopy, PDF …). */
function bagianSubHeader(t: string): keyof SubHeader | undefined {
  const k = SUB_HEADER.find(([pola]) => pola.test(t))?.[1];
  if (k) return k;
  const { formats } = bacaBentuk(t);
  return formats.length === 1 ? formats[0] : undefined;
}

/** The row under the header when it holds only those parts' names (Waktu | Tempat, Softcopy | Hardcopy). */
function bacaSubHeader(r: readonly string[]): SubHeader | undefined {
  const sub: { -readonly [K in keyof SubHeader]: number } = {};
  let ada = false;
  for (let i = 0; i < r.length; i++) {
    const t = (r[i] ?? '').trim().toLowerCase().replace(SPASI, ' ');
    if (t === '') continue;
    const k = bagianSubHeader(t);
    if (k === undefined || sub[k] !== undefined) return undefined;
    sub[k] = i;
    ada = true;
  }
  return ada ? sub : undefined;
}

/** The filled cells of a row; counting stops past `batas` (rules run on every row need only "a few"). */
function jumlahIsi(r: readonly string[], batas = Infinity): number {
  let n = 0;
  for (const c of r) if (isi(c) !== '' && ++n > batas) break;
  return n;
}

/** The Roman numeral before a group of entries: `I`, `II.`, `IV)` (letters number sub-entries too). */
const PENANDA_KELOMPOK = /^[IVX]{1,4}[.)]?$/;

/** A No cell holding a whole row written with another separator: its number, then that separator. */
const BARIS_PEMISAH_LAIN = /^\d+[.)]?\s*[;,\t]/;

/** How notes and signatures under a register's table begin. */
const KATA_CATATAN = /^(?:catatan|keterangan|ket\b|nb\b|note|sumber\b|\*|mengetahui|ditetapkan|disahkan)/i;

const BENTUK_TERPISAH = ['cetak', 'digital'] as const;
/**
 * A format's own column (Softcopy, Hardcopy) is marked present by anything but a no: ✓, √, v, X, Ada, Ya,
 * TRUE (a Google Sheets checkbox), BENAR (Excel in Indonesian), ☑ or ☒ (a ticked box). A no: Tidak (…),
 * No, N, 0, FALSE and SALAH (the same checkbox unticked), a cross (✗ ✘ ❌ × ✕ ✖) or an empty box (☐).
 */
const BUKAN_TANDA = /^(?:(?:tidak|tdk|no|false|salah)(?:\s[\s\S]*)?|n|0|[✗✘❌×✕✖☐]\uFE0F?)$/iu;
const bertanda = (t: string): boolean => t !== '' && !BUKAN_TANDA.test(t);

/** Where a cell names its letters in Indonesian ("Pasal 17 huruf h, a."): every lone a–j is one. */
const HURUF_INDONESIA = /\b(?:pasal|huruf)\b/;
/**
 * English's article "a" before a word ("Article 17 letter h, a risk to privacy"): no letter — unless it
 * follows "letter" or "point" ("letter a paragraph 1"), or "and", "or" or "of" follow it ("letters a and h").
 */
const ARTIKEL_A = /(?<!\b(?:letters?|points?|items?)\s*)\ba(?=\s+(?!(?:and|or|of)\b)[a-z]{2})/g;

/** The Pasal 17 (Article 17) letters a cell names: "Pasal 17 huruf a dan j", "Article 17 letter h". */
function bacaHurufPasal17(sel: string): string[] {
  // Markup pasted into the cell is no word of it: the `b` of `<b>` is not huruf b.
  const kecil = sel.toLowerCase().replace(/<\/?[a-z][^<>]*>/g, ' ');
  const n = (HURUF_INDONESIA.test(kecil) ? kecil : kecil.replace(ARTIKEL_A, ' '))
    .replace(/pasal\s*17/g, ' ')
    .replace(/\b(?:uu|undang|no|nomor|tahun|ayat|jo)\b[^a-z]*\d*/g, ' ');
  const huruf = new Set<string>();
  for (const m of n.matchAll(/(?:^|[^a-z])([a-j])(?=$|[^a-z])/g)) if (m[1]) huruf.add(m[1]);
  return [...huruf].sort();
}

/** The template's row of column numbers under the header: 1, 2, 3 … in order (at least three). */
function nomorKolom(r: readonly string[]): boolean {
  // Run on every row: an entry's second filled cell (its title) ends the look.
  let n = 0;
  for (const c of r) {
    const t = isi(c);
    if (t === '') continue;
    n++;
    if (!nomorKe(t, n)) return false;
  }
  return n >= 3;
}

/**
 * `2026, Sukamaju` → year and place; `5 Maret 2026, Kantor Dinas` → date and place; else as written, with
 * the year it names when it names one.
 */
function bacaWaktuTempat(sel: string, bulanDulu = false): Record<string, unknown> {
  const utuh = bacaTanggalRinci(sel, bulanDulu);
  if (utuh.jenis === 'tanggal') return { date: utuh.tanggal };
  const year = bacaTahun(sel);
  if (year !== undefined) return { year };
  // The comma between when and where: after a year's thousands comma ("2,026, Sukamaju").
  const koma = sel.indexOf(',', TAHUN_RIBUAN_KOMA.test(sel) ? 2 : 0);
  if (koma > 0) {
    const [a, b] = [sel.slice(0, koma).trim(), sel.slice(koma + 1).trim()];
    for (const [waktu, tempat] of [
      [a, b],
      [b, a],
    ] as const) {
      if (tempat === '') continue;
      const t = bacaTanggalRinci(waktu, bulanDulu);
      if (t.jenis === 'tanggal') return { date: t.tanggal, place: tempat };
      const year = bacaTahun(waktu);
      if (year !== undefined) return { year, place: tempat };
    }
  }
  // Written in words ("Semester II 2025", "Tahun Anggaran 2025"): kept as written, and its one year for the
  // year filter; two years ("2024–2025") name none. A year with a thousands separator ("Maret 2.026")
  // counts when it ends its part of the cell; before a word it may be a count ("2.050 eksemplar"), and
  // then names no year.
  const tahun = sel.split(/\D+/).filter((x) => /^(?:19|20)\d\d$/.test(x));
  for (const m of sel.matchAll(TAHUN_RIBUAN_KATA))
    tahun.push(AKHIR_BAGIAN.test(sel.slice(m.index + 5)) ? m[0][0]! + m[0].slice(2) : '');
  return tahun.length === 1 && tahun[0] !== '' ? { year: Number(tahun[0]), text: sel } : { text: sel };
}

/**
 * A cell that is a year: `2026`, or 1900–2099 with the thousands dot (or comma) a number formatted in
 * Excel gets (`2.026`: the year column of a sheet in an Indonesian locale), read as the year it is.
 */
function bacaTahun(sel: string): number | undefined {
  if (TAHUN.test(sel)) return Number(sel);
  return TAHUN_RIBUAN.test(sel) ? Number(sel[0]! + sel.slice(2)) : undefined;
}

/** True when the cell, or a part of it around a comma, is a date that does not exist (31 Februari). */
function adaTanggalMustahil(sel: string, bulanDulu = false): boolean {
  if (bacaTanggalRinci(sel, bulanDulu).jenis === 'mustahil') return true;
  return sel.split(',').some((bagian) => bacaTanggalRinci(bagian.trim(), bulanDulu).jenis === 'mustahil');
}

/** A "when and where" cell without its parts that are impossible dates: the place it names, or ''. */
function tanpaTanggalMustahil(sel: string, bulanDulu: boolean): string {
  // The whole cell one such date ("31 Februari, 2026"): nothing else to keep.
  if (bacaTanggalRinci(sel, bulanDulu).jenis === 'mustahil') return '';
  return sel
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '' && bacaTanggalRinci(x, bulanDulu).jenis !== 'mustahil')
    .join(', ');
}

/**
 * Which column an item field came from, to point a problem at the cell: every column but the title's
 * (`indeksKolom` finds the columns here).
 */
const KOLOM_UNTUK_FIELD = [
  ['summary', 'ringkasan'],
  ['category', 'kategori'],
  ['fulfils', 'itemWajib'],
  ['unit', 'unit'],
  ['responsible', 'penanggungJawab'],
  ['made', 'waktuTempat'],
  ['formats', 'bentuk'],
  ['retention', 'retensi'],
  ['media', 'media'],
  ['links', 'tautan'],
  ['updated', 'diperbarui'],
  ['exclusion.grounds', 'dasarPengecualian'],
  ['exclusion.otherBasis', 'dasarHukumLain'],
  ['exclusion.consequence', 'konsekuensi'],
  ['exclusion.period', 'jangkaPengecualian'],
  ['exclusion.decisionNumber', 'nomorPenetapan'],
  ['exclusion.decisionDate', 'tanggalPenetapan'],
  ['id', 'no'],
] as const satisfies readonly (readonly [string, KolomCSV])[];
/** A column added to KolomCSV without its field above does not compile. */
type _SemuaKolom = Pasti<
  [Exclude<KolomCSV, 'judul' | (typeof KOLOM_UNTUK_FIELD)[number][1]>] extends [never] ? true : false
>;
type Pasti<T extends true> = T;

const masalahCSV = (
  severity: Masalah['severity'],
  code: KodeMasalahDIP,
  problem: Teks,
  letak: { path?: string; row?: number; column?: string } = {},
): MasalahDIP =>
  buatMasalah({
    severity,
    code,
    path: letak.path ?? '',
    problem,
    tanpaKolom: true,
    ...(letak.row !== undefined ? { row: letak.row } : {}),
    ...(letak.column !== undefined ? { column: letak.column } : {}),
  });

const gagal = (m: MasalahDIP, warnings: MasalahDIP[] = []): HasilBaca => ({
  ok: false,
  errors: [m],
  warnings,
});

/**
 * Reads a DIP register from CSV text. Item ids are `dip-<No>` from the No column (`dip-12`), or
 * `dip-p<n>` from the row's position among the data rows when No is empty; a repeated id gets `-2`,
 * `-3`… Problems carry the spreadsheet row (`row`: the record's number, 1-based, title rows included) and the column header as written (`column`). A link written
 * without its scheme (`www.…`, or a host name and path: `desa.id/perdes.pdf`) is read with `https://`
 * in front, with a `csv.link-https-added` warning.
 * Strict: any error leaves no document (with `bacaanPublik`, as `csvItemSah` reads, refused links alone
 * do not). `opsi` null is none (as JavaScript callers pass it).
 */
export function imporCSV(teksMentah: string, opsi?: OpsiImporCSV | null): HasilBaca {
  return imporCSVIntiDengan(teksMentah, opsi ?? {}, katalogIntiUntuk);
}

/**
 * `imporCSV` with the catalog cores given, as `validasiDIPMentahDengan` takes them: the entries' `fulfils`
 * ids are checked against `intiUntuk(agency.kind)`. `imporCSV` is this with both cores, so it carries the
 * desa core; a page that loads that core only for a desa's register (the widgets) imports this function
 * alone and passes its own `intiUntuk` (which must answer for `opsi.agency`'s kind, or the placeholder's).
 */
export function imporCSVIntiDengan(teksMentah: string, opsi: OpsiImporCSV, intiUntuk: IntiUntuk): HasilBaca {
  // validasiDIPTerjamin (validasi.ts) with the cores given: the same check, the same words.
  const periksa: PemeriksaImpor = (dokumen, dijamin) =>
    uraikanHasil(validasiDIPMentahDengan(dokumen, intiUntuk, dijamin));
  return denganPengodean(imporCSVDengan(teksMentah, opsi, periksa), opsi.pengodean);
}

/**
 * How the importer checks the document it built: `dijamin(i)` says the builder vouches for item i.
 * `imporCSV` skips the schema for those items; the tests pass `validasiDIP` here to prove that changes
 * nothing.
 */
export type PemeriksaImpor = (dokumen: unknown, dijamin: (i: number) => boolean) => HasilBaca;

/** The columns whose empty cell takes the value of the entry above it (a cell merged down a block). */
type KolomAtas = 'kategori' | 'unit' | 'penanggungJawab';
/** Cell index of each known column, -1 when absent. */
type IndeksKolom = Record<KolomCSV, number>;
/** Per date column, whether its dates in numbers are read month first (`csv.date-month-first`). */
interface UrutanTanggal {
  diperbarui: boolean;
  tanggalPenetapan: boolean;
  waktuTempat: boolean;
}
/** A link the public reading checked with a stand-in address: its entry, its place, and the address as written. */
interface TautanDitolak {
  readonly item: number;
  readonly tautan: number;
  readonly url: string;
}

/**
 * One import's reading of its rows: the table's layout, what was read so far, and the row being read.
 * One object of one shape per import, handed to each of the row readers below: module functions, the
 * same for every import. Closures made per import put the whole row loop in one function of a thousand
 * lines, which V8 took tens to hundreds of milliseconds to optimise (the rows meanwhile read unoptimised)
 * and dropped again on each import's new closures ("wrong call target"): about 25 ms of 10,000 rows.
 */
interface Impor {
  readonly opsi: OpsiImporCSV;
  readonly errors: MasalahDIP[];
  readonly warnings: MasalahDIP[];
  readonly ditolak: TautanDitolak[];
  readonly baris: readonly string[][];
  readonly header: Header;
  readonly pemisah: (typeof PEMISAH)[number];
  /** The template's second header row (Waktu | Tempat, Softcopy | Hardcopy), when there is one. */
  readonly sub: SubHeader | undefined;
  /** Section rows ("A. Informasi Berkala") give the entries under them their category. */
  readonly adaSeksi: boolean;
  /** Without a link column, an unknown column whose cells hold only web addresses (`cariKolomAlamat`). */
  readonly kolomAlamat: Kolom | undefined;
  /** The header's cells, read (`samaDenganHeader`). */
  readonly kepala: readonly string[];
  /** The columns of the table being read: the header's, or a later table's below it (a DIK table). */
  petaKolom: Header['kolom'];
  I: IndeksKolom;
  lebarHeader: number;
  /** The category of the section row last read, for the entries under it that name none. */
  seksi: Kategori | undefined;
  readonly urutan: UrutanTanggal;
  /** The value of a merged block's column, from the entry above (`dariAtas`). */
  readonly atas: Map<KolomAtas, string>;
  /** Per column name (a later table's may differ), the lines filled from above. */
  readonly diisiAtas: Map<string, number[]>;
  readonly items: Record<string, unknown>[];
  readonly barisItem: number[];
  /** The columns each entry was read in (a DIK table below the register has its own). */
  readonly petaItem: Header['kolom'][];
  /** Items made only from values the shared rules accepted (see `sah`). */
  readonly dijamin: boolean[];
  // Registers repeat the same category, format, date and place cells: each distinct cell is read once.
  readonly ingatKategori: Map<string, Kategori | undefined>;
  readonly ingatBentuk: Map<string, ReturnType<typeof bacaBentuk>>;
  readonly ingatTanggal: Map<string, BacaanTanggal>;
  readonly ingatTanggalBulan: Map<string, BacaanTanggal>;
  /** A "when and where" cell's `made`, and whether the schema's rule for `made` takes it (asked with a year). */
  readonly ingatWaktuTempat: Map<string, Dibuat>;
  readonly ingatMustahil: Map<string, boolean>;
  /** Each entry's content (all but its id, `kunciIsi`), and the row it was first read on: a row repeated is said. */
  readonly barisIsi: Map<string, number>;
  /** Per title, the first entry with it (its index), or -1 once its content is in `barisIsi`. */
  readonly judulItem: Map<string, number>;
  /** Paths the CSV reader already reported, so the validator does not report the same cell twice. */
  readonly sudahDilaporkan: Set<string>;
  readonly kodeDipakai: KodeDipakai;
  readonly lanjutanKode: Map<string, number>;
  /** The entry's place among the data rows, for an id without a No (`dip-p<n>`). */
  posisi: number;
  /** Per link of the cell being read, the address as written when it held spaces (`pecahTautan`). */
  readonly berspasi: (string | undefined)[];
  /** The row being read (1-based, as the problems give it). */
  row: number;
  /**
   * The builder vouches for the item (the schema is then not run on it again) only while every value
   * came out of a shared rule that accepted it: a reported cell, a link tautanAman refuses, an empty
   * title, a `dikecualikan` entry (its record has rules of its own) all leave the item to the schema.
   */
  sah: boolean;
  adaLaporanPengecualian: boolean;
  /** The formula errors of the row being read: its cell index, and the value (`#REF!`). */
  readonly rumus: [number, string][];
}

/** A "when and where" cell read: its `made`, and whether the schema's rule takes it (asked with a year). */
interface Dibuat {
  readonly made: Record<string, unknown>;
  readonly sah: boolean;
}

/** A `made` with a year is checked by the schema's own rule for it (a value read by a pattern here). */
const skemaDibuat = SkemaItemDIP.entries.made;

// How each distinct cell is read (`ingat`), by module functions: the same ones for every import.
const bacaKategoriSel = (t: string): Kategori | undefined => bacaKategori(t) ?? kategoriLonggar(t);
// A `made` read in the other order than its column's has no year: only this one is asked.
const bacaDibuat = (x: string, bulanDulu: boolean): Dibuat => {
  const made = bacaWaktuTempat(x, bulanDulu);
  return { made, sah: made['year'] !== undefined && v.is(skemaDibuat, made) };
};

/** The cell `kunci` read by `baca` once per import: the reading kept in `peta`. */
function ingat<T, A>(peta: Map<string, T>, kunci: string, baca: (s: string, a: A) => T, a: A): T {
  let x = peta.get(kunci);
  if (x === undefined && !peta.has(kunci)) {
    x = baca(kunci, a);
    peta.set(kunci, x);
  }
  return x as T;
}

/**
 * Cell index of each known column (-1 when absent): the title's, then the other fields' columns in
 * `KOLOM_UNTUK_FIELD`'s order, so every import's object has the one shape. Read for every cell.
 */
function indeksKolom(peta: Header['kolom']): IndeksKolom {
  const I = { judul: peta.get('judul')?.i ?? -1 } as IndeksKolom;
  for (const [, k] of KOLOM_UNTUK_FIELD) I[k] = peta.get(k)?.i ?? -1;
  return I;
}

const sel = (r: readonly string[], i: number): string => (i < 0 ? '' : isi(r[i]));

/**
 * The classic template has no Kategori column: its entries sit under section rows ("A. Informasi yang
 * wajib … berkala"). The category a row names as such a heading, or undefined.
 */
const seksiBaris = (r: readonly string[]): Kategori | undefined => {
  // Run on every row: an entry's third filled cell ends the look before a list is built.
  const n = jumlahIsi(r, 2);
  return n > 0 && n <= 2 ? kategoriSeksi(r.map(isi).filter((x) => x !== '')) : undefined;
};

/**
 * Without a link column, an unknown column ("Keterangan") where some cell holds only web addresses: its
 * cells give the entries' links, so the documents are not lost (and the admin is told).
 */
function cariKolomAlamat(header: Header, baris: readonly string[][]): Kolom | undefined {
  if (header.kolom.has('tautan')) return undefined;
  return header.lain.find((x) => {
    for (let b = header.index + 1; b < baris.length; b++) {
      // The register's own rows only: a table below it (a DIK table) has its own columns.
      if (kenaliKolom(isi(baris[b]?.[0])) === 'no') break;
      if (ALAMAT_SAJA.test(isi(baris[b]?.[x.i]))) return true;
    }
    return false;
  });
}

/**
 * Dates in numbers only are day first (Indonesian), unless a column shows otherwise: a sheet kept in an
 * English (US) locale publishes 11/30/2026. A column where more cells can only be month first (11/30)
 * than day first (30/11), two at least, is read month first, and said; the cells that exist only in the
 * other order are read so, with a warning each (`urutanLain`).
 */
function bacaUrutanTanggal(p: Impor, awalData: number): void {
  const { I, baris } = p;
  // The columns the table has, read in one pass over the rows (a pass each read every row three times).
  const kolomTanggal = (['diperbarui', 'tanggalPenetapan', 'waktuTempat'] as const).filter((k) => I[k] >= 0);
  if (kolomTanggal.length === 0) return;
  const nBulan = kolomTanggal.map(() => 0);
  const nHari = kolomTanggal.map(() => 0);
  // Each distinct cell once (registers repeat their dates); a "when and where" cell part by part.
  const dilihat = kolomTanggal.map(() => new Set<string>());
  for (let b = awalData; b < baris.length; b++) {
    const r = baris[b] ?? [];
    for (let j = 0; j < kolomTanggal.length; j++) {
      const k = kolomTanggal[j]!;
      const c = sel(r, I[k]);
      const d = dilihat[j]!;
      if (c === '' || d.has(c)) continue;
      d.add(c);
      for (const bagian of k === 'waktuTempat' && c.includes(',') ? [c, ...c.split(',')] : [c]) {
        const u = urutanAngka(bagian);
        if (u === 'hari') nHari[j]!++;
        else if (u === 'bulan') nBulan[j]!++;
      }
    }
  }
  kolomTanggal.forEach((k, j) => {
    // The order most cells show, month first only from two cells on: one typo (03/15) in a day-first
    // column, or one 25/10 in a month-first one, is read the only way it exists and said (`urutanLain`).
    const bulan = nBulan[j]! >= 2 && nBulan[j]! > nHari[j]!;
    p.urutan[k] = bulan;
    const kolom = p.petaKolom.get(k)!.header;
    if (bulan)
      p.warnings.push(
        masalahCSV(
          'warning',
          'csv.date-month-first',
          {
            id: `Tanggal di kolom ${kutip(kolom)} ditulis bulan dulu (mis. 11/30/2026, cara Amerika), jadi kolom ini dibaca bulan/hari/tahun. Agar tidak keliru, atur lokal Google Sheets ke Indonesia (File → Setelan → Lokal) atau tulis tanggal sebagai 2026-11-30.`,
            en: `Dates in column ${kutip(kolom)} are written month first (e.g. 11/30/2026, the US way), so this column is read as month/day/year. To avoid mistakes, set the Google Sheets locale to Indonesia (File → Settings → Locale) or write dates as 2026-11-30.`,
          },
          { column: kolom },
        ),
      );
  });
}

/** An error on this row's cell of column `k`, at the entry's `field`: said once, the entry not vouched for. */
function lapor(p: Impor, field: string, k: KolomCSV, code: KodeMasalahDIP, problem: Teks): void {
  p.sah = false;
  if (field.startsWith('exclusion')) p.adaLaporanPengecualian = true;
  p.sudahDilaporkan.add(`items[${p.items.length}].${field}`);
  ingatkan(p, field, k, code, problem, 'error');
}

/** A warning on this row's cell of column `k`, at the entry's `field` (or, from `lapor`, an error). */
function ingatkan(
  p: Impor,
  field: string,
  k: KolomCSV,
  code: KodeMasalahDIP,
  problem: Teks,
  severity: Masalah['severity'] = 'warning',
): void {
  const c = p.petaKolom.get(k);
  const path = `items[${p.items.length}].${field}`;
  (severity === 'error' ? p.errors : p.warnings).push(
    masalahCSV(severity, code, problem, { path, row: p.row, ...(c ? { column: c.header } : {}) }),
  );
}

/** A row read as no entry (a signature, a note, a group label …): said, never dropped in silence. */
function lewatiBaris(p: Impor, problem: Teks): void {
  p.warnings.push(masalahCSV('warning', 'csv.row-skipped', problem, { row: p.row }));
}

/** A formula error's words: the cell read as empty, and what an empty one means here (`akibat`). */
function kataRumus(nilai: string, kolom: string | undefined, akibat: Teks): Teks {
  const k = kolom !== undefined ? ` ${kutip(kolom)}` : '';
  return {
    id: `Sel${k && ` kolom${k}`} berisi ${kutip(nilai)}: galat rumus dari lembar kerja, bukan isinya; dibaca kosong${akibat.id}. Perbaiki rumusnya di Excel/Google Sheets (atau ganti dengan nilainya), lalu ekspor ulang.`,
    en: `The${k} cell holds ${kutip(nilai)}: a formula error from the spreadsheet, not its content; read as empty${akibat.en}. Fix the formula in Excel/Google Sheets (or replace it with its value), then export again.`,
  };
}

/** The header of the cell at index `c`, as the file writes it. */
function namaKolom(p: Impor, c: number): string | undefined {
  const { baris, header } = p;
  // A part of the template's two-row header by its own name (Softcopy, Tempat).
  const bagian = p.sub && p.petaKolom === header.kolom ? (baris[header.index + 1] ?? [])[c]?.trim() : '';
  if (bagian) return bagian.replace(SPASI, ' ');
  for (const x of p.petaKolom.values()) if (x.i === c) return x.header;
  return (baris[header.index] ?? [])[c]?.trim().replace(SPASI, ' ') || undefined;
}

/** The row's formula errors (`#REF!`): noted in `rumus`, their cells empty from here on. */
function ambilGalatRumus(p: Impor, r: string[]): void {
  p.rumus.length = 0;
  for (let c = 0; c < r.length; c++) {
    const x = r[c]!;
    if (x.includes('#') && GALAT_RUMUS.test(x)) {
      p.rumus.push([c, x.trim()]);
      r[c] = '';
    }
  }
}

/**
 * The row's formula errors not yet said (an empty title or category it caused is said as an error where
 * it is read), as warnings: on the entry's field when the row is one (`item`), else on the row.
 */
function laporRumus(p: Impor, item?: Record<string, unknown>): void {
  if (p.rumus.length === 0) return;
  const akibat: Teks = item
    ? { id: '', en: '' }
    : { id: '; baris ini dilewati', en: '; this row is skipped' };
  for (const [c, nilai] of p.rumus) {
    if (c < 0) continue;
    const k = item ? [...p.petaKolom].find(([, x]) => x.i === c)?.[0] : undefined;
    const field =
      k === 'judul'
        ? 'title'
        : k === 'ringkasan'
          ? p.I.judul >= 0
            ? 'summary'
            : 'title'
          : KOLOM_UNTUK_FIELD.find(([, kk]) => kk === k)?.[0];
    const column = namaKolom(p, c);
    p.warnings.push(
      masalahCSV('warning', 'csv.formula-error', kataRumus(nilai, column, akibat), {
        ...(item ? { path: `items[${p.items.length}]${field ? `.${field}` : ''}` } : {}),
        row: p.row,
        ...(column !== undefined ? { column } : {}),
      }),
    );
  }
}

/** Whether the cell at index `i` held a formula error: said now as an error, not again as a warning. */
function rumusDi(p: Impor, i: number): string | undefined {
  if (i < 0) return undefined;
  const x = p.rumus.find(([c]) => c === i);
  if (!x) return undefined;
  x[0] = -1;
  return x[1];
}

/**
 * Cells merged down a block (a category, a unit or an official written once for several rows) reach the
 * CSV only in the block's first row: an empty one takes the value of the entry above it, within its
 * section, and the lines are said once per column.
 */
function dariAtas(p: Impor, k: KolomAtas, nilai: string): string {
  // A formula error (`#REF!`) is no merged cell: not filled from above, and said.
  if (nilai === '' && p.rumus.some(([c]) => c === p.I[k])) return nilai;
  if (nilai !== '') {
    p.atas.set(k, nilai);
    return nilai;
  }
  const a = p.atas.get(k);
  if (a === undefined) return nilai;
  const c = p.petaKolom.get(k)!.header;
  const l = p.diisiAtas.get(c);
  if (l) l.push(p.row);
  else p.diisiAtas.set(c, [p.row]);
  return a;
}

/** The header again (a table per category, each with its header, or a header repeated on each printed page). */
function samaDenganHeader(p: Impor, r: readonly string[]): boolean {
  const { kepala } = p;
  if (r.length !== kepala.length) return false;
  for (let i = 0; i < r.length; i++) if (isi(r[i]) !== kepala[i]) return false;
  return true;
}

/**
 * A row of the table's structure, not an entry: a section row (its heading in any column, the No column
 * too when it is merged across the row), the template's row of column numbers (1, 2, 3 … under the
 * header), the header again, or the header of another table with other columns (the DIK table under the
 * DIP, its Pasal 17 and SK columns), whose columns the rows below it are read in.
 */
function barisStruktur(p: Impor, r: string[], b: number): boolean {
  const kategoriBaris = sel(r, p.I.kategori) === '' ? seksiBaris(r) : undefined;
  if (kategoriBaris || nomorKolom(r) || samaDenganHeader(p, r)) {
    p.seksi = kategoriBaris ?? p.seksi;
    // A new section is a new block: nothing is carried down across its heading.
    if (kategoriBaris) p.atas.clear();
    return true;
  }
  const lain =
    AWAL_BUKAN_ANGKA.test(isi(r[0])) && kenaliKolom(isi(r[0])) === 'no'
      ? pakaiJenis(bacaHeader(r, b), p.baris)
      : undefined;
  if (lain && lain.skor >= 2 && adaKolomDIK(lain)) {
    p.petaKolom = lain.kolom;
    p.I = indeksKolom(lain.kolom);
    p.lebarHeader = r.length;
    p.atas.clear();
    p.seksi = kategoriTabel(lain) ?? p.seksi;
    return true;
  }
  return false;
}

/**
 * A row with nothing but its No: a number alone ("1", "No. 2", "1/2026") is a numbered empty row, and
 * words alone a signature ("Sukamaju, 5 Januari 2026", "PPID Utama"); a No cell starting with a number
 * and another separator is a row written with it ("1,Profil,Berkala" in a file of semicolons): said,
 * never dropped in silence.
 */
function barisTanpaIsi(p: Impor, r: readonly string[]): boolean {
  const noI = p.I.no;
  for (let c = 0; c < r.length; c++) if (c !== noI && isi(r[c]) !== '') return false;
  const no = sel(r, noI);
  if (BARIS_PEMISAH_LAIN.test(no))
    lewatiBaris(p, {
      id: `Baris ini hanya terbaca di kolom No (${kutip(no)}) dan dilewati: periksa pemisah kolomnya; berkas ini memakai ${NAMA_PEMISAH[p.pemisah].id}.`,
      en: `This row was read in the No column only (${kutip(no)}) and skipped: check its separators; this file uses ${NAMA_PEMISAH[p.pemisah].en}.`,
    });
  return true;
}

/** Cells past the header's last column belong to no column: said, never dropped in silence. */
function laporSelDiLuarHeader(p: Impor, r: readonly string[]): void {
  let lebih: string[] | undefined;
  for (let c = p.lebarHeader; c < r.length; c++) {
    const x = isi(r[c]);
    if (x !== '') (lebih ??= []).push(x);
  }
  if (lebih)
    p.warnings.push(
      masalahCSV(
        'warning',
        'csv.cells-outside-header',
        {
          id: `${lebih.length} sel berisi di luar kolom judul (mis. ${kutip(lebih[0]!)}) tidak dibaca: periksa pemisah kolom dan tanda kutip di baris ini.`,
          en: `${lebih.length} filled cell${lebih.length === 1 ? '' : 's'} beyond the header's columns (e.g. ${kutip(lebih[0]!)}) ${lebih.length === 1 ? 'is' : 'are'} not read: check the separators and quotation marks in this row.`,
        },
        { row: p.row },
      ),
    );
}

/**
 * A filled row that is not an entry, said: without title and category (a signature block, a note); one
 * filled cell under a heading or a filled-down block (a note or signature under the table); a group label
 * (a Roman numeral and words only).
 */
function bukanInformasi(
  p: Impor,
  r: readonly string[],
  judul: string,
  ringkasan: string,
  kategoriSel: string,
  no: string,
): boolean {
  if (judul === '' && ringkasan === '' && kategoriSel === '') {
    // Signature blocks and notes under the table ("Sukamaju, 5 Maret 2026 / PPID Utama") are not items.
    lewatiBaris(p, {
      id: 'Baris tanpa judul dan kategori dilewati (bukan item informasi).',
      en: 'A row with neither title nor category was skipped (not an information item).',
    });
    return true;
  }
  if (kategoriSel !== '') return false;
  // One filled cell and no category of its own, under a heading or a filled-down block: a note or a
  // signature under the table ("Catatan: …", "Kepala Dinas"), which would otherwise take a category —
  // when the register numbers its entries (this line has no number) or the words say so.
  const teks = judul || ringkasan;
  if ((p.seksi || p.atas.has('kategori')) && (p.I.no >= 0 || KATA_CATATAN.test(teks)) && jumlahIsi(r) === 1) {
    lewatiBaris(p, {
      id: `Baris yang hanya berisi ${kutip(teks)} dilewati: catatan atau tanda tangan di bawah tabel bukan informasi. Bila ini informasi, isi juga kolom lainnya (mis. nomor, unit, atau kategori).`,
      en: `A row holding only ${kutip(teks)} was skipped: a note or signature under the table is not an entry. If it is an entry, fill in its other columns too (e.g. number, unit or category).`,
    });
    return true;
  }
  // A group label between the entries — a Roman numeral and words only ("I | Informasi tentang Profil
  // Badan Publik") — in a register whose entries fill more columns: not an entry.
  if (PENANDA_KELOMPOK.test(no) && p.petaKolom.size >= 4 && jumlahIsi(r) === 2) {
    lewatiBaris(p, {
      id: `Judul kelompok ${kutip(`${no} ${teks}`)} dilewati: bukan informasi. Bila ini informasi, isi juga kolom lainnya.`,
      en: `Group heading ${kutip(`${no} ${teks}`)} was skipped: it is not an entry. If it is one, fill in its other columns too.`,
    });
    return true;
  }
  return false;
}

/**
 * The entry's id: `dip-<No>`, or `dip-p<n>` from its place without one; a repeated id gets the next free
 * suffix (`-2`, `-3` …).
 */
function kodeItem(p: Impor, no: string): string {
  const slugNo = no !== '' ? slug(no) : '';
  const id = slugNo !== '' ? `dip-${slugNo}` : `dip-p${p.posisi}`;
  if (p.kodeDipakai.tambah(id, nomorKanonik(slugNo))) return id;
  // The next free suffix of each repeated id is kept: a register numbered "1" on every row (an export
  // that lost its numbering) stays linear, not a search from 2 for each row.
  let n = p.lanjutanKode.get(id) ?? 2;
  while (p.kodeDipakai.adaTeks(`${id}-${n}`)) n++;
  p.lanjutanKode.set(id, n + 1);
  p.kodeDipakai.tambah(`${id}-${n}`);
  return `${id}-${n}`;
}

/** The entry's title: Judul, else the summary (said when a Judul column was left empty). */
function isiJudul(p: Impor, item: Record<string, unknown>, judul: string, ringkasan: string): void {
  if (judul !== '') {
    item['title'] = judul;
    if (ringkasan !== '') item['summary'] = ringkasan;
    return;
  }
  item['title'] = ringkasan;
  if (ringkasan === '') {
    p.sah = false;
    // A title that is empty because its cell held a formula error: said so, as the error it is.
    const diJudul = rumusDi(p, p.I.judul);
    const nilai = diJudul ?? rumusDi(p, p.I.ringkasan);
    if (nilai !== undefined)
      lapor(
        p,
        'title',
        diJudul !== undefined ? 'judul' : 'ringkasan',
        'csv.formula-error',
        kataRumus(nilai, namaKolom(p, diJudul !== undefined ? p.I.judul : p.I.ringkasan), {
          id: ', dan informasi ini tanpa judul',
          en: ', and this entry has no title',
        }),
      );
  }
  // With a Judul column, an empty Judul is likely an oversight: the summary stands in, and the admin is told.
  else if (p.I.judul >= 0)
    ingatkan(p, 'title', 'judul', 'csv.title-from-summary', {
      id: 'Judul kosong; ringkasan isi informasi dipakai sebagai judul.',
      en: 'The title is empty; the summary is used as the title.',
    });
}

/** The entry's category: its cell (or the one above it), else its section's; a missing or unknown one said. */
function isiKategori(p: Impor, item: Record<string, unknown>, kategoriTeks: string): void {
  if (kategoriTeks === '' && p.seksi) {
    item['category'] = p.seksi;
    if (p.seksi === 'dikecualikan') p.sah = false;
  } else if (p.header.kolom.has('kategori')) {
    const k = ingat(p.ingatKategori, kategoriTeks, bacaKategoriSel, undefined);
    if (k) {
      item['category'] = k;
      if (k === 'dikecualikan') p.sah = false;
    } else if (kategoriTeks === '') {
      const nilai = rumusDi(p, p.I.kategori);
      if (nilai !== undefined)
        lapor(
          p,
          'category',
          'kategori',
          'csv.formula-error',
          kataRumus(nilai, namaKolom(p, p.I.kategori), {
            id: ', dan informasi ini tanpa kategori',
            en: ', and this entry has no category',
          }),
        );
      else
        lapor(p, 'category', 'kategori', 'csv.category-missing', {
          id: 'Kategori kosong. Isi dengan Berkala, Serta Merta, Setiap Saat atau Dikecualikan (atau kode 1–4), atau letakkan informasi ini di bawah baris judul kategorinya.',
          en: 'The category is empty. Use Berkala (Periodic), Serta Merta (Immediate), Setiap Saat (Any time) or Dikecualikan (Exempt) (or codes 1–4), or put this entry under its category heading row.',
        });
    } else
      lapor(p, 'category', 'kategori', 'csv.category-unknown', {
        id: `Kategori ${kutip(kategoriTeks)} tidak dikenal. Gunakan Berkala, Serta Merta, Setiap Saat, Dikecualikan/DIK, atau kode 1–4.`,
        en: `Category ${kutip(kategoriTeks)} is not known. Use Berkala (Periodic), Serta Merta (Immediate), Setiap Saat (Any time), Dikecualikan/DIK (Exempt), or codes 1–4.`,
      });
  } else if (p.adaSeksi) {
    // Sections, but this entry comes before the first.
    lapor(p, 'category', 'kategori', 'csv.category-missing', {
      id: 'Informasi ini ada di atas baris judul kategori pertama, jadi tidak berkategori. Pindahkan ke bawah judul kategorinya (mis. "A. Informasi yang wajib diumumkan secara berkala").',
      en: 'This entry comes before the first category heading row, so it has no category. Move it under its heading (e.g. "A. Informasi yang wajib diumumkan secara berkala").',
    });
  } else {
    p.sah = false;
    p.sudahDilaporkan.add(`items[${p.items.length}].category`);
  }
}

/** A date to write instead of one the calendar lacks, in its column's order (05/03/2026 month first is 3 May). */
const contohTanggal = (bulanDulu: boolean): Teks =>
  bulanDulu
    ? { id: '03/05/2026 (bulan/hari/tahun)', en: '03/05/2026 (month/day/year)' }
    : { id: '05/03/2026 (hari/bulan/tahun)', en: '05/03/2026 (day/month/year)' };

/**
 * A date in numbers that exists only in the other order than its column's (`11/30/2026` in a day-first
 * column, `25/10/2026` in a month-first one: a sheet whose locale turned some cells around, or one typed
 * the other way): read in that order, and said — the entry is not hidden over it. Undefined when that
 * order gives no date either.
 */
function urutanLain(p: Impor, s: string, k: keyof UrutanTanggal, field: string): string | undefined {
  const bulan = !p.urutan[k];
  if (urutanAngka(s) !== (bulan ? 'bulan' : 'hari')) return undefined;
  const t = bacaTanggalRinci(s, bulan);
  if (t.jenis !== 'tanggal') return undefined;
  ingatkan(p, field, k, 'csv.date-order-mixed', {
    id: `Tanggal ${kutip(s)} hanya ada di kalender bila dibaca ${bulan ? 'bulan' : 'hari'} dulu (${t.tanggal}), tidak seperti kebanyakan tanggal di kolomnya; dibaca demikian. Periksa tanggal di kolom ini dan tulis misalnya 2026-11-30 agar tidak keliru.`,
    en: `Date ${kutip(s)} exists only when read ${bulan ? 'month' : 'day'} first (${t.tanggal}), unlike most dates in its column; read so. Check the dates in this column and write them e.g. 2026-11-30 to avoid mistakes.`,
  });
  return t.tanggal;
}

/** A "when and where" cell whose date (alone, or beside its place) exists only in the other order. */
function dibuatUrutanLain(p: Impor, wt: string): Record<string, unknown> | undefined {
  const bagian = wt.split(',').map((x) => x.trim());
  for (let i = 0; i < bagian.length; i++) {
    const date = urutanLain(p, bagian[i]!, 'waktuTempat', 'made.date');
    if (!date) continue;
    const place = bagian.filter((x, j) => j !== i && x !== '').join(', ');
    return place ? { date, place } : { date };
  }
  return undefined;
}

/**
 * The entry's "when and where" (`made`). Under a two-row header, when and where come apart: "2026" |
 * "Sukamaju" reads as "2026, Sukamaju".
 */
function isiDibuat(p: Impor, r: readonly string[], item: Record<string, unknown>): void {
  const { sub } = p;
  const terpisah = sub?.waktu !== undefined || sub?.tempat !== undefined;
  const waktu = sel(r, terpisah ? (sub.waktu ?? -1) : p.I.waktuTempat);
  const tempat = terpisah ? sel(r, sub.tempat ?? -1) : '';
  const wt = waktu && tempat ? `${waktu}, ${tempat}` : waktu;
  if (wt === '') {
    if (tempat !== '') item['made'] = { place: tempat };
    return;
  }
  const bulanDulu = p.urutan.waktuTempat;
  const dibuat = ingat(p.ingatWaktuTempat, wt, bacaDibuat, bulanDulu);
  let made: Record<string, unknown> | undefined = { ...dibuat.made };
  // An impossible date is not free text to keep (nor its year to filter by) — unless it is a date in the
  // other order than its column's. Like a wrong update date, it does not hide the entry: the optional
  // "when and where" is shown without the date, its place kept, and the admin is told.
  const mustahil = made['date'] === undefined && ingat(p.ingatMustahil, wt, adaTanggalMustahil, bulanDulu);
  const dibalik = mustahil ? dibuatUrutanLain(p, wt) : undefined;
  if (dibalik) made = dibalik;
  else if (mustahil) {
    const place = tanpaTanggalMustahil(wt, bulanDulu);
    made = place !== '' ? { place } : undefined;
    const contoh = contohTanggal(bulanDulu);
    ingatkan(p, 'made', 'waktuTempat', 'csv.date-unreadable', {
      id: `Tanggal pembuatan dalam ${kutip(wt)} tidak ada di kalender, jadi informasi ini tampil tanpa tanggal pembuatan${place !== '' ? ` (tempatnya, ${kutip(place)}, tetap dicantumkan)` : ''}. Tulis misalnya ${contoh.id}.`,
      en: `The date made in ${kutip(wt)} does not exist in the calendar, so this entry shows without it${place !== '' ? ` (its place, ${kutip(place)}, is kept)` : ''}. Write e.g. ${contoh.en}.`,
    });
  }
  if (made) {
    item['made'] = made;
    // The same cell gives the same `made`: its year is checked once per distinct cell.
    if (made['year'] !== undefined) p.sah &&= dibuat.sah;
    if (typeof made['date'] === 'string') p.sah &&= tanggalValid(made['date']);
  }
}

/** The entry's formats: its cell's words, or under a two-row header the format columns marked. */
function isiBentuk(p: Impor, r: readonly string[], item: Record<string, unknown>): void {
  const { sub } = p;
  if (sub?.cetak !== undefined || sub?.digital !== undefined) {
    const formats = BENTUK_TERPISAH.filter((b) => bertanda(sel(r, sub[b] ?? -1)));
    if (formats.length > 0) item['formats'] = formats;
    return;
  }
  const bentuk = sel(r, p.I.bentuk);
  if (bentuk === '') return;
  const { formats, dikenal } = ingat(p.ingatBentuk, bentuk, bacaBentuk, undefined);
  if (dikenal) item['formats'] = formats.slice();
  else
    ingatkan(p, 'formats', 'bentuk', 'csv.format-unknown', {
      id: `Bentuk informasi ${kutip(bentuk)} tidak dikenal (gunakan cetak/hardcopy atau digital/softcopy); diabaikan.`,
      en: `Format ${kutip(bentuk)} is not known (use cetak/hardcopy or digital/softcopy); ignored.`,
    });
}

/** The row's cell of links: its link column's, else the unknown column's when it holds only addresses. */
function selTautan(p: Impor, r: readonly string[]): string {
  const { kolomAlamat } = p;
  const alamat = kolomAlamat && p.I.tautan < 0 && p.petaKolom === p.header.kolom ? sel(r, kolomAlamat.i) : '';
  return alamat !== '' ? (ALAMAT_SAJA.test(alamat) ? alamat : '') : sel(r, p.I.tautan);
}

/** The entry's links, each named by what tells it apart (`labelTautan`); an address that cannot be opened said. */
function isiTautan(p: Impor, tautan: string, item: Record<string, unknown>, label: string): void {
  p.berspasi.length = 0;
  const urls = pecahTautan(tautan, p.berspasi);
  if (urls.length === 0) {
    lapor(p, 'links', 'tautan', 'link.scheme', {
      id: `Tautan ${kutip(tautan)} tidak berisi alamat yang dapat dibuka. Tulis alamat lengkap, diawali https://. (Bila sel ini berisi hyperlink di Excel atau Google Sheets, CSV hanya menyimpan teksnya, bukan alamatnya: tempel alamatnya sendiri ke sel.)`,
      en: `Link ${kutip(tautan)} holds no address that can be opened. Write the full address, starting with https://. (If the cell holds a hyperlink in Excel or Google Sheets, a CSV keeps only its text, not its address: paste the address itself into the cell.)`,
    });
    // The public reading keeps what the cell says ("lihat papan pengumuman"), to be shown as text.
    if (p.opsi.bacaanPublik) {
      p.ditolak.push({ item: p.items.length, tautan: 0, url: tautan });
      item['links'] = [{ label, url: TAUTAN_PENGGANTI }];
    }
    return;
  }
  // Sized exactly: a list grown by push keeps room for 16 more links it will never get.
  const links = new Array<{ label: string; url: string }>(urls.length);
  for (let k = 0; k < urls.length; k++) links[k] = { label, url: bacaAlamat(p, urls[k]!, k) };
  // Several links: each named by what tells it apart (surel, its file name, its site), not by number. One
  // (most entries) keeps the entry's name, as `labelTautan` gives it, without the lists made to ask.
  if (links.length > 1) {
    const nama = labelTautan(
      label,
      links.map((l) => (l.url === TAUTAN_PENGGANTI ? '' : l.url)),
    );
    links.forEach((l, k) => (l.label = nama[k]!));
  }
  item['links'] = links;
}

/**
 * The `k`th address of the entry's links as it is kept: with https:// in front when written without
 * its scheme, the stand-in when the public reading keeps a refused one; the entry vouched for only when
 * tautanAman takes it.
 */
function bacaAlamat(p: Impor, url: string, k: number): string {
  let aman = tautanAman(url);
  if (!aman && TANPA_SKEMA.test(url) && tautanAman(`https://${url}`)) {
    // `www.sukamajukab.go.id/ppid/profil.pdf`, `desa.id/perdes.pdf`: a web address with its scheme left off.
    const lengkap = `https://${url}`;
    ingatkan(p, `links[${k}].url`, 'tautan', 'csv.link-https-added', {
      id: `Tautan ${kutip(url)} ditulis tanpa https://; dibaca sebagai ${kutip(lengkap)}. Periksa alamatnya dan tulis lengkap.`,
      en: `Link ${kutip(url)} has no https://; read as ${kutip(lengkap)}. Check the address and write it in full.`,
    });
    url = lengkap;
    aman = true;
  }
  if (!aman && p.opsi.bacaanPublik) {
    p.ditolak.push({ item: p.items.length, tautan: k, url });
    url = TAUTAN_PENGGANTI;
    aman = true;
  }
  const ditulis = p.berspasi[k];
  if (ditulis !== undefined)
    // `…/2026/03/APB Desa 2026.pdf`: an address written with spaces, read whole (not cut at "APB").
    ingatkan(p, `links[${k}].url`, 'tautan', 'csv.link-space', {
      id: `Tautan ${kutip(ditulis)} berisi spasi; spasi dibaca sebagai bagian alamatnya: ${kutip(url)}. Tulis %20 sebagai ganti spasi, atau hapus spasi dari nama berkasnya. (Bila ini dua tautan, pisahkan dengan baris baru atau titik koma.)`,
      en: `Link ${kutip(ditulis)} holds a space; it is read as part of the address: ${kutip(url)}. Write %20 instead of each space, or remove the spaces from the file name. (If these are two links, put them on separate lines or separate them with a semicolon.)`,
    });
  p.sah &&= aman;
  return url;
}

/** The date in column `k` of row `r`, or undefined (empty, or reported as not a date). */
function bacaTgl(
  p: Impor,
  r: readonly string[],
  field: string,
  k: 'diperbarui' | 'tanggalPenetapan',
): string | undefined {
  const s = sel(r, p.I[k]);
  if (s === '') return undefined;
  const bulanDulu = p.urutan[k];
  const t = ingat(bulanDulu ? p.ingatTanggalBulan : p.ingatTanggal, s, bacaTanggalRinci, bulanDulu);
  if (t.jenis === 'tanggal') {
    p.sah &&= tanggalValid(t.tanggal);
    return t.tanggal;
  }
  const bulan = t.jenis === 'bukan' ? bacaBulanTahun(s) : undefined;
  if (bulan) {
    ingatkan(p, field, k, 'csv.date-month-only', {
      id: `Tanggal ${kutip(s)} tanpa hari dibaca sebagai hari pertama bulan itu (${bulan}). Tulis tanggal lengkapnya agar kebaruan informasi dinilai tepat.`,
      en: `Date ${kutip(s)} has no day and is read as the first day of that month (${bulan}). Write the full date so freshness is judged right.`,
    });
    return bulan;
  }
  const dibalik = t.jenis === 'mustahil' ? urutanLain(p, s, k, field) : undefined;
  if (dibalik) return dibalik;
  // Words in the update column ("2026", "Setiap Tahun") or a day it does not have (30/02): the entry stays,
  // shown without its date (its freshness unknown), and the admin is told — a citizen does not lose the
  // entry over how a date was written. The decision date stays an error: an excluded entry needs one
  // (without it the entry is faulty all the same).
  if (k === 'diperbarui') {
    // Said here, so the validator's "no update date" is not said again.
    p.sudahDilaporkan.add(`items[${p.items.length}].${field}`);
    // Why it has no date, and how to write one: for a day the calendar lacks, in the column's own order
    // (05/03/2026 in a month-first column is 3 May).
    const [sebab, contoh]: [Teks, Teks] =
      t.jenis === 'mustahil'
        ? [{ id: 'tidak ada di kalender', en: 'does not exist in the calendar' }, contohTanggal(bulanDulu)]
        : [
            { id: 'tidak terbaca sebagai tanggal', en: 'cannot be read as a date' },
            { id: '2026-03-05, 05/03/2026 atau 5 Maret 2026', en: '2026-03-05, 05/03/2026 or 5 Maret 2026' },
          ];
    ingatkan(p, field, k, 'csv.date-unreadable', {
      id: `Tanggal pembaruan ${kutip(s)} ${sebab.id}, jadi informasi ini tampil tanpa tanggal pembaruan dan kebaruannya tidak dinilai. Tulis misalnya ${contoh.id}.`,
      en: `Update date ${kutip(s)} ${sebab.en}, so this entry shows without one and its freshness is not judged. Write e.g. ${contoh.en}.`,
    });
    return undefined;
  }
  lapor(
    p,
    field,
    k,
    'csv.date-invalid',
    t.jenis === 'mustahil'
      ? {
          id: `Tanggal ${kutip(s)} tidak ada di kalender.`,
          en: `Date ${kutip(s)} does not exist in the calendar.`,
        }
      : {
          id: `${kutip(s)} tidak terbaca sebagai tanggal. Tulis misalnya 2026-03-05, 05/03/2026 atau 5 Maret 2026.`,
          en: `${kutip(s)} cannot be read as a date. Write e.g. 2026-03-05, 05/03/2026 or 5 Maret 2026.`,
        },
  );
  return undefined;
}

/** An excluded entry's record: its Pasal 17 letters, other basis, consequence, period and decision. */
function isiPengecualian(p: Impor, r: readonly string[], item: Record<string, unknown>): void {
  const { I } = p;
  const ex: Record<string, unknown> = {};
  const dasar = sel(r, I.dasarPengecualian);
  if (dasar !== '') {
    const huruf = bacaHurufPasal17(dasar);
    if (huruf.length > 0) ex['grounds'] = huruf;
    else
      lapor(p, 'exclusion.grounds', 'dasarPengecualian', 'csv.grounds-unreadable', {
        id: `Huruf Pasal 17 tidak ditemukan dalam ${kutip(dasar)}. Tulis misalnya "Pasal 17 huruf h".`,
        en: `No Article 17 letter found in ${kutip(dasar)}. Write e.g. "Pasal 17 huruf h".`,
      });
  }
  const lainnya = sel(r, I.dasarHukumLain);
  if (lainnya !== '') ex['otherBasis'] = lainnya;
  const kons = sel(r, I.konsekuensi);
  if (kons !== '') ex['consequence'] = kons;
  const masa = sel(r, I.jangkaPengecualian);
  if (masa !== '') ex['period'] = masa;
  const nomor = sel(r, I.nomorPenetapan);
  if (nomor !== '') ex['decisionNumber'] = nomor;
  const tanggalSK = bacaTgl(p, r, 'exclusion.decisionDate', 'tanggalPenetapan');
  if (tanggalSK !== undefined) ex['decisionDate'] = tanggalSK;
  if (Object.keys(ex).length > 0 || p.adaLaporanPengecualian) item['exclusion'] = ex;
}

/** An entry's content, all but its id, as one string: two entries alike give the same. */
function kunciIsi(item: Record<string, unknown>): string {
  const { id: _id, ...isiItem } = item;
  return JSON.stringify(isiItem);
}

/**
 * The same row twice (its No aside): the public would see the entry twice. Both kept, and said. Entries
 * alike have the same title, so an entry's content is written out (`kunciIsi`) only once a second entry
 * has its title: most registers never repeat one, and writing out every entry (4 MB of JSON for 10,000,
 * each a key hashed into a Map) took half the import's time.
 */
function laporBarisSama(p: Impor, item: Record<string, unknown>): void {
  const judul = item['title'] as string;
  const pertama = p.judulItem.get(judul);
  if (pertama === undefined) {
    p.judulItem.set(judul, p.items.length);
    return;
  }
  if (pertama >= 0) {
    p.barisIsi.set(kunciIsi(p.items[pertama]!), p.barisItem[pertama]!);
    p.judulItem.set(judul, -1);
  }
  const kunci = kunciIsi(item);
  const sama = p.barisIsi.get(kunci);
  if (sama === undefined) p.barisIsi.set(kunci, p.row);
  else
    p.warnings.push(
      masalahCSV(
        'warning',
        'csv.duplicate-row',
        {
          id: `Baris ini sama dengan baris ${sama} (judul, kategori dan isi lainnya sama), jadi publik melihat informasi ini dua kali. Hapus salah satunya, atau bedakan isinya bila keduanya memang informasi yang berbeda.`,
          en: `This row is the same as row ${sama} (same title, category and other content), so the public sees this entry twice. Delete one of them, or make them differ if they are different entries.`,
        },
        { path: `items[${p.items.length}]`, row: p.row },
      ),
    );
}

/**
 * An entry's row read into an item, field by field, and kept with its row, its columns and whether the
 * builder vouches for it. Left out after its id is taken (`opsi.lewati`), so every other entry keeps the
 * id the strict import gives it.
 */
function bacaItem(
  p: Impor,
  r: readonly string[],
  judul: string,
  ringkasan: string,
  kategoriSel: string,
  no: string,
): void {
  const { I } = p;
  p.sah = true;
  p.adaLaporanPengecualian = false;
  // Before the public reading leaves a faulty entry out, so both readings fill the same cells.
  const kategoriTeks = dariAtas(p, 'kategori', kategoriSel);
  const unit = dariAtas(p, 'unit', sel(r, I.unit));
  const pj = dariAtas(p, 'penanggungJawab', sel(r, I.penanggungJawab));
  const id = kodeItem(p, no);
  if (p.opsi.lewati?.has(p.row)) return;

  // Begun empty: V8 gives `{}` room for its first four fields inside the object, `{ id }` room for id
  // alone, every other field then going to a store grown step by step (measured: about 2 ms more per
  // 10,000 entries, counting the garbage collector).
  const item: Record<string, unknown> = {};
  item['id'] = id;
  isiJudul(p, item, judul, ringkasan);
  isiKategori(p, item, kategoriTeks);
  const wajib = sel(r, I.itemWajib);
  if (wajib !== '') item['fulfils'] = wajib.split(PEMISAH_KODE).filter((s) => s !== '');
  if (unit !== '') item['unit'] = unit;
  if (pj !== '') item['responsible'] = pj;
  isiDibuat(p, r, item);
  isiBentuk(p, r, item);
  const retensi = sel(r, I.retensi);
  if (retensi !== '') item['retention'] = retensi;
  const media = sel(r, I.media);
  if (media !== '')
    item['media'] = media
      .split(PEMISAH_MEDIA)
      .map((s) => s.trim())
      .filter((s) => s !== '');
  const tautan = selTautan(p, r);
  if (tautan !== '')
    isiTautan(p, tautan, item, judul !== '' ? judul : ringkasan !== '' ? ringkasan : 'Dokumen');
  const diperbarui = bacaTgl(p, r, 'updated', 'diperbarui');
  if (diperbarui !== undefined) item['updated'] = diperbarui;
  if (item['category'] === 'dikecualikan') isiPengecualian(p, r, item);
  laporRumus(p, item);
  laporBarisSama(p, item);
  p.items.push(item);
  p.barisItem.push(p.row);
  p.petaItem.push(p.petaKolom);
  p.dijamin.push(p.sah);
}

/** Row `b` of the file: the table's structure, a row that is no entry (said), or an entry read. */
function bacaBaris(p: Impor, b: number): void {
  const r = p.baris[b] ?? [];
  p.row = b + 1;
  // Formula errors (`#REF!`): empty cells from here on, each said once (`laporRumus`).
  ambilGalatRumus(p, r);
  if (barisStruktur(p, r, b) || barisTanpaIsi(p, r)) {
    laporRumus(p);
    return;
  }
  p.posisi++;
  laporSelDiLuarHeader(p, r);
  const { I } = p;
  const judul = sel(r, I.judul);
  const ringkasan = sel(r, I.ringkasan);
  const kategoriSel = sel(r, I.kategori);
  const no = sel(r, I.no);
  if (bukanInformasi(p, r, judul, ringkasan, kategoriSel, no)) {
    p.posisi--;
    laporRumus(p);
    return;
  }
  bacaItem(p, r, judul, ringkasan, kategoriSel, no);
}

/** The rows below the header, each read once (its own function: the loop V8 optimises is this small one). */
function bacaSemuaBaris(p: Impor, awalData: number): void {
  for (let b = awalData; b < p.baris.length; b++) bacaBaris(p, b);
}

/**
 * A validator's problem at the row and column of the CSV cell it is about, its words led by the row; or
 * undefined when the reader already said it.
 */
function keBaris(p: Impor, m: MasalahDIP): MasalahDIP | undefined {
  const cocok = /^items\[(\d+)\](?:\.(.*))?$/.exec(m.path);
  if (!cocok) return m;
  const i = Number(cocok[1]);
  const sisa = cocok[2] ?? '';
  const { sudahDilaporkan } = p;
  // A cell the reader reported, or a part of it: each prefix of the path looked up (`items[3]`,
  // `items[3].links`, …), not every reported path for each problem (10,000 bad links took 15 s).
  const path = m.path;
  for (let j = 1; j < path.length; j++)
    if ((path[j] === '.' || path[j] === '[') && sudahDilaporkan.has(path.slice(0, j))) return undefined;
  if (sudahDilaporkan.has(path)) return undefined;
  if (m.code === 'item.no-date' && sudahDilaporkan.has(`items[${i}].updated`)) return undefined;
  const row = p.barisItem[i];
  const peta = p.petaItem[i] ?? p.petaKolom;
  let k: KolomCSV | undefined;
  if (sisa.startsWith('title')) k = peta.has('judul') ? 'judul' : 'ringkasan';
  else
    for (const [f, kk] of KOLOM_UNTUK_FIELD)
      if (sisa === f || sisa.startsWith(`${f}.`) || sisa.startsWith(`${f}[`)) {
        k = kk;
        break;
      }
  const column = k ? peta.get(k)?.header : undefined;
  // "Baris 8, Item ke-7, tautan ke-1 — …": the validator's message says where in the item; the row goes
  // in front the way buatMasalah (masalah.ts) writes the CSV's own problems ("Baris 3, Item ke-2 — …").
  const depan = {
    id: row !== undefined ? `Baris ${row}, ` : '',
    en: row !== undefined ? `Row ${row}, ` : '',
  };
  // A field left empty: the column to fill, as this file heads it (or the header to add).
  const isi = petunjukKolomCSV(m.code, sisa, (kk) => peta.get(kk)?.header);
  const lalu = { id: isi ? ` ${isi.id}` : '', en: isi ? ` ${isi.en}` : '' };
  return {
    ...m,
    ...(row !== undefined ? { row } : {}),
    ...(column !== undefined ? { column } : {}),
    message: { id: depan.id + m.message.id + lalu.id, en: depan.en + m.message.en + lalu.en },
  };
}

/** @internal `imporCSV` with the check of the built document passed in; for the equivalence tests. */
export function imporCSVDengan(teksMentah: string, opsi: OpsiImporCSV, periksa: PemeriksaImpor): HasilBaca {
  const errors: MasalahDIP[] = [];
  const warnings: MasalahDIP[] = [];
  // One kind of line break: the parser takes the first line's for the whole file, so a CRLF header (Excel)
  // above rows ending in LF (added in an editor) read as one record and the rows after it were lost.
  const tanpaBOM = (typeof teksMentah === 'string' ? teksMentah : '').replace(/^\uFEFF/, '');
  // Most files have one kind already: looking for a CR is cheaper than a regex over every character. A
  // file of CRLFs only (Excel's) is parsed as it is, with CRLF the line break, and the line breaks inside
  // its quoted cells made LFs (below): the same records and cells as from the copy with LFs.
  const adaCR = tanpaBOM.includes('\r');
  const crlf = adaCR && semuaCRLF(tanpaBOM);
  const teks = adaCR && !crlf ? tanpaBOM.replace(/\r\n?/g, '\n') : tanpaBOM;
  // The first character that is not a space, rather than a trimmed copy of the whole file.
  if (!/\S/.test(teks))
    return gagal(
      masalahCSV('error', 'csv.empty', { id: 'Berkas CSV kosong.', en: 'The CSV file is empty.' }),
    );
  const bukanCSV = berkasBukanCSV(teks);
  if (bukanCSV) return gagal(masalahCSV('error', 'csv.not-csv', bukanCSV));

  const pilihan = pilihPemisah(teks, crlf);
  if (!pilihan)
    return gagal(
      masalahCSV('error', 'csv.header-not-found', {
        id: 'Baris judul kolom tidak ditemukan. Berkas harus memuat baris judul kolom seperti "No; Judul; Kategori; …" (kolom Judul atau Ringkasan Isi Informasi dan paling sedikit satu kolom lain), dipisah titik koma (;), koma (,) atau tab.',
        en: 'No header row found. The file needs a header row such as "No; Judul; Kategori; …" (a Judul or Ringkasan Isi Informasi column and at least one other known column), separated by semicolons, commas or tabs.',
      }),
    );

  const hasil = parse(teks, pilihan.pemisah, crlf ? '\r\n' : '\n');
  const baris = hasil.data;
  // A problem's row is its record's number (1-based, title rows and header included): the row the admin
  // sees in Excel or Google Sheets, however many line breaks (Alt+Enter) the cells above it hold.
  // A CRLF file parsed as it is: its cells' line breaks made LFs, as the LF copy would hold them.
  if (crlf && teks.includes('"'))
    for (const r of baris)
      for (let j = 0; j < r.length; j++) {
        const sel = r[j]!;
        if (sel.includes('\r')) r[j] = sel.replaceAll('\r\n', '\n');
      }
  for (const e of hasil.errors) {
    if (e.type !== 'Quotes') continue;
    errors.push(
      masalahCSV(
        'error',
        'csv.quote',
        {
          id: 'Tanda kutip (") tidak ditutup; isi sel setelahnya ikut terbaca sebagai satu sel.',
          en: 'A quotation mark (") is never closed; everything after it reads as one cell.',
        },
        e.row !== undefined ? { row: e.row + 1 } : {},
      ),
    );
  }

  const header = pakaiJenis(bacaHeader(baris[pilihan.header.index] ?? [], pilihan.header.index), baris);
  const barisHeader = header.index + 1;
  const kolomAlamat = cariKolomAlamat(header, baris);
  for (const x of header.lain)
    warnings.push(
      masalahCSV(
        'warning',
        x === kolomAlamat ? 'csv.links-from-column' : 'csv.unknown-column',
        x === kolomAlamat
          ? {
              id: `Kolom "${x.header}" tidak dikenal; alamat web (https://…) di dalamnya dibaca sebagai tautan dokumen, teks lainnya diabaikan. Bila kolom itu memang berisi tautan, beri judul "Tautan".`,
              en: `Column "${x.header}" is not known; the web addresses (https://…) in it are read as the documents' links, other text is ignored. If the column holds links, name it "Tautan".`,
            }
          : {
              id: `Kolom "${x.header}" tidak dikenal dan diabaikan.`,
              en: `Column "${x.header}" is not known and is ignored.`,
            },
        { row: barisHeader, column: x.header },
      ),
    );
  for (const x of header.ganda)
    warnings.push(
      masalahCSV(
        'warning',
        'csv.duplicate-column',
        {
          id: `Kolom "${x.header}" sama artinya dengan kolom sebelumnya; hanya yang pertama dipakai.`,
          en: `Column "${x.header}" means the same as an earlier column; only the first is used.`,
        },
        { row: barisHeader, column: x.header },
      ),
    );
  // The template's two-row header: the row under it names the parts of "Waktu dan Tempat" and of "Bentuk
  // Informasi" (each format its own column, marked ✓); the entries start below it.
  const sub = bacaSubHeader(baris[header.index + 1] ?? []);
  const awalData = header.index + (sub ? 2 : 1);
  const adaKolomKategori = header.kolom.has('kategori');
  // Without a Kategori column and without section rows, no entry has a category.
  const adaSeksi =
    !adaKolomKategori &&
    (kategoriTabel(header) !== undefined ||
      baris.some((r, b) => b !== header.index && seksiBaris(r) !== undefined));
  if (!adaKolomKategori && !adaSeksi)
    errors.push(
      masalahCSV(
        'error',
        'csv.column-missing',
        {
          id: 'Kolom "Kategori" tidak ada, dan tidak ada baris judul kategori (mis. "A. Informasi yang wajib diumumkan secara berkala") di atas informasinya. Setiap informasi harus berkategori: Berkala, Serta Merta, Setiap Saat atau Dikecualikan.',
          en: 'There is no "Kategori" column, and no category heading row (e.g. "A. Informasi yang wajib diumumkan secara berkala") above the entries. Every entry needs a category: Berkala, Serta Merta, Setiap Saat or Dikecualikan.',
        },
        { row: barisHeader },
      ),
    );
  // To start with, the section is a heading right above the header (a table per category, its heading on top).
  let seksi: Kategori | undefined;
  for (let b = header.index - 1; b >= 0 && seksi === undefined; b--) seksi = seksiBaris(baris[b] ?? []);

  let agency = opsi.agency;
  if (!agency) {
    agency = BADAN_PUBLIK_SEMENTARA;
    warnings.push(
      masalahCSV('warning', 'csv.agency-missing', {
        id: 'Data badan publik tidak diberikan (CSV tidak memuatnya); dipakai data sementara "Badan Publik (belum diisi)". Isi data badan publik sebelum menerbitkan DIP.',
        en: 'No public body was given (a CSV does not hold one); a placeholder "Badan Publik (belum diisi)" is used. Fill in the public body before publishing the DIP.',
      }),
    );
  }

  // The SK DIP: given, or read from the title rows above the header (an attachment to the decision).
  const sk = opsi.decision ? { decision: opsi.decision } : bacaKeputusanJudul(baris, header.index);
  if (sk.masalah)
    warnings.push(
      masalahCSV('warning', 'csv.decision-unreadable', sk.masalah.problem, {
        row: sk.masalah.baris + 1,
      }),
    );

  const p: Impor = {
    opsi,
    errors,
    warnings,
    ditolak: [],
    baris,
    header,
    pemisah: pilihan.pemisah,
    sub,
    adaSeksi,
    kolomAlamat,
    kepala: (baris[header.index] ?? []).map(isi),
    petaKolom: header.kolom,
    I: indeksKolom(header.kolom),
    lebarHeader: (baris[header.index] ?? []).length,
    seksi: kategoriTabel(header) ?? seksi,
    urutan: { diperbarui: false, tanggalPenetapan: false, waktuTempat: false },
    atas: new Map(),
    diisiAtas: new Map(),
    items: [],
    barisItem: [],
    petaItem: [],
    dijamin: [],
    ingatKategori: new Map(),
    ingatBentuk: new Map(),
    ingatTanggal: new Map(),
    ingatTanggalBulan: new Map(),
    ingatWaktuTempat: new Map(),
    ingatMustahil: new Map(),
    barisIsi: new Map(),
    judulItem: new Map(),
    sudahDilaporkan: new Set(),
    kodeDipakai: new KodeDipakai(),
    lanjutanKode: new Map(),
    posisi: 0,
    berspasi: [],
    row: 0,
    sah: true,
    adaLaporanPengecualian: false,
    rumus: [],
  };
  bacaUrutanTanggal(p, awalData);
  bacaSemuaBaris(p, awalData);
  for (const [c, lines] of p.diisiAtas) {
    const di = `${lines.slice(0, 5).join(', ')}${lines.length > 5 ? ' …' : ''}`;
    warnings.push(
      masalahCSV(
        'warning',
        'csv.filled-from-above',
        {
          id: `${lines.length} sel kosong di kolom ${kutip(c)} (baris ${di}) diisi dari baris di atasnya, seperti sel yang digabung (merge) di Excel. Periksa bila ada yang seharusnya berbeda.`,
          en: `${lines.length} empty cell${lines.length === 1 ? '' : 's'} in column ${kutip(c)} (row${lines.length === 1 ? '' : 's'} ${di}) took the value above, as cells merged in Excel do. Check whether any should differ.`,
        },
        { column: c },
      ),
    );
  }

  const { dijamin, ditolak } = p;
  const hasilValidasi = periksa(
    {
      format: DIP_FORMAT,
      version: DIP_VERSION,
      agency,
      ...(sk.decision ? { decision: sk.decision } : {}),
      items: p.items,
    },
    (i) => dijamin[i] === true,
  );
  for (const m of hasilValidasi.errors) {
    const x = keBaris(p, m);
    if (x) errors.push(x);
  }
  // The public reading checked refused links with a stand-in: their problems, as the schema words them.
  for (const t of ditolak) {
    const path = `items[${t.item}].links[${t.tautan}].url`;
    const x = keBaris(
      p,
      uraikanMasalah({ severity: 'error', code: 'link.scheme', path, isi: { nilai: kutip(t.url) } }),
    );
    if (x) errors.push(x);
  }
  for (const m of hasilValidasi.warnings) {
    const x = keBaris(p, m);
    if (x) warnings.push(x);
  }
  const urut = (a: Masalah, b: Masalah): number => (a.row ?? 0) - (b.row ?? 0);
  errors.sort(urut);
  warnings.sort(urut);
  const ok = errors.length === 0 && hasilValidasi.ok;
  if (ok && hasilValidasi.document) return { ok, document: hasilValidasi.document, errors, warnings };
  if (
    p.opsi.bacaanPublik &&
    hasilValidasi.ok &&
    hasilValidasi.document &&
    errors.every((m) => letakTautanDitolak(m) !== undefined)
  )
    return { ok: false, document: denganAlamatAsli(hasilValidasi.document, ditolak), errors, warnings };
  return { ok: false, errors, warnings };
}

/** The public reading's document with each refused link's address put back as the cell held it. */
function denganAlamatAsli(
  doc: DokumenDIP,
  ditolak: readonly { readonly item: number; readonly tautan: number; readonly url: string }[],
): DokumenDIP {
  if (ditolak.length === 0) return doc;
  const items = doc.items.slice();
  for (const t of ditolak) {
    const it = items[t.item];
    if (!it?.links) continue;
    const links = it.links.slice();
    const l = links[t.tautan];
    if (l) links[t.tautan] = { ...l, url: t.url };
    items[t.item] = { ...it, links };
  }
  return { ...doc, items };
}
