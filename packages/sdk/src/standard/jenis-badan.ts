import { normalisasi } from './normalisasi.js';
import type { JenisBadanPublik } from './types.js';

/**
 * The kinds as people write them: any case, the regional names of a village (nagari, gampong, kampung,
 * pekon, lembang), of a kecamatan (distrik), and the common words for an OPD (dinas, badan …). Read by the
 * monitor's registry, the widgets' `agency-kind` and the CLI's `--agency-kind`.
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
  ['kelurahan', 'kelurahan'],
  ['desa', 'desa'],
  ['nagari', 'desa'],
  ['gampong', 'desa'],
  ['kampung', 'desa'],
  ['pekon', 'desa'],
  ['lembang', 'desa'],
  ['lainnya', 'lainnya'],
  ['lain', 'lainnya'],
  ['lain lain', 'lainnya'],
]);

/** `Desa`, ` OPD `, `nagari`, `Lain-lain` … as one of the five kinds; undefined for anything else. */
export const bacaJenisBadan = (teks: string): JenisBadanPublik | undefined =>
  NAMA_JENIS.get(normalisasi(teks));
