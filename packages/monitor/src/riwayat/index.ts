export { PenulisRiwayat } from './tulis.js';
export { bacaRiwayat, catatanTerakhir } from './baca.js';
export { periksaBerkasRiwayat } from './periksa.js';
export type { OpsiBacaRiwayat, OpsiCatatanTerakhir } from './baca.js';
export { GalatRiwayat } from './galat.js';
