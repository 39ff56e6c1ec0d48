import { halamanWeb } from '@terbuka/sdk';
import type {
  BadanPublik,
  HasilBacaPublik,
  KodeMasalahDIP,
  Masalah,
  MasalahDIP,
  MasalahMentah,
  Teks,
} from '@terbuka/sdk';
import type * as KataMasalah from './kata-masalah.js';
import { JSON_RUSAK } from '../pesan-json.js';
import { intiUntuk, muatKatalog } from '../daftar/katalog.js';
import { muatKataMasalah } from './muat-kata-masalah.js';
import { muatCSV } from './muat-csv.js';
import { pengodeanTerbaca } from './baca-ulang.js';
import { bacaJSON } from './baca-json.js';

export type FormatData = 'json' | 'csv';

/** A problem of a read source: the SDK's (a DIP reading) or the widget's own (kata-masalah.ts). */
export type MasalahData = Masalah<KodeMasalahDIP | KataMasalah.KodeMasalahWidget>;

/** A read source: the valid part of the DIP for display, every problem for the admin. */
export interface HasilData extends HasilBacaPublik<MasalahData> {
  readonly format: FormatData;
  /**
   * A JSON reading with problems: the data it was read from, so `mode="periksa"` can name an entry by its
   * title (the SDK's words give its number; a dropped entry is in no document).
   */
  readonly mentah?: unknown;
  /** The problem words were asked for and did not load: each problem is worded by its code. */
  readonly tanpaKata?: boolean;
}

/**
 * JSON or CSV, from the content type when it says so, else from the content: a published Google Sheets
 * link ends in `output=csv`, not `.csv`, and some hosts send CSV as text/plain.
 */
export function kenaliFormat(teks: string, contentType = ''): FormatData {
  const jenis = contentType.toLowerCase();
  if (/\bjson\b/.test(jenis)) return 'json';
  if (/\bcsv\b|comma-separated/.test(jenis)) return 'csv';
  return /^\s*[{[]/.test(teks.replace(/^\uFEFF/, '')) ? 'json' : 'csv';
}

/**
 * A read with its problems in the SDK's words. The words load (import()) only when there is a problem
 * to word and `kata` asks for them (the admin's view: the public one shows no problem sentence, so it
 * never waits for them); otherwise, or when they do not load, each problem says where and what by its
 * code. What is valid is the same either way.
 */
export async function denganKata(
  format: FormatData,
  h: HasilBacaPublik<MasalahMentah>,
  // Tests pass a loader that fails, as a page offline after its first load would.
  muatKata: () => Promise<Pick<typeof KataMasalah, 'uraikanHasil'>> = muatKataMasalah,
  kata = true,
): Promise<HasilData> {
  if (h.errors.length === 0 && h.warnings.length === 0) return { format, ...h, errors: [], warnings: [] };
  const k = kata ? await muatKata().catch(() => undefined) : undefined;
  if (k) return { format, ...k.uraikanHasil(h) };
  const polos = (m: MasalahMentah): MasalahDIP => {
    const teks = `${m.path || '—'}: ${m.code}`;
    return { ...m, message: { id: teks, en: teks } };
  };
  return {
    format,
    ...h,
    errors: h.errors.map(polos),
    warnings: h.warnings.map(polos),
    ...(kata ? { tanpaKata: true } : {}),
  };
}

/** Whether the problems of a read are worded (the admin's view), see `denganKata`. */
export interface OpsiKata {
  readonly kata?: boolean;
}

const objek = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/**
 * Reads a DIP given as data (parsed JSON, or anything: it is validated). A desa's register first loads
 * the desa catalog; the validator loads only when the register is not sure to be valid as given, or for
 * the admin's view (baca-json.ts). Rejects when either cannot load: the element shows a connection error
 * with its retry.
 */
export async function uraiData(data: unknown, opsi: OpsiKata = {}): Promise<HasilData> {
  await muatKatalog(objek(data) && objek(data['agency']) ? data['agency']['kind'] : undefined);
  const h = await denganKata(
    'json',
    await bacaJSON(data, intiUntuk, opsi.kata === true),
    undefined,
    opsi.kata,
  );
  return h.errors.length + h.warnings.length > 0 ? { ...h, mentah: data } : h;
}

/** Reads JSON text; a syntax error becomes a problem, not an exception. */
async function uraiJSON(teks: string, opsi: OpsiKata): Promise<HasilData> {
  let data: unknown;
  try {
    data = JSON.parse(teks.replace(/^\uFEFF/, ''));
  } catch {
    return {
      format: 'json',
      ok: false,
      omitted: 0,
      errors: [{ severity: 'error', code: 'json.syntax', path: '', message: JSON_RUSAK }],
      warnings: [],
    };
  }
  return uraiData(data, opsi);
}

/**
 * A problem the widget finds in a source itself; its words load with the SDK's when `opsi.kata` asks for
 * them (the public view and the badge show none), else it says its code.
 */
async function masalah(
  severity: Masalah['severity'],
  code: KataMasalah.KodeMasalahWidget,
  kata: (m: typeof KataMasalah) => Teks,
  opsi: OpsiKata,
): Promise<MasalahData> {
  const m = opsi.kata === false ? undefined : await muatKataMasalah().catch(() => undefined);
  return { severity, code, path: '', message: m ? kata(m) : { id: code, en: code } };
}

/**
 * Reads a DIP from text of either format; CSV loads the importer on first use. A web page (a login
 * page, a "not found" page sent with status 200) is neither: one problem, no document. Markup only, so a
 * PHP script that sends its JSON or CSV as text/html still reads.
 */
export async function uraiTeks(
  teks: string,
  opsi: OpsiKata & { readonly contentType?: string; readonly agency?: BadanPublik } = {},
): Promise<HasilData> {
  if (halamanWeb(teks) || (/^\s*</.test(teks) && /html/i.test(opsi.contentType ?? '')))
    return {
      format: 'csv',
      ok: false,
      omitted: 0,
      errors: [await masalah('error', 'source.html', (m) => m.HALAMAN_WEB, opsi)],
      warnings: [],
    };
  // The encoding baca-ulang.ts read a non-UTF-8 text in: the reading warns of it (the SDK's words and
  // rule, from the CSV chunk that re-read it).
  const pengodean = pengodeanTerbaca(opsi.contentType);
  if (kenaliFormat(teks, opsi.contentType) === 'json') {
    const h = await uraiJSON(teks, opsi);
    // Without that chunk (a saved copy read offline), the JSON still reads, unwarned.
    const csv = pengodean && (await muatCSV().catch(() => undefined));
    return csv ? csv.denganPengodean(h, pengodean, 'json') : h;
  }
  // The entries' `fulfils` are checked against the core of the body's kind: a desa's is loaded with the
  // importer when agency-kind says "desa" as is; the rest of a CSV's reading is in the importer's chunk
  // (csv.ts, uraiCSV), which a JSON register never loads.
  const a = opsi.agency;
  const [csv] = await Promise.all([muatCSV(), muatKatalog(a?.kind)]);
  return csv.uraiCSV(teks, a, pengodean, {
    intiUntuk,
    muatKatalog,
    peringatan: (code, kata) => masalah('warning', code, kata, opsi),
  });
}
