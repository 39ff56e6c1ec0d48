import {
  BAND_MONEV,
  LOKAL_INTL,
  type Bahasa,
  formatSkor as formatSkorSDK,
  type JenisBadanPublik,
  type KodeBand,
  type Teks,
  type ZonaWaktu,
  ZONA_INDONESIA,
} from '@terbuka/sdk';
import { LABEL_JENIS, LABEL_JENIS_SATU } from './kata.js';

/** Names of the kinds of public body, in the order the filters list them. */
export const JENIS: readonly { readonly kind: JenisBadanPublik; readonly label: Teks }[] = (
  ['opd', 'kecamatan', 'kelurahan', 'desa', 'lainnya'] as const
).map((kind) => ({ kind, label: LABEL_JENIS[kind] }));

export const labelJenis = (k: JenisBadanPublik, b: Bahasa = 'id'): string =>
  JENIS.find((j) => j.kind === k)?.label[b] ?? k;

/** The kind of one public body ("Village"; the filters say "Villages"). */
export const labelJenisSatu = (k: JenisBadanPublik, b: Bahasa = 'id'): string =>
  LABEL_JENIS_SATU[k]?.[b] ?? k;

export const labelBand = (k: KodeBand, b: Bahasa = 'id'): string =>
  BAND_MONEV.find((x) => x.code === k)?.label[b] ?? k;

// Times are shown in a body's zone (its registry `timeZone`, WIB by default) with the zone's name, the
// exact instant in `datetime`: a WITA body's evidence page says the scan's time as its badge dates it.
const FORMAT = new Map<string, Intl.DateTimeFormat>();
function format(zona: ZonaWaktu, jam: boolean, b: Bahasa): Intl.DateTimeFormat {
  const k = `${zona} ${jam} ${b}`;
  let f = FORMAT.get(k);
  if (!f) {
    f = new Intl.DateTimeFormat(LOKAL_INTL[b], {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      ...(jam ? { hour: '2-digit', minute: '2-digit' } : {}),
      timeZone: zona,
    });
    FORMAT.set(k, f);
  }
  return f;
}

const singkatan = (zona: ZonaWaktu): string =>
  ZONA_INDONESIA.find((z) => z.zona === zona)?.singkatan ?? 'WIB';

export const formatWaktu = (iso: string, zona: ZonaWaktu = 'Asia/Jakarta', b: Bahasa = 'id'): string =>
  `${format(zona, true, b).format(new Date(iso))} ${singkatan(zona)}`;
export const formatTanggal = (iso: string, zona: ZonaWaktu = 'Asia/Jakarta', b: Bahasa = 'id'): string =>
  format(zona, false, b).format(new Date(iso));

/** A score as the badge writes it (one decimal: an Indonesian comma, an English point). */
export const formatSkor = (n: number, b: Bahasa = 'id'): string => formatSkorSDK(n, b);
