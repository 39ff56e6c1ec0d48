import { INTI_BADAN_PUBLIK } from './inti-badan-publik.js';
import { lengkapiKatalog } from './rincian.js';
import { RINCIAN_BADAN_PUBLIK } from './rincian-badan-publik.js';
import type { ItemKatalog } from './types.js';

/** The full Badan Publik catalog (Perki 1/2021): each core with its details. */
export const ITEM_BADAN_PUBLIK: readonly ItemKatalog[] = /* @__PURE__ */ lengkapiKatalog(
  INTI_BADAN_PUBLIK,
  RINCIAN_BADAN_PUBLIK,
);
