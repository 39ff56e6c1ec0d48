export { pindaiAgensi } from './pindai.js';
export { BATAS_ANAK_SITEMAP } from './peta-situs.js';
export { JALUR_KESEHATAN_ENDPOINT, urlKesehatanEndpoint } from './layanan-permohonan.js';
export { bacaFeed, bacaSitemap, type IsiFeed, type IsiSitemap } from './xml.js';
export {
  bacaPostWordPress,
  bacaPosWordPress,
  urlPostWordPress,
  urlPostWordPressRestRoute,
  halamanPostWordPress,
  POS_PER_HALAMAN,
  BATAS_HALAMAN_WP,
} from './wordpress.js';
export { keInstan, pangkasTanggal } from './tanggal.js';
