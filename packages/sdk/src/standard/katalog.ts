import { ITEM_BADAN_PUBLIK } from './katalog-badan-publik.js';
import { ITEM_DESA } from './katalog-desa.js';
import type { ItemKatalog, JenisBadanPublik, JenisKatalog, Kategori, Katalog } from './types.js';

/**
 * The version of the catalogs' ids and contents. Ids are never renamed or reused; a new version may
 * add items, change citations or flip `verified` flags as the regulations are checked.
 */
export const CATALOG_VERSION = '2026.1';

export const katalogBadanPublik: Katalog = {
  kind: 'badan-publik',
  version: CATALOG_VERSION,
  items: ITEM_BADAN_PUBLIK,
};

export const katalogDesa: Katalog = { kind: 'desa', version: CATALOG_VERSION, items: ITEM_DESA };

/** Which catalog a body follows: a desa follows Perki 1/2018, every other kind Perki 1/2021. */
export function jenisKatalog(kind: JenisBadanPublik | JenisKatalog): JenisKatalog {
  return kind === 'desa' ? 'desa' : 'badan-publik';
}

export function katalogUntuk(kind: JenisBadanPublik | JenisKatalog): Katalog {
  return jenisKatalog(kind) === 'desa' ? katalogDesa : katalogBadanPublik;
}

/** The catalog items for a kind of body, optionally of one category, in the regulation's order. */
export function itemKatalog(kind: JenisBadanPublik | JenisKatalog, category?: Kategori): ItemKatalog[] {
  const items = katalogUntuk(kind).items;
  return category === undefined ? [...items] : items.filter((i) => i.category === category);
}

/** The mandatory items of one category (berkala by default) for a kind of body. */
export function itemWajib(
  kind: JenisBadanPublik | JenisKatalog,
  category: Kategori = 'berkala',
): ItemKatalog[] {
  return itemKatalog(kind, category).filter((i) => i.mandatory);
}

/** The item with this id, or the item that owns this sub-item id. */
export function cariItemKatalog(
  id: string,
  katalog: Katalog,
): { item: ItemKatalog; subItemId?: string } | undefined {
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
  return cariItemKatalog(id.trim(), katalogUntuk(kind)) !== undefined;
}
