import { KATA_KUNCI_BERKALA_BADAN_PUBLIK } from './kata-kunci-berkala-badan-publik.js';
import {
  intiBerkalaBadanPublik,
  KERANGKA_BERKALA_BADAN_PUBLIK,
  pasangKataKunci,
} from './kerangka-badan-publik.js';
import type { ItemKatalogInti, KatalogInti } from './types.js';

// The berkala items of the Badan Publik core whole: their structure (kerangka-badan-publik.ts) with their
// phrases (kata-kunci-berkala-badan-publik.ts). A module of its own, so that what imports only the
// structure (the widgets' `katalogIntiBerkalaBadanPublikTanpaKataKunci`) carries no phrase.

/** Informasi berkala a–k. */
export const BERKALA_BADAN_PUBLIK: readonly ItemKatalogInti[] = /* @__PURE__ */ pasangKataKunci(
  KERANGKA_BERKALA_BADAN_PUBLIK,
  KATA_KUNCI_BERKALA_BADAN_PUBLIK,
);

/**
 * The Badan Publik core as a page that lists only informasi berkala needs it: the berkala items whole;
 * the others with their ids, structure and flags, their id as title and no phrases. Berkala entries match
 * against it exactly as against `katalogIntiBadanPublik` (declared `fulfils` of any category included), and
 * so do the uncovered berkala items; entries of other categories are not matched by their words. Not for
 * scoring (`nilaiDIPDengan`) or the coverage of other categories: use `katalogIntiBadanPublik` there.
 */
export const katalogIntiBerkalaBadanPublik: KatalogInti =
  /* @__PURE__ */ intiBerkalaBadanPublik(BERKALA_BADAN_PUBLIK);
