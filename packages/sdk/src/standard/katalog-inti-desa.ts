import { INTI_DESA } from './inti-desa.js';
import { cariItemKatalog, jenisKatalog, katalogIntiBadanPublik } from './katalog-inti.js';
import { CATALOG_VERSION } from './kode.js';
import type { JenisBadanPublik, JenisKatalog, KatalogInti } from './types.js';

// The desa core, with the synchronous lookups that may answer with it, in a module of its own: a page can
// load it with import() only for a desa's register (the widgets do, through the `…Dengan` functions).

export const katalogIntiDesa: KatalogInti = { kind: 'desa', version: CATALOG_VERSION, items: INTI_DESA };

/** The core of the catalog for a kind of body; `katalogUntuk` gives the full items. */
export function katalogIntiUntuk(kind: JenisBadanPublik | JenisKatalog): KatalogInti {
  return jenisKatalog(kind) === 'desa' ? katalogIntiDesa : katalogIntiBadanPublik;
}

/**
 * Whether an id names an item or sub-item of the catalog for this kind of body (the DIP validator asks
 * the same of the cores it is given, through `cariItemKatalog`, to report `fulfils` ids that match nothing).
 */
export function idKatalogDikenal(id: string, kind: JenisBadanPublik | JenisKatalog): boolean {
  return cariItemKatalog(id.trim(), katalogIntiUntuk(kind)) !== undefined;
}
