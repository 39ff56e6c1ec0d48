// The CSV chunk: the SDK's importer with the catalog cores passed in (imporCSVIntiDengan, given the lists'
// `intiUntuk`), not `imporCSV`, whose check answers with both cores: that carried the desa core (and its
// phrases) into the chunk, so every CSV page loaded the desa catalog, most of them an OPD's that never uses
// it. A desa's core comes through katalog.ts, requested with this chunk (urai.ts).
import { bacaSebutanJenisBadan, csvItemSah, imporCSVIntiDengan } from '@terbuka/sdk/csv';
import { bacaZona } from '@terbuka/sdk';
import type { BadanPublik, JenisBadanPublik, Teks } from '@terbuka/sdk';
import type { intiUntuk, muatKatalog } from '../daftar/katalog.js';
import type * as KataMasalah from './kata-masalah.js';
import type { KATA_JENIS } from './kata-masalah.js';
import type { HasilData, MasalahData } from './urai.js';

export { dekodeBerkas, denganPengodean } from '@terbuka/sdk/csv';

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

/**
 * What a CSV's reading takes from the lists' eager code: the catalog cores and the problem words' loader.
 * Passed in, not imported: the classic script's side file (terbuka-csv.js) would carry a second catalog,
 * whose loaded desa core the script's own would never see.
 */
export interface AlatCSV {
  readonly intiUntuk: typeof intiUntuk;
  readonly muatKatalog: typeof muatKatalog;
  readonly peringatan: (
    code: KataMasalah.KodeMasalahWidget,
    kata: (m: typeof KataMasalah) => Teks,
  ) => Promise<MasalahData>;
}

/**
 * Reads a CSV register (urai.ts, uraiTeks): here, in the chunk every CSV loads anyway, so a JSON
 * register's page does not carry it. `a`: the body from the element's attributes; `pengodean`: the
 * encoding a non-UTF-8 text was read in (baca-ulang.ts), which the reading warns of.
 */
export async function uraiCSV(
  teks: string,
  a: BadanPublik | undefined,
  pengodean: string | undefined,
  alat: AlatCSV,
): Promise<HasilData> {
  // agency-timezone and agency-kind as written (WITA, Desa, nagari …); one the SDK does not know is left
  // out (WIB, opd) and named in mode="periksa": a typo in an attribute never hides the list. A name read
  // with a note (Kalurahan, one letter from Kelurahan) is named there too.
  const ditulis = a?.timeZone;
  const zona = ditulis && bacaZona(ditulis);
  const [jenis, kode] = a ? bacaJenisAgensi(a.kind) : [];
  const agency = a && { ...a, kind: jenis || 'opd', timeZone: zona || undefined };
  // The entries' `fulfils` are checked against the core of the body's kind: a desa's, once the kind is read.
  await alat.muatKatalog(agency?.kind);
  const hasil = csvItemSah(teks, (t, o) =>
    imporCSVIntiDengan(
      t,
      { ...o, ...(agency ? { agency } : {}), ...(pengodean ? { pengodean } : {}) },
      alat.intiUntuk,
    ),
  );
  const w: MasalahData[] = hasil.warnings;
  if (kode) w.unshift(await alat.peringatan(kode, (m) => m.KATA_JENIS[kode](a!.kind)));
  if (ditulis && !zona) w.unshift(await alat.peringatan('agency.timeZone', (m) => m.zonaTakDikenal(ditulis)));
  return { format: 'csv', ...hasil };
}
