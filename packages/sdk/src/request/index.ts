export * from './types.js';
export { KODE_PROVINSI, SUMBER_KODE_PROVINSI } from './wilayah.js';
export { periksaNIK, rapikanNIK, type HasilNIK, type NIKSah, type NIKTidakSah } from './nik.js';
export { normalisasiTelepon } from './telepon.js';
export { normalisasiEmail } from './email.js';
export { BATAS_PANJANG } from './aturan.js';
export { LABEL_PENGAJUAN, labelPengajuan } from './label.js';
export { validasiPermintaan, validasiKeberatan } from './validasi.js';
export { SkemaPemohon, SkemaKuasa, SkemaPermintaan, SkemaKeberatan, SkemaTandaBukti } from './skema.js';
