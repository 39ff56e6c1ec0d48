import { INTI_DESA } from './inti-desa.js';
import { lengkapiKatalog } from './rincian.js';
import { RINCIAN_DESA } from './rincian-desa.js';
import type { ItemKatalog } from './types.js';

/** The full desa catalog (Perki 1/2018): each core with its details. */
export const ITEM_DESA: readonly ItemKatalog[] = /* @__PURE__ */ lengkapiKatalog(INTI_DESA, RINCIAN_DESA);
