// The monitor's own documents: the agencies registry (input), one scan record per agency per run (the
// history, appended as JSON Lines), and what `publish` reads back. Field names are English camelCase like
// every public format of Terbuka; the scoring itself is the SDK's (`nilaiPemantauan`).
import type {
  Instan,
  JenisBadanPublik,
  KodeBand,
  Kontribusi,
  Masalah,
  PosDiingat,
  RingkasanAktivitas,
  Teks,
  ZonaWaktu,
} from '@terbuka/sdk';

/** Website and channel activity: defined by the SDK's monitoring rules, re-exported for the monitor. */
export type { RingkasanAktivitas } from '@terbuka/sdk';

export const REGISTRI_FORMAT = 'terbuka-registri';
export const REGISTRI_VERSION = 1;
export const RIWAYAT_FORMAT = 'terbuka-pindai';
export const RIWAYAT_VERSION = 1;

/** Platforms of official social-media accounts. Only some publish a feed readable without credentials. */
export type PlatformSosial = 'youtube' | 'mastodon' | 'instagram' | 'facebook' | 'x' | 'tiktok' | 'lainnya';

/** An official account named in the registry. */
export interface AkunResmi {
  readonly platform: PlatformSosial;
  /** The account's public page. */
  readonly url: string;
  /**
   * Its public RSS/Atom feed: derived for a YouTube channel and a Mastodon account, or given in the
   * registry for any platform that has one (CSV: `platform:url>feed`).
   */
  readonly feedUrl?: string;
}

/** One agency of the registry Dinkominfo keeps. */
export interface Agensi {
  readonly id: string;
  readonly name: string;
  readonly kind: JenisBadanPublik;
  /** The id of the parent agency (a desa's kecamatan), when any. */
  readonly parent?: string;
  /** The home page. */
  readonly website: string;
  /** Where its DIP is published (JSON or CSV); tried in order, the first that reads wins. */
  readonly dipUrls: readonly string[];
  /** RSS or Atom feed of the site's news, when it has one. */
  readonly feedUrl?: string;
  /** A WordPress site: its posts are read from `/wp-json/wp/v2/posts`. */
  readonly wordpress: boolean;
  /**
   * The request-intake endpoint (`<ppid-permintaan endpoint>`). Up only when `<endpoint>/v1/kesehatan`
   * answers as an intake server (2xx, `{"ok": true}`); a 404 there means the path is wrong.
   */
  readonly requestEndpoint?: string;
  readonly social: readonly AkunResmi[];
  /** Default Asia/Jakarta. */
  readonly timeZone?: ZonaWaktu;
}

export interface Registri {
  readonly format: typeof REGISTRI_FORMAT;
  readonly version: typeof REGISTRI_VERSION;
  readonly agencies: readonly Agensi[];
}

/** Like the DIP importer: the registry when it has no error, every problem with path (and row, column). */
export interface HasilRegistri {
  readonly ok: boolean;
  readonly registry?: Registri;
  readonly errors: readonly Masalah[];
  readonly warnings: readonly Masalah[];
  /**
   * Not ok, but every error is one agency's: the registry of the others (what a scan can still do, so
   * one bad row does not stop a district), the ids of the agencies left out (with their children
   * whose parent is left out; not an id whose first row is kept, when only a later duplicate row is left
   * out), and every row left out (`barisDilewati`).
   */
  readonly sebagian?: {
    readonly registry: Registri;
    readonly dilewati: readonly string[];
    readonly barisDilewati: readonly AgensiDilewati[];
  };
}

/** One agency row (entry) of a registry left out of a partial registry for its errors. */
export interface AgensiDilewati {
  /** Its id, or `#n` (its place, from 1) when it has none. */
  readonly id: string;
  /** Its place in `agencies`, from 0. */
  readonly index: number;
  /** Its line in the CSV file. */
  readonly row?: number;
  /** Another row with the same id is kept (this one was a duplicate): the id itself is scanned. */
  readonly idDipindai: boolean;
}

/** Why a fetch gave nothing usable. Recorded, never thrown out of a run. */
export type AlasanGagal =
  | 'dns'
  | 'koneksi'
  | 'waktu-habis'
  /**
   * The site's TLS certificate cannot be trusted (expired, for another name, self-signed, a chain the
   * monitor could not complete): a browser warns the citizen too, so the site counts as unreachable.
   */
  | 'sertifikat'
  | 'http'
  /** The server answered 5xx: it is failing (told apart from other HTTP statuses, e.g. a wrong address's 404). */
  | 'server'
  | 'terlalu-banyak-alihan'
  | 'terlalu-besar'
  | 'robots'
  /** Refused: the address is (or resolves to) a loopback, private, link-local or metadata address. */
  | 'alamat-terlarang'
  | 'dip-tidak-sah'
  /**
   * A web page answered where a feed, a sitemap or an API was expected (a login or "not found" page sent
   * with 200, the site's home page): the address is wrong, not the data unreadable.
   */
  | 'halaman-web'
  | 'isi-tidak-sah';

export interface Kegagalan {
  readonly reason: AlasanGagal;
  /** The HTTP status for `http` and `server`. */
  readonly status?: number;
  readonly message: Teks;
  /**
   * The address was not fetched at all because of this robots.txt: it disallows the monitor (`robots`),
   * or it answered 5xx (`server`), which RFC 9309 says to read as "everything disallowed".
   */
  readonly robotsTxt?: string;
}

/** What was fetched for one source of one agency in one scan. */
export type JenisSumber =
  'dip' | 'wordpress' | 'rss' | 'atom' | 'sitemap' | 'beranda' | 'endpoint' | 'sosial' | 'robots';

export interface Pengamatan {
  readonly kind: JenisSumber;
  readonly url: string;
  readonly fetchedAt: Instan;
  readonly status?: number;
  /** 304 on a conditional re-scan: the previous content stands. */
  readonly notModified?: boolean;
  readonly etag?: string;
  readonly lastModified?: string;
  /**
   * SHA-256 (hex) of the body (of a sitemap: of the addresses it lists, without their dates); a date that
   * moves while this does not is not an update.
   */
  readonly hash?: string;
  /** The update date the source claims (Last-Modified, sitemap lastmod, newest post), as an instant. */
  readonly claimedAt?: Instan;
  /** The claimed date the anti-gaming rule accepted (the SDK's `tanggalPembaruanSah`), when any. */
  readonly validAt?: Instan;
  /** The first scan that saw this same hash; carried forward while the content stays the same. */
  readonly sameSince?: Instan;
  /**
   * Dates of the posts or entries the source listed (those within 90 days of the scan, and the newest),
   * so that a 304 on the next scan reuses them.
   */
  readonly items?: readonly Instan[];
  /**
   * Of a list of posts (RSS/Atom, a social feed, WordPress): each item remembered for anti-gaming — a
   * 64-bit hash of its identity and of its content, and the date accepted for it (the SDK's
   * `tanggalPosSah`), the newest `BATAS_POS_DIINGAT` — so an old post re-dated on a later scan keeps its
   * date. Carried forward through a 304 and a failed fetch. Records written before it was kept have none:
   * their next scan takes every date as claimed, as before.
   */
  readonly posts?: readonly PosDiingat[];
  readonly failure?: Kegagalan;
  /**
   * What in a source that was read could not be used, in words (a feed that is not well-formed XML, items
   * whose dates cannot be read): the evidence page says it beside "read", so a source that gave nothing
   * does not look fine. Not a failure: what could be read counts.
   */
  readonly note?: Teks;
  /**
   * The site's server sent an incomplete TLS certificate chain (no intermediate); the monitor completed it
   * as browsers do, from these AIA "CA Issuers" addresses, and verified it in full. A note for the site's
   * administrator (install the full chain), not a penalty.
   */
  readonly chainCompleted?: readonly string[];
  /**
   * A source the site is not expected to have (a sitemap, robots.txt, `/wp-json/` when the
   * `?rest_route=` fallback is tried): recorded as tried, but its failure is not a failure of the site.
   * Expected are the home page, the DIP and every source the registry declares.
   */
  readonly optional?: boolean;
}

/**
 * Why a scan could not assess a site: robots.txt kept the monitor out of the DIP (the core of the score),
 * and usually of the home page too.
 * Not a score of 0 — citizens may read the site; the monitor was not allowed to (or, for `server`, the
 * server failed on robots.txt, which RFC 9309 says to read as "everything disallowed").
 */
export interface TidakDinilai {
  /**
   * `robots`: robots.txt disallows the monitor; `server`: robots.txt answered 5xx; `alamat-terlarang`: the
   * DIP's address resolved to a local or private network address, which the monitor's own guard refuses.
   */
  readonly reason: 'robots' | 'server' | 'alamat-terlarang';
  /**
   * For `robots` and `server`: the robots.txt that kept the monitor out (of the DIP's server, when only the
   * DIP was kept out).
   */
  readonly robotsTxt?: string;
  /**
   * `site`: the monitor was kept out of the home page and the DIP; `dip`: of the DIP alone (the home page
   * was read, or failed otherwise). Records written before it was kept have none: `site`.
   */
  readonly scope?: 'site' | 'dip';
  /**
   * The addresses the monitor was kept from: the home page and the DIP, or the DIP's alone. Records
   * written before it was kept have none (they were always the home page and the DIP).
   */
  readonly blocked?: readonly string[];
  /** For `robots`: the exact lines to add to `robotsTxt` so that the monitor may read what it names. */
  readonly lines?: readonly string[];
  /** robots.txt's HTTP status, for `server`. */
  readonly status?: number;
  /** The User-Agent the monitor sent; none for a history line read back from before it was kept. */
  readonly userAgent?: string;
  /** For `robots` and `server`: the product token robots.txt `User-agent:` lines are matched against. */
  readonly token?: string;
  /** Why, in words. */
  readonly message: Teks;
  /** What the site's administrator should do. */
  readonly action: Teks;
}

/** One line of the history (`riwayat.jsonl`): one agency, one scan. Self-contained for `publish`. */
export interface CatatanPindai {
  readonly format: typeof RIWAYAT_FORMAT;
  readonly version: typeof RIWAYAT_VERSION;
  readonly agencyId: string;
  /**
   * `timeZone`: the zone its feed times and evidence page are written in (the registry's; records written
   * before it was kept have none, read as WIB).
   */
  readonly agency: Pick<Agensi, 'name' | 'kind' | 'parent' | 'website' | 'social' | 'timeZone'>;
  readonly scannedAt: Instan;
  readonly score: number;
  readonly band: KodeBand;
  readonly methodVersion: string;
  readonly catalogVersion: string;
  /** Each contribution with its reason (the SDK's `Kontribusi`), for the evidence page. */
  readonly contributions: readonly Kontribusi[];
  /** Mandatory items the DIP does not cover: catalog id and title. */
  readonly missing: readonly { readonly id: string; readonly title: Teks }[];
  readonly dip?: {
    readonly url: string;
    readonly format: 'json' | 'csv';
    readonly items: number;
    readonly errors: number;
    readonly warnings: number;
  };
  readonly activity: RingkasanAktivitas;
  /** `ok` exactly when the endpoint observation has no failure (see `Agensi.requestEndpoint`). */
  readonly endpoint?: { readonly url: string; readonly ok: boolean; readonly status?: number };
  readonly observations: readonly Pengamatan[];
  /** The scan could not read the site at all (home page and DIP failed). */
  readonly unreachable: boolean;
  /**
   * The scan could not assess the site: robots.txt kept the monitor out of the DIP (and, usually, of the
   * home page: `unreachable` is then true too). `score`/`band` (what the SDK gives a scan without its DIP)
   * are not a result: `publish` never puts them in the feed. Read back from lines written before it was
   * kept too (`denganTidakDinilai`).
   */
  readonly notAssessed?: TidakDinilai;
}
