import { katalogIntiBerkalaBadanPublikTanpaKataKunci, perluKataKunci } from '@terbuka/sdk';
import type { DokumenDIP, JenisBadanPublik, KatalogInti, PencocokKataKunci } from '@terbuka/sdk';

// The desa catalog core loads with import() only for a desa's register: most registers are not a desa's.
// The Badan Publik core's phrases (what places an entry without `fulfils` under its item) load the same
// way, only for a register with such an entry: a register that declares `fulfils` everywhere is placed by
// the ids alone. Both cores come as their berkala-words views (the SDK's katalogIntiBerkala…): no element
// shows another item's title, and other categories' phrases change nothing shown (their entries are listed
// by category, and those categories set no cadence for the freshness chip).
let desa: KatalogInti | undefined;
let badanPublik: KatalogInti | undefined;
/** The SDK's phrase matching, loaded with the first catalog that has phrases (none before: nothing to find). */
let kataKunci: PencocokKataKunci | undefined;

/** The phrase matching to pass to the SDK's `cocokkanItemKatalogDengan`, once a catalog with phrases came. */
export const pencocokKataKunci = (): PencocokKataKunci | undefined => kataKunci;

/** How the phrase matching is loaded, beside either catalog with phrases. */
const pemuatPencocok = (): Promise<{ cocokkanKataKunci: PencocokKataKunci }> => import('./pencocok.js');

/**
 * The core catalog for a kind of body; for a desa, once `muatKatalog` has loaded it. For another kind, the
 * view with phrases once `muatKataKunci` has loaded them, else the same view without (which places an entry
 * with `fulfils` exactly as it does). (`kind === 'desa'` is the SDK's `jenisKatalog` rule; importing it here
 * moved ~15 B onto the badge's shared chunk.)
 */
export function intiUntuk(kind: JenisBadanPublik): KatalogInti {
  if (kind !== 'desa') return badanPublik ?? katalogIntiBerkalaBadanPublikTanpaKataKunci;
  if (!desa) throw new Error('katalog desa belum dimuat');
  return desa;
}

/** How the desa core is loaded; tests replace `muat` to play a page that went offline after loading. */
export const pemuatDesa = {
  muat: (): Promise<{ katalogIntiBerkalaDesa: KatalogInti }> => import('./katalog-desa.js'),
};

/**
 * How the Badan Publik phrases are loaded; tests replace `muat`, as for `pemuatDesa`. The SDK's subpath
 * (`@terbuka/sdk/kata-kunci`), not a module of ours re-exporting it: the desa core shares that module, so on
 * the CDN modules a re-export became an 88-byte chunk the browser fetched before the real one (two round
 * trips). From npm the subpath is itself such a re-export (the SDK's standard/kata-kunci.ts), which keeps
 * the phrases out of a consumer's up-front chunks; Vite requests it and the chunks it imports at once.
 */
export const pemuatKataKunci = {
  muat: (): Promise<{ katalogIntiBerkalaBadanPublik: KatalogInti }> => import('@terbuka/sdk/kata-kunci'),
};

/** Loads the catalog a body of this kind (a value from data, unchecked) follows; rejects when it cannot. */
export async function muatKatalog(kind: unknown, muat = pemuatDesa.muat): Promise<void> {
  if (kind !== 'desa' || desa) return;
  const [p, m] = await Promise.all([pemuatPencocok(), muat()]);
  kataKunci = p.cocokkanKataKunci;
  desa = m.katalogIntiBerkalaDesa;
}

/**
 * Loads the Badan Publik phrases when the register (a valid document) has an entry they place: a berkala
 * one without `fulfils` (the SDK's `perluKataKunci`; the view holds only the berkala items' phrases, and an
 * entry is matched within its own category, so another category's entry without `fulfils` gains nothing
 * from them). Rejects when it cannot, and is tried again on the next call; the lists then show the register
 * placed without them (sumber-data.ts). A desa's core came whole with `muatKatalog`.
 */
export async function muatKataKunci(doc: DokumenDIP | undefined, muat = pemuatKataKunci.muat): Promise<void> {
  if (!doc || doc.agency.kind === 'desa' || badanPublik) return;
  if (!doc.items.some((i) => i.category === 'berkala' && perluKataKunci(i))) return;
  const [p, m] = await Promise.all([pemuatPencocok(), muat()]);
  kataKunci = p.cocokkanKataKunci;
  badanPublik = m.katalogIntiBerkalaBadanPublik;
}
