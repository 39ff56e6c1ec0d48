import * as v from 'valibot';
import type { Teks } from '../i18n/teks.js';
import { idKatalogDikenal } from '../standard/index.js';
import type { JenisBadanPublik } from '../standard/types.js';
import { DIP_VERSION } from './types.js';
import type { DokumenDIP, Masalah } from './types.js';
import { buatMasalah, kutip } from './masalah.js';
import { jalurIssue, kodeIssue, teksIssue } from './masalah-skema.js';
import { JENIS_BADAN_PUBLIK } from '../standard/types.js';
import { SkemaDokumenDIP, SkemaItemDIP } from './skema.js';

/** The outcome of reading or checking a DIP: the document only when there is no error. */
export interface HasilBaca {
  readonly ok: boolean;
  readonly document?: DokumenDIP;
  readonly errors: Masalah[];
  readonly warnings: Masalah[];
}

const MASALAH_SKEMA: Readonly<Record<string, Teks>> = {
  'field.required': { id: 'wajib diisi, tetapi tidak ada.', en: 'is required but missing.' },
  'field.empty': { id: 'tidak boleh kosong.', en: 'must not be empty.' },
  'format.unknown': {
    id: 'berisi {nilai}; dokumen DIP harus bertanda "terbuka-dip".',
    en: 'is {nilai}; a DIP document must say "terbuka-dip".',
  },
  'date.invalid': {
    id: '{nilai} bukan tanggal yang sah. Tulis sebagai TTTT-BB-HH, misalnya 2026-03-05.',
    en: '{nilai} is not a real date. Write it as YYYY-MM-DD, e.g. 2026-03-05.',
  },
  'year.invalid': { id: '{nilai} bukan tahun yang sah.', en: '{nilai} is not a valid year.' },
  'email.invalid': {
    id: '{nilai} bukan alamat surel yang sah.',
    en: '{nilai} is not a valid e-mail address.',
  },
  'link.scheme': {
    id: '{nilai} tidak diizinkan. Tautan harus diawali http://, https://, mailto: atau tel:, tanpa spasi.',
    en: '{nilai} is not allowed. A link must start with http://, https://, mailto: or tel:, with no spaces.',
  },
  'link.web': {
    id: '{nilai} tidak diizinkan. Alamat harus diawali http:// atau https://, tanpa spasi.',
    en: '{nilai} is not allowed. The address must start with http:// or https://, with no spaces.',
  },
  'exclusion.missing': {
    id: 'wajib ada untuk informasi yang dikecualikan: dasar Pasal 17, konsekuensi, jangka waktu, serta nomor dan tanggal penetapan.',
    en: 'is required for excluded information: Article 17 grounds, consequence, period, and decision number and date.',
  },
};

type Skema = {
  readonly type: string;
  readonly entries?: Record<string, Skema>;
  readonly item?: Skema;
  readonly wrapped?: Skema;
};

const polosObjek = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Only objects, and lists of them, can hide unknown properties; leaves and lists of leaves are not walked. */
function bersarang(skema: Skema): Skema | undefined {
  const s = skema.type === 'optional' && skema.wrapped ? skema.wrapped : skema;
  if (s.type === 'object') return s;
  return s.type === 'array' && s.item && bersarang(s.item) ? s : undefined;
}

/** Each known field of an object schema: its nested schema, or null for a leaf. */
type Denah = ReadonlyMap<string, Skema | null>;

// The walk runs once per item of registers with thousands: its per-schema facts are computed once.
const denahSkema = new WeakMap<Skema, Denah>();
function denah(skema: Skema): Denah {
  let d = denahSkema.get(skema);
  if (!d) {
    d = new Map(Object.entries(skema.entries ?? {}).map(([k, sub]) => [k, bersarang(sub) ?? null]));
    denahSkema.set(skema, d);
  }
  return d;
}

/** `items[3].links[0]` from the keys on the way down; built only for a warning. */
function jalurDari(tumpuk: readonly (string | number)[]): string {
  let s = '';
  for (const k of tumpuk) s += typeof k === 'number' ? `[${k}]` : s === '' ? k : `.${k}`;
  return s;
}

/** What one walk for unknown properties carries down. */
interface Jelajah {
  readonly out: Masalah[];
  readonly dijamin: ((i: number) => boolean) | undefined;
  /** Object.prototype has no enumerable property: for…in over a plain object then yields Object.keys. */
  readonly protoBersih: boolean;
}

function adaKunciTerhitung(o: object): boolean {
  for (const k in o) if (typeof k === 'string') return true;
  return false;
}

/**
 * Properties the format does not know: kept apart as warnings so newer producers do not break readers.
 * `skema` is an object or array schema (optional unwrapped); `tumpuk` holds the keys of the path to it.
 */
function kolomTakDikenal(skema: Skema, nilai: unknown, tumpuk: (string | number)[], j: Jelajah): void {
  if (skema.type === 'object') {
    if (!polosObjek(nilai)) return;
    const peta = denah(skema);
    // JSON.parse output: for…in walks the same keys in the same order as Object.keys, without building
    // a key list for each of the document's objects.
    const proto: unknown = Object.getPrototypeOf(nilai);
    if (proto === null || (proto === Object.prototype && j.protoBersih)) {
      for (const k in nilai) periksaKunci(peta, nilai, k, tumpuk, j);
    } else for (const k of Object.keys(nilai)) periksaKunci(peta, nilai, k, tumpuk, j);
  } else if (skema.type === 'array' && skema.item && Array.isArray(nilai)) {
    const dalam = bersarang(skema.item);
    if (!dalam) return;
    for (let i = 0; i < nilai.length; i++) {
      tumpuk.push(i);
      kolomTakDikenal(dalam, nilai[i], tumpuk, j);
      tumpuk.pop();
    }
  }
}

function periksaKunci(
  peta: Denah,
  nilai: Record<string, unknown>,
  k: string,
  tumpuk: (string | number)[],
  j: Jelajah,
): void {
  const sub = peta.get(k);
  if (sub === undefined) {
    if (tumpuk.length === 0 && k === '$schema') return;
    tumpuk.push(k);
    j.out.push(
      buatMasalah({
        severity: 'warning',
        code: 'field.unknown',
        path: jalurDari(tumpuk),
        problem: {
          id: 'kolom ini tidak dikenal dalam format DIP dan diabaikan.',
          en: 'this field is not part of the DIP format and is ignored.',
        },
      }),
    );
    tumpuk.pop();
  } else if (sub !== null) {
    const anak = nilai[k];
    if (typeof anak !== 'object' || anak === null) return;
    tumpuk.push(k);
    if (j.dijamin && tumpuk.length === 1 && k === 'items' && Array.isArray(anak) && sub.item) {
      for (let i = 0; i < anak.length; i++) {
        if (j.dijamin(i)) continue;
        tumpuk.push(i);
        kolomTakDikenal(sub.item, anak[i], tumpuk, j);
        tumpuk.pop();
      }
    } else kolomTakDikenal(sub, anak, tumpuk, j);
    tumpuk.pop();
  }
}

/** Rules that span items or need the catalog: duplicate ids (error), and the advisory warnings. */
function aturanLintasItem(doc: Record<string, unknown>, errors: Masalah[], warnings: Masalah[]): void {
  const items = doc['items'];
  if (!Array.isArray(items)) return;
  const agency = doc['agency'];
  const kindMentah = polosObjek(agency) ? agency['kind'] : undefined;
  const kind = (JENIS_BADAN_PUBLIK as readonly unknown[]).includes(kindMentah)
    ? (kindMentah as JenisBadanPublik)
    : 'lainnya';
  if (items.length === 0)
    warnings.push(
      buatMasalah({
        severity: 'warning',
        code: 'items.empty',
        path: 'items',
        problem: { id: 'daftar belum memuat satu item pun.', en: 'the register has no items yet.' },
      }),
    );
  // One Set operation per item; where each id was first used is looked up only once a repeat appears.
  const kodeDipakai = new Set<string>();
  let pertama: Map<string, number> | undefined;
  const idSah = (x: unknown): x is string => typeof x === 'string' && x.trim() !== '';
  for (let i = 0; i < items.length; i++) {
    const item: unknown = items[i];
    if (!polosObjek(item)) continue;
    const id = item['id'];
    if (idSah(id)) {
      const ada = kodeDipakai.size;
      kodeDipakai.add(id);
      if (kodeDipakai.size !== ada) pertama?.set(id, i);
      else {
        if (!pertama) {
          // Before the first repeat every id is distinct: each index is that id's first.
          pertama = new Map();
          for (let j = 0; j < i; j++) {
            const lain: unknown = items[j];
            const idLain = polosObjek(lain) ? lain['id'] : undefined;
            if (idSah(idLain)) pertama.set(idLain, j);
          }
        }
        const sebelum = pertama.get(id) ?? i;
        errors.push(
          buatMasalah({
            severity: 'error',
            code: 'item.duplicate-id',
            path: `items[${i}].id`,
            problem: {
              id: `kode ${kutip(id)} sudah dipakai item ke-${sebelum + 1}. Setiap item harus punya kode unik.`,
              en: `id ${kutip(id)} is already used by item ${sebelum + 1}. Every item needs its own id.`,
            },
          }),
        );
      }
    }
    const kategori = item['category'];
    if (item['updated'] === undefined && kategori !== 'dikecualikan')
      warnings.push(
        buatMasalah({
          severity: 'warning',
          code: 'item.no-date',
          path: `items[${i}].updated`,
          problem: {
            id: 'belum diisi; tanpa tanggal pembaruan, kebaruan informasi tidak dapat dinilai.',
            en: 'is empty; without it, nobody can tell whether the information is current.',
          },
        }),
      );
    const links = item['links'];
    if (kategori === 'berkala' && (links === undefined || (Array.isArray(links) && links.length === 0)))
      warnings.push(
        buatMasalah({
          severity: 'warning',
          code: 'item.no-link',
          path: `items[${i}].links`,
          problem: {
            id: 'kosong; informasi berkala sebaiknya memuat tautan ke dokumennya.',
            en: 'are empty; periodic information should link to its document.',
          },
        }),
      );
    if (item['exclusion'] !== undefined && kategori !== 'dikecualikan' && typeof kategori === 'string')
      warnings.push(
        buatMasalah({
          severity: 'warning',
          code: 'exclusion.unexpected',
          path: `items[${i}].exclusion`,
          problem: {
            id: 'diisi, padahal kategori item ini bukan "dikecualikan". Periksa kategorinya.',
            en: 'is filled in although this item is not "dikecualikan". Check its category.',
          },
        }),
      );
    const fulfils = item['fulfils'];
    if (Array.isArray(fulfils))
      fulfils.forEach((f: unknown, k) => {
        if (typeof f === 'string' && f.trim() !== '' && !idKatalogDikenal(f, kind))
          warnings.push(
            buatMasalah({
              severity: 'warning',
              code: 'fulfils.unknown',
              path: `items[${i}].fulfils[${k}]`,
              problem: {
                id: `${kutip(f)} bukan kode item wajib yang dikenal katalog.`,
                en: `${kutip(f)} is not an item id the catalog knows.`,
              },
            }),
          );
      });
  }
}

/**
 * Checks anything (parsed JSON, usually) against the DIP format and reports every problem, each with its
 * path and a message in both languages. Never throws.
 */
export function validasiDIP(input: unknown): HasilBaca {
  return validasiDIPTerjamin(input);
}

/**
 * `validasiDIP` for a document built by a reader of another format (the CSV importer) that vouches for
 * some items: `dijamin(i)` is true only for an item made solely from values the shared rules (tautanAman,
 * tanggalValid, bacaKategori) already accepted, with only fields of the format. Those items are not run
 * through the schema again; everything else is checked exactly as by `validasiDIP`, and a property test
 * holds both to the same problems on generated registers. Not exported from the package.
 */
export function validasiDIPTerjamin(input: unknown, dijamin?: (i: number) => boolean): HasilBaca {
  try {
    return validasi(input, dijamin);
  } catch {
    // Only exotic inputs (proxies, throwing getters) get here; JSON never does.
    const galat = buatMasalah({
      severity: 'error',
      code: 'document.unreadable',
      path: '',
      problem: { id: 'Dokumen tidak dapat dibaca.', en: 'The document cannot be read.' },
    });
    return { ok: false, errors: [galat], warnings: [] };
  }
}

function validasi(input: unknown, dijamin?: (i: number) => boolean): HasilBaca {
  const errors: Masalah[] = [];
  const warnings: Masalah[] = [];
  if (!polosObjek(input)) {
    const jenis = input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input;
    errors.push(
      buatMasalah({
        severity: 'error',
        code: 'document.type',
        path: '',
        problem: {
          id: `Dokumen DIP harus berupa objek JSON ({ … }), bukan ${jenis}.`,
          en: `A DIP document must be a JSON object ({ … }), not ${jenis}.`,
        },
      }),
    );
    return { ok: false, errors, warnings };
  }
  const versi = input['version'];
  if (versi !== undefined && versi !== DIP_VERSION) {
    // Another version has other rules: judging it by these would only produce noise.
    errors.push(
      buatMasalah({
        severity: 'error',
        code: 'version.unsupported',
        path: 'version',
        problem: {
          id: `versi ${kutip(versi)} tidak didukung; SDK ini membaca versi ${DIP_VERSION}. Perbarui @terbuka/sdk atau ubah dokumennya.`,
          en: `version ${kutip(versi)} is not supported; this SDK reads version ${DIP_VERSION}. Update @terbuka/sdk or convert the document.`,
        },
      }),
    );
    return { ok: false, errors, warnings };
  }

  const sudah = new Set<string>();
  const lapor = (issues: readonly v.BaseIssue<unknown>[] | undefined, awal: string): void => {
    for (const issue of issues ?? []) {
      const path = jalurIssue(issue, awal);
      const code = kodeIssue(issue, awal);
      const kunci = `${path}\u0000${code}`;
      if (sudah.has(kunci)) continue;
      sudah.add(kunci);
      errors.push(
        buatMasalah({ severity: 'error', code, path, problem: teksIssue(code, issue, MASALAH_SKEMA) }),
      );
    }
  };
  const items = input['items'];
  let document: unknown;
  if (dijamin && Array.isArray(items)) {
    // The document without its items, then each item the builder does not vouch for: the same schema
    // run in pieces, in the same order, so the problems come out as from one run.
    const kulit = v.safeParse(SkemaDokumenDIP, { ...input, items: [] }, { abortEarly: false });
    lapor(kulit.issues, '');
    let sah = kulit.success;
    const keluaran: unknown[] = [];
    for (let i = 0; i < items.length; i++) {
      if (dijamin(i)) {
        keluaran.push(items[i]);
        continue;
      }
      const h = v.safeParse(SkemaItemDIP, items[i], { abortEarly: false });
      lapor(h.issues, `items[${i}]`);
      if (h.success) keluaran.push(h.output);
      else sah = false;
    }
    if (sah && kulit.success) document = { ...kulit.output, items: keluaran };
  } else {
    const hasil = v.safeParse(SkemaDokumenDIP, input, { abortEarly: false });
    lapor(hasil.issues, '');
    if (hasil.success) document = hasil.output;
  }
  aturanLintasItem(input, errors, warnings);
  kolomTakDikenal(SkemaDokumenDIP as unknown as Skema, input, [], {
    out: warnings,
    dijamin,
    protoBersih: !adaKunciTerhitung(Object.prototype),
  });

  const ok = errors.length === 0 && document !== undefined;
  return ok ? { ok, document: document as DokumenDIP, errors, warnings } : { ok: false, errors, warnings };
}
