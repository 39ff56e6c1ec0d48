import type { Teks } from '../i18n/teks.js';
import type { KolomCSV } from './csv-kolom.js';
import { kutip } from './kutip.js';

// The validator's words name a field of the DIP format; the admin of a spreadsheet fills columns. For a
// CSV register, the importer (csv.ts) puts after such a problem the column to fill, as its file heads it,
// or the header to add when the file has no such column. A JSON DIP's admin has no columns: never there.

/**
 * The header to add for a column the file lacks: the SK DIP template's (as in demo/situs/data/dip.csv,
 * the SK numbers shortened as registers write them), each read back as its column by `kenaliKolom`.
 */
export const JUDUL_KOLOM_BARU = {
  diperbarui: 'Tanggal Pembaruan',
  dasarPengecualian: 'Dasar Pengecualian (Pasal 17 UU KIP)',
  konsekuensi: 'Konsekuensi',
  jangkaPengecualian: 'Jangka Waktu Pengecualian',
  nomorPenetapan: 'Nomor SK',
  tanggalPenetapan: 'Tanggal SK',
} as const satisfies Partial<Record<KolomCSV, string>>;

type KolomBaru = keyof typeof JUDUL_KOLOM_BARU;

/** The columns of an exclusion record, in the order the template has them. */
const KOLOM_PENGECUALIAN: readonly KolomBaru[] = [
  'dasarPengecualian',
  'konsekuensi',
  'jangkaPengecualian',
  'nomorPenetapan',
  'tanggalPenetapan',
];

/** The column a field required of an excluded entry is filled in. */
const KOLOM_FIELD: Readonly<Record<string, KolomBaru>> = {
  'exclusion.grounds': 'dasarPengecualian',
  'exclusion.consequence': 'konsekuensi',
  'exclusion.period': 'jangkaPengecualian',
  'exclusion.decisionNumber': 'nomorPenetapan',
  'exclusion.decisionDate': 'tanggalPenetapan',
};

/** `"A", "B" dan "C"` / `"A", "B" and "C"`. */
function daftar(judul: readonly string[], dan: string): string {
  const q = judul.map((j) => kutip(j));
  return q.length < 2 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} ${dan} ${q[q.length - 1]}`;
}

/**
 * Fill these columns in the problem's row; those the file lacks are named to be added first. The row is not
 * named ("di baris ini"): the message says it in front, and a checklist that groups the same words of many
 * rows (`kelompokkanMasalah`) lists them after, so the words must fit one row and many.
 */
function isiKolom(kolom: readonly KolomBaru[], judul: (k: KolomCSV) => string | undefined): Teks {
  const ada = kolom.map((k) => judul(k) ?? JUDUL_KOLOM_BARU[k]);
  const baru = kolom.filter((k) => judul(k) === undefined).map((k) => JUDUL_KOLOM_BARU[k]);
  const satu = ada.length === 1;
  if (baru.length === 0)
    return {
      id: `Isi kolom ${daftar(ada, 'dan')}.`,
      en: `Fill in ${satu ? 'column' : 'columns'} ${daftar(ada, 'and')}.`,
    };
  const semuaBaru = baru.length === ada.length;
  return {
    id: `Tambahkan kolom ${daftar(baru, 'dan')} ke lembar kerja, lalu isi ${semuaBaru ? (satu ? 'kolom itu' : 'kolom-kolom itu') : `kolom ${daftar(ada, 'dan')}`}.`,
    en: `Add ${baru.length === 1 ? 'a column' : 'columns'} ${daftar(baru, 'and')} to the sheet, then ${semuaBaru ? `fill ${satu ? 'it' : 'them'} in` : `fill in columns ${daftar(ada, 'and')}`}.`,
  };
}

/**
 * What the admin of a CSV register fills for a validator problem at `field` (the path within its entry:
 * `updated`, `exclusion`, `exclusion.period` …), or undefined when the problem is not one of a column left
 * empty. `judul`: a column's header as the file writes it, undefined when the file has no such column.
 */
export function petunjukKolomCSV(
  code: string,
  field: string,
  judul: (k: KolomCSV) => string | undefined,
): Teks | undefined {
  if (code === 'item.no-date') return isiKolom(['diperbarui'], judul);
  if (code === 'exclusion.missing') return isiKolom(KOLOM_PENGECUALIAN, judul);
  const k = KOLOM_FIELD[field];
  if (k && (code === 'field.required' || code === 'field.empty')) return isiKolom([k], judul);
  return undefined;
}
