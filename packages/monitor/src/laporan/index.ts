export {
  halaman,
  BAHASA_LAPORAN,
  folderBahasa,
  kembaran,
  type Penerbit,
  type OpsiHalaman,
} from './kerangka.js';
export { KATA, NAMA_BAHASA } from './kata.js';
export { halamanPeringkat, berkasPeringkat, jenisDisaring } from './papan.js';
export { halamanAgensi } from './agensi.js';
export { halamanMetode } from './metode.js';
export { garisKilas } from './kilas.js';
export { cssLaporan, JS_URUT, SVG_IKON } from './aset.js';
export {
  urutkanPeringkat,
  dinilai,
  ditolakLokal,
  jenisAgensi,
  kedaluwarsa,
  type AgensiLaporan,
  type DataLaporan,
  type TitikRiwayat,
} from './data.js';
