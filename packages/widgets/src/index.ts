/**
 * @terbuka/widgets — the element classes, without registering them. Import `@terbuka/widgets/define`
 * (or one element's `…/define.js`) to register the tags.
 * @packageDocumentation
 */
export { TerbukaElement, type Tema } from './internal/terbuka-element.js';
export { DaftarElement, type StatusTampilan } from './internal/daftar/daftar-element.js';
export { PpidInformasiBerkala } from './informasi-berkala/informasi-berkala.js';
export { PpidDaftarInformasi } from './daftar-informasi/daftar-informasi.js';
export { PpidBadge, type StatusLencana } from './badge/badge.js';
export { PpidPermintaan, type StatusFormulir } from './permintaan/permintaan.js';
export { PpidStatusPermintaan, type StatusCek } from './status-permintaan/status-permintaan.js';
export {
  PESAN,
  PESAN_ANTREAN,
  PESAN_LENCANA,
  PESAN_PERMINTAAN,
  PESAN_STATUS,
} from './internal/pesan-lengkap.js';
export { VERSI } from './internal/versi.js';
