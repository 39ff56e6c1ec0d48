// robots.txt per origin, fetched once and kept while its origin is in use (an LRU), as RFC 9309 reads it:
// 4xx = no rules; 5xx = everything disallowed; unreachable = the same network failure for every URL.
import { createRequire } from 'node:module';
import type { Kegagalan } from '../types.js';
import { TANPA_JAWABAN, gagalHTTP, gagalRobots, gagalRobotsServer } from './kegagalan.js';

/** What the fetcher answers for `/robots.txt` (the subset the guard needs). */
export type JawabanRobots =
  | { readonly ok: true; readonly status: number; readonly body: string }
  | { readonly ok: false; readonly status?: number; readonly failure: Kegagalan };

type Aturan = {
  readonly isAllowed: (url: string, ua?: string) => boolean | undefined;
  readonly getSitemaps: () => string[];
};
// robots-parser is CommonJS (`module.exports = function`) and its typings do not say so under NodeNext.
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, isi: string) => Aturan;
type Isi =
  | {
      readonly jenis: 'aturan';
      readonly aturan: Aturan;
      readonly status?: number;
      readonly failure?: Kegagalan;
    }
  /** robots.txt answered 5xx: every address of the origin is closed (RFC 9309). */
  | { readonly jenis: 'server'; readonly status: number }
  | { readonly jenis: 'gagal'; readonly failure: Kegagalan };

/** What one origin's robots.txt said, for the scan to record and to find the sitemaps it names. */
export interface InfoRobots {
  readonly url: string;
  readonly status?: number;
  /** Absolute http(s) addresses of its `Sitemap:` lines (at most `BATAS_SITEMAP_ROBOTS`). */
  readonly sitemaps: readonly string[];
  /** Why it could not be read; a 4xx is no robots.txt (no rules), not a failure of the site. */
  readonly failure?: Kegagalan;
}

/** A robots.txt may name any number of sitemaps; the scan reads only the first few. */
export const BATAS_SITEMAP_ROBOTS = 5;

/**
 * Origins whose robots.txt is kept. An agency's origins are only needed while it is scanned, so this
 * covers the agencies in flight many times over; a larger number would only make a scan's memory grow
 * with the registry.
 */
export const BATAS_CACHE_ROBOTS = 256;

export class PenjagaRobots {
  // Insertion order = recency: a hit moves its origin to the end, the first key is the least recently used.
  private readonly cache = new Map<string, Promise<Isi>>();

  constructor(
    /** Product token matched against `User-agent:` lines, e.g. `TerbukaMonitor`. */
    private readonly token: string,
    private readonly ambilRobots: (url: string) => Promise<JawabanRobots>,
    private readonly batas: number = BATAS_CACHE_ROBOTS,
  ) {}

  /** Origins currently kept (at most the bound given to the constructor). */
  get ukuranCache(): number {
    return this.cache.size;
  }

  /** Undefined when the URL may be fetched, else why not. */
  async periksa(url: URL): Promise<Kegagalan | undefined> {
    const isi = await this.untuk(url.origin);
    const robotsTxt = `${url.origin}/robots.txt`;
    if (isi.jenis === 'gagal') return isi.failure;
    if (isi.jenis === 'server') return gagalRobotsServer(url.href, robotsTxt, isi.status);
    return isi.aturan.isAllowed(url.href, this.token) === false
      ? gagalRobots(url.href, robotsTxt)
      : undefined;
  }

  /** The robots.txt of the URL's origin (fetched once, shared with `periksa`). */
  async info(url: URL): Promise<InfoRobots> {
    const isi = await this.untuk(url.origin);
    const alamat = `${url.origin}/robots.txt`;
    if (isi.jenis === 'gagal') return { url: alamat, sitemaps: [], failure: isi.failure };
    if (isi.jenis === 'server')
      return { url: alamat, status: isi.status, sitemaps: [], failure: gagalHTTP(alamat, isi.status) };
    const sitemaps: string[] = [];
    for (const s of isi.aturan.getSitemaps()) {
      let u: URL;
      try {
        u = new URL(s, alamat);
      } catch {
        continue;
      }
      if ((u.protocol === 'http:' || u.protocol === 'https:') && !sitemaps.includes(u.href))
        sitemaps.push(u.href);
      if (sitemaps.length >= BATAS_SITEMAP_ROBOTS) break;
    }
    return {
      url: alamat,
      sitemaps,
      ...(isi.status !== undefined ? { status: isi.status } : {}),
      ...(isi.failure ? { failure: isi.failure } : {}),
    };
  }

  private untuk(origin: string): Promise<Isi> {
    let p = this.cache.get(origin);
    if (p) {
      // Used again: now the most recent. An origin of an agency in flight therefore stays, so a failed
      // robots.txt keeps short-circuiting that site's other requests.
      this.cache.delete(origin);
      this.cache.set(origin, p);
      return p;
    }
    p = this.muat(origin);
    this.cache.set(origin, p);
    while (this.cache.size > this.batas) {
      const tertua = this.cache.keys().next().value;
      if (tertua === undefined) break;
      this.cache.delete(tertua);
    }
    return p;
  }

  private async muat(origin: string): Promise<Isi> {
    const url = `${origin}/robots.txt`;
    const j = await this.ambilRobots(url);
    if (j.ok)
      return { jenis: 'aturan', aturan: robotsParser(url, j.status < 300 ? j.body : ''), status: j.status };
    const f = j.failure;
    if (f.reason === 'server' && f.status !== undefined) return { jenis: 'server', status: f.status };
    if (TANPA_JAWABAN.has(f.reason)) return { jenis: 'gagal', failure: f };
    // 4xx, too many redirects, too large: as if there were no robots.txt.
    return {
      jenis: 'aturan',
      aturan: robotsParser(url, ''),
      failure: f,
      ...(j.status !== undefined ? { status: j.status } : {}),
    };
  }
}
