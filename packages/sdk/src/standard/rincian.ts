import type { ItemKatalog, ItemKatalogInti, RincianItem } from './types.js';

/**
 * The full catalog items from their cores and their details (keyed by id). A core without details,
 * or a sub-item without a title, is a mistake in the data and throws when the module loads.
 */
export function lengkapiKatalog(
  inti: readonly ItemKatalogInti[],
  rincian: Readonly<Record<string, RincianItem>>,
): ItemKatalog[] {
  return inti.map((item) => {
    const r = rincian[item.id];
    if (!r) throw new Error(`katalog: rincian ${item.id} tidak ada`);
    // Keys in the order of `ItemKatalog`, so JSON of an item reads as before the split.
    return {
      id: item.id,
      category: item.category,
      ...(item.letter !== undefined ? { letter: item.letter } : {}),
      title: item.title,
      ...(r.description ? { description: r.description } : {}),
      subItems: item.subItems.map((s) => {
        const d = r.subItems?.[s.id];
        if (!d) throw new Error(`katalog: judul ${s.id} tidak ada`);
        return { id: s.id, ...d, ...(s.keywords ? { keywords: s.keywords } : {}) };
      }),
      basis: r.basis,
      mandatory: item.mandatory,
      verified: item.verified,
      ...(r.note ? { note: r.note } : {}),
      ...(item.cadenceMonths !== undefined ? { cadenceMonths: item.cadenceMonths } : {}),
      keywords: item.keywords,
      ...(item.coversCategory !== undefined ? { coversCategory: item.coversCategory } : {}),
    };
  });
}
