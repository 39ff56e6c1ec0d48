import type { ItemDIP, Tanggal, ZonaWaktu } from '../dip/types.js';
import { KADENSI_KATEGORI } from '../standard/kode.js';
import type { Kategori } from '../standard/types.js';
import { selisihHari, tambahBulan, tanggalValid } from '../calendar/tanggal.js';
import { tanggalArgumen } from '../calendar/tanggal-argumen.js';

/**
 * How current an entry is against its own cadence, after HDX data freshness: `fresh`, `due` (in the last
 * window of the cadence), `overdue` (past it), `delinquent` (past a multiple of it), `unknown` (no date, or
 * a date after the evaluation day — in every category), `not-applicable` (a category the law sets no cadence
 * for).
 */
export type StatusKesegaran = 'fresh' | 'due' | 'overdue' | 'delinquent' | 'unknown' | 'not-applicable';

// Their words, their order and which are still inside the cadence: apart (status-kesegaran.ts), since
// only scoring and reports need them, not a page that shows a chip per entry.
export { STATUS_KESEGARAN, URUTAN_KESEGARAN, masihBerlaku } from './status-kesegaran.js';

export interface Kesegaran {
  readonly status: StatusKesegaran;
  /** Months between renewals; undefined when no cadence applies. */
  readonly cadenceMonths?: number;
  /** The date the status is measured from: `updated`, else `made.date`. */
  readonly lastUpdated?: Tanggal;
  readonly dateSource?: 'updated' | 'made';
  /** Whole days from `lastUpdated` to the evaluation date (negative for a date in the future). */
  readonly ageDays?: number;
  /** First day of the `due` window. */
  readonly dueFrom?: Tanggal;
  /** Last day the entry is still within its cadence; `overdue` from the day after. */
  readonly dueDate?: Tanggal;
  /** Last day before the entry becomes `delinquent`. */
  readonly delinquentAfter?: Tanggal;
}

/** What a cadence can be read from: a catalog item (`ItemKatalog` fits) or a category. */
export interface SumberKadensi {
  readonly category: Kategori;
  readonly cadenceMonths?: number;
}

export interface OpsiKesegaran {
  /** The cadence of this entry in months; overrides every other source. */
  readonly cadenceMonths?: number;
  /** Catalog items the entry fulfils: the shortest cadence among them applies. */
  readonly catalogItems?: readonly SumberKadensi[];
  /**
   * Cadence per category, over the defaults (berkala 6 months; none for the others). Set
   * `{ 'setiap-saat': 12 }` to review setiap-saat entries yearly.
   */
  readonly cadenceByCategory?: Partial<Record<Kategori, number>>;
  /** Months at the end of the cadence counted as `due`. Default 1. */
  readonly dueWindowMonths?: number;
  /** `delinquent` once older than this many cadences. Default 2. */
  readonly delinquentMultiple?: number;
  /** Zone a Date `now` is read in. Default `Asia/Jakarta`. */
  readonly timeZone?: ZonaWaktu;
}

export const AMBANG_KESEGARAN = { dueWindowMonths: 1, delinquentMultiple: 2 } as const;

function bulanBulat(nama: string, n: number, min: number): number {
  if (!Number.isInteger(n) || n < min)
    throw new RangeError(`${nama} harus bilangan bulat ≥ ${min} / must be an integer ≥ ${min}: ${n}`);
  return n;
}

/** The cadence of a category: the caller's setting, else the law's (berkala 6 months). */
export function kadensiKategori(
  kategori: Kategori,
  cadenceByCategory?: Partial<Record<Kategori, number>>,
): number | undefined {
  return cadenceByCategory?.[kategori] ?? KADENSI_KATEGORI[kategori];
}

/** The cadence that applies to an entry: explicit, else the shortest of its catalog items, else its category's. */
export function kadensiItem(item: Pick<ItemDIP, 'category'>, opsi: OpsiKesegaran = {}): number | undefined {
  let kadensi = opsi.cadenceMonths;
  if (kadensi === undefined && opsi.catalogItems) {
    for (const k of opsi.catalogItems) {
      const c = k.cadenceMonths ?? kadensiKategori(k.category, opsi.cadenceByCategory);
      if (c !== undefined && (kadensi === undefined || c < kadensi)) kadensi = c;
    }
  }
  kadensi ??= kadensiKategori(item.category, opsi.cadenceByCategory);
  return kadensi === undefined ? undefined : bulanBulat('cadenceMonths', kadensi, 1);
}

/** The date an entry was last renewed: `updated`, else the date it was made. Invalid dates count as none. */
export function tanggalTerakhir(
  item: Pick<ItemDIP, 'updated' | 'made'>,
): { date: Tanggal; source: 'updated' | 'made' } | undefined {
  if (item.updated !== undefined && tanggalValid(item.updated))
    return { date: item.updated, source: 'updated' };
  const made = item.made?.date;
  if (made !== undefined && tanggalValid(made)) return { date: made, source: 'made' };
  return undefined;
}

/** Judges many entries on one date: the date and thresholds are read and checked once. */
export type PenilaiKesegaran = (item: ItemDIP, catalogItems?: readonly SumberKadensi[]) => Kesegaran;

/**
 * A judge of many entries on `now` (a Date read in `opsi.timeZone`, or `YYYY-MM-DD`). A `now` that is
 * neither a real `YYYY-MM-DD` date nor a valid Date throws GalatArgumen naming buatPenilaiKesegaran and `now`.
 */
export function buatPenilaiKesegaran(now: Date | Tanggal, opsi: OpsiKesegaran = {}): PenilaiKesegaran {
  return penilaiKesegaranPada(tanggalArgumen('buatPenilaiKesegaran', 'now', now, opsi.timeZone), opsi);
}

/**
 * buatPenilaiKesegaran on a date already read (`keTanggal`'s, `hariIni`), without its check of `now`: for
 * callers whose date is valid by construction (nilaiDIPDengan after its own check; the lists), so the
 * lists carry no argument wording in their eager bundle. `hariIni` must be a real `YYYY-MM-DD` date, as
 * keTanggal gives: anything else (`2026-02-30` too) is keTanggal's plain RangeError ("Tanggal tidak valid /
 * invalid date: …") once an entry has a date, from the date arithmetic's own check.
 */
export function penilaiKesegaranPada(hariIni: Tanggal, opsi: OpsiKesegaran = {}): PenilaiKesegaran {
  const window = bulanBulat('dueWindowMonths', opsi.dueWindowMonths ?? AMBANG_KESEGARAN.dueWindowMonths, 0);
  const multiple = bulanBulat(
    'delinquentMultiple',
    opsi.delinquentMultiple ?? AMBANG_KESEGARAN.delinquentMultiple,
    1,
  );
  // Registers repeat dates; results are immutable, so one computation per date and cadence serves all.
  const sudah = new Map<string, Kesegaran>();
  const nilaiTanggal = (last: Tanggal, dateSource: 'updated' | 'made', cadenceMonths: number): Kesegaran => {
    const ageDays = selisihHari(last, hariIni);
    if (ageDays < 0) return { status: 'unknown', cadenceMonths, lastUpdated: last, dateSource, ageDays };
    const dueFrom = tambahBulan(last, cadenceMonths - window);
    const dueDate = tambahBulan(last, cadenceMonths);
    const delinquentAfter = tambahBulan(last, cadenceMonths * multiple);
    // YYYY-MM-DD strings compare in calendar order.
    const status: StatusKesegaran =
      hariIni > delinquentAfter
        ? 'delinquent'
        : hariIni > dueDate
          ? 'overdue'
          : window > 0 && hariIni >= dueFrom
            ? 'due'
            : 'fresh';
    return {
      status,
      cadenceMonths,
      lastUpdated: last,
      dateSource,
      ageDays,
      dueFrom,
      dueDate,
      delinquentAfter,
    };
  };
  return (item, catalogItems = opsi.catalogItems) => {
    const cadenceMonths = kadensiItem(item, {
      cadenceMonths: opsi.cadenceMonths,
      catalogItems,
      cadenceByCategory: opsi.cadenceByCategory,
    });
    const terakhir = tanggalTerakhir(item);
    if (cadenceMonths === undefined) {
      if (!terakhir) return { status: 'not-applicable' };
      const ageDays = selisihHari(terakhir.date, hariIni);
      // A date after today is `unknown` in every category, as a berkala one is: not an age to tell.
      return {
        status: ageDays < 0 ? 'unknown' : 'not-applicable',
        lastUpdated: terakhir.date,
        dateSource: terakhir.source,
        ageDays,
      };
    }
    if (window > cadenceMonths)
      throw new RangeError(`dueWindowMonths (${window}) > cadenceMonths (${cadenceMonths})`);
    if (!terakhir) return { status: 'unknown', cadenceMonths };
    const kunci = `${terakhir.date}|${cadenceMonths}|${terakhir.source}`;
    let hasil = sudah.get(kunci);
    if (!hasil) {
      hasil = Object.freeze(nilaiTanggal(terakhir.date, terakhir.source, cadenceMonths));
      sudah.set(kunci, hasil);
    }
    return hasil;
  };
}

/**
 * Freshness of one DIP entry on the evaluation date `now` (a Date read in the agency's zone, or a
 * `YYYY-MM-DD` date). With `last` the date of the entry and `c` its cadence in months:
 * fresh before `last + (c − window)` months; due from then up to and including `last + c` months;
 * overdue after that up to and including `last + multiple·c` months; delinquent after. Month ends clamp
 * (31 May + 6 months = 30 November). A date after `now` cannot be checked and is `unknown`, in a category
 * without a cadence too (setiap-saat, serta-merta: its `lastUpdated` and negative `ageDays` kept). A `now`
 * that is neither a real `YYYY-MM-DD` date nor a valid Date throws GalatArgumen naming kesegaranItem and `now`.
 */
export function kesegaranItem(item: ItemDIP, now: Date | Tanggal, opsi: OpsiKesegaran = {}): Kesegaran {
  return penilaiKesegaranPada(tanggalArgumen('kesegaranItem', 'now', now, opsi.timeZone), opsi)(item);
}
