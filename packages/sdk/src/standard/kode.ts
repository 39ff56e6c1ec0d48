// Values of the standard that schemas, the catalog cores and freshness share: apart from types.ts, which the
// badge imports (for JENIS_BADAN_PUBLIK), so the badge's chunk never carries them.

/** The four categories of public information (UU KIP Pasal 9, 10, 11 and 17), in the law's order. */
export const KODE_KATEGORI = ['berkala', 'serta-merta', 'setiap-saat', 'dikecualikan'] as const;

/**
 * The renewal cadence the law sets per category, in months (berkala: at least every 6 months). Here, not
 * only in KATEGORI, so freshness and the catalog cores need none of the categories' words.
 */
export const KADENSI_KATEGORI: Readonly<Partial<Record<(typeof KODE_KATEGORI)[number], number>>> = {
  berkala: 6,
};

/** Ids of the threat kinds of informasi serta-merta (the catalog's `serta-merta.ancaman.<id>`). */
export const ID_ANCAMAN_SERTA_MERTA = [
  'bencana-alam',
  'bencana-non-alam',
  'bencana-sosial',
  'penyakit-menular',
  'racun-makanan',
  'gangguan-utilitas',
] as const;

/** Letters of UU KIP Pasal 17 (exceptions); their titles are in pasal.ts (PASAL_17). */
export const HURUF_PASAL_17 = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;

/**
 * The version of the catalogs' ids and contents. Ids are never renamed or reused; a new version may
 * add items, change citations or flip `verified` flags as the regulations are checked.
 */
export const CATALOG_VERSION = '2026.2';
