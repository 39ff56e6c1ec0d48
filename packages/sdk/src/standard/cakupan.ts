import type { DokumenDIP, ItemDIP } from '../dip/types.js';
import { cocokkanItemKatalogDengan } from './cakupan-dasar.js';
import type { CocokanKatalog } from './cakupan-dasar.js';
export * from './cakupan-dasar.js';
import { katalogUntuk } from './katalog.js';
import { normalisasi } from './normalisasi.js';
import type { ItemKatalog, ItemKatalogInti, Kategori, KatalogInti } from './types.js';

interface FrasaKatalog {
  readonly item: ItemKatalogInti;
  /** ` phrase ` with a space either side, so a search finds whole words only. */
  readonly padded: string;
  readonly keyword: string;
  /** The phrase's first word: a phrase whose first word is absent is skipped without a search. */
  readonly first: string;
  readonly subItemId?: string;
}

const frasaPerKatalog = new WeakMap<KatalogInti, Map<Kategori, FrasaKatalog[]>>();

/** Normalises every phrase once per catalog; matching 10,000 entries must stay cheap. */
function frasa(katalog: KatalogInti, category: Kategori): readonly FrasaKatalog[] {
  let perKategori = frasaPerKatalog.get(katalog);
  if (!perKategori) {
    perKategori = new Map();
    for (const item of katalog.items) {
      const daftar = perKategori.get(item.category) ?? [];
      const sudah = new Set<string>();
      for (const kata of item.keywords) {
        const keyword = normalisasi(kata);
        if (keyword === '' || sudah.has(keyword)) continue;
        sudah.add(keyword);
        const sub = item.subItems.find((s) => s.keywords?.some((k) => normalisasi(k) === keyword));
        daftar.push({
          item,
          padded: ` ${keyword} `,
          keyword,
          first: keyword.split(' ')[0] ?? keyword,
          ...(sub ? { subItemId: sub.id } : {}),
        });
      }
      perKategori.set(item.category, daftar);
    }
    frasaPerKatalog.set(katalog, perKategori);
  }
  return perKategori.get(category) ?? [];
}

interface Temuan {
  readonly frasa: FrasaKatalog;
  readonly start: number;
  readonly end: number;
}

/**
 * Finds the catalog items of the entry's own category whose phrases occur in its title and summary.
 * A phrase inside a longer phrase of another item yields to it: "laporan tahunan" (performance)
 * gives way to "laporan tahunan ppid" (the information-service report).
 */
export function cocokkanKataKunci(item: ItemDIP, katalog: KatalogInti): CocokanKatalog[] {
  const daftar = frasa(katalog, item.category);
  if (daftar.length === 0) return [];
  const normal = normalisasi(`${item.title} ${item.summary ?? ''}`);
  const kata = new Set(normal.split(' '));
  const teks = ` ${normal} `;
  const temuan: Temuan[] = [];
  for (const f of daftar) {
    if (!kata.has(f.first)) continue;
    for (let i = teks.indexOf(f.padded); i !== -1; i = teks.indexOf(f.padded, i + 1)) {
      temuan.push({ frasa: f, start: i, end: i + f.padded.length });
    }
  }
  const bertahan = temuan.filter(
    (t) =>
      !temuan.some(
        (u) =>
          u.frasa.item !== t.frasa.item &&
          u.start <= t.start &&
          u.end >= t.end &&
          u.end - u.start > t.end - t.start,
      ),
  );
  const hasil: CocokanKatalog[] = [];
  for (const katalogItem of katalog.items) {
    const milik = bertahan.filter((t) => t.frasa.item === katalogItem);
    if (milik.length === 0) continue;
    // Report the most specific phrase: the longest, preferring one that names a sub-item.
    const terbaik = milik.reduce((a, b) =>
      b.frasa.keyword.length > a.frasa.keyword.length ||
      (b.frasa.keyword.length === a.frasa.keyword.length && !a.frasa.subItemId && b.frasa.subItemId)
        ? b
        : a,
    );
    hasil.push({
      catalogItemId: katalogItem.id,
      via: 'kata-kunci',
      keyword: terbaik.frasa.keyword,
      ...(terbaik.frasa.subItemId ? { subItemId: terbaik.frasa.subItemId } : {}),
    });
  }
  return hasil;
}

/**
 * Which catalog items a DIP entry fulfils. Ids the register declares in `fulfils` win and are the
 * whole answer (ids the catalog does not know match nothing); otherwise the entry's title and
 * summary are matched against the phrases of the items of its own category. The core of a catalog
 * (`katalogIntiUntuk`) matches exactly as the full one.
 */
export function cocokkanItemKatalog(item: ItemDIP, katalog: KatalogInti): CocokanKatalog[] {
  return cocokkanItemKatalogDengan(item, katalog, cocokkanKataKunci);
}

/** A catalog item with the DIP entries that fulfil it. */
export interface CakupanItem {
  readonly item: ItemKatalog;
  readonly entries: readonly { readonly entry: ItemDIP; readonly match: CocokanKatalog }[];
}

/** For every item of the body's catalog, the DIP entries that fulfil it (empty when none). */
export function cakupanKatalog(doc: DokumenDIP): CakupanItem[] {
  const katalog = katalogUntuk(doc.agency.kind);
  const perItem = new Map<string, { entry: ItemDIP; match: CocokanKatalog }[]>();
  for (const entry of doc.items) {
    for (const match of cocokkanItemKatalog(entry, katalog)) {
      const daftar = perItem.get(match.catalogItemId) ?? [];
      daftar.push({ entry, match });
      perItem.set(match.catalogItemId, daftar);
    }
  }
  return katalog.items.map((item) => ({ item, entries: perItem.get(item.id) ?? [] }));
}
