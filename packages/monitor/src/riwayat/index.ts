export { PenulisRiwayat } from './tulis.js';
export { bacaRiwayat, bacaRiwayatBerletak, catatanTerakhir } from './baca.js';
export { periksaBerkasRiwayat } from './periksa.js';
export type { CatatanBerletak, OpsiBacaRiwayat, OpsiCatatanTerakhir } from './baca.js';
export { GalatRiwayat } from './galat.js';
