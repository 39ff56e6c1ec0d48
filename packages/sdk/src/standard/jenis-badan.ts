import type { Teks } from '../i18n/teks.js';
import { normalisasi } from './normalisasi.js';
import type { JenisBadanPublik } from './types.js';

/**
 * The kinds as people write them: any case, the regional names of a village and of a kecamatan, and the
 * common words for an OPD (dinas, badan …). Read by the monitor's registry, the widgets' `agency-kind` and
 * the CLI's `--agency-kind`. Each regional name is one a government uses officially for the whole of the
 * kind in its area (UU 6/2014 on Desa lets a desa or desa adat keep its local name):
 * - nagari — West Sumatra; gampong — Aceh; kampung — Papua and kabupaten in Riau, East Kalimantan and
 *   Lampung; pekon — kabupaten in Lampung (West Lampung, Tanggamus …); tiyuh — Tulang Bawang Barat
 *   (Lampung); lembang — Tana Toraja and Toraja Utara; negeri — the desa adat of Maluku (Perda Maluku
 *   14/2005); distrik — Papua's kecamatan (UU 21/2001).
 * - Yogyakarta (DIY, Perdais DIY 1/2018, in use since 2020): kalurahan — a desa in its four kabupaten;
 *   kapanewon — a kecamatan there; kemantren — a kecamatan in Kota Yogyakarta (whose kelurahan keep
 *   that name).
 * Left out: banjar (a part of a desa in Bali, and the name of a kabupaten and a kota), dusun (a part of a
 * desa almost everywhere), mukim (Aceh, between the kecamatan and the gampong), ohoi (Maluku Tenggara's
 * desa: its source not checked yet).
 */
const NAMA_JENIS = new Map<string, JenisBadanPublik>([
  ['opd', 'opd'],
  ['perangkat daerah', 'opd'],
  ['dinas', 'opd'],
  ['badan', 'opd'],
  ['kantor', 'opd'],
  ['sekretariat', 'opd'],
  ['kecamatan', 'kecamatan'],
  ['distrik', 'kecamatan'],
  ['kapanewon', 'kecamatan'],
  ['kemantren', 'kecamatan'],
  ['kelurahan', 'kelurahan'],
  ['desa', 'desa'],
  ['nagari', 'desa'],
  ['gampong', 'desa'],
  ['kampung', 'desa'],
  ['pekon', 'desa'],
  ['tiyuh', 'desa'],
  ['lembang', 'desa'],
  ['negeri', 'desa'],
  ['kalurahan', 'desa'],
  ['lainnya', 'lainnya'],
  ['lain', 'lainnya'],
  ['lain lain', 'lainnya'],
]);

/**
 * Every name read as a kind, the five codes first, as the reader compares them (lowercase, punctuation as
 * spaces): for a JSON Schema's list of the names a producer may write.
 */
export const SEBUTAN_JENIS_BADAN: readonly string[] = [
  ...new Set([...NAMA_JENIS.values(), ...NAMA_JENIS.keys()]),
];

/**
 * What the admin should be told about a name read as a kind: `kalurahan` (DIY's desa) is one letter from
 * `kelurahan`, and a kelurahan is not a desa (another catalog), so a typo would silently change the
 * catalog. Callers word the note from their own word tables; the kind read is used all the same.
 */
export type CatatanJenisBadan = 'kalurahan';

/**
 * Why a kind read with a note should be checked, said after the name as written (`"Kalurahan" dibaca …`):
 * the CLI's `--agency-kind`, the monitor's registry and the lists' checklist each put their own subject
 * before it.
 */
export const KATA_CATATAN_JENIS: Readonly<Record<CatatanJenisBadan, Teks>> = {
  kalurahan: {
    id: 'dibaca sebagai desa (Kalurahan, sebutan desa di DIY). Jika badan publik ini kelurahan, tulis "Kelurahan".',
    en: 'is read as a desa (Kalurahan, the name of a desa in DIY). If this public body is a kelurahan, write "Kelurahan".',
  },
};

/** Names read as a kind besides the five codes, as examples in a message about a kind not known. */
export const CONTOH_SEBUTAN_JENIS = 'dinas, distrik, nagari, gampong, kampung, kalurahan, kapanewon …';

/** A name read as a kind, with the note the admin should see (if any). */
export interface SebutanJenisBadan {
  readonly jenis: JenisBadanPublik;
  readonly catatan?: CatatanJenisBadan;
}

/**
 * `Desa`, ` OPD `, `nagari`, `Kalurahan` … as one of the five kinds, with its note; undefined otherwise, a
 * value that is not a string too.
 */
export function bacaSebutanJenisBadan(teks: string | null | undefined): SebutanJenisBadan | undefined {
  if (typeof teks !== 'string') return undefined;
  const nama = normalisasi(teks);
  const jenis = NAMA_JENIS.get(nama);
  if (!jenis) return undefined;
  return nama === 'kalurahan' ? { jenis, catatan: nama } : { jenis };
}

/**
 * `Desa`, ` OPD `, `nagari`, `Lain-lain` … as one of the five kinds; undefined for anything else, a value
 * that is not a string too.
 */
export const bacaJenisBadan = (teks: string | null | undefined): JenisBadanPublik | undefined =>
  typeof teks === 'string' ? NAMA_JENIS.get(normalisasi(teks)) : undefined;
