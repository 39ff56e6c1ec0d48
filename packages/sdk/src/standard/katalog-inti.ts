import type { ItemKatalogInti, JenisBadanPublik, JenisKatalog } from './types.js';

// The cores of the catalogs (no descriptions, bases or sub-item titles): what the widgets load.
export { CATALOG_VERSION } from './kode.js';
export { katalogIntiBadanPublik } from './inti-badan-publik.js';
export { katalogIntiBerkalaBadanPublik } from './inti-berkala-badan-publik.js';
export { katalogIntiBerkalaBadanPublikTanpaKataKunci } from './kerangka-badan-publik.js';
export { katalogIntiBerkalaDesa } from './inti-berkala-desa.js';

/** Which catalog a body follows: a desa follows Perki 1/2018, every other kind Perki 1/2021. */
export function jenisKatalog(kind: JenisBadanPublik | JenisKatalog): JenisKatalog {
  return kind === 'desa' ? 'desa' : 'badan-publik';
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
