// robots.txt per origin, fetched once per Pengambil and kept (bounded), as RFC 9309 reads it:
// 4xx = no rules; 5xx = everything disallowed; unreachable = the same network failure for every URL.
import { createRequire } from 'node:module';
import type { Kegagalan } from '../types.js';
import { gagalRobots, gagalRobotsServer } from './kegagalan.js';

/** What the fetcher answers for `/robots.txt` (the subset the guard needs). */
export type JawabanRobots =
  | { readonly ok: true; readonly status: number; readonly body: string }
  | { readonly ok: false; readonly status?: number; readonly failure: Kegagalan };

type Aturan = { readonly isAllowed: (url: string, ua?: string) => boolean | undefined };
// robots-parser is CommonJS (`module.exports = function`) and its typings do not say so under NodeNext.
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, isi: string) => Aturan;
type Isi =
  | { readonly jenis: 'aturan'; readonly aturan: Aturan }
  | { readonly jenis: 'gagal'; readonly failure: Kegagalan };

/** More origins than this and the oldest entries are dropped (a national registry has many). */
const BATAS_CACHE = 4096;

export class PenjagaRobots {
  private readonly cache = new Map<string, Promise<Isi>>();

  constructor(
    /** Product token matched against `User-agent:` lines, e.g. `TerbukaMonitor`. */
    private readonly token: string,
    private readonly ambilRobots: (url: string) => Promise<JawabanRobots>,
  ) {}

  /** Undefined when the URL may be fetched, else why not. */
  async periksa(url: URL): Promise<Kegagalan | undefined> {
    const isi = await this.untuk(url.origin);
    if (isi.jenis === 'gagal') return isi.failure;
    return isi.aturan.isAllowed(url.href, this.token) === false ? gagalRobots(url.href) : undefined;
  }

  private untuk(origin: string): Promise<Isi> {
    let p = this.cache.get(origin);
    if (!p) {
      p = this.muat(origin);
      this.cache.set(origin, p);
      if (this.cache.size > BATAS_CACHE) {
        const tertua = this.cache.keys().next().value;
        if (tertua !== undefined) this.cache.delete(tertua);
      }
    }
    return p;
  }

  private async muat(origin: string): Promise<Isi> {
    const url = `${origin}/robots.txt`;
    const j = await this.ambilRobots(url);
    if (j.ok) return { jenis: 'aturan', aturan: robotsParser(url, j.status < 300 ? j.body : '') };
    const f = j.failure;
    if (f.reason === 'http' && f.status !== undefined && f.status >= 500)
      return { jenis: 'gagal', failure: gagalRobotsServer(origin, f.status) };
    if (f.reason === 'dns' || f.reason === 'koneksi' || f.reason === 'waktu-habis')
      return { jenis: 'gagal', failure: f };
    // 4xx, too many redirects, too large: as if there were no robots.txt.
    return { jenis: 'aturan', aturan: robotsParser(url, '') };
  }
}
