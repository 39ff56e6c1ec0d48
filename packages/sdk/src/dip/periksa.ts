import * as v from 'valibot';
import { cariItemKatalog } from '../standard/katalog-inti.js';
import type { JenisBadanPublik, KatalogInti } from '../standard/types.js';
import { DIP_VERSION } from './types.js';
import type { DokumenDIP, Hasil, MasalahMentah } from './types.js';
import type { KodeMasalahDIP } from './kode-masalah.js';
import { kutip } from './kutip.js';
import { jalurIssue, kodeIssue } from './kode-issue.js';
import { JENIS_BADAN_PUBLIK } from '../standard/types.js';
import { KODE_KATEGORI } from '../standard/kode.js';
import { SkemaDokumenDIP, SkemaItemDIP } from './skema.js';
import { itemSahPersis } from './sah-persis.js';
import { kodeGanda } from './kode-ganda.js';

// The DIP validator without its words: every problem as a code, a path and the values its sentence
// names (MasalahMentah). kata-validasi.ts words them; validasi.ts does both for callers that want
// sentences at once. A page that shows only valid entries never loads the words.

/** The outcome of checking a DIP, problems not yet worded: the document only when there is no error. */
/** `HasilBaca` with its problems unworded (`uraikanHasil` words them). */
export type HasilBacaMentah = Hasil<MasalahMentah>;

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
  readonly out: MasalahMentah[];
  /** Whether item i is known to have only fields of the format (vouched for, or valid as it is). */
  readonly bersih: ((i: number) => boolean) | undefined;
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
      // The document's one list at its top is `items`: those found clean are not walked again.
      if (tumpuk.length === 1 && j.bersih?.(i)) continue;
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
    j.out.push({
      severity: 'warning',
      code: 'field.unknown',
      path: jalurDari(tumpuk),
    });
    tumpuk.pop();
  } else if (sub !== null) {
    const anak = nilai[k];
    if (typeof anak !== 'object' || anak === null) return;
    tumpuk.push(k);
    kolomTakDikenal(sub, anak, tumpuk, j);
    tumpuk.pop();
  }
}

/**
 * Rules that span items or need the catalog: duplicate ids (error), and the advisory warnings (among
 * them a `fulfils` id of another category than its entry's: `fulfils.other-category`). An error added
 * here must reach the shortcut without valibot too (`dipSahPasti`: scripts/sah-pasti.ts writes its
 * `kodeGanda` call); sah-pasti.test.ts holds the two to each other.
 */
function aturanLintasItem(
  doc: Record<string, unknown>,
  errors: MasalahMentah[],
  warnings: MasalahMentah[],
  intiUntuk: IntiUntuk,
): void {
  const items = doc['items'];
  if (!Array.isArray(items)) return;
  const agency = doc['agency'];
  const kindMentah = polosObjek(agency) ? agency['kind'] : undefined;
  const kind = (JENIS_BADAN_PUBLIK as readonly unknown[]).includes(kindMentah)
    ? (kindMentah as JenisBadanPublik)
    : 'lainnya';
  if (items.length === 0)
    warnings.push({
      severity: 'warning',
      code: 'items.empty',
      path: 'items',
    });
  kodeGanda(items, (i, id, sebelum) =>
    errors.push({
      severity: 'error',
      code: 'item.duplicate-id',
      path: `items[${i}].id`,
      isi: { nilai: kutip(id), ke: sebelum + 1 },
    }),
  );
  for (let i = 0; i < items.length; i++) {
    const item: unknown = items[i];
    if (!polosObjek(item)) continue;
    const kategori = item['category'];
    if (item['updated'] === undefined && kategori !== 'dikecualikan')
      warnings.push({
        severity: 'warning',
        code: 'item.no-date',
        path: `items[${i}].updated`,
      });
    const links = item['links'];
    if (kategori === 'berkala' && (links === undefined || (Array.isArray(links) && links.length === 0)))
      warnings.push({
        severity: 'warning',
        code: 'item.no-link',
        path: `items[${i}].links`,
      });
    if (item['exclusion'] !== undefined && kategori !== 'dikecualikan' && typeof kategori === 'string')
      warnings.push({
        severity: 'warning',
        code: 'exclusion.unexpected',
        path: `items[${i}].exclusion`,
      });
    // Ground j is "information another law forbids disclosing": without that law named, the consequence
    // test has no basis (Perki 1/2021 Pasal 49 asks for the law the exclusion rests on).
    const pengecualian = item['exclusion'];
    if (
      kategori === 'dikecualikan' &&
      polosObjek(pengecualian) &&
      Array.isArray(pengecualian['grounds']) &&
      pengecualian['grounds'].includes('j') &&
      !(typeof pengecualian['otherBasis'] === 'string' && pengecualian['otherBasis'].trim())
    )
      warnings.push({
        severity: 'warning',
        code: 'exclusion.other-law-missing',
        path: `items[${i}].exclusion.otherBasis`,
      });
    const fulfils = item['fulfils'];
    if (Array.isArray(fulfils))
      fulfils.forEach((f: unknown, k) => {
        if (typeof f !== 'string' || f.trim() === '') return;
        const ketemu = cariItemKatalog(f.trim(), intiUntuk(kind));
        if (!ketemu)
          warnings.push({
            severity: 'warning',
            code: 'fulfils.unknown',
            path: `items[${i}].fulfils[${k}]`,
            isi: { nilai: kutip(f) },
          });
        // Scoring counts an explicit `fulfils` whatever the entry's category, but each panel lists only
        // its own category: the admin is told why the item is covered yet not shown with it. An unknown
        // category is the schema's error already.
        else if (
          ketemu.item.category !== kategori &&
          (KODE_KATEGORI as readonly unknown[]).includes(kategori)
        )
          warnings.push({
            severity: 'warning',
            code: 'fulfils.other-category',
            path: `items[${i}].fulfils[${k}]`,
            isi: { nilai: kutip(f), kategori: kategori as string, kategoriItem: ketemu.item.category },
          });
      });
  }
}

/** The core catalog for a kind of body (`katalogIntiUntuk`, or a caller's own that loads the desa core lazily). */
export type IntiUntuk = (kind: JenisBadanPublik) => KatalogInti;

/**
 * `validasiDIPMentah` with the catalog cores given (`fulfils` ids are checked against `intiUntuk(kind)`):
 * a page that loads the desa core only for a desa's register passes its own. Never throws.
 */
export function validasiDIPMentahDengan(
  input: unknown,
  intiUntuk: IntiUntuk,
  dijamin?: (i: number) => boolean,
): HasilBacaMentah {
  try {
    return validasi(input, intiUntuk, dijamin);
  } catch {
    return takTerbaca();
  }
}

/**
 * The outcome for an input that throws when read: only exotic inputs (proxies, throwing getters) get
 * here, JSON never does. Every public reading of a DIP answers such an input with this, not a throw.
 */
export function takTerbaca(): HasilBacaMentah {
  return {
    ok: false,
    errors: [{ severity: 'error', code: 'document.unreadable', path: '' }],
    warnings: [],
  };
}

function validasi(input: unknown, intiUntuk: IntiUntuk, dijamin?: (i: number) => boolean): HasilBacaMentah {
  const errors: MasalahMentah[] = [];
  const warnings: MasalahMentah[] = [];
  if (!polosObjek(input)) {
    const jenis = input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input;
    errors.push({
      severity: 'error',
      code: 'document.type',
      path: '',
      isi: { jenis },
    });
    return { ok: false, errors, warnings };
  }
  const versi = input['version'];
  if (versi !== undefined && versi !== DIP_VERSION) {
    // Another version has other rules: judging it by these would only produce noise.
    errors.push({
      severity: 'error',
      code: 'version.unsupported',
      path: 'version',
      isi: { nilai: kutip(versi) },
    });
    return { ok: false, errors, warnings };
  }

  const sudah = new Set<string>();
  const lapor = (issues: readonly v.BaseIssue<unknown>[] | undefined, awal: string): void => {
    for (const issue of issues ?? []) {
      const path = jalurIssue(issue, awal);
      // The DIP schema's messages are codes of KODE_MASALAH_DIP (skema.ts); the tests read every one.
      const code = kodeIssue(issue, awal) as KodeMasalahDIP;
      const kunci = `${path}\u0000${code}`;
      if (sudah.has(kunci)) continue;
      sudah.add(kunci);
      // The quoted value and valibot's expectation are all the words need (masalah-skema.ts).
      const isi: Record<string, string> = { nilai: kutip(issue.input) };
      if (issue.expected !== null && issue.expected !== undefined) isi['diharapkan'] = issue.expected;
      errors.push({ severity: 'error', code, path, isi });
    }
  };
  const items = input['items'];
  let document: unknown;
  const protoBersih = !adaKunciTerhitung(Object.prototype);
  /** Items valid with only fields of the format: vouched for, or so as they are (`itemSahPersis`). */
  let bersih = dijamin;
  // A spread copies own properties only: the document is checked in pieces only when it inherits none
  // the schema could read.
  if (Array.isArray(items) && (dijamin || Object.getPrototypeOf(input) === Object.prototype)) {
    // The document without its items, then each item: the same schema run in pieces, in the same order,
    // so the problems come out as from one run. An item the builder vouches for, or valid as it is
    // (`itemSahPersis`, the strict mode of the check generated from the schema), is taken as the schema's
    // output without the schema's run.
    const kulit = v.safeParse(SkemaDokumenDIP, { ...input, items: [] }, { abortEarly: false });
    lapor(kulit.issues, '');
    let sah = kulit.success;
    const keluaran: unknown[] = [];
    for (let i = 0; i < items.length; i++) {
      const item: unknown = items[i];
      if (dijamin?.(i) || (protoBersih && itemSahPersis(item))) keluaran.push(item);
      else {
        const h = v.safeParse(SkemaItemDIP, item, { abortEarly: false });
        lapor(h.issues, `items[${i}]`);
        // valibot's output is always a new object: only items taken as they are stay themselves.
        keluaran.push(h.output);
        sah &&= h.success;
      }
    }
    bersih = (i) => keluaran[i] === items[i];
    if (sah && kulit.success) document = { ...kulit.output, items: keluaran };
  } else {
    const hasil = v.safeParse(SkemaDokumenDIP, input, { abortEarly: false });
    lapor(hasil.issues, '');
    if (hasil.success) document = hasil.output;
  }
  aturanLintasItem(input, errors, warnings, intiUntuk);
  kolomTakDikenal(SkemaDokumenDIP as unknown as Skema, input, [], {
    out: warnings,
    bersih,
    protoBersih,
  });

  const ok = errors.length === 0 && document !== undefined;
  return ok ? { ok, document: document as DokumenDIP, errors, warnings } : { ok: false, errors, warnings };
}
