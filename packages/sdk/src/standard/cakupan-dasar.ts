import type { ItemDIP } from '../dip/types.js';
import { cariItemKatalog } from './katalog-inti.js';
import type { KatalogInti } from './types.js';

// The part of matching an entry to its catalog items that reads no phrase: the ids declared in `fulfils`,
// and the items that cover a whole category. Apart from the phrase matching (cakupan.ts), so that a page
// whose catalog holds no phrase loads none of it: the widgets pass the phrase matching in only once they
// have loaded a catalog with phrases (which it needs to find anything).

/** How a DIP entry was found to fulfil a catalog item. */
export interface CocokanKatalog {
  readonly catalogItemId: string;
  /** `fulfils`: declared by the register; `kata-kunci`: inferred from the title; `kategori`: any entry of the category. */
  readonly via: 'fulfils' | 'kata-kunci' | 'kategori';
  /** The normalised phrase that matched, for `kata-kunci`. */
  readonly keyword?: string;
  /** The sub-item the declared id or the phrase points at, when there is one. */
  readonly subItemId?: string;
}

/** The phrase matching of `cocokkanItemKatalog` (cakupan.ts's `cocokkanKataKunci`), passed in. */
export type PencocokKataKunci = (item: ItemDIP, katalog: KatalogInti) => CocokanKatalog[];

/**
 * Whether matching this entry reads the catalog's phrases: it declares no `fulfils` (declared ids, even
 * ones the catalog does not know, are the whole answer). A page can load the phrases only when one does.
 */
export function perluKataKunci(item: Pick<ItemDIP, 'fulfils'>): boolean {
  return !item.fulfils || item.fulfils.length === 0;
}

/**
 * `cocokkanItemKatalog` with its phrase matching passed in (`kataKunci`), or none: without it an entry
 * without `fulfils` is matched to the items that cover its category only, which is the whole answer for a
 * catalog without phrases (`katalogIntiBerkalaBadanPublikTanpaKataKunci`).
 */
export function cocokkanItemKatalogDengan(
  item: ItemDIP,
  katalog: KatalogInti,
  kataKunci?: PencocokKataKunci,
): CocokanKatalog[] {
  if (!perluKataKunci(item)) {
    const hasil: CocokanKatalog[] = [];
    for (const id of item.fulfils ?? []) {
      const ketemu = cariItemKatalog(id.trim(), katalog);
      if (
        !ketemu ||
        hasil.some((h) => h.catalogItemId === ketemu.item.id && h.subItemId === ketemu.subItemId)
      ) {
        continue;
      }
      hasil.push({
        catalogItemId: ketemu.item.id,
        via: 'fulfils',
        ...(ketemu.subItemId ? { subItemId: ketemu.subItemId } : {}),
      });
    }
    return hasil;
  }
  const perKategori: CocokanKatalog[] = katalog.items
    .filter((k) => k.coversCategory && k.category === item.category)
    .map((k) => ({ catalogItemId: k.id, via: 'kategori' }));
  const frasa = (kataKunci?.(item, katalog) ?? []).filter(
    (c) => !perKategori.some((p) => p.catalogItemId === c.catalogItemId),
  );
  return [...perKategori, ...frasa];
}
