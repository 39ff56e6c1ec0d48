/**
 * @terbuka/server — the intake server for permintaan and keberatan: SQLite storage, registration
 * numbers, receipts, status lookup, officer endpoints and the yearly access report.
 * @packageDocumentation
 */
export { buatAplikasi, type OpsiAplikasi } from './aplikasi.js';
export { cadangkan, GalatCadangan } from './cadangan.js';
export { bukaBasisData } from './db/buka.js';
export { jalankanMigrasi, MIGRASI, type Migrasi } from './db/migrasi.js';
export { JsonMentah, Penyimpanan, type Baris, type Saringan } from './db/penyimpanan.js';
export { jamMulaiDari, jamSistem, type Jam } from './jam.js';
export {
  bacaKonfigurasi,
  GalatKonfigurasi,
  periksaKonfigurasi,
  type AgensiKonfigurasi,
  type Konfigurasi,
  type PetugasKonfigurasi,
} from './konfigurasi.js';
export { hitungLaporan, itemDIPLaporan, LAPORAN_FORMAT, type LaporanAkses } from './laporan.js';
export { buatToken } from './petugas/token.js';
export { GalatJamUji, jalankanServer, type OpsiServer, type ServerBerjalan } from './server.js';
