import { KODE_KATEGORI } from '@terbuka/sdk';
import type { JenisBadanPublik, ItemKatalogInti, Kategori } from '@terbuka/sdk';
import type { BarisDIP } from './baris.js';
import { intiUntuk } from './katalog.js';

/** Entries under one catalog item; `item` is undefined for entries that match none. */
export interface Kelompok {
  readonly item?: ItemKatalogInti;
  readonly baris: readonly BarisDIP[];
}

/**
 * Groups the entries of one category by the catalog items they fulfil, in the regulation's order (a–k),
 * then the entries that fulfil none. An entry fulfilling two items appears under both. One pass over the
 * entries, not one per item: a keystroke groups every match (3,000 at 5,000 entries).
 */
export function kelompokKatalog(
  baris: readonly BarisDIP[],
  kind: JenisBadanPublik,
  kategori: Kategori = 'berkala',
): Kelompok[] {
  // By id: the rows may have been matched against the core before its phrases loaded (katalog.ts).
  const milik = new Map<string, BarisDIP[]>();
  const lain: BarisDIP[] = [];
  for (const b of baris)
    if (b.entry.category === kategori) {
      for (const { id } of b.cocok) {
        const g = milik.get(id);
        if (g) g.push(b);
        else milik.set(id, [b]);
      }
      if (!b.cocok.some((i) => i.category === kategori)) lain.push(b);
    }
  const hasil: Kelompok[] = [];
  for (const item of intiUntuk(kind).items)
    if (item.category === kategori && milik.has(item.id)) hasil.push({ item, baris: milik.get(item.id)! });
  if (lain.length > 0) hasil.push({ baris: lain });
  return hasil;
}

/**
 * The four categories in the law's order, each with its entries. Codes only: the panel shares this module,
 * and only the full DIP needs the categories' words (it takes them from infoKategori).
 */
export function kelompokKategori(baris: readonly BarisDIP[]): { kategori: Kategori; baris: BarisDIP[] }[] {
  const per = new Map(KODE_KATEGORI.map((k) => [k, [] as BarisDIP[]]));
  for (const b of baris) per.get(b.entry.category)?.push(b);
  return KODE_KATEGORI.map((kategori) => ({ kategori, baris: per.get(kategori)! }));
}
