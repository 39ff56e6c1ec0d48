// RSS/Atom and social feeds: lists of dated posts.
import { tanggalPosSah, type Instan, type Teks } from '@terbuka/sdk';
import { ambil, bersih, dariLama, dasar, gagalIsi, type HasilSumber, type Konteks } from './konteks.js';
import { pangkasTanggal } from './tanggal.js';
import { bacaFeed, type IsiFeed } from './xml.js';

/**
 * What of a feed that was read could not be used: it is not well-formed XML (a feed reader refuses it; the
 * monitor reads what it can), or some items have no date it can read (they do not count).
 */
function catatanFeed(feed: IsiFeed): Teks | undefined {
  const bagian: Teks[] = [];
  if (feed.xmlRusak) {
    const { baris, kolom } = feed.xmlRusak;
    bagian.push({
      id: `Feed ini bukan XML yang sah (rusak pada baris ${baris}, kolom ${kolom}): pembaca feed menolaknya; pemantau membaca sebisanya.`,
      en: `This feed is not well-formed XML (broken at line ${baris}, column ${kolom}): feed readers refuse it; the monitor read what it could.`,
    });
  }
  const { n, contoh } = feed.tanpaTanggal;
  if (n > 0) {
    const mis =
      contoh === undefined ? { id: '', en: '' } : { id: `, mis. "${contoh}"`, en: `, e.g. "${contoh}"` };
    bagian.push({
      id: `${n} dari ${feed.items} item tanpa tanggal yang dapat dibaca${mis.id}, jadi tidak dihitung. Tulis tanggal seperti "Mon, 02 Mar 2026 09:00:00 +0700" (RSS) atau "2026-03-02T09:00:00+07:00" (Atom).`,
      en: `${n} of ${feed.items} ${feed.items === 1 ? 'item has' : 'items have'} no date that can be read${mis.en}, so ${n === 1 ? 'it does' : 'they do'} not count. Write dates like "Mon, 02 Mar 2026 09:00:00 +0700" (RSS) or "2026-03-02T09:00:00+07:00" (Atom).`,
    });
  }
  return bagian.length === 0
    ? undefined
    : { id: bagian.map((t) => t.id).join(' '), en: bagian.map((t) => t.en).join(' ') };
}

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
      note: catatanFeed(feed),
    });
  }
  const items = pangkasTanggal(tanggal, k.now);
  o = bersih({ ...o, validAt: items[0], items: items.length ? items : undefined });
  return { observations: [o], tanggal: items };
}
