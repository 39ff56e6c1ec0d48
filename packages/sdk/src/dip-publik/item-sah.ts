import { uraikanHasil } from '../dip/kata-validasi.js';
import { jsonItemSahMentah } from './item-sah-mentah.js';
import type { HasilBacaPublik } from './item-sah-mentah.js';

export { jsonItemSahMentah } from './item-sah-mentah.js';
export { csvItemSah } from './csv-item-sah.js';
export type { HasilBacaPublik } from './item-sah-mentah.js';

/**
 * Reads parsed JSON for public display (`jsonItemSahMentah`), every problem in words: the register as a
 * whole is invalid (`ok: false`), yet `document` holds the entries without an error; `omitted` counts
 * the entries left out.
 */
export function jsonItemSah(input: unknown): HasilBacaPublik {
  return uraikanHasil(jsonItemSahMentah(input));
}
