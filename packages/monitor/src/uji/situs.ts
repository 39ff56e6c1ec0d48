// The request handler of one fixture site: what each kind answers on each path. Every request is logged,
// so tests can check politeness too (robots honoured, conditional requests, the User-Agent).
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  atom,
  beranda,
  csvDIP,
  dokumenDIP,
  rss,
  sitemap,
  tanggalPos,
  wpPosts,
  type AgensiDIP,
} from './konten.js';
import { USIA_STATIS_HARI, type RencanaSitus } from './rencana.js';

export interface CatatanPermintaan {
  readonly method: string;
  readonly path: string;
  readonly userAgent?: string;
  /** The request carried If-None-Match or If-Modified-Since. */
  readonly conditional: boolean;
  readonly status: number;
}

export interface OpsiSitus {
  readonly now: Date;
  /** The world's clock for the moving dates of `curang` and `berubah` (a re-scan happens "later"). */
  readonly jam: () => Date;
  /** How long the slow site waits before answering. */
  readonly lambatMs: number;
  /** Body size of the huge site. */
  readonly besarBytes: number;
  /** Keep the per-request log (off in the benchmark, where only the monitor's memory should grow). */
  readonly catat: boolean;
}

export const PATH = {
  dipJson: '/ppid/dip.json',
  dipCsv: '/ppid/dip.csv',
  rss: '/feed/',
  atom: '/atom.xml',
  sitemap: '/sitemap.xml',
  wp: '/wp-json/wp/v2/posts',
  endpoint: '/api/',
} as const;

export const dipPath = (r: RencanaSitus): string => (r.format === 'csv' ? PATH.dipCsv : PATH.dipJson);

const HARI_MS = 86_400_000;
const sha = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 16);

/** A site: its handler, its log and the timers to clear on close. */
export class Situs {
  readonly log: CatatanPermintaan[] = [];
  readonly timers = new Set<NodeJS.Timeout>();
  /** Requests for the home page so far (the moving dates of `curang` and `berubah` count them). */
  private beranda = 0;
  private readonly cache = new Map<string, { body: string; type: string }>();
  dasar = '';

  constructor(
    readonly rencana: RencanaSitus,
    readonly nama: string,
    private readonly opsi: OpsiSitus,
  ) {}

  /** The fixed content of a path, built once. */
  private isi(path: string): { body: string; type: string } | undefined {
    const ada = this.cache.get(path);
    if (ada) return ada;
    const r = this.rencana;
    const now = this.opsi.now;
    const pos = tanggalPos(r.pola, now);
    const agensi: AgensiDIP = { id: r.id, name: this.nama, kind: r.kind, website: `${this.dasar}/` };
    let isi: { body: string; type: string } | undefined;
    if (path === dipPath(r) && r.jenis !== 'dip-hilang') {
      if (r.jenis === 'dip-rusak')
        isi = {
          body: JSON.stringify(dokumenDIP('lengkap', agensi, now)).slice(0, -40),
          type: 'application/json',
        };
      else if (r.format === 'csv')
        isi = {
          body: csvDIP(r.dip ?? 'lengkap', r.kind, now, r.jenis === 'dip-csv-rusak'),
          type: 'text/csv; charset=utf-8',
        };
      else if (r.dip)
        isi = { body: JSON.stringify(dokumenDIP(r.dip, agensi, now)), type: 'application/json' };
    } else if (path === PATH.rss && (r.jenis === 'rss' || r.jenis === 'dip-rusak'))
      isi = { body: rss(this.nama, this.dasar, pos), type: 'application/rss+xml; charset=utf-8' };
    else if (path === PATH.atom && (r.jenis === 'atom' || r.jenis === 'dip-hilang'))
      isi = { body: atom(this.nama, this.dasar, pos), type: 'application/atom+xml; charset=utf-8' };
    else if (path === PATH.sitemap && r.jenis === 'sitemap')
      isi = { body: sitemap(this.dasar, pos), type: 'application/xml; charset=utf-8' };
    else if (path === '/robots.txt')
      isi = {
        body:
          r.jenis === 'robots'
            ? 'User-agent: *\nDisallow: /\n'
            : `User-agent: *\nDisallow: /wp-admin/\n${r.jenis === 'sitemap' ? `Sitemap: ${this.dasar}${PATH.sitemap}\n` : ''}`,
        type: 'text/plain; charset=utf-8',
      };
    else if (path === '/') isi = { body: beranda(this.nama), type: 'text/html; charset=utf-8' };
    if (isi) this.cache.set(path, isi);
    return isi;
  }

  handle = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = url.pathname;
    const conditional =
      req.headers['if-none-match'] !== undefined || req.headers['if-modified-since'] !== undefined;
    res.on('finish', () => {
      if (!this.opsi.catat) return;
      this.log.push({
        method: req.method ?? 'GET',
        path: url.pathname + url.search,
        ...(req.headers['user-agent'] ? { userAgent: req.headers['user-agent'] } : {}),
        conditional,
        status: res.statusCode,
      });
    });
    const r = this.rencana;

    if (r.jenis === 'lambat' && path !== '/robots.txt') {
      const t = setTimeout(() => {
        this.timers.delete(t);
        if (!res.destroyed) this.kirim(req, res, 200, beranda(this.nama), 'text/html; charset=utf-8');
      }, this.opsi.lambatMs);
      this.timers.add(t);
      return;
    }
    if (r.jenis === 'alihan' && path !== '/robots.txt') {
      const ke = path.endsWith('/lagi')
        ? path.slice(0, -'/lagi'.length) || '/'
        : `${path.replace(/\/$/, '')}/lagi`;
      res.writeHead(302, { location: ke, 'content-length': 0 }).end();
      return;
    }
    if (r.jenis === 'besar' && path !== '/robots.txt') {
      this.besar(res, path === '/');
      return;
    }
    if (path.startsWith(PATH.endpoint) && r.endpoint === 'ada') {
      res.writeHead(req.method === 'OPTIONS' ? 204 : 200, {
        'content-type': 'application/json',
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'GET, POST, OPTIONS',
      });
      res.end(req.method === 'OPTIONS' ? undefined : '{"ok":true}');
      return;
    }
    if (path === PATH.wp && (r.jenis === 'wordpress' || r.jenis === 'dip-csv-rusak')) {
      const semua = tanggalPos(r.pola, this.opsi.now);
      const perPage = Number(url.searchParams.get('per_page') ?? 10);
      const page = Number(url.searchParams.get('page') ?? 1);
      const n = Math.min(Math.max(1, perPage || 10), 100);
      const body = JSON.stringify(wpPosts(semua, this.dasar, perPage, page));
      res.setHeader('x-wp-total', String(semua.length));
      res.setHeader('x-wp-totalpages', String(Math.max(1, Math.ceil(semua.length / n))));
      this.kirim(req, res, 200, body, 'application/json; charset=UTF-8', { etag: `"${sha(body)}"` });
      return;
    }
    if (path === '/' && (r.jenis === 'curang' || r.jenis === 'berubah')) {
      // Both claim "updated five minutes ago" by the world's clock, a second later on each request; only
      // `berubah` changes its page.
      const n = this.beranda++;
      const lm = new Date(this.opsi.jam().getTime() - 300_000 + (n % 240) * 1000);
      const body = beranda(this.nama, r.jenis === 'berubah' ? `<p>Kabar terbaru nomor ${n + 1}.</p>` : '');
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'last-modified': lm.toUTCString(),
        'cache-control': 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }

    const isi = this.isi(path);
    if (!isi) {
      this.kirim(req, res, 404, 'Tidak ditemukan', 'text/plain; charset=utf-8');
      return;
    }
    const header: Record<string, string> = { etag: `"${sha(isi.body)}"` };
    if (path === '/' && r.jenis === 'statis')
      header['last-modified'] = new Date(this.opsi.now.getTime() - USIA_STATIS_HARI * HARI_MS).toUTCString();
    this.kirim(req, res, 200, isi.body, isi.type, header);
  };

  /** Answers with validators; 304 when the request's validators still match. */
  private kirim(
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    body: string,
    type: string,
    header: Record<string, string> = {},
  ): void {
    const inm = req.headers['if-none-match'];
    const ims = req.headers['if-modified-since'];
    const cocok =
      status === 200 &&
      ((header['etag'] !== undefined && inm !== undefined && inm.split(/\s*,\s*/).includes(header['etag'])) ||
        (inm === undefined &&
          header['last-modified'] !== undefined &&
          ims !== undefined &&
          Date.parse(ims) >= Date.parse(header['last-modified'])));
    if (cocok) {
      res.writeHead(304, header).end();
      return;
    }
    res.writeHead(status, { ...header, 'content-type': type, 'content-length': Buffer.byteLength(body) });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  /** A body over the cap: the home page declares its length, the rest stream without one (chunked). */
  private besar(res: ServerResponse, denganPanjang: boolean): void {
    const potong = Buffer.alloc(64 * 1024, 0x61);
    res.writeHead(200, {
      'content-type': denganPanjang ? 'text/html; charset=utf-8' : 'application/json',
      ...(denganPanjang ? { 'content-length': this.opsi.besarBytes } : {}),
    });
    let sisa = this.opsi.besarBytes;
    const tulis = (): void => {
      while (sisa > 0 && !res.destroyed) {
        const n = Math.min(sisa, potong.length);
        sisa -= n;
        if (!res.write(n === potong.length ? potong : potong.subarray(0, n))) {
          res.once('drain', tulis);
          return;
        }
      }
      if (!res.destroyed) res.end();
    };
    tulis();
  }
}
