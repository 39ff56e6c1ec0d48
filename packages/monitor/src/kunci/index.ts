export { thumbprintJWK, xDariKunci, jwkPublik, type KunciJWK, type KunciTersimpan } from './jwk.js';
export {
  buatKunci,
  putarKunci,
  bacaSetKunci,
  bacaPenanda,
  GalatKunci,
  BERKAS_KUNCI,
  MASA_TUMPANG_TINDIH_HARI,
  MASA_TUMPANG_TINDIH_MAKS_HARI,
  type KunciBaru,
  type OpsiKunci,
  type OpsiPutar,
  type Penanda,
  type PeringatanKunci,
} from './berkas-kunci.js';
export { tandatangani } from './tanda-tangan.js';
