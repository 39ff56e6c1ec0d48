import {
  BAND_MONEV,
  formatSkor as formatSkorSDK,
  type JenisBadanPublik,
  type KodeBand,
  type Teks,
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

// The report is for one district; its times are shown in WIB, with the exact instant in `datetime`.
const WAKTU = new Intl.DateTimeFormat('id-ID', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Asia/Jakarta',
});
const TANGGAL = new Intl.DateTimeFormat('id-ID', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'Asia/Jakarta',
});

export const formatWaktu = (iso: string): string => `${WAKTU.format(new Date(iso))} WIB`;
export const formatTanggal = (iso: string): string => TANGGAL.format(new Date(iso));

/** A score as the badge writes it (one decimal, Indonesian comma). */
export const formatSkor = (n: number): string => formatSkorSDK(n, 'id');
