export * from './tanggal.js';
export { POLA_INSTAN, awalTanggalAda, instanValid } from './instan.js';
export type * from './types.js';
export { DataLiburTidakTersedia, GalatMasukanKalender } from './galat.js';
export { DATA_LIBUR, TENTANG_DATA_LIBUR, dataLibur, statusDataLibur, tahunDataLibur } from './libur.js';
export {
  BATAS_HARI_KERJA,
  alasanBukanHariKerja,
  hitungHariKerja,
  isHariKerja,
  tambahHariKerja,
} from './hari-kerja.js';
export {
  ATURAN_TENGGAT,
  aturanTenggat,
  hitungTenggat,
  perpanjangTenggat,
  type PerpanjanganTenggat,
} from './tenggat.js';
export { ZONA_INDONESIA, bacaZona, instanDiZona, tanggalDiterima } from './zona.js';
