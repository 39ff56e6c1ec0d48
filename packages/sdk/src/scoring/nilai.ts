import { periksaArgumen } from '../i18n/argumen.js';
import type { Teks } from '../i18n/teks.js';
import { obyek } from '../feed/validasi.js';
import type { DokumenDIP, ItemDIP, Tanggal } from '../dip/types.js';
import type { ItemKatalog, ItemKatalogInti, Katalog, KatalogInti, Kategori } from '../standard/types.js';
import { cocokkanItemKatalog, katalogUntuk } from '../standard/index.js';
import { selisihHari, tambahBulan } from '../calendar/tanggal.js';
import { tanggalArgumen } from '../calendar/tanggal-argumen.js';
import { bandMonev, type BandMonev } from './band.js';
import { BOBOT, KOMPONEN_DIP, METODE_VERSI, URUTAN_KOMPONEN, type KodeKomponenDIP } from './bobot.js';
import {
  penilaiKesegaranPada,
  masihBerlaku,
  URUTAN_KESEGARAN,
  type Kesegaran,
  type OpsiKesegaran,
  type StatusKesegaran,
} from './kesegaran.js';
import { bobotPersepuluhan, poinPecahan, poinRasio } from './poin.js';
import { alasanCakupan, alasanDIK, alasanDIP, alasanPembaruan, alasanTerkini } from './alasan.js';

/** One line of the score: what was measured, its weight, the points earned and why. */
export interface Kontribusi {
  readonly code: string;
  readonly label: Teks;
  /** Why this component is in the score (the method's justification). */
  readonly why: Teks;
  readonly weight: number;
  /** Points earned, one decimal; all contributions add up to the total exactly. */
  readonly points: number;
  /** Share of the weight earned, 0–1, before rounding. */
  readonly fraction: number;
  /** The concrete evidence, e.g. "7 dari 11 item wajib berkala tersedia; belum ada: …". */
  readonly reason: Teks;
}

/**
 * A component measured outside the DIP, e.g. website activity from the monitor. The caller computes
 * `fraction` (0–1) and its evidence; `nilaiDIP` weighs it like its own components.
 */
export interface KomponenTambahan {
  readonly code: string;
  readonly label: Teks;
  readonly why: Teks;
  readonly weight: number;
  readonly fraction: number;
  readonly reason: Teks;
}

/** A set of weights with its own version string. */
export interface MetodeNilai {
  readonly version: string;
  readonly weights: Readonly<Record<KodeKomponenDIP, number>>;
}

export interface OpsiNilai extends Pick<
  OpsiKesegaran,
  'cadenceByCategory' | 'dueWindowMonths' | 'delinquentMultiple'
> {
  /** The catalog to score against; default the one for the agency's kind. */
  readonly katalog?: Katalog;
  /** The newest update earns full recency points up to this age in months. Default 3. */
  readonly recencyFullMonths?: number;
  /** … and none from this age on. Default 12. */
  readonly recencyZeroMonths?: number;
  /** Other weights; they need their own version, different from `METODE_VERSI`. */
  readonly metode?: MetodeNilai;
  /** Extra components (the monitor's hook); weights of all components must still sum to 100. */
  readonly tambahan?: readonly KomponenTambahan[];
}

export const AMBANG_PEMBARUAN = { recencyFullMonths: 3, recencyZeroMonths: 12 } as const;

/** Freshness of one DIP entry and the catalog items it was matched to. */
export interface NilaiItem {
  readonly id: string;
  readonly title: string;
  readonly category: Kategori;
  readonly catalogItemIds: readonly string[];
  readonly freshness: Kesegaran;
}

/** How one mandatory berkala item is covered. */
export interface CakupanWajib<I extends ItemKatalogInti = ItemKatalog> {
  readonly item: I;
  /** Ids of DIP entries that cover it; empty when missing. */
  readonly entryIds: readonly string[];
  /** The freshest of those entries, when any. */
  readonly best?: { readonly entryId: string; readonly freshness: Kesegaran };
  /** Present and still within its cadence (`fresh` or `due`). */
  readonly current: boolean;
}

export interface HitunganNilai {
  readonly items: number;
  readonly byCategory: Readonly<Record<Kategori, number>>;
  readonly byStatus: Readonly<Record<StatusKesegaran, number>>;
  readonly mandatory: number;
  readonly covered: number;
  readonly current: number;
  readonly excluded: number;
  readonly excludedComplete: number;
}

export interface HasilNilai<I extends ItemKatalogInti = ItemKatalog> {
  readonly agency: { readonly id: string; readonly name: string };
  /** 0–100, one decimal. */
  readonly total: number;
  readonly band: BandMonev;
  /** Names the weights and rules; ends in `+custom` when thresholds were changed by options. */
  readonly methodVersion: string;
  readonly catalogVersion: string;
  readonly evaluatedOn: Tanggal;
  readonly contributions: readonly Kontribusi[];
  /** Mandatory berkala items no entry covers. */
  readonly missing: readonly I[];
  readonly mandatory: readonly CakupanWajib<I>[];
  readonly items: readonly NilaiItem[];
  readonly counts: HitunganNilai;
}

function pecahan(a: number, b: number): { a: number; b: number } {
  return b === 0 ? { a: 1, b: 1 } : { a, b };
}

/** An exclusion is complete when it records everything the consequence test must (Perki 1/2021 Pasal 49). */
export function pengecualianLengkap(item: ItemDIP): boolean {
  const e = item.exclusion;
  if (!e) return false;
  const isi = (s: string | undefined): boolean => typeof s === 'string' && s.trim() !== '';
  return (
    Array.isArray(e.grounds) &&
    e.grounds.length > 0 &&
    isi(e.consequence) &&
    isi(e.period) &&
    isi(e.decisionNumber) &&
    isi(e.decisionDate)
  );
}

function kosongPerKategori(): Record<Kategori, number> {
  return { berkala: 0, 'serta-merta': 0, 'setiap-saat': 0, dikecualikan: 0 };
}

function kosongPerStatus(): Record<StatusKesegaran, number> {
  return { fresh: 0, due: 0, overdue: 0, delinquent: 0, unknown: 0, 'not-applicable': 0 };
}

/**
 * Scores a DIP on the evaluation date `now` (a Date read in the agency's time zone, or `YYYY-MM-DD`).
 * Pure: the same document, date and options always give the same result. Every entry is matched to the
 * catalog once, so the cost grows linearly with the number of entries. A `doc` that is not a document (no
 * object, no `agency` or `items`) throws GalatArgumen, and so does a `now` that is neither a real
 * `YYYY-MM-DD` date nor a valid Date (`'kemarin'`, `'2026-02-30'`, `new Date('x')`).
 */
export function nilaiDIP(doc: DokumenDIP, now: Date | Tanggal, opsi: OpsiNilai = {}): HasilNilai {
  periksaArgumen(obyek(doc) && obyek(doc.agency) && Array.isArray(doc.items), 'nilaiDIP', 'doc', doc, {
    id: 'dokumen DIP (document dari bacaDIP atau validasiDIP)',
    en: 'a DIP document (the document of bacaDIP or validasiDIP)',
  });
  // Checked here too, so that the error names the function called.
  tanggalArgumen('nilaiDIP', 'now', now, doc.agency.timeZone);
  return nilaiDIPDengan(opsi.katalog ?? katalogUntuk(doc.agency.kind), doc, now, opsi);
}

/**
 * `nilaiDIP` against a given catalog, full or its core (`katalogIntiUntuk`), which scores the same: the
 * badge scores on the core so a page never loads the catalog's descriptions and legal bases.
 */
export function nilaiDIPDengan<I extends ItemKatalogInti>(
  katalog: Omit<KatalogInti, 'items'> & { readonly items: readonly I[] },
  doc: DokumenDIP,
  now: Date | Tanggal,
  opsi: Omit<OpsiNilai, 'katalog'> = {},
): HasilNilai<I> {
  const hariIni = tanggalArgumen('nilaiDIPDengan', 'now', now, doc.agency.timeZone);
  const bobot = opsi.metode?.weights ?? BOBOT;
  const tambahan = opsi.tambahan ?? [];
  const versiDasar = opsi.metode?.version ?? METODE_VERSI;
  periksaMetode(bobot, tambahan, versiDasar);

  const catalogById = new Map<string, I>();
  for (const k of katalog.items) catalogById.set(k.id, k);
  const wajib = katalog.items.filter((k) => k.mandatory && k.category === 'berkala');
  const entriPerWajib = new Map<string, { entryId: string; freshness: Kesegaran }[]>();
  for (const k of wajib) entriPerWajib.set(k.id, []);

  const nilaiKesegaran = penilaiKesegaranPada(hariIni, {
    cadenceByCategory: opsi.cadenceByCategory,
    dueWindowMonths: opsi.dueWindowMonths,
    delinquentMultiple: opsi.delinquentMultiple,
  });
  const byCategory = kosongPerKategori();
  const byStatus = kosongPerStatus();
  const items: NilaiItem[] = [];
  let excluded = 0;
  let excludedComplete = 0;
  let terbaru: Tanggal | undefined;
  let tanggalDepan = 0;

  for (const item of doc.items) {
    byCategory[item.category] += 1;
    if (item.category === 'dikecualikan') {
      excluded += 1;
      if (pengecualianLengkap(item)) excludedComplete += 1;
    }
    // A keyword match counts only inside the entry's own category; an explicit `fulfils` always counts.
    const cocok: I[] = [];
    for (const m of cocokkanItemKatalog(item, katalog)) {
      const k = catalogById.get(m.catalogItemId);
      if (k && (m.via === 'fulfils' || k.category === item.category) && !cocok.includes(k)) cocok.push(k);
    }
    const freshness = nilaiKesegaran(item, cocok);
    byStatus[freshness.status] += 1;
    items.push({
      id: item.id,
      title: item.title,
      category: item.category,
      catalogItemIds: cocok.map((k) => k.id),
      freshness,
    });
    for (const k of cocok) entriPerWajib.get(k.id)?.push({ entryId: item.id, freshness });

    const t = freshness.lastUpdated;
    if (t !== undefined) {
      if (t > hariIni) tanggalDepan += 1;
      else if (terbaru === undefined || t > terbaru) terbaru = t;
    }
  }

  const mandatory: CakupanWajib<I>[] = wajib.map((k) => {
    const entri = entriPerWajib.get(k.id) ?? [];
    let best: CakupanWajib<I>['best'];
    for (const e of entri) {
      if (
        !best ||
        URUTAN_KESEGARAN.indexOf(e.freshness.status) < URUTAN_KESEGARAN.indexOf(best.freshness.status)
      )
        best = e;
    }
    return {
      item: k,
      entryIds: entri.map((e) => e.entryId),
      ...(best ? { best } : {}),
      current: best !== undefined && masihBerlaku(best.freshness.status),
    };
  });
  const missing = mandatory.filter((c) => c.entryIds.length === 0).map((c) => c.item);
  const covered = mandatory.length - missing.length;
  const current = mandatory.filter((c) => c.current).length;

  const full = bulat('recencyFullMonths', opsi.recencyFullMonths ?? AMBANG_PEMBARUAN.recencyFullMonths);
  const zero = bulat('recencyZeroMonths', opsi.recencyZeroMonths ?? AMBANG_PEMBARUAN.recencyZeroMonths);
  if (zero <= full) throw new RangeError(`recencyZeroMonths (${zero}) ≤ recencyFullMonths (${full})`);
  const pembaruan = hitungPembaruan(terbaru, hariIni, full, zero);

  const ukuran: Record<KodeKomponenDIP, { a: number; b: number; reason: Teks }> = {
    'cakupan-berkala': { ...pecahan(covered, mandatory.length), reason: alasanCakupan(mandatory) },
    'berkala-terkini': { ...pecahan(current, mandatory.length), reason: alasanTerkini(mandatory) },
    dip: {
      a: (doc.items.length > 0 ? 7 : 0) + (doc.decision?.number?.trim() ? 3 : 0),
      b: 10,
      reason: alasanDIP(doc, byCategory),
    },
    dik: {
      a: excludedComplete > 0 ? 2 : excluded > 0 ? 1 : 0,
      b: 2,
      reason: alasanDIK(excluded, excludedComplete),
    },
    pembaruan: {
      a: pembaruan.a,
      b: pembaruan.b,
      reason: alasanPembaruan(terbaru, hariIni, full, zero, tanggalDepan),
    },
  };

  const contributions: Kontribusi[] = URUTAN_KOMPONEN.map((code) => {
    const u = ukuran[code];
    const w = bobot[code];
    return {
      code,
      label: KOMPONEN_DIP[code].label,
      why: KOMPONEN_DIP[code].why,
      weight: w,
      points: poinPecahan(bobotPersepuluhan(w), u.a, u.b) / 10,
      fraction: u.a / u.b,
      reason: u.reason,
    };
  });
  for (const t of tambahan) {
    contributions.push({
      code: t.code,
      label: t.label,
      why: t.why,
      weight: t.weight,
      points: poinRasio(bobotPersepuluhan(t.weight), t.fraction) / 10,
      fraction: t.fraction,
      reason: t.reason,
    });
  }
  const tenths = contributions.reduce((n, c) => n + Math.round(c.points * 10), 0);
  const total = tenths / 10;

  return {
    agency: { id: doc.agency.id, name: doc.agency.name },
    total,
    band: bandMonev(total),
    methodVersion: versiDasar + (diubahOpsi(opsi) ? '+custom' : ''),
    catalogVersion: katalog.version,
    evaluatedOn: hariIni,
    contributions,
    missing,
    mandatory,
    items,
    counts: {
      items: doc.items.length,
      byCategory,
      byStatus,
      mandatory: mandatory.length,
      covered,
      current,
      excluded,
      excludedComplete,
    },
  };
}

function bulat(nama: string, n: number): number {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${nama} harus bilangan bulat ≥ 0: ${n}`);
  return n;
}

/** Threshold options change the rules, so the version says so: a badge should show only the standard method. */
function diubahOpsi(opsi: OpsiNilai): boolean {
  return (
    opsi.cadenceByCategory !== undefined ||
    opsi.dueWindowMonths !== undefined ||
    opsi.delinquentMultiple !== undefined ||
    opsi.recencyFullMonths !== undefined ||
    opsi.recencyZeroMonths !== undefined
  );
}

function periksaMetode(
  bobot: Readonly<Record<KodeKomponenDIP, number>>,
  tambahan: readonly KomponenTambahan[],
  versi: string,
): void {
  let jumlah = 0;
  for (const code of URUTAN_KOMPONEN) jumlah += bobotPersepuluhan(bobot[code]);
  for (const t of tambahan) jumlah += bobotPersepuluhan(t.weight);
  if (jumlah !== 1000)
    throw new RangeError(`Jumlah bobot harus 100 / weights must sum to 100: ${jumlah / 10}`);
  const berbeda = tambahan.length > 0 || URUTAN_KOMPONEN.some((c) => bobot[c] !== BOBOT[c]);
  if (berbeda && versi === METODE_VERSI)
    throw new RangeError(
      `Bobot lain memerlukan methodVersion sendiri / other weights need their own methodVersion (not ${METODE_VERSI})`,
    );
}

/** Full points up to `full` months after the newest update, falling linearly (by day) to none at `zero`. */
function hitungPembaruan(
  terbaru: Tanggal | undefined,
  hariIni: Tanggal,
  full: number,
  zero: number,
): { a: number; b: number } {
  if (terbaru === undefined) return { a: 0, b: 1 };
  const penuh = tambahBulan(terbaru, full);
  const nol = tambahBulan(terbaru, zero);
  if (hariIni <= penuh) return { a: 1, b: 1 };
  if (hariIni >= nol) return { a: 0, b: 1 };
  return { a: selisihHari(hariIni, nol), b: selisihHari(penuh, nol) };
}

/**
 * GalatArgumen unless `hasil` is a result of `nilaiDIP` (an object with its agency, band and
 * contributions): the check of `lencanaDariNilai` and `jelaskan`.
 */
export function periksaHasilNilai(fungsi: string, hasil: unknown): void {
  periksaArgumen(
    obyek(hasil) && obyek(hasil['agency']) && obyek(hasil['band']) && Array.isArray(hasil['contributions']),
    fungsi,
    'hasil',
    hasil,
    { id: 'hasil nilaiDIP', en: 'the result of nilaiDIP' },
  );
}
