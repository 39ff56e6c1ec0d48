import { uraikanHasil } from '../dip/kata-validasi.js';
import { katalogIntiUntuk } from '../standard/katalog-inti-desa.js';
import type { MasalahMentah } from '../dip/types.js';
import { jsonItemSahMentahDengan } from './item-sah-mentah.js';
import type { HasilBacaPublik } from './item-sah-mentah.js';

export { jsonItemSahMentahDengan } from './item-sah-mentah.js';
export { csvItemSah } from './csv-item-sah.js';
export type { HasilBacaPublik } from './item-sah-mentah.js';

/** `jsonItemSahMentahDengan` against both catalog cores. Problems unworded. */
export function jsonItemSahMentah(input: unknown): HasilBacaPublik<MasalahMentah> {
  return jsonItemSahMentahDengan(input, katalogIntiUntuk);
}

/**
 * Reads parsed JSON for public display (`jsonItemSahMentah`), every problem in words: the register as a
 * whole is invalid (`ok: false`), yet `document` holds the entries without an error, and those whose only
 * fault is a link address the allow-list refuses (kept as written: render links through `tautanAman`);
 * `omitted` counts the entries left out.
 */
export function jsonItemSah(input: unknown): HasilBacaPublik {
  return uraikanHasil(jsonItemSahMentah(input));
}
