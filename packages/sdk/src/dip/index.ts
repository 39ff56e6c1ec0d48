export * from './types.js';
export { KODE_MASALAH_DIP } from './kode-masalah.js';
export type { KodeMasalahDIP } from './kode-masalah.js';
export { tautanAman, POLA_TAUTAN, POLA_WEB } from './tautan.js';
export {
  SkemaDokumenDIP,
  SkemaItemDIP,
  SkemaBadanPublik,
  SkemaPengecualian,
  SkemaTautan,
  SkemaKanalResmi,
  SkemaKontakPPID,
} from './skema.js';
export { validasiDIP } from './validasi.js';
export { validasiDIPMentahDengan } from './periksa.js';
export { validasiDIPMentah } from './validasi-mentah.js';
export type { HasilBacaMentah, IntiUntuk } from './periksa.js';
export { uraikanHasil, uraikanMasalah } from './kata-validasi.js';
export type { HasilBaca } from './validasi.js';
export { bacaTanggalIndonesia } from './tanggal-indonesia.js';
export { imporCSV, BADAN_PUBLIK_SEMENTARA } from './csv.js';
export type { OpsiImporCSV } from './csv.js';
export { bacaDIP } from './baca.js';
export { dekodeBerkas, masalahPengodean } from './pengodean.js';
export { halamanWeb } from './halaman-web.js';
export { petunjukAlamatData } from './alamat-halaman.js';
export { badanDariAtribut } from './badan-atribut.js';
export { bacaBasiSetelah, bacaTimeout, petunjukAngkaAtribut } from './angka-atribut.js';
export type { AtributBadan } from './badan-atribut.js';
export type { BerkasTerbaca } from './pengodean.js';
export type { OpsiBacaDIP } from './baca.js';
export { LABEL_KOLOM } from './label.js';
export { kutip } from './kutip.js';
export { bagianMasalah, kelompokkanMasalah } from './masalah.js';
export type { BagianMasalah, KelompokMasalah } from './masalah.js';
export { jalurIssue, KATA_SKEMA_UMUM, kodeIssue, teksIssue, teksMasalahSkema } from './masalah-skema.js';
export type { KatalogMasalahSkema } from './masalah-skema.js';
