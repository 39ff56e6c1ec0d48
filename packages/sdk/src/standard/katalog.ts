import { ITEM_BADAN_PUBLIK } from './katalog-badan-publik.js';
import { ITEM_DESA } from './katalog-desa.js';
import { CATALOG_VERSION, jenisKatalog } from './katalog-inti.js';
import type { ItemKatalog, JenisBadanPublik, JenisKatalog, Kategori, Katalog } from './types.js';

export * from './katalog-inti.js';
export * from './katalog-inti-desa.js';

/** The full catalogs: each item's core with its details (descriptions, legal bases, sub-item titles). */
export const katalogBadanPublik: Katalog = {
  kind: 'badan-publik',
  version: CATALOG_VERSION,
  items: ITEM_BADAN_PUBLIK,
};

export const katalogDesa: Katalog = { kind: 'desa', version: CATALOG_VERSION, items: ITEM_DESA };

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
