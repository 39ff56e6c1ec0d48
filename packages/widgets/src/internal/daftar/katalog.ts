import { katalogIntiBerkalaBadanPublik } from '@terbuka/sdk';
import type { JenisBadanPublik, KatalogInti } from '@terbuka/sdk';

// The desa catalog core loads with import() only for a desa's register: most registers are not a desa's.
// Both cores come as their berkala-words views (the SDK's katalogIntiBerkala…): no element shows
// another item's title, and other categories' phrases change nothing shown (their entries are listed by
// category, and those categories set no cadence for the freshness chip).
let desa: KatalogInti | undefined;

/**
 * The core catalog for a kind of body; for a desa, once `muatKatalog` has loaded it. (`kind === 'desa'` is
 * the SDK's `jenisKatalog` rule; importing it here moved ~15 B onto the badge's shared chunk.)
 */
export function intiUntuk(kind: JenisBadanPublik): KatalogInti {
  if (kind !== 'desa') return katalogIntiBerkalaBadanPublik;
  if (!desa) throw new Error('katalog desa belum dimuat');
  return desa;
}

/** How the desa core is loaded; tests replace `muat` to play a page that went offline after loading. */
export const pemuatDesa = {
  muat: (): Promise<{ katalogIntiBerkalaDesa: KatalogInti }> => import('./katalog-desa.js'),
};

/** Loads the catalog a body of this kind (a value from data, unchecked) follows; rejects when it cannot. */
export async function muatKatalog(kind: unknown, muat = pemuatDesa.muat): Promise<void> {
  if (kind === 'desa' && !desa) desa = (await muat()).katalogIntiBerkalaDesa;
}
