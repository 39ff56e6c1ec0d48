// The WordPress REST API: the newest 100 posts with only the fields the activity needs.
import type { Instan } from '@terbuka/sdk';
import { keInstan } from './tanggal.js';

const KUERI = '_fields=id,date_gmt,modified_gmt,link&per_page=100';
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

/** Publication dates (GMT) of the posts; undefined when the body is not a list of posts. */
export function bacaPostWordPress(body: string): Instan[] | undefined {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (!Array.isArray(data)) return undefined;
  return data.flatMap((p) => {
    if (!p || typeof p !== 'object') return [];
    const t = keInstan((p as { date_gmt?: unknown }).date_gmt);
    return t ? [t] : [];
  });
}
