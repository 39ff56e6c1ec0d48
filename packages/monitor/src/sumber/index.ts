export { pindaiAgensi, BATAS_ANAK_SITEMAP } from './pindai.js';
export { bacaFeed, bacaSitemap, type IsiFeed, type IsiSitemap } from './xml.js';
export { bacaPostWordPress, urlPostWordPress } from './wordpress.js';
export { keInstan, pangkasTanggal } from './tanggal.js';
