export * from './types.js';
export { SkemaFeedPemantauan, SkemaEntriFeed } from './skema.js';
export {
  validasiFeed,
  periksaFeed,
  cariEntriFeed,
  entriMasihBerlaku,
  TOLERANSI_MASA_DEPAN_MS,
  MASA_BERLAKU_MAKS_HARI,
  type HasilFeed,
  type HasilPeriksaFeed,
  type MasalahFeed,
  type HarapanFeed,
} from './validasi.js';
export { pesanMasalahFeed } from './pesan-feed.js';
export * from './base64url.js';
export * from './tandatangan.js';
export { pesanMasalahTandaTangan, pesanVerifikasi } from './pesan-tandatangan.js';
export * from './skema-tandatangan.js';
