import { katalogIntiUntuk } from '../standard/katalog-inti-desa.js';
import { validasiDIPMentahDengan } from './periksa.js';
import type { HasilBacaMentah } from './periksa.js';

// Apart from periksa.ts: this one answers with both catalog cores, so a page that loads the desa core
// lazily imports periksa.ts alone.

/**
 * Checks anything (parsed JSON, usually) against the DIP format and reports every problem with its code,
 * path and the values its sentence names; `uraikanMasalah` (kata-validasi.ts) words them. `dijamin` is
 * as for `validasiDIPTerjamin` (validasi.ts). Never throws.
 */
export function validasiDIPMentah(input: unknown, dijamin?: (i: number) => boolean): HasilBacaMentah {
  return validasiDIPMentahDengan(input, katalogIntiUntuk, dijamin);
}
