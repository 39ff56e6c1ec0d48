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
 * then the entries that fulfil none. An entry fulfilling two items appears under both.
 */
export function kelompokKatalog(
  baris: readonly BarisDIP[],
  kind: JenisBadanPublik,
  kategori: Kategori = 'berkala',
): Kelompok[] {
  const dariKategori = baris.filter((b) => b.entry.category === kategori);
  const hasil: Kelompok[] = [];
  for (const item of intiUntuk(kind).items) {
    if (item.category !== kategori) continue;
    // By id: the rows may have been matched against the core before its phrases loaded (katalog.ts).
    const milik = dariKategori.filter((b) => b.cocok.some((i) => i.id === item.id));
    if (milik.length > 0) hasil.push({ item, baris: milik });
  }
  const lain = dariKategori.filter((b) => !b.cocok.some((i) => i.category === kategori));
  if (lain.length > 0) hasil.push({ baris: lain });
  return hasil;
}

/**
 * The four categories in the law's order, each with its entries. Codes only: the panel shares this module,
 * and only the full DIP needs the categories' words (it takes them from infoKategori).
 */
export function kelompokKategori(baris: readonly BarisDIP[]): { kategori: Kategori; baris: BarisDIP[] }[] {
  return KODE_KATEGORI.map((kategori) => ({
    kategori,
    baris: baris.filter((b) => b.entry.category === kategori),
  }));
}
