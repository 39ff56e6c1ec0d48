// The monitor's only way to the network: polite (robots.txt, per-host and global limits, a clear
// User-Agent, conditional requests) and robust (timeouts, bounded retries, redirect and size limits).
// `ambil` never throws: every outcome is a value the scan records.
import { createHash, X509Certificate } from 'node:crypto';
import { createBrotliDecompress, createUnzip } from 'node:zlib';
import { createRequire } from 'node:module';
import { isIP } from 'node:net';
import { setTimeout as tunda } from 'node:timers/promises';
import { dekodeBerkas, type Masalah } from '@terbuka/sdk';
import { Agent, request, type Dispatcher } from 'undici';
import type { JenisSumber, Kegagalan } from '../types.js';
import { akarNode } from './akar.js';
import { alamatTerlarang, lookupAman } from './alamat-lokal.js';
import { bacaBerkasSertifikat } from './berkas-sertifikat.js';
import {
  gagalAlamat,
  gagalAlamatTerlarang,
  gagalAlihan,
  gagalAlihanTanpaTujuan,
  gagalHTTP,
  gagalKemasan,
  gagalSertifikat,
  gagalTerlaluBesar,
  gagalWaktuHabis,
  klasifikasiGalat,
  kodeGalat,
  KODE_RANTAI_TIDAK_LENGKAP,
  type SebabRantai,
} from './kegagalan.js';
import { BATAS_BYTE_SERTIFIKAT, bacaSertifikatServer, lengkapiRantai } from './rantai.js';
import { BATAS_CACHE_ROBOTS, PenjagaRobots, type InfoRobots } from './robots.js';
import { Semafor } from './semafor.js';

const paket = createRequire(import.meta.url)('../../package.json') as { version: string };

/** The monitor's version, as sent in the User-Agent. */
export const VERSI_MONITOR: string = paket.version;
/** The product token robots.txt rules are matched against. */
export const TOKEN_ROBOTS = 'TerbukaMonitor';

/** `TerbukaMonitor/<version> (+<url>)`: the URL should say who runs the monitor and why. */
export function buatUserAgent(infoUrl: string): string {
  return `${TOKEN_ROBOTS}/${VERSI_MONITOR} (+${infoUrl})`;
}

export const USER_AGENT_BAKU = buatUserAgent('https://www.npmjs.com/package/@terbuka/monitor');

export interface OpsiPengambil {
  /** Default `USER_AGENT_BAKU`; Dinkominfo should pass `buatUserAgent(<its page about the monitor>)`. */
  readonly userAgent?: string;
  /** Per attempt, covering connection, headers and the whole body. Default 10 000. */
  readonly timeoutMs?: number;
  /** Extra attempts after a network error, 5xx or 429. Default 2. */
  readonly retries?: number;
  /** Default 5. */
  readonly maxRedirects?: number;
  /** Bodies larger than this are cut off and recorded as `terlalu-besar`. Default 5 MiB. */
  readonly maxBytes?: number;
  /** Concurrent requests per host (`hostname:port`). Default 2. */
  readonly perHost?: number;
  /** Concurrent requests in all. Default 16. */
  readonly global?: number;
  /** Honour robots.txt. Default true. */
  readonly robots?: boolean;
  /**
   * How many origins' robots.txt are kept, least recently used dropped first. Default
   * `BATAS_CACHE_ROBOTS` (256): many times the origins of the agencies in flight.
   */
  readonly robotsOrigins?: number;
  /** First retry delay; doubles each time, with jitter. Default 500. */
  readonly backoffMs?: number;
  /** A Retry-After longer than this is not waited for: the failure is recorded instead. Default 30 000. */
  readonly maxRetryAfterMs?: number;
  /** Retry after a timeout too. Default false: a slow site would otherwise cost (retries + 1) × timeout. */
  readonly retryOnTimeout?: boolean;
  /**
   * Also fetch loopback, private (RFC 1918, fc00::/7), link-local (169.254/16, fe80::/10), CGNAT and
   * metadata addresses. Default false: a site's redirect, DNS answer or robots.txt could otherwise point
   * the scan at the runner's own network and have the answer published. The check is made on the
   * address each connection is opened to, for the first request and every redirect. For a monitor of
   * an intranet, and for tests whose sites run on 127.0.0.1. A list allows only those `ip:port` hosts
   * written as IPs in the URL (names still resolve through the check). With `dispatcher` given, only
   * addresses written as IPs are checked: that dispatcher does its own name lookups.
   */
  readonly izinkanAlamatLokal?: boolean | readonly string[];
  /**
   * Another undici dispatcher (a proxy agent, a mock); the Pengambil then does not close it. An incomplete
   * certificate chain is then not completed (that needs connections of the Pengambil's own).
   */
  readonly dispatcher?: Dispatcher;
  /**
   * For tests only: the root certificates (PEM) trusted instead of Node's store, so a test CA on 127.0.0.1
   * can stand for a real one. Unset (always, in production), the first connection uses Node's own default
   * store and a chain completed from AIA is verified against that same store (`akarNode`: Node's roots and
   * those of NODE_EXTRA_CA_CERTS).
   */
  readonly akarTepercaya?: readonly string[];
}

export interface OpsiAmbil {
  readonly kind: JenisSumber;
  /** From the previous scan: sent as If-None-Match. */
  readonly etag?: string;
  /** From the previous scan: sent as If-Modified-Since. */
  readonly lastModified?: string;
  /** Default GET. */
  readonly method?: 'GET' | 'HEAD' | 'OPTIONS';
  /** Overrides the Pengambil's cap for this request. */
  readonly maxBytes?: number;
  /** Keep the body as text. Default true; false still reads and hashes it (e.g. a home page). */
  readonly body?: boolean;
  /** Accept header. */
  readonly accept?: string;
}

export interface HeaderAmbil {
  readonly etag?: string;
  readonly lastModified?: string;
  readonly contentType?: string;
  /** WordPress's `X-WP-TotalPages`: how many pages of posts there are. */
  readonly wpTotalPages?: number;
}

export type HasilAmbil =
  | {
      readonly ok: true;
      /** The final URL, after redirects. */
      readonly url: string;
      readonly status: number;
      /** The body as text ('' on 304, for HEAD/OPTIONS, or when `body: false`). */
      readonly body: string;
      /**
       * The encoding the body was read in (the SDK's `dekodeBerkas`: UTF-8 when the bytes are, else the
       * declared charset, else Windows-1252); absent with no body.
       */
      readonly pengodean?: string;
      readonly headers: HeaderAmbil;
      /** SHA-256 (hex) of the content's bytes (unpacked when sent compressed); absent on 304 and for HEAD/OPTIONS. */
      readonly hash?: string;
      readonly notModified: boolean;
      /**
       * The server sent an incomplete certificate chain; the monitor completed it, as browsers do, with the
       * intermediates fetched from these AIA "CA Issuers" addresses, and verified it in full.
       */
      readonly chainCompleted?: readonly string[];
    }
  | { readonly ok: false; readonly url: string; readonly status?: number; readonly failure: Kegagalan };

/** Counters, for tests and the benchmark. */
export interface StatistikPengambil {
  /** HTTP requests sent (attempts, redirects and robots.txt included). */
  requests: number;
  retries: number;
  robotsFetched: number;
}

type HasilSekali =
  | { readonly jenis: 'selesai'; readonly hasil: HasilAmbil }
  | { readonly jenis: 'alih'; readonly status: number; readonly location?: string }
  | {
      readonly jenis: 'gagal';
      readonly hasil: HasilAmbil & { ok: false };
      readonly sementara: boolean;
      readonly retryAfterMs?: number;
      /** The error's code, when it was thrown (a certificate's, a socket's). */
      readonly kode?: string;
    };

/** A host whose chain was completed: the connections that trust its intermediates, and where they came from. */
interface RantaiLengkap {
  readonly agen: Dispatcher;
  readonly urls: readonly string[];
}

/** Hosts remembered with their completed chain: far more than the hosts of the agencies in flight. */
const BATAS_HOST_RANTAI = 4096;

const ALIHAN = new Set([301, 302, 303, 307, 308]);

function satuHeader(v: string | string[] | undefined): string | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  return s === undefined || s === '' ? undefined : s;
}

/** Retry-After as milliseconds from now: delta-seconds or an HTTP date. */
export function bacaRetryAfter(v: string | undefined, now = Date.now()): number | undefined {
  if (!v) return undefined;
  if (/^\s*\d+\s*$/.test(v)) return Number(v) * 1000;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}

export class Pengambil {
  readonly userAgent: string;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly maxRedirects: number;
  readonly maxBytes: number;
  readonly statistik: StatistikPengambil = { requests: 0, retries: 0, robotsFetched: 0 };
  /**
   * Problems of the setup, for the run's output (`pindaiRegistri` passes them to `laporkan`): a
   * NODE_EXTRA_CA_CERTS file that cannot be read.
   */
  readonly peringatan: readonly Masalah[];

  private readonly perHost: number;
  private readonly backoffMs: number;
  private readonly maxRetryAfterMs: number;
  private readonly retryOnTimeout: boolean;
  private readonly global: Semafor;
  private readonly host = new Map<string, Semafor>();
  private readonly robots?: PenjagaRobots;
  private readonly agen: Dispatcher;
  private readonly agenSendiri: boolean;
  private readonly izinkanAlamatLokal: boolean;
  private readonly hostLokalDiizinkan: ReadonlySet<string>;
  /** The roots a completed chain is verified against: the test's, else Node's default store. */
  private readonly akarPem: readonly string[];
  private akarX509?: readonly X509Certificate[];
  /** The issuer certificates fetched this run, by AIA address (in flight ones too, so each is fetched once). */
  private readonly penerbit = new Map<string, Promise<readonly X509Certificate[]>>();
  /** One Agent per set of intermediates (sites of one CA share it), closed by `tutup`. */
  private readonly agenRantai = new Map<string, Agent>();
  private readonly rantaiHost = new Map<string, RantaiLengkap>();

  constructor(opsi: OpsiPengambil = {}) {
    this.userAgent = opsi.userAgent ?? USER_AGENT_BAKU;
    this.timeoutMs = opsi.timeoutMs ?? 10_000;
    this.retries = Math.max(0, opsi.retries ?? 2);
    this.maxRedirects = Math.max(0, opsi.maxRedirects ?? 5);
    this.maxBytes = opsi.maxBytes ?? 5 * 1024 * 1024;
    this.perHost = Math.max(1, opsi.perHost ?? 2);
    this.backoffMs = opsi.backoffMs ?? 500;
    this.maxRetryAfterMs = opsi.maxRetryAfterMs ?? 30_000;
    this.retryOnTimeout = opsi.retryOnTimeout ?? false;
    this.global = new Semafor(Math.max(1, opsi.global ?? 16));
    this.agenSendiri = !opsi.dispatcher;
    this.izinkanAlamatLokal = opsi.izinkanAlamatLokal === true;
    this.hostLokalDiizinkan = new Set(Array.isArray(opsi.izinkanAlamatLokal) ? opsi.izinkanAlamatLokal : []);
    // Read once, at the start: the store does not change during a run, and a warning is said before it.
    const akar = opsi.akarTepercaya ? { pem: opsi.akarTepercaya } : akarNode();
    this.akarPem = akar.pem;
    this.peringatan = akar.peringatan ? [akar.peringatan] : [];
    this.agen = opsi.dispatcher ?? this.buatAgen(opsi.akarTepercaya);
    if (opsi.robots ?? true)
      this.robots = new PenjagaRobots(
        TOKEN_ROBOTS,
        (url) => {
          this.statistik.robotsFetched++;
          return this.ambil(url, { kind: 'robots', maxBytes: 512 * 1024, accept: 'text/plain' });
        },
        Math.max(1, opsi.robotsOrigins ?? BATAS_CACHE_ROBOTS),
      );
  }

  /** Fetches one URL. Never throws. */
  async ambil(url: string, opsi: OpsiAmbil): Promise<HasilAmbil> {
    try {
      return await this.ambilAman(url, opsi);
    } catch (e) {
      // Nothing above should throw; a bug must still not crash a scan of thousands of sites.
      let u: URL;
      try {
        u = new URL(url);
      } catch {
        return { ok: false, url, failure: gagalAlamat(url) };
      }
      return { ok: false, url, failure: klasifikasiGalat(e, u, this.timeoutMs).failure };
    }
  }

  /**
   * The robots.txt of the URL's origin as the guard read it (once per origin), with its `Sitemap:`
   * lines. Undefined when robots.txt is not honoured (`robots: false`): nothing extra is fetched then.
   */
  async infoRobots(url: string): Promise<InfoRobots | undefined> {
    if (!this.robots) return undefined;
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return undefined;
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    return this.robots.info(u);
  }

  /** Closes the connections it opened. */
  async tutup(): Promise<void> {
    if (this.agenSendiri) await this.agen.close();
    await Promise.all([...this.agenRantai.values()].map((a) => a.close()));
  }

  /** `ca` unset: Node's own trust store (production); set: exactly these certificates. */
  private buatAgen(ca?: readonly string[]): Agent {
    return new Agent({
      connections: this.perHost,
      // An agency's requests follow one another closely; a connection idle for a second belongs to an
      // agency that is done. The Agent drops an origin's pool once its connections close, so the pools
      // open at once follow the scan's pace, not the registry's size. The Max caps the server's
      // `Keep-Alive: timeout=…` hint, which otherwise wins (Node's servers say 5 s).
      keepAliveTimeout: 1_000,
      keepAliveMaxTimeout: 1_000,
      connect: {
        timeout: this.timeoutMs,
        // The address is checked where the socket resolves it, so DNS rebinding cannot get past.
        ...(this.izinkanAlamatLokal ? {} : { lookup: lookupAman }),
        ...(ca ? { ca: [...ca] } : {}),
      },
    });
  }

  /** The address, when the URL's host is an IP written out that the guard refuses. */
  private ipDitolak(u: URL): string | undefined {
    const ip = u.hostname.replace(/^\[|\]$/g, '');
    // An address written as an IP is not looked up, so the socket's lookup would not see it.
    if (this.izinkanAlamatLokal || this.hostLokalDiizinkan.has(u.host) || !isIP(ip)) return undefined;
    return alamatTerlarang(ip) ? ip : undefined;
  }

  private async ambilAman(awal: string, opsi: OpsiAmbil): Promise<HasilAmbil> {
    let u: URL;
    try {
      u = new URL(awal);
    } catch {
      return { ok: false, url: awal, failure: gagalAlamat(awal) };
    }
    const dikunjungi = new Set<string>();
    for (let alihan = 0; ; alihan++) {
      if (u.protocol !== 'http:' && u.protocol !== 'https:')
        return { ok: false, url: u.href, failure: gagalAlamat(u.href) };
      dikunjungi.add(u.href);
      const ipLokal = this.ipDitolak(u);
      if (ipLokal !== undefined)
        return { ok: false, url: u.href, failure: gagalAlamatTerlarang(u.href, ipLokal) };
      if (this.robots && opsi.kind !== 'robots') {
        const larangan = await this.robots.periksa(u);
        if (larangan) return { ok: false, url: u.href, failure: larangan };
      }
      const h = await this.satuHop(u, opsi);
      if (h.jenis !== 'alih') return h.hasil;
      let tujuan: URL | undefined;
      try {
        tujuan = h.location ? new URL(h.location, u) : undefined;
      } catch {
        tujuan = undefined;
      }
      if (!tujuan)
        return {
          ok: false,
          url: u.href,
          status: h.status,
          failure: gagalAlihanTanpaTujuan(u.href, h.status),
        };
      tujuan.hash = '';
      if (dikunjungi.has(tujuan.href))
        return {
          ok: false,
          url: u.href,
          status: h.status,
          failure: gagalAlihan(awal, true, this.maxRedirects),
        };
      if (alihan >= this.maxRedirects)
        return {
          ok: false,
          url: u.href,
          status: h.status,
          failure: gagalAlihan(awal, false, this.maxRedirects),
        };
      u = tujuan;
    }
  }

  private semaforHost(host: string): Semafor {
    let s = this.host.get(host);
    if (!s) {
      s = new Semafor(this.perHost);
      this.host.set(host, s);
    }
    return s;
  }

  /** One URL with its retries, holding one per-host slot throughout (backoff included: polite). */
  private async satuHop(
    u: URL,
    opsi: OpsiAmbil,
  ): Promise<Exclude<HasilSekali, { jenis: 'gagal' }> | { jenis: 'selesai'; hasil: HasilAmbil }> {
    const sh = this.semaforHost(u.host);
    await sh.ambil();
    try {
      for (let percobaan = 0; ; percobaan++) {
        await this.global.ambil();
        let h: HasilSekali;
        try {
          this.statistik.requests++;
          h = await this.sekali(u, opsi);
        } finally {
          this.global.lepas();
        }
        if (h.jenis !== 'gagal') return h;
        if (!h.sementara || percobaan >= this.retries) return { jenis: 'selesai', hasil: h.hasil };
        const mundur = this.backoffMs * 2 ** percobaan * (0.75 + Math.random() * 0.5);
        if (h.retryAfterMs !== undefined && h.retryAfterMs > this.maxRetryAfterMs)
          return { jenis: 'selesai', hasil: h.hasil };
        this.statistik.retries++;
        await tunda(Math.max(mundur, h.retryAfterMs ?? 0));
      }
    } finally {
      sh.lepas();
      // An idle host's semaphore is dropped, so a run over many sites does not keep one per host.
      if (sh.dipakai === 0 && sh.menunggu === 0) this.host.delete(u.host);
    }
  }

  /**
   * One request; on an incomplete certificate chain, once more over a connection that also offers the
   * intermediates fetched from the certificate's AIA address (as a browser does). A host whose chain was
   * completed goes straight to that connection for the rest of the run.
   */
  private async sekali(u: URL, opsi: OpsiAmbil): Promise<HasilSekali> {
    const dikenal = this.rantaiHost.get(u.host);
    const h = await this.kirim(u, opsi, dikenal);
    if (
      dikenal ||
      h.jenis !== 'gagal' ||
      !KODE_RANTAI_TIDAK_LENGKAP.has(h.kode ?? '') ||
      !this.agenSendiri ||
      u.protocol !== 'https:'
    )
      return h;
    const daun = await bacaSertifikatServer(
      u,
      this.timeoutMs,
      this.izinkanAlamatLokal ? undefined : lookupAman,
    );
    if (!daun) return h;
    const r = await lengkapiRantai(daun, this.akar(), (url) => this.ambilPenerbit(url));
    const gagalRantai = (kode: string, sebab: SebabRantai): HasilSekali => ({
      jenis: 'gagal',
      hasil: { ok: false, url: u.href, failure: gagalSertifikat(u.host, kode, sebab) },
      sementara: false,
    });
    if (!r.ok) return gagalRantai(h.kode!, r.sebab);
    const lengkap: RantaiLengkap = { agen: this.agenUntuk(r.antara), urls: r.urls };
    this.statistik.requests++;
    const ulang = await this.kirim(u, opsi, lengkap);
    // Still no chain to a root (the issuer of the last intermediate is missing): what was fetched does not
    // lead to a root the store trusts.
    const kodeUlang = ulang.jenis === 'gagal' ? (ulang.kode ?? '') : '';
    if (KODE_RANTAI_TIDAK_LENGKAP.has(kodeUlang) || kodeUlang === 'UNABLE_TO_GET_ISSUER_CERT')
      return gagalRantai(kodeUlang, 'tidak-berujung');
    if (ulang.jenis !== 'gagal') {
      this.rantaiHost.set(u.host, lengkap);
      if (this.rantaiHost.size > BATAS_HOST_RANTAI)
        this.rantaiHost.delete(this.rantaiHost.keys().next().value!);
    }
    return ulang;
  }

  /** The roots a completed chain must reach. */
  private akar(): readonly X509Certificate[] {
    this.akarX509 ??= this.akarPem.map((p) => new X509Certificate(p));
    return this.akarX509;
  }

  /** An Agent trusting the roots plus these intermediates (which still need a root to verify). */
  private agenUntuk(antara: readonly X509Certificate[]): Agent {
    const kunci = antara.map((c) => c.fingerprint256).join(' ');
    let a = this.agenRantai.get(kunci);
    if (!a) {
      a = this.buatAgen([...this.akarPem, ...antara.map((c) => c.toString())]);
      this.agenRantai.set(kunci, a);
    }
    return a;
  }

  /** The certificates at an AIA address, once per run. Empty when none can be had. */
  private ambilPenerbit(url: string): Promise<readonly X509Certificate[]> {
    let p = this.penerbit.get(url);
    if (!p) {
      p = this.unduhSertifikat(url);
      this.penerbit.set(url, p);
      // A failure is not kept: the next site naming that address tries again.
      void p.then((c) => {
        if (c.length === 0) this.penerbit.delete(url);
      });
    }
    return p;
  }

  /**
   * GET of a certificate (DER or PEM X.509, or a PKCS#7 bundle) over plain http, through the same guarded
   * connections as every fetch (a local or private address is refused), with the timeout and a small size
   * cap; no redirects. robots.txt is not asked: like a browser's, this is a fetch of the CA's published
   * certificate.
   */
  private async unduhSertifikat(alamat: string): Promise<readonly X509Certificate[]> {
    let u: URL;
    try {
      u = new URL(alamat);
    } catch {
      return [];
    }
    if (u.protocol !== 'http:' || this.ipDitolak(u) !== undefined) return [];
    const ac = new AbortController();
    const timer = setTimeout(() => ac.abort(), this.timeoutMs);
    try {
      this.statistik.requests++;
      const res = await request(u, {
        method: 'GET',
        headers: {
          'user-agent': this.userAgent,
          accept: 'application/pkix-cert, application/pkcs7-mime, */*',
        },
        signal: ac.signal,
        dispatcher: this.agen,
        headersTimeout: this.timeoutMs,
        bodyTimeout: this.timeoutMs,
      });
      if (res.statusCode !== 200) {
        await res.body.dump();
        return [];
      }
      const potongan: Buffer[] = [];
      let n = 0;
      for await (const c of res.body) {
        n += (c as Buffer).length;
        if (n > BATAS_BYTE_SERTIFIKAT) {
          res.body.destroy();
          return [];
        }
        potongan.push(c as Buffer);
      }
      return bacaBerkasSertifikat(Buffer.concat(potongan, n));
    } catch {
      return [];
    } finally {
      clearTimeout(timer);
    }
  }

  private async kirim(u: URL, opsi: OpsiAmbil, rantai?: RantaiLengkap): Promise<HasilSekali> {
    const method = opsi.method ?? 'GET';
    const maxBytes = opsi.maxBytes ?? this.maxBytes;
    const headers: Record<string, string> = {
      'user-agent': this.userAgent,
      accept: opsi.accept ?? '*/*',
      // Less to download from every site; and some servers compress whatever is asked. Not deflate: some
      // servers send it raw, not in the zlib wrapper HTTP means.
      'accept-encoding': 'gzip, br',
    };
    if (opsi.etag) headers['if-none-match'] = opsi.etag;
    if (opsi.lastModified) headers['if-modified-since'] = opsi.lastModified;

    const ac = new AbortController();
    let habis = false;
    const timer = setTimeout(() => {
      habis = true;
      ac.abort();
    }, this.timeoutMs);
    // The Content-Encoding the body came in, while it is being unpacked: a failure there is the body's.
    let kemasan: string | undefined;
    const waktuHabis = (): HasilSekali => ({
      jenis: 'gagal',
      hasil: { ok: false, url: u.href, failure: gagalWaktuHabis(u.href, this.timeoutMs) },
      sementara: this.retryOnTimeout,
    });
    try {
      const res = await request(u, {
        method,
        headers,
        signal: ac.signal,
        dispatcher: rantai?.agen ?? this.agen,
        headersTimeout: this.timeoutMs,
        bodyTimeout: this.timeoutMs,
      });
      const status = res.statusCode;
      const h = res.headers;
      if (ALIHAN.has(status)) {
        await res.body.dump();
        return { jenis: 'alih', status, location: satuHeader(h['location']) };
      }
      let header: HeaderAmbil = {
        etag: satuHeader(h['etag']) ?? (status === 304 ? opsi.etag : undefined),
        lastModified: satuHeader(h['last-modified']) ?? (status === 304 ? opsi.lastModified : undefined),
        contentType: satuHeader(h['content-type']),
      };
      const halaman = Number(satuHeader(h['x-wp-totalpages']));
      if (Number.isInteger(halaman) && halaman >= 0) header = { ...header, wpTotalPages: halaman };
      if (status === 304) {
        await res.body.dump();
        return {
          jenis: 'selesai',
          hasil: {
            ok: true,
            url: u.href,
            status,
            body: '',
            headers: header,
            notModified: true,
            ...(rantai ? { chainCompleted: rantai.urls } : {}),
          },
        };
      }
      if (status >= 400) {
        await res.body.dump();
        return {
          jenis: 'gagal',
          hasil: { ok: false, url: u.href, status, failure: gagalHTTP(u.href, status) },
          sementara: status >= 500 || status === 429,
          retryAfterMs: bacaRetryAfter(satuHeader(h['retry-after'])),
        };
      }
      const terlaluBesar = (): HasilSekali => {
        res.body.destroy();
        return {
          jenis: 'gagal',
          hasil: { ok: false, url: u.href, status, failure: gagalTerlaluBesar(u.href, maxBytes) },
          sementara: false,
        };
      };
      const panjang = Number(satuHeader(h['content-length']));
      if (Number.isFinite(panjang) && panjang > maxBytes) return terlaluBesar();

      const simpan = (opsi.body ?? true) && method === 'GET';
      const sha = method === 'GET' ? createHash('sha256') : undefined;
      const potongan: Buffer[] = [];
      let n = 0;
      // Unpacked as it arrives; the size limit and the hash are the content's, as for an answer sent plain.
      // An empty body (a HEAD, a 204, Content-Length 0) has nothing to unpack, whatever it is labelled.
      const kosong = method !== 'GET' || status === 204 || satuHeader(h['content-length']) === '0';
      kemasan = kosong ? undefined : satuHeader(h['content-encoding'])?.trim().toLowerCase();
      const buka =
        kemasan === 'gzip' || kemasan === 'x-gzip' || kemasan === 'deflate'
          ? createUnzip()
          : kemasan === 'br'
            ? createBrotliDecompress()
            : undefined;
      if (!buka) kemasan = undefined;
      // pipe() passes on no error: an aborted or reset body would leave the unpacking waiting for good.
      res.body.once('error', (e) => buka?.destroy(e));
      const badan = buka ? res.body.pipe(buka) : res.body;
      for await (const c of badan) {
        const chunk = c as Buffer;
        n += chunk.length;
        if (n > maxBytes) return terlaluBesar();
        sha?.update(chunk);
        if (simpan) potongan.push(chunk);
      }
      const teks = simpan ? dekodeBerkas(Buffer.concat(potongan, n), header.contentType) : undefined;
      return {
        jenis: 'selesai',
        hasil: {
          ok: true,
          url: u.href,
          status,
          body: teks?.teks ?? '',
          ...(teks ? { pengodean: teks.pengodean } : {}),
          headers: header,
          notModified: false,
          ...(sha ? { hash: sha.digest('hex') } : {}),
          ...(rantai ? { chainCompleted: rantai.urls } : {}),
        },
      };
    } catch (e) {
      if (habis) return waktuHabis();
      // zlib's codes (Z_DATA_ERROR …) and brotli's (ERR__ERROR_FORMAT_…, ERR_BROTLI_…).
      if (kemasan && /^(Z_|ERR__|ERR_(ZLIB|BROTLI))/.test(kodeGalat(e) ?? ''))
        return {
          jenis: 'gagal',
          hasil: { ok: false, url: u.href, failure: gagalKemasan(u.href, kemasan) },
          sementara: false,
        };
      const k = klasifikasiGalat(e, u, this.timeoutMs);
      const sementara = k.failure.reason === 'waktu-habis' ? this.retryOnTimeout : k.sementara;
      const kode = kodeGalat(e);
      return {
        jenis: 'gagal',
        hasil: { ok: false, url: u.href, failure: k.failure },
        sementara,
        ...(kode ? { kode } : {}),
      };
    } finally {
      clearTimeout(timer);
    }
  }
}
