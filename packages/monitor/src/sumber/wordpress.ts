// The WordPress REST API: the newest 100 posts with only the fields the activity (and its anti-gaming
// check: the post's id and title) needs.
import { tanggalPosSah, type Instan, type PosTeramati, type Teks } from '@terbuka/sdk';
import type { Pengamatan } from '../types.js';
import { ambil, bersih, dariLama, dasar, gagalIsi, type HasilSumber, type Konteks } from './konteks.js';
import { keInstan, pangkasTanggal } from './tanggal.js';
import { sidik } from './xml.js';

const KUERI = '_fields=id,date_gmt,modified_gmt,link,title&per_page=100';
const JALUR = `wp-json/wp/v2/posts?${KUERI}`;

/** Posts asked per page: the REST API's maximum. */
export const POS_PER_HALAMAN = 100;
/** At most this many pages are read (1,000 posts), however many the site says it has. */
export const BATAS_HALAMAN_WP = 10;

/** The site's folder (WordPress may live in a subfolder; `…/index.php` is a page, not a folder). */
function folderSitus(website: string): URL {
  const u = new URL(website);
  u.search = '';
  u.hash = '';
  if (!u.pathname.endsWith('/'))
    u.pathname = /\/[^/]*\.[^/]*$/.test(u.pathname) ? u.pathname.replace(/[^/]*$/, '') : `${u.pathname}/`;
  return u;
}

/** The posts URL of a site, under the site's own path. */
export function urlPostWordPress(website: string): string {
  return new URL(JALUR, folderSitus(website)).href;
}

/**
 * The same posts without pretty permalinks (`/wp-json/` answers 404 on such sites, and behind some
 * proxies): `?rest_route=/wp/v2/posts`, which every WordPress with the REST API answers.
 */
export function urlPostWordPressRestRoute(website: string): string {
  return `${folderSitus(website).href}?rest_route=/wp/v2/posts&${KUERI}`;
}

/** Page `n` (1-based) of a posts URL from `urlPostWordPress` or `urlPostWordPressRestRoute`. */
export function halamanPostWordPress(url: string, n: number): string {
  return n <= 1 ? url : `${url}&page=${n}`;
}

/**
 * The posts with their publication date (GMT), identity and content hash (for the SDK's
 * `tanggalPosSah`); undefined when the body is not a list of posts. Identity: the post id, else the
 * link. Content: the title — an edit does not move `date_gmt`, so a later `date_gmt` on the same post
 * with the same title is the post re-dated (its link may move with it, under date permalinks).
 */
export function bacaPosWordPress(body: string): PosTeramati[] | undefined {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (!Array.isArray(data)) return undefined;
  return data.flatMap((x) => {
    if (!x || typeof x !== 'object') return [];
    const p = x as { id?: unknown; date_gmt?: unknown; link?: unknown; title?: { rendered?: unknown } };
    const claimedAt = keInstan(p.date_gmt);
    if (!claimedAt) return [];
    const link = typeof p.link === 'string' ? p.link : '';
    const judul = typeof p.title?.rendered === 'string' ? p.title.rendered : '';
    const id =
      typeof p.id === 'number' || typeof p.id === 'string' ? sidik('id', String(p.id)) : sidik('link', link);
    return [{ id, hash: sidik(judul), claimedAt }];
  });
}

/** Publication dates (GMT) of the posts; undefined when the body is not a list of posts. */
export function bacaPostWordPress(body: string): Instan[] | undefined {
  return bacaPosWordPress(body)?.map((p) => p.claimedAt);
}

/** WordPress pages are read while their posts are newer than this (what the activity counts). */
const JENDELA_POS_MS = 90 * 86_400_000;

const GAGAL_WP: Teks = { id: 'daftar pos WordPress', en: 'a WordPress post list' };

/**
 * WordPress posts, newest first, page after page (`page=2…`, up to `X-WP-TotalPages` and
 * `BATAS_HALAMAN_WP`) while the page's oldest post is within 90 days. The first page is asked
 * conditionally: a 304 means no post was added, so the dates kept from the last scan stand. The first
 * observation carries every date; those of later pages only record the fetch.
 */
async function halamanWordPress(k: Konteks, url: string): Promise<HasilSumber & { status?: number }> {
  const accept = 'application/json';
  const { h, lama } = await ambil(k, 'wordpress', url, { accept });
  let o = dariLama(dasar(k, 'wordpress', url, h), lama);
  // What is remembered outlives a failed fetch, as for feeds.
  if (!h.ok)
    return bersih({ observations: [bersih({ ...o, posts: lama?.posts })], tanggal: [], status: h.status });
  if (o.notModified) return { observations: [o], tanggal: o.items ?? [] };
  let pos = bacaPosWordPress(h.body);
  if (!pos)
    return {
      observations: [bersih({ ...o, failure: gagalIsi(url, GAGAL_WP, h), posts: lama?.posts })],
      tanggal: [],
    };
  const semua = [...pos];
  const lain: Pengamatan[] = [];
  const total = h.headers.wpTotalPages;
  const batasLama = k.now.getTime() - JENDELA_POS_MS;
  for (let n = 2; n <= BATAS_HALAMAN_WP; n++) {
    const adaLagi = total !== undefined ? n <= total : pos.length >= POS_PER_HALAMAN;
    const tertua = Math.min(...pos.map((p) => Date.parse(p.claimedAt)));
    if (!adaLagi || pos.length === 0 || tertua < batasLama) break;
    const u = halamanPostWordPress(url, n);
    const hn = await k.pengambil.ambil(u, { kind: 'wordpress', accept });
    const on = dasar(k, 'wordpress', u, hn);
    const isi = hn.ok ? bacaPosWordPress(hn.body) : undefined;
    if (hn.ok && !isi) {
      lain.push(bersih({ ...on, failure: gagalIsi(u, GAGAL_WP, hn) }));
      break;
    }
    lain.push(on);
    if (!isi) break;
    pos = isi;
    semua.push(...isi);
  }
  const sah = tanggalPosSah(semua, lama?.posts);
  const items = pangkasTanggal(sah.tanggal, k.now);
  o = bersih({
    ...o,
    claimedAt: pangkasTanggal(
      semua.map((p) => p.claimedAt),
      k.now,
    )[0],
    validAt: items[0],
    items: items.length ? items : undefined,
    posts: sah.diingat.length ? sah.diingat : undefined,
  });
  return { observations: [o, ...lain], tanggal: items };
}

/**
 * The registry says WordPress: `/wp-json/wp/v2/posts`, and when that is 404 (no pretty permalinks)
 * `?rest_route=/wp/v2/posts`. The 404 is then recorded as an optional try: the fallback stands for
 * the source.
 */
export async function sumberWordPress(k: Konteks, website: string): Promise<HasilSumber> {
  const utama = await halamanWordPress(k, urlPostWordPress(website));
  if (utama.status !== 404) return utama;
  const cadangan = await halamanWordPress(k, urlPostWordPressRestRoute(website));
  return {
    observations: [...utama.observations.map((o) => ({ ...o, optional: true })), ...cadangan.observations],
    tanggal: cadangan.tanggal,
  };
}
