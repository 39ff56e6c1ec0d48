import {
  BAND_MONEV,
  formatSkor as formatSkorSDK,
  type JenisBadanPublik,
  type KodeBand,
  type Teks,
  type ZonaWaktu,
  ZONA_INDONESIA,
} from '@terbuka/sdk';

/** Names of the kinds of public body, in the order the filters list them. */
export const JENIS: readonly { readonly kind: JenisBadanPublik; readonly label: Teks }[] = [
  { kind: 'opd', label: { id: 'OPD', en: 'Regional agencies' } },
  { kind: 'kecamatan', label: { id: 'Kecamatan', en: 'Districts' } },
  { kind: 'kelurahan', label: { id: 'Kelurahan', en: 'Urban villages' } },
  { kind: 'desa', label: { id: 'Desa', en: 'Villages' } },
  { kind: 'lainnya', label: { id: 'Lainnya', en: 'Other' } },
];

export const labelJenis = (k: JenisBadanPublik): string => JENIS.find((j) => j.kind === k)?.label.id ?? k;

export const labelBand = (b: KodeBand): string => BAND_MONEV.find((x) => x.code === b)?.label.id ?? b;

// Times are shown in a body's zone (its registry `timeZone`, WIB by default) with the zone's name, the
// exact instant in `datetime`: a WITA body's evidence page says the scan's time as its badge dates it.
const FORMAT = new Map<string, Intl.DateTimeFormat>();
function format(zona: ZonaWaktu, jam: boolean): Intl.DateTimeFormat {
  const k = `${zona} ${jam}`;
  let f = FORMAT.get(k);
  if (!f) {
    f = new Intl.DateTimeFormat('id-ID', {
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

export const formatWaktu = (iso: string, zona: ZonaWaktu = 'Asia/Jakarta'): string =>
  `${format(zona, true).format(new Date(iso))} ${singkatan(zona)}`;
export const formatTanggal = (iso: string, zona: ZonaWaktu = 'Asia/Jakarta'): string =>
  format(zona, false).format(new Date(iso));

/** A score as the badge writes it (one decimal, Indonesian comma). */
export const formatSkor = (n: number): string => formatSkorSDK(n, 'id');
