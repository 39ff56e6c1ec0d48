export * from './types.js';
export { KODE_PROVINSI, SUMBER_KODE_PROVINSI } from './wilayah.js';
export { periksaNIK, rapikanNIK, type HasilNIK, type NIKSah, type NIKTidakSah } from './nik.js';
export { normalisasiTelepon } from './telepon.js';
export { bersihkanTeks, buangKarakterFormat, rapikanNomor } from './teks-bersih.js';
export { normalisasiEmail } from './email.js';
export { BATAS_PANJANG, panjangTeks } from './aturan.js';
export { LABEL_PENGAJUAN, LABEL_PENOLAKAN, LABEL_PUTUSAN_KEBERATAN, labelPengajuan } from './label.js';
export { DASAR_PENOLAKAN, sebutDasar, type IsianPenolakan } from './penolakan.js';
export { validasiPermintaan, validasiKeberatan } from './validasi.js';
export { SkemaPemohon, SkemaKuasa, SkemaPermintaan, SkemaKeberatan, SkemaTandaBukti } from './skema.js';
export {
  TEMPLAT_NOMOR_BAKU,
  KODE_JENIS_PENGAJUAN,
  TOKEN_NOMOR,
  GalatTemplatNomor,
  periksaTemplatNomor,
  buatNomorPendaftaran,
  type NilaiNomor,
} from './nomor.js';
export { peristiwaDiZona, waktuDiZona, waktuTerbaca, waktuTersimpanDiZona } from './waktu.js';
export { teksJSON } from './teks-json.js';
export { PESAN_GALAT_KIRIM } from './galat-server.js';
export {
  buatTandaBukti,
  pembuatTandaBukti,
  type MasukanTandaBukti,
  type PembuatTandaBukti,
} from './tanda-bukti.js';
export { BATAS_RINGKASAN, ringkas, ringkasPengajuan } from './ringkas.js';
export {
  STATUS_PERMINTAAN,
  HASIL_JAWABAN,
  PUTUSAN_KEBERATAN,
  GalatTransisi,
  mulaiRiwayat,
  terapkanPeristiwa,
  putuskanKeberatan,
  jendelaKeberatan,
  jendelaSengketa,
  jendelaTerbuka,
  dijawabTerlambat,
  riwayatTerbaca,
  type StatusPermintaan,
  type HasilJawaban,
  type PutusanKeberatan,
  type PeristiwaStatus,
  type JenisPeristiwa,
  type CatatanPeristiwa,
  type Riwayat,
  type JendelaKeberatan,
  type JendelaSengketa,
  type JendelaTerbuka,
} from './status.js';
// BOLEH as PERISTIWA_BOLEH: the events an officer may record after each status (the demo's officer page).
// peristiwaBolehPada: those the time conditions allow at a given time too (what an officer may record now).
export { batasKeberatan, BOLEH as PERISTIWA_BOLEH, peristiwaBolehPada } from './transisi.js';
export {
  KlienPermintaan,
  type OpsiKlien,
  type PenyimpananKunci,
  type AmbilHttp,
  type JawabanHttp,
  type Pewaktu,
  type EntriAntrean,
  type RingkasanAntrean,
  type TandaBuktiDiterima,
  type TautanPermintaan,
  type HasilKirim,
  type HasilAntrean,
  type JendelaStatus,
  type StatusPengajuan,
  type HasilStatus,
} from './klien.js';
