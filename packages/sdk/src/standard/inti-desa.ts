import { INTI_BADAN_PUBLIK } from './inti-badan-publik.js';
import { BERKALA_DESA, lainDesa } from './inti-berkala-desa.js';
import type { ItemKatalogInti } from './types.js';

// The core of the catalog for a desa (Perki 1/2018): its berkala items (inti-berkala-desa.ts), then the
// other items derived from the Badan Publik core, marked unverified, not copied. Details in rincian-desa.ts.
export const INTI_DESA: readonly ItemKatalogInti[] = [...BERKALA_DESA, ...lainDesa(INTI_BADAN_PUBLIK)];
