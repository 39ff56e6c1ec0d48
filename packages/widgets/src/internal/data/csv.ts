// The CSV chunk: the SDK's importer with the catalog cores passed in (imporCSVIntiDengan, given the lists'
// `intiUntuk`), not `imporCSV`, whose check answers with both cores: that carried the desa core (and its
// phrases) into the chunk, so every CSV page loaded the desa catalog, most of them an OPD's that never uses
// it. A desa's core comes through katalog.ts, requested with this chunk (urai.ts).
import { bacaSebutanJenisBadan } from '@terbuka/sdk/csv';
import type { JenisBadanPublik } from '@terbuka/sdk';
import type { KATA_JENIS } from './kata-masalah.js';

export { csvItemSah, dekodeBerkas, denganPengodean, imporCSVIntiDengan } from '@terbuka/sdk/csv';

/**
 * `agency-kind` as written (Desa, nagari, Kalurahan …): the kind the SDK reads, and the code of the warning
 * mode="periksa" gives — an unknown kind, or a name read with a note (Kalurahan, one letter from
 * Kelurahan). Here, in the chunk, so the lists' eager code only passes the code on to its words.
 */
export function bacaJenisAgensi(
  teks: string,
): readonly [JenisBadanPublik | undefined, (keyof typeof KATA_JENIS | undefined)?] {
  const s = bacaSebutanJenisBadan(teks);
  if (!s) return [undefined, 'agency.kind'];
  return [s.jenis, s.catatan && `agency.kind-${s.catatan}`];
}
