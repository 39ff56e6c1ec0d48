export * from './types.js';
export { ringkasAktivitas, AMBANG_INTERVAL, LABEL_KELAS_INTERVAL } from './aktivitas.js';
export { tanggalPembaruanSah, type PengamatanSumber } from './sah.js';
export {
  tanggalPosSah,
  BATAS_POS_DIINGAT,
  type PosTeramati,
  type PosDiingat,
  type HasilPosSah,
} from './pos-sah.js';
export {
  METODE_PEMANTAUAN_VERSI,
  BOBOT_PEMANTAUAN,
  BOBOT_AKTIVITAS,
  KODE_AKTIVITAS,
  AMBANG_KEBARUAN_SITUS,
  NILAI_KELAS_INTERVAL,
  KOMPONEN_AKTIVITAS,
} from './bobot.js';
export { komponenAktivitas, nilaiPemantauan, type OpsiPemantauan } from './nilai.js';
