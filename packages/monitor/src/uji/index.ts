// The loopback fixture world of the monitor's tests and benchmark (not part of the package build).
export { mulaiDunia, type Dunia, type OpsiDunia } from './dunia.js';
export {
  rencanaSitus,
  harapan,
  situsGagal,
  JUMLAH_PER_PUTARAN,
  type Harapan,
  type JenisSitus,
  type RencanaSitus,
} from './rencana.js';
export { VARIAN_DIP, POLA_AKTIVITAS, type VarianDIP, type PolaAktivitas } from './konten.js';
export { skorHarapan } from './skor-harapan.js';
export type { CatatanPermintaan } from './situs.js';
