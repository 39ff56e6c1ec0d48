export * from './types.js';
export { SkemaFeedPemantauan, SkemaEntriFeed } from './skema.js';
export { validasiFeed, cariEntriFeed, entriMasihBerlaku, type HasilFeed } from './validasi.js';
