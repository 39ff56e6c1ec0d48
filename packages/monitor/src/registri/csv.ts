import Papa from 'papaparse';
import { kutip, normalisasi } from '@terbuka/sdk';
import type { Masalah, Teks } from '@terbuka/sdk';
import type { AgensiDilewati, HasilRegistri } from '../types.js';
import { REGISTRI_FORMAT, REGISTRI_VERSION } from '../types.js';
import { masalahRegistri } from './masalah.js';
import { bacaPlatform, platformDariUrl } from './sosial.js';
import { ringkasDilewati, validasiRegistri } from './validasi.js';

/**
 * The registry as Dinkominfo keeps it in a spreadsheet: one agency per row, under a header row naming
 * the columns in Indonesian or English. Cells are turned into the JSON shape, then checked by the same
 * `validasiRegistri`; every problem names the spreadsheet row and the column header as written.
 */

type Kolom =
  | 'id'
  | 'name'
  | 'kind'
  | 'parent'
  | 'website'
  | 'dipUrls'
  | 'feedUrl'
  | 'wordpress'
  | 'requestEndpoint'
  | 'social'
  | 'timeZone';

// Headers after the SDK's normalisation (lowercase, no punctuation, single spaces).
const NAMA_KOLOM: Readonly<Record<Kolom, readonly string[]>> = {
  id: ['id', 'kode', 'kode badan publik', 'id badan publik', 'slug'],
  name: ['nama', 'name', 'nama badan publik', 'nama instansi', 'nama opd'],
  kind: ['jenis', 'kind', 'tipe', 'type', 'jenis badan publik'],
  parent: ['induk', 'parent', 'id induk', 'kode induk'],
  website: ['situs', 'website', 'situs web', 'web', 'alamat situs', 'beranda', 'homepage'],
  dipUrls: ['dip', 'dip url', 'url dip', 'alamat dip', 'dipurls', 'dip urls'],
  feedUrl: ['feed', 'rss', 'atom', 'feed rss', 'rss atom', 'feedurl', 'feed url'],
  wordpress: ['wordpress', 'wp'],
  requestEndpoint: ['endpoint', 'endpoint permohonan', 'request endpoint', 'requestendpoint'],
  social: ['sosial', 'social', 'media sosial', 'medsos', 'akun resmi', 'sosmed'],
  timeZone: ['zona', 'zona waktu', 'timezone', 'time zone', 'zone'],
};

const KOLOM_DARI_NAMA = new Map<string, Kolom>(
  (Object.entries(NAMA_KOLOM) as [Kolom, readonly string[]][]).flatMap(([k, nama]) =>
    nama.map((n) => [n, k] as const),
  ),
);
const WAJIB: readonly Kolom[] = ['id', 'name', 'kind', 'website'];

const YA = new Set(['ya', 'y', 'yes', 'true', '1', 'wordpress', 'wp']);
const TIDAK = new Set(['tidak', 't', 'no', 'n', 'false', '0', 'bukan', 'tidak ada']);
const PEMISAH_DAFTAR = /[\s|]+/;
const PEMISAH = [',', ';', '\t'] as const;
const NAMA_PEMISAH: Readonly<Record<(typeof PEMISAH)[number], Teks>> = {
  ',': { id: 'Koma', en: 'A comma' },
  ';': { id: 'Titik koma', en: 'A semicolon' },
  '\t': { id: 'Tab', en: 'A tab' },
};

/** Cells up to the last one filled: a spreadsheet's stray separators after it add none. */
const banyakSel = (r: readonly string[]): number => r.findLastIndex((s) => s.trim() !== '') + 1;

/** The separator under which the first non-empty line names the most known columns. */
function pilihPemisah(teks: string): (typeof PEMISAH)[number] {
  const baris = teks.split(/\r\n|\r|\n/).find((b) => b.trim() !== '') ?? '';
  let terbaik: { p: (typeof PEMISAH)[number]; n: number } = { p: ',', n: -1 };
  for (const p of PEMISAH) {
    const n = baris.split(p).filter((h) => KOLOM_DARI_NAMA.has(normalisasi(h))).length;
    if (n > terbaik.n) terbaik = { p, n };
  }
  return terbaik.p;
}

/**
 * The rows with more cells than the header, told once every check has run. A row whose cells under the
 * header's columns all pass keeps its place, with a warning that the cells after them were not read (notes
 * in a column without a header, most often). A row in error is said as one with too many cells: an
 * unquoted separator inside a cell shifts every cell after it, so its cells' own errors (a kind "B dan C",
 * a website "opd") would mislead. It is left out; the message replaces the row's others.
 */
function katakanSelLebih(
  selLebih: ReadonlyMap<number, { row: number; n: number }>,
  selJudul: number,
  pemisah: (typeof PEMISAH)[number],
  m: { errors: Masalah[]; warnings: Masalah[]; galatBaca: Masalah[] },
): void {
  const p = NAMA_PEMISAH[pemisah];
  const contoh = pemisah === '\t' ? '' : ` "Dinas Pemuda${pemisah} Olahraga dan Pariwisata"`;
  for (const [i, { row, n }] of selLebih) {
    const path = `agencies[${i}]`;
    const diBaris = (x: Masalah): boolean => x.path === path || x.path.startsWith(`${path}.`);
    const lebih = n - selJudul;
    if (!m.errors.some(diBaris)) {
      m.warnings.push(
        masalahRegistri(
          'warning',
          'csv.extra-cells',
          path,
          {
            id: `berisi ${n} sel, padahal baris judul hanya ${selJudul} kolom; ${lebih} sel sesudahnya tidak dibaca. Beri judul pada kolom itu, atau jika ${p.id.toLowerCase()} di dalam isi sel memecahnya, apit isi sel itu dengan tanda kutip.`,
            en: `has ${n} cells, but the header row has only ${selJudul} columns; the ${lebih === 1 ? 'cell' : `${lebih} cells`} after them ${lebih === 1 ? 'is' : 'are'} not read. Give that column a header, or if ${p.en.toLowerCase()} inside a cell split it, put the cell in quotation marks.`,
          },
          { row },
        ),
      );
      continue;
    }
    for (const daftar of [m.errors, m.warnings, m.galatBaca])
      for (let k = daftar.length - 1; k >= 0; k--) if (diBaris(daftar[k]!)) daftar.splice(k, 1);
    const galat = masalahRegistri(
      'error',
      'csv.extra-cells',
      path,
      {
        id: `berisi ${n} sel, padahal baris judul hanya ${selJudul} kolom, jadi isinya tidak dibaca. ${p.id} di dalam isi sel perlu diapit tanda kutip${contoh && `, mis.${contoh}`}; kolom tambahan perlu judul.`,
        en: `has ${n} cells, but the header row has only ${selJudul} columns, so the row is not read. ${p.en} inside a cell needs quotation marks${contoh && `, e.g.${contoh}`}; an extra column needs a header.`,
      },
      { row },
    );
    m.errors.push(galat);
    m.galatBaca.push(galat);
  }
}

/** Reads a registry from CSV text (`,`, `;` or tab separated, a header row first). */
export function imporRegistriCSV(teksMentah: string): HasilRegistri {
  const errors: Masalah[] = [];
  const warnings: Masalah[] = [];
  // One kind of line break (as the SDK's DIP importer): the parser takes the first line's for the whole
  // file, so a CRLF header above LF rows read as one record.
  const teks = teksMentah.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const m = (
    severity: Masalah['severity'],
    code: string,
    problem: Teks,
    letak: { path?: string; row?: number; column?: string } = {},
  ): void => {
    const { path = '', ...rest } = letak;
    (severity === 'error' ? errors : warnings).push(masalahRegistri(severity, code, path, problem, rest));
  };
  if (teks.trim() === '') {
    m('error', 'csv.empty', { id: 'Berkas CSV kosong.', en: 'The CSV file is empty.' });
    return { ok: false, errors, warnings };
  }

  const pemisah = pilihPemisah(teks);
  const hasil = Papa.parse<string[]>(teks, {
    delimiter: pemisah,
    newline: '\n',
    skipEmptyLines: false,
    header: false,
    dynamicTyping: false,
  });
  const baris = hasil.data;
  // The spreadsheet row of each record, as Excel or Sheets numbers it: a cell with line breaks (Alt+Enter)
  // is one row, however many lines it takes in the file.
  const garis = baris.map((_, i) => i + 1);
  for (const e of hasil.errors)
    if (e.type === 'Quotes')
      m(
        'error',
        'csv.quote',
        {
          id: 'Tanda kutip (") tidak ditutup; isi sel setelahnya ikut terbaca sebagai satu sel.',
          en: 'A quotation mark (") is never closed; everything after it reads as one cell.',
        },
        e.row !== undefined ? { row: garis[e.row] ?? e.row + 1 } : {},
      );

  const kosong = (r: readonly string[]): boolean => r.every((s) => s.trim() === '');
  const iHeader = baris.findIndex((r) => !kosong(r));
  const header = baris[iHeader] ?? [];
  const barisHeader = garis[iHeader] ?? 1;
  const kolom = new Map<Kolom, { i: number; header: string }>();
  header.forEach((sel, i) => {
    const h = sel.trim();
    if (h === '') return;
    const k = KOLOM_DARI_NAMA.get(normalisasi(h));
    if (k === undefined)
      m(
        'warning',
        'csv.unknown-column',
        { id: `Kolom "${h}" tidak dikenal dan diabaikan.`, en: `Column "${h}" is not known and is ignored.` },
        { row: barisHeader, column: h },
      );
    else if (kolom.has(k))
      m(
        'warning',
        'csv.duplicate-column',
        {
          id: `Kolom "${h}" sama artinya dengan kolom "${kolom.get(k)?.header}"; hanya yang pertama dipakai.`,
          en: `Column "${h}" means the same as column "${kolom.get(k)?.header}"; only the first is used.`,
        },
        { row: barisHeader, column: h },
      );
    else kolom.set(k, { i, header: h });
  });
  if (!kolom.has('id')) {
    m(
      'error',
      'csv.header-not-found',
      {
        id: 'Baris judul kolom tidak ditemukan. Baris pertama harus memuat judul kolom, paling sedikit: id, nama, jenis, situs (juga: induk, dip, feed, wordpress, endpoint, sosial, zona).',
        en: 'No header row found. The first line must name the columns, at least: id, nama, jenis, situs (also: induk, dip, feed, wordpress, endpoint, sosial, zona).',
      },
      { row: barisHeader },
    );
    return { ok: false, errors, warnings };
  }
  for (const k of WAJIB)
    if (!kolom.has(k))
      m(
        'error',
        'csv.column-missing',
        {
          id: `Kolom "${NAMA_KOLOM[k][0]}" tidak ada; kolom itu wajib.`,
          en: `There is no "${NAMA_KOLOM[k][0]}" column; it is required.`,
        },
        { row: barisHeader },
      );

  const agencies: Record<string, unknown>[] = [];
  const barisAgensi: number[] = [];
  const sudahDilaporkan = new Set<string>();
  const selJudul = banyakSel(header);
  const selLebih = new Map<number, { row: number; n: number }>();
  for (let b = iHeader + 1; b < baris.length; b++) {
    const r = baris[b] ?? [];
    if (kosong(r)) continue;
    const row = garis[b] ?? b + 1;
    const path = `agencies[${agencies.length}]`;
    const sel = (k: Kolom): string => {
      const c = kolom.get(k);
      return c ? (r[c.i] ?? '').trim() : '';
    };
    // More cells than the header: notes in a column without a header, or a separator inside a cell that
    // shifted the cells after it. The row is read by its header's columns all the same; which it was is
    // told once every check has run (below).
    if (banyakSel(r) > selJudul) selLebih.set(agencies.length, { row, n: banyakSel(r) });
    const lapor = (
      k: Kolom,
      field: string,
      code: string,
      problem: Teks,
      severity: Masalah['severity'] = 'error',
    ) => {
      if (severity === 'error') sudahDilaporkan.add(`${path}.${field}`);
      m(severity, code, problem, { path: `${path}.${field}`, row, column: kolom.get(k)?.header ?? k });
    };
    const a: Record<string, unknown> = {};
    // As written: a kind (`Dinas`, `nagari`, `Kalurahan` with its note) and a zone (`WITA`) are read by the
    // registry's schema, as in JSON.
    for (const k of [
      'id',
      'name',
      'kind',
      'parent',
      'website',
      'feedUrl',
      'requestEndpoint',
      'timeZone',
    ] as const) {
      const s = sel(k);
      if (s !== '') a[k] = s;
    }
    const dip = sel('dipUrls');
    if (dip !== '') a['dipUrls'] = dip.split(PEMISAH_DAFTAR).filter((s) => s !== '');
    const wp = sel('wordpress').toLowerCase();
    if (YA.has(wp)) a['wordpress'] = true;
    else if (wp === '' || TIDAK.has(wp)) a['wordpress'] = false;
    else
      lapor('wordpress', 'wordpress', 'csv.boolean', {
        id: `${kutip(sel('wordpress'))} tidak terbaca. Tulis "ya" atau "tidak" (juga true/false).`,
        en: `${kutip(sel('wordpress'))} cannot be read. Write "ya" or "tidak" (or true/false).`,
      });
    const sosial = sel('social');
    if (sosial !== '') {
      const akun: Record<string, unknown>[] = [];
      for (const isi of sosial.split(PEMISAH_DAFTAR).filter((s) => s !== '')) {
        // `platform:url>feed`: the account's own public RSS/Atom feed, for platforms whose address does
        // not give it (a `>` cannot appear unescaped in a URL, so it cannot be part of either address).
        const [token = '', ...feed] = isi.split('>');
        const feedUrl = feed.length > 0 ? feed.join('>') : undefined;
        if (feedUrl !== undefined && (feedUrl === '' || feed.length > 1 || token === ''))
          lapor('social', `social[${akun.length}].feedUrl`, 'csv.social-feed', {
            id: `${kutip(isi)} tidak terbaca. Tulis platform:alamat>alamat-feed, mis. lainnya:https://contoh.id/@desa>https://contoh.id/@desa.rss.`,
            en: `${kutip(isi)} cannot be read. Write platform:url>feed-url, e.g. lainnya:https://example.id/@desa>https://example.id/@desa.rss.`,
          });
        const denganFeed = feedUrl ? { feedUrl } : {};
        const p = /^([A-Za-z]+):(?!\/\/)(.*)$/.exec(token);
        if (!p) {
          // A bare address: its host tells the platform when it can (youtube.com, instagram.com …).
          akun.push({ platform: platformDariUrl(token), url: token, ...denganFeed });
          continue;
        }
        const [, nama = '', url = ''] = p;
        const platform = bacaPlatform(nama);
        if (platform === undefined)
          lapor(
            'social',
            `social[${akun.length}].platform`,
            'csv.social-platform',
            {
              id: `Platform ${kutip(nama)} tidak dikenal; dicatat sebagai "lainnya". Yang dikenal: youtube, mastodon, instagram, facebook, x, tiktok.`,
              en: `Platform ${kutip(nama)} is not known; recorded as "lainnya". Known: youtube, mastodon, instagram, facebook, x, tiktok.`,
            },
            'warning',
          );
        akun.push({ platform: platform ?? 'lainnya', url, ...denganFeed });
      }
      a['social'] = akun;
    }
    // A required column that is missing was reported once at the header, not again on every row.
    for (const k of WAJIB) if (!kolom.has(k)) sudahDilaporkan.add(`${path}.${k}`);
    agencies.push(a);
    barisAgensi.push(row);
  }

  const hasilValidasi = validasiRegistri(
    { format: REGISTRI_FORMAT, version: REGISTRI_VERSION, agencies },
    {
      sudahDilaporkan,
      letak: (path, agencyId) => {
        const x = /^agencies\[(\d+)\](?:\.([A-Za-z]+))?/.exec(path);
        if (!x) return agencyId !== undefined ? { agencyId } : {};
        const row = barisAgensi[Number(x[1])];
        const c = x[2] !== undefined ? kolom.get(x[2] as Kolom) : undefined;
        return {
          ...(agencyId !== undefined ? { agencyId } : {}),
          ...(row !== undefined ? { row } : {}),
          ...(c ? { column: c.header } : {}),
        };
      },
    },
  );
  // The reader's own problems (a cell it could not read), apart from the validator's.
  const galatBaca = [...errors];
  errors.push(...hasilValidasi.errors);
  warnings.push(...hasilValidasi.warnings);
  katakanSelLebih(selLebih, selJudul, pemisah, { errors, warnings, galatBaca });
  const urut = (x: Masalah, y: Masalah): number => (x.row ?? 0) - (y.row ?? 0);
  errors.sort(urut);
  warnings.sort(urut);
  const ok = errors.length === 0 && hasilValidasi.ok;
  if (ok && hasilValidasi.registry) return { ok, registry: hasilValidasi.registry, errors, warnings };
  // The rows the validator let through, less those the CSV reader found fault with: one bad row must not
  // stop the district's scan. A problem of the file itself (its header) leaves none.
  const sebagian =
    hasilValidasi.ok && hasilValidasi.registry
      ? { registry: hasilValidasi.registry, barisDilewati: [] as readonly AgensiDilewati[] }
      : hasilValidasi.sebagian;
  // Rows the reader found fault with: that row is left out too (the validator's own problems are
  // already out of `sebagian`); a problem off the rows (the header) stops the scan.
  const rusak = new Set<number>();
  for (const m of galatBaca) {
    const i = m.row === undefined ? -1 : barisAgensi.indexOf(m.row);
    if (i < 0) return { ok: false, errors, warnings };
    rusak.add(i);
  }
  if (!sebagian) return { ok: false, errors, warnings };
  // The validator keeps the rows it lets through in order, one agency each: their places in `agencies`.
  const lewatValidasi = new Set(sebagian.barisDilewati.map((b) => b.index));
  const tempat = agencies.map((_, i) => i).filter((i) => !lewatValidasi.has(i));
  if (tempat.length !== sebagian.registry.agencies.length) return { ok: false, errors, warnings };
  const tetap = sebagian.registry.agencies.filter((_, k) => !rusak.has(tempat[k]!));
  if (tetap.length === 0) return { ok: false, errors, warnings };
  const idTetap = new Set(tetap.map((a) => a.id));
  const semuaLewat = [...new Set([...lewatValidasi, ...rusak])].sort((x, y) => x - y);
  const barisDilewati = semuaLewat.map((index): AgensiDilewati => {
    const x = agencies[index]?.['id'];
    const id = typeof x === 'string' && x !== '' ? x : `#${index + 1}`;
    return { id, index, row: barisAgensi[index]!, idDipindai: idTetap.has(id) };
  });
  return {
    ok: false,
    errors,
    warnings,
    sebagian: { registry: { ...sebagian.registry, agencies: tetap }, ...ringkasDilewati(barisDilewati) },
  };
}

/** @internal kept for the docs: which columns the reader knows, by field. */
export const KOLOM_REGISTRI: Readonly<Record<Kolom, readonly string[]>> = NAMA_KOLOM;
