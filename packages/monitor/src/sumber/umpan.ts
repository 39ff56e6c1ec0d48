// RSS/Atom and social feeds: lists of dated posts.
import { tanggalPosSah, type Instan } from '@terbuka/sdk';
import { ambil, bersih, dariLama, dasar, gagalIsi, type HasilSumber, type Konteks } from './konteks.js';
import { pangkasTanggal } from './tanggal.js';
import { bacaFeed } from './xml.js';

/**
 * A list of dated posts (RSS/Atom, a social feed): every post counts, with the date the SDK's
 * `tanggalPosSah` accepts for it — an old post re-dated keeps the date remembered for it.
 */
export async function sumberPos(k: Konteks, kind: 'rss' | 'sosial', url: string): Promise<HasilSumber> {
  const accept = 'application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5';
  const { h, lama } = await ambil(k, kind, url, { accept });
  const jenisLama = kind === 'rss' && lama ? lama.kind : kind;
  let o = dariLama(dasar(k, jenisLama, url, h), lama);
  // What is remembered outlives a failed fetch: a feed down for one night must not forget its posts.
  if (!h.ok) return { observations: [bersih({ ...o, posts: lama?.posts })], tanggal: [] };
  let tanggal: readonly Instan[];
  if (o.notModified) tanggal = o.items ?? [];
  else {
    const feed = bacaFeed(h.body);
    if (!feed)
      return {
        observations: [
          bersih({
            ...o,
            failure: gagalIsi(url, { id: 'feed RSS atau Atom', en: 'an RSS or Atom feed' }, h),
            posts: lama?.posts,
          }),
        ],
        tanggal: [],
      };
    if (kind === 'rss') o = { ...o, kind: feed.jenis };
    const sah = tanggalPosSah(feed.pos, lama?.posts);
    tanggal = sah.tanggal;
    o = bersih({
      ...o,
      claimedAt: pangkasTanggal(feed.tanggal, k.now)[0],
      posts: sah.diingat.length ? sah.diingat : undefined,
    });
  }
  const items = pangkasTanggal(tanggal, k.now);
  o = bersih({ ...o, validAt: items[0], items: items.length ? items : undefined });
  return { observations: [o], tanggal: items };
}
