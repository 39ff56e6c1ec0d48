import type { DokumenDIP } from '../dip/types.js';
import { cocokkanItemKatalog } from './cakupan.js';
import { katalogUntuk } from './katalog.js';
import type { ItemKatalog, ItemKatalogInti, Kategori, KatalogInti } from './types.js';

// Apart from cakupan.ts: a page that lists entries needs only the matching; the admin's checklist and
// scoring load this.

/** The mandatory items of a category (berkala by default) that no entry of the DIP fulfils. */
export function itemWajibBelumTercakup(doc: DokumenDIP, category: Kategori = 'berkala'): ItemKatalog[] {
  return wajibBelumTercakup(katalogUntuk(doc.agency.kind), doc, category);
}

/**
 * `itemWajibBelumTercakup` against a given catalog, full or core (`katalogIntiUntuk`): the widgets
 * use the core, so a page never loads the catalog's descriptions and legal bases.
 */
export function wajibBelumTercakup<I extends ItemKatalogInti>(
  katalog: Omit<KatalogInti, 'items'> & { readonly items: readonly I[] },
  doc: DokumenDIP,
  category: Kategori = 'berkala',
): I[] {
  return wajibBelumTercakupSemua(katalog, doc).filter((i) => i.category === category);
}

/**
 * The mandatory items of every category that no entry of the DIP fulfils, in the catalog's order (so by
 * category): what `wajibBelumTercakup` gives per category, with the entries matched once, not once per
 * category (the admin's checklist of the full DIP; a register of 20,000 entries).
 */
export function wajibBelumTercakupSemua<I extends ItemKatalogInti>(
  katalog: Omit<KatalogInti, 'items'> & { readonly items: readonly I[] },
  doc: DokumenDIP,
): I[] {
  const tercakup = new Set<string>();
  for (const entry of doc.items) {
    for (const m of cocokkanItemKatalog(entry, katalog)) tercakup.add(m.catalogItemId);
  }
  return katalog.items.filter((i) => i.mandatory && !tercakup.has(i.id));
}
