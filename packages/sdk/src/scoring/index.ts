export {
  kesegaranItem,
  buatPenilaiKesegaran,
  penilaiKesegaranPada,
  kadensiItem,
  kadensiKategori,
  tanggalTerakhir,
  masihBerlaku,
  STATUS_KESEGARAN,
  URUTAN_KESEGARAN,
  AMBANG_KESEGARAN,
  type StatusKesegaran,
  type Kesegaran,
  type OpsiKesegaran,
  type SumberKadensi,
  type PenilaiKesegaran,
} from './kesegaran.js';
export { BAND_MONEV, KODE_BAND, bandMonev, type BandMonev, type KodeBand } from './band.js';
export { rasioKontras, luminansiRelatif } from './warna.js';
export { BOBOT, METODE_VERSI, KOMPONEN_DIP, URUTAN_KOMPONEN, type KodeKomponenDIP } from './bobot.js';
export {
  nilaiDIP,
  nilaiDIPDengan,
  pengecualianLengkap,
  AMBANG_PEMBARUAN,
  type HasilNilai,
  type Kontribusi,
  type KomponenTambahan,
  type MetodeNilai,
  type OpsiNilai,
  type NilaiItem,
  type CakupanWajib,
  type HitunganNilai,
} from './nilai.js';
export {
  jelaskan,
  tabelPenjelasan,
  teksPenjelasan,
  type Penjelasan,
  type BarisPenjelasan,
} from './jelaskan.js';
