import { INTI_BADAN_PUBLIK } from './inti-badan-publik.js';
import { INTI_DESA } from './inti-desa.js';
import type { ItemKatalogInti, JenisBadanPublik, JenisKatalog, KatalogInti } from './types.js';

/**
 * The version of the catalogs' ids and contents. Ids are never renamed or reused; a new version may
 * add items, change citations or flip `verified` flags as the regulations are checked.
 */
export const CATALOG_VERSION = '2026.1';

/** The cores of the catalogs (no descriptions, bases or sub-item titles): what the widgets load. */
export const katalogIntiBadanPublik: KatalogInti = {
  kind: 'badan-publik',
  version: CATALOG_VERSION,
  items: INTI_BADAN_PUBLIK,
};

export const katalogIntiDesa: KatalogInti = { kind: 'desa', version: CATALOG_VERSION, items: INTI_DESA };

/** Which catalog a body follows: a desa follows Perki 1/2018, every other kind Perki 1/2021. */
export function jenisKatalog(kind: JenisBadanPublik | JenisKatalog): JenisKatalog {
  return kind === 'desa' ? 'desa' : 'badan-publik';
}

/** The core of the catalog for a kind of body; `katalogUntuk` gives the full items. */
export function katalogIntiUntuk(kind: JenisBadanPublik | JenisKatalog): KatalogInti {
  return jenisKatalog(kind) === 'desa' ? katalogIntiDesa : katalogIntiBadanPublik;
}

/** The item with this id, or the item that owns this sub-item id (full or core catalog alike). */
export function cariItemKatalog<I extends ItemKatalogInti>(
  id: string,
  katalog: { readonly items: readonly I[] },
): { item: I; subItemId?: string } | undefined {
  for (const item of katalog.items) {
    if (item.id === id) return { item };
    const sub = item.subItems.find((s) => s.id === id);
    if (sub) return { item, subItemId: sub.id };
  }
  return undefined;
}

/**
 * Whether an id names an item or sub-item of the catalog for this kind of body. The DIP validator
 * uses it to report `fulfils` ids that match nothing.
 */
export function idKatalogDikenal(id: string, kind: JenisBadanPublik | JenisKatalog): boolean {
  return cariItemKatalog(id.trim(), katalogIntiUntuk(kind)) !== undefined;
}
