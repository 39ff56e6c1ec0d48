export * from './types.js';
export { SkemaFeedPemantauan, SkemaEntriFeed } from './skema.js';
export { validasiFeed, cariEntriFeed, entriMasihBerlaku, type HasilFeed } from './validasi.js';
export * from './base64url.js';
export * from './tandatangan.js';
export * from './skema-tandatangan.js';
