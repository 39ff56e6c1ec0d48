// The WordPress REST API: the newest 100 posts with only the fields the activity needs.
import type { Instan } from '@terbuka/sdk';
import { keInstan } from './tanggal.js';

const JALUR = 'wp-json/wp/v2/posts?_fields=id,date_gmt,modified_gmt,link&per_page=100';

/** The posts URL of a site, under the site's own path (WordPress may live in a subfolder). */
export function urlPostWordPress(website: string): string {
  const u = new URL(website);
  u.search = '';
  u.hash = '';
  // `…/index.php` or `…/beranda.html` is a page, not a folder.
  if (!u.pathname.endsWith('/'))
    u.pathname = /\/[^/]*\.[^/]*$/.test(u.pathname) ? u.pathname.replace(/[^/]*$/, '') : `${u.pathname}/`;
  return new URL(JALUR, u).href;
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
