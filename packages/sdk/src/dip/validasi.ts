import type { Hasil, MasalahDIP } from './types.js';
import { uraikanHasil } from './kata-validasi.js';
import { validasiDIPMentah } from './validasi-mentah.js';

/** The outcome of reading or checking a DIP, every problem worded. */
export type HasilBaca = Hasil<MasalahDIP>;

/**
 * Checks anything (parsed JSON, usually) against the DIP format and reports every problem, each with its
 * path and a message in both languages. Never throws. The document's items that were valid as given are
 * the input's own objects, not copies (the same content the schema's copy would have): change neither.
 */
export function validasiDIP(input: unknown): HasilBaca {
  return validasiDIPTerjamin(input);
}

/**
 * `validasiDIP` for a document built by a reader of another format that vouches for some items (the CSV
 * importer checks this way, with the catalog cores it is given: `imporCSVIntiDengan`): `dijamin(i)` is true
 * only for an item made solely from values the shared rules (tautanAman, tanggalValid, bacaKategori) already
 * accepted, with only fields of the format. Those items are not run through the schema again; everything
 * else is checked exactly as by `validasiDIP`, and a property test holds both to the same problems on
 * generated registers. Not exported from the package.
 */
export function validasiDIPTerjamin(input: unknown, dijamin?: (i: number) => boolean): HasilBaca {
  return uraikanHasil(validasiDIPMentah(input, dijamin));
}
