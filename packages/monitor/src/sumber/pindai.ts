// One agency, one scan: every source read through the Pengambil, dates anti-gamed and scored by the SDK.
// Sources are fetched concurrently; the Pengambil's per-host limit keeps that polite. Never throws.
import {
  bacaDIP,
  nilaiPemantauan,
  ringkasAktivitas,
  tanggalPembaruanSah,
  type DokumenDIP,
  type HasilBaca,
  type Instan,
  type Teks,
} from '@terbuka/sdk';
import type { HasilAmbil, InfoRobots, OpsiAmbil, Pengambil } from '../ambil/index.js';
import {
  RIWAYAT_FORMAT,
  RIWAYAT_VERSION,
  type Agensi,
  type CatatanPindai,
  type JenisSumber,
  type Kegagalan,
  type Pengamatan,
} from '../types.js';
import { keInstan, pangkasTanggal } from './tanggal.js';
import {
  BATAS_HALAMAN_WP,
  bacaPostWordPress,
  halamanPostWordPress,
  POS_PER_HALAMAN,
  urlPostWordPress,
  urlPostWordPressRestRoute,
} from './wordpress.js';
import { bacaFeed, bacaSitemap } from './xml.js';

/** At most this many child sitemaps of a sitemap index are read (the newest by `lastmod` first). */
export const BATAS_ANAK_SITEMAP = 10;
/** The intake server's health route, under the registry's endpoint (as the request widgets join paths). */
export const JALUR_KESEHATAN_ENDPOINT = '/v1/kesehatan';
const TOLERANSI_MS = 5 * 60_000;
/** WordPress pages are read while their posts are newer than this (what the activity counts). */
const JENDELA_POS_MS = 90 * 86_400_000;

interface Konteks {
  readonly agensi: Agensi;
  readonly pengambil: Pengambil;
  readonly now: Date;
  readonly waktu: Instan;
  /** The previous scan's observations by `group|url`. */
  readonly lama: ReadonlyMap<string, Pengamatan>;
  /** Sitemaps already read in this scan (one named twice, or by two indexes, is read once). */
  readonly sitemapDibaca: Set<string>;
}

/** What a source adds to the record. */
interface HasilSumber {
  readonly observations: Pengamatan[];
  /** Update instants it contributes to the activity (already anti-gamed). */
  readonly tanggal: readonly Instan[];
}

const KOSONG: HasilSumber = { observations: [], tanggal: [] };

function grup(kind: JenisSumber): string {
  return kind === 'rss' || kind === 'atom' ? 'feed' : kind;
}

const kunci = (kind: JenisSumber, url: string): string => `${grup(kind)}|${url}`;

/** Drops undefined fields, so history lines stay small and records compare cleanly. */
function bersih<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function gagalIsi(url: string, apa: Teks): Kegagalan {
  return {
    reason: 'isi-tidak-sah',
    message: {
      id: `${url} tidak dapat dibaca sebagai ${apa.id}.`,
      en: `${url} cannot be read as ${apa.en}.`,
    },
  };
}

/** A GET with the previous scan's validators for the same source. */
async function ambil(
  k: Konteks,
  kind: JenisSumber,
  url: string,
  opsi: Partial<OpsiAmbil> = {},
): Promise<{ h: HasilAmbil; lama?: Pengamatan }> {
  const lama = k.lama.get(kunci(kind, url));
  // Validators only from a scan that had the content, or a 304 could not be answered from the record.
  const syarat = lama && lama.hash !== undefined ? { etag: lama.etag, lastModified: lama.lastModified } : {};
  const h = await k.pengambil.ambil(url, bersih({ kind, ...syarat, ...opsi }));
  return lama ? { h, lama } : { h };
}

/** The observation's fetch fields. */
function dasar(k: Konteks, kind: JenisSumber, url: string, h: HasilAmbil): Pengamatan {
  if (!h.ok) return bersih({ kind, url, fetchedAt: k.waktu, status: h.status, failure: h.failure });
  return bersih({
    kind,
    url,
    fetchedAt: k.waktu,
    status: h.status,
    notModified: h.notModified || undefined,
    etag: h.headers.etag,
    lastModified: h.headers.lastModified,
    hash: h.hash,
  });
}

/** Anti-gaming through the SDK: the claimed date counts only when the content backs it. */
function sahkan(
  k: Konteks,
  lama: Pengamatan | undefined,
  hash: string | undefined,
  klaim: Instan | undefined,
): { validAt?: Instan; sameSince?: Instan } {
  if (hash === undefined) return {};
  const adaLama = lama?.hash !== undefined;
  const sejak = adaLama ? (lama.sameSince ?? lama.fetchedAt) : undefined;
  const sameSince = adaLama && lama.hash === hash ? sejak : k.waktu;
  // The previous scan stands for the first one that saw its content, with the date accepted then.
  const riwayat = adaLama
    ? [bersih({ observedAt: sejak!, claimedAt: lama.validAt ?? lama.claimedAt, hash: lama.hash })]
    : [];
  const validAt = tanggalPembaruanSah([...riwayat, bersih({ observedAt: k.waktu, claimedAt: klaim, hash })]);
  return bersih({ validAt, sameSince });
}

/** On 304 the previous content stands: its hash, dates and items. */
function dariLama(o: Pengamatan, lama: Pengamatan | undefined): Pengamatan {
  if (!o.notModified || !lama) return o;
  return bersih({ ...o, hash: lama.hash, claimedAt: lama.claimedAt, items: lama.items });
}

/** The home page: its Last-Modified, counted only when its hash backs it. */
async function sumberBeranda(k: Konteks): Promise<HasilSumber & { ok: boolean }> {
  const url = k.agensi.website;
  const { h, lama } = await ambil(k, 'beranda', url, { body: false, accept: 'text/html,*/*;q=0.8' });
  let o = dariLama(dasar(k, 'beranda', url, h), lama);
  if (!h.ok) return { ok: false, observations: [o], tanggal: [] };
  const klaim = o.notModified ? o.claimedAt : keInstan(h.headers.lastModified);
  const sah = sahkan(k, lama, o.hash, klaim);
  o = bersih({ ...o, claimedAt: klaim, ...sah });
  return { ok: true, observations: [o], tanggal: sah.validAt ? [sah.validAt] : [] };
}

/** A list of dated posts (WordPress, RSS/Atom, a social feed): every post counts. */
async function sumberPos(k: Konteks, kind: 'rss' | 'sosial', url: string): Promise<HasilSumber> {
  const accept = 'application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5';
  const { h, lama } = await ambil(k, kind, url, { accept });
  const jenisLama = kind === 'rss' && lama ? lama.kind : kind;
  let o = dariLama(dasar(k, jenisLama, url, h), lama);
  if (!h.ok) return { observations: [o], tanggal: [] };
  let tanggal: readonly Instan[];
  if (o.notModified) tanggal = o.items ?? [];
  else {
    const feed = bacaFeed(h.body);
    if (!feed)
      return {
        observations: [
          bersih({ ...o, failure: gagalIsi(url, { id: 'feed RSS atau Atom', en: 'an RSS or Atom feed' }) }),
        ],
        tanggal: [],
      };
    if (kind === 'rss') o = { ...o, kind: feed.jenis };
    tanggal = feed.tanggal;
  }
  const items = pangkasTanggal(tanggal, k.now);
  o = bersih({ ...o, claimedAt: items[0], items: items.length ? items : undefined });
  return { observations: [o], tanggal: items };
}

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
  if (!h.ok) return bersih({ observations: [o], tanggal: [], status: h.status });
  if (o.notModified) return { observations: [o], tanggal: o.items ?? [] };
  let pos = bacaPostWordPress(h.body);
  if (!pos) return { observations: [bersih({ ...o, failure: gagalIsi(url, GAGAL_WP) })], tanggal: [] };
  const semua = [...pos];
  const lain: Pengamatan[] = [];
  const total = h.headers.wpTotalPages;
  const batasLama = k.now.getTime() - JENDELA_POS_MS;
  for (let n = 2; n <= BATAS_HALAMAN_WP; n++) {
    const adaLagi = total !== undefined ? n <= total : pos.length >= POS_PER_HALAMAN;
    const tertua = Math.min(...pos.map((t) => Date.parse(t)));
    if (!adaLagi || pos.length === 0 || tertua < batasLama) break;
    const u = halamanPostWordPress(url, n);
    const hn = await k.pengambil.ambil(u, { kind: 'wordpress', accept });
    const on = dasar(k, 'wordpress', u, hn);
    const isi = hn.ok ? bacaPostWordPress(hn.body) : undefined;
    if (hn.ok && !isi) {
      lain.push(bersih({ ...on, failure: gagalIsi(u, GAGAL_WP) }));
      break;
    }
    lain.push(on);
    if (!isi) break;
    pos = isi;
    semua.push(...isi);
  }
  const items = pangkasTanggal(semua, k.now);
  o = bersih({ ...o, claimedAt: items[0], items: items.length ? items : undefined });
  return { observations: [o, ...lain], tanggal: items };
}

/**
 * The registry says WordPress: `/wp-json/wp/v2/posts`, and when that is 404 (no pretty permalinks)
 * `?rest_route=/wp/v2/posts`. The 404 is then recorded as an optional try: the fallback stands for
 * the source.
 */
async function sumberWordPress(k: Konteks, website: string): Promise<HasilSumber> {
  const utama = await halamanWordPress(k, urlPostWordPress(website));
  if (utama.status !== 404) return utama;
  const cadangan = await halamanWordPress(k, urlPostWordPressRestRoute(website));
  return {
    observations: [...utama.observations.map((o) => ({ ...o, optional: true })), ...cadangan.observations],
    tanggal: cadangan.tanggal,
  };
}

/** One sitemap (urlset): each `lastmod` counts, but only up to the date its listed addresses back. */
async function sumberSitemap(k: Konteks, url: string, bolehIndeks: boolean): Promise<HasilSumber> {
  if (k.sitemapDibaca.has(url)) return KOSONG;
  k.sitemapDibaca.add(url);
  const { h, lama } = await ambil(k, 'sitemap', url, { accept: 'application/xml,text/xml;q=0.9,*/*;q=0.5' });
  // A site need not have a sitemap: what was tried is kept, its absence is not the site's failure.
  let o: Pengamatan = { ...dariLama(dasar(k, 'sitemap', url, h), lama), optional: true };
  if (!h.ok) return { observations: [o], tanggal: [] };
  if (o.notModified) {
    if (o.items === undefined && bolehIndeks) return anakSitemap(k, o, anakLama(k, url));
    return hasilUrlset(k, o, lama, o.hash, o.items ?? []);
  }
  const isi = bacaSitemap(h.body);
  if (!isi)
    return {
      observations: [bersih({ ...o, failure: gagalIsi(url, { id: 'sitemap', en: 'a sitemap' }) })],
      tanggal: [],
    };
  if (isi.jenis === 'urlset') return hasilUrlset(k, o, lama, isi.hashAlamat, isi.tanggal);
  if (!bolehIndeks) return { observations: [o], tanggal: [] };
  const anak = [...isi.anak]
    .sort((a, b) => (b.lastmod ? Date.parse(b.lastmod) : 0) - (a.lastmod ? Date.parse(a.lastmod) : 0))
    .map((a) => a.loc);
  o = bersih({
    ...o,
    claimedAt: isi.anak
      .map((a) => a.lastmod)
      .filter((t) => t !== undefined)
      .sort()
      .at(-1),
  });
  return anakSitemap(k, o, anak);
}

/**
 * The dates of a sitemap that its addresses back. While the addresses stay the same, dates that moved
 * are not updates: the dates accepted before stand, later ones are dropped. The accepted dates are kept.
 */
function hasilUrlset(
  k: Konteks,
  o: Pengamatan,
  lama: Pengamatan | undefined,
  hash: string | undefined,
  tanggal: readonly Instan[],
): HasilSumber {
  const klaim = pangkasTanggal(tanggal, k.now)[0];
  const sah = sahkan(k, lama, hash, klaim);
  const batas = sah.validAt ? Date.parse(sah.validAt) + TOLERANSI_MS : -Infinity;
  const sama = lama?.hash !== undefined && lama.hash === hash;
  const calon = sama && !o.notModified ? [...(lama.items ?? []), ...tanggal] : tanggal;
  const diterima = pangkasTanggal(
    calon.filter((t) => Date.parse(t) <= batas),
    k.now,
  );
  const obs = bersih({ ...o, hash, claimedAt: klaim, ...sah, items: diterima.length ? diterima : undefined });
  return { observations: [obs], tanggal: diterima };
}

/** The child sitemaps the previous scan read under this index (for a 304 on the index). */
function anakLama(k: Konteks, induk: string): string[] {
  return [...k.lama.values()].filter((o) => o.kind === 'sitemap' && o.url !== induk).map((o) => o.url);
}

async function anakSitemap(k: Konteks, induk: Pengamatan, anak: readonly string[]): Promise<HasilSumber> {
  const hasil = await Promise.all(anak.slice(0, BATAS_ANAK_SITEMAP).map((u) => sumberSitemap(k, u, false)));
  return {
    observations: [induk, ...hasil.flatMap((x) => x.observations)],
    tanggal: hasil.flatMap((x) => x.tanggal),
  };
}

function formatDIP(url: string, contentType: string | undefined, body: string): 'json' | 'csv' {
  const ct = contentType ?? '';
  if (/json/i.test(ct)) return 'json';
  if (/csv|comma-separated/i.test(ct)) return 'csv';
  const jalur = (() => {
    try {
      return new URL(url).pathname;
    } catch {
      return url;
    }
  })();
  if (/\.json$/i.test(jalur)) return 'json';
  if (/\.csv$/i.test(jalur)) return 'csv';
  return /^\s*[{[]/.test(body.replace(/^\uFEFF/, '')) ? 'json' : 'csv';
}

/** The first errors of an invalid DIP, as one message. */
function gagalDIP(url: string, baca: HasilBaca): Kegagalan {
  const pertama = baca.errors.slice(0, 3);
  const sisa = baca.errors.length - pertama.length;
  const daftar = (b: 'id' | 'en'): string =>
    pertama.map((m) => m.message[b]).join('; ') +
    (sisa > 0 ? (b === 'id' ? `; dan ${sisa} masalah lain` : `; and ${sisa} more`) : '');
  return {
    reason: 'dip-tidak-sah',
    message: {
      id: `DIP di ${url} tidak sah (${baca.errors.length} masalah): ${daftar('id')}.`,
      en: `The DIP at ${url} is invalid (${baca.errors.length} problems): ${daftar('en')}.`,
    },
  };
}

interface HasilDIP extends HasilSumber {
  readonly doc?: DokumenDIP;
  readonly ringkas?: CatatanPindai['dip'];
  readonly failure?: Kegagalan;
  /** Some DIP address answered at all. */
  readonly terjangkau: boolean;
}

/**
 * The DIP: the registry's addresses in order, the first that reads wins. Always fetched in full: the
 * score needs the document, and the history keeps only its counts.
 */
async function sumberDIP(k: Konteks): Promise<HasilDIP> {
  const observations: Pengamatan[] = [];
  let failure: Kegagalan | undefined;
  let ringkas: CatatanPindai['dip'];
  let terjangkau = false;
  const a = k.agensi;
  for (const url of a.dipUrls) {
    const h = await k.pengambil.ambil(url, {
      kind: 'dip',
      accept: 'application/json,text/csv;q=0.9,*/*;q=0.5',
    });
    const o = dasar(k, 'dip', url, h);
    if (!h.ok) {
      observations.push(o);
      failure ??= h.failure;
      continue;
    }
    terjangkau = true;
    const format = formatDIP(h.url, h.headers.contentType, h.body);
    const baca = bacaDIP(h.body, {
      format,
      agency: bersih({ id: a.id, name: a.name, kind: a.kind, website: a.website, timeZone: a.timeZone }),
    });
    const hitung = { url: h.url, format, errors: baca.errors.length, warnings: baca.warnings.length };
    if (baca.ok && baca.document) {
      observations.push(o);
      return {
        observations,
        tanggal: [],
        doc: baca.document,
        ringkas: { ...hitung, items: baca.document.items.length },
        terjangkau,
      };
    }
    const f = gagalDIP(h.url, baca);
    observations.push({ ...o, failure: f });
    // An invalid document says more than an address that did not answer.
    if (!failure || failure.reason !== 'dip-tidak-sah') failure = f;
    ringkas ??= { ...hitung, items: 0 };
  }
  if (a.dipUrls.length === 0)
    failure = {
      reason: 'isi-tidak-sah',
      message: { id: 'Registri tidak mencantumkan alamat DIP.', en: 'The registry names no DIP address.' },
    };
  return bersih({ observations, tanggal: [], ringkas, failure, terjangkau });
}

/** The health route of the intake server under the registry's endpoint (`…/api` → `…/api/v1/kesehatan`). */
export function urlKesehatanEndpoint(endpoint: string): string {
  const u = new URL(endpoint);
  u.search = '';
  u.hash = '';
  u.pathname = `${u.pathname.replace(/\/+$/, '')}${JALUR_KESEHATAN_ENDPOINT}`;
  return u.href;
}

function bukanEndpoint(endpoint: string, probe: string, status: number | undefined): Kegagalan {
  const apa = status === undefined ? '' : ` (HTTP ${status})`;
  return {
    reason: status !== undefined && status >= 300 ? 'http' : 'isi-tidak-sah',
    ...(status !== undefined && status >= 300 ? { status } : {}),
    message: {
      id: `${endpoint} bukan endpoint permohonan: ${probe} tidak menjawab seperti server penerima Terbuka${apa}. Periksa alamat endpoint di registri.`,
      en: `${endpoint} is not a request endpoint: ${probe} does not answer as a Terbuka intake server${apa}. Check the endpoint address in the registry.`,
    },
  };
}

/**
 * The request endpoint is up only when it answers as an intake server: `GET <endpoint>/v1/kesehatan`
 * gives 2xx with `{"ok": true}`. Any other answer (a 404 because the path is wrong, a web page) is
 * "not a request endpoint": a failure, like one that does not answer at all. `ok` and the
 * observation's failure always agree.
 */
async function sumberEndpoint(
  k: Konteks,
  url: string,
): Promise<HasilSumber & { endpoint: NonNullable<CatatanPindai['endpoint']> }> {
  let probe: string;
  try {
    probe = urlKesehatanEndpoint(url);
  } catch {
    probe = url;
  }
  const h = await k.pengambil.ambil(probe, {
    kind: 'endpoint',
    maxBytes: 64 * 1024,
    accept: 'application/json',
  });
  let o = dasar(k, 'endpoint', probe, h);
  if (h.ok) {
    const sehat = (() => {
      try {
        const d = JSON.parse(h.body) as unknown;
        return typeof d === 'object' && d !== null && (d as { ok?: unknown }).ok === true;
      } catch {
        return false;
      }
    })();
    if (!sehat || h.status >= 300) o = { ...o, failure: bukanEndpoint(url, probe, h.status) };
  } else if (h.failure.reason === 'http' && h.status !== undefined && h.status < 500)
    o = { ...o, failure: bukanEndpoint(url, probe, h.status) };
  return {
    observations: [o],
    tanggal: [],
    endpoint: bersih({ url, ok: o.failure === undefined, status: h.status }),
  };
}

/** robots.txt as the fetcher read it, recorded as tried; a site need not have one. */
function pengamatanRobots(k: Konteks, info: InfoRobots): Pengamatan {
  return bersih({
    kind: 'robots' as const,
    url: info.url,
    fetchedAt: k.waktu,
    status: info.status,
    failure: info.failure,
    optional: true,
  });
}

/**
 * Sitemaps: `/sitemap.xml` and those the `Sitemap:` lines of robots.txt name, each read once.
 * robots.txt is the one the fetcher already read for the site (cached), not fetched again.
 */
async function sumberSitemapSitus(k: Konteks): Promise<HasilSumber> {
  let akar: string | undefined;
  try {
    akar = new URL('/sitemap.xml', k.agensi.website).href;
  } catch {
    return KOSONG;
  }
  const info = await k.pengambil.infoRobots(k.agensi.website);
  const alamat = [akar, ...(info?.sitemaps ?? [])];
  const hasil = await Promise.all(alamat.map((u) => sumberSitemap(k, u, true)));
  return {
    observations: [...(info ? [pengamatanRobots(k, info)] : []), ...hasil.flatMap((x) => x.observations)],
    tanggal: hasil.flatMap((x) => x.tanggal),
  };
}

/**
 * Scans one agency: DIP, home page, WordPress posts, RSS/Atom, sitemap, request endpoint and social
 * feeds. `sebelumnya` (the agency's last record) gives the validators for conditional requests and
 * the hashes for anti-gaming. A site that fails gives a record with its reasons; this never throws.
 */
export async function pindaiAgensi(
  agensi: Agensi,
  pengambil: Pengambil,
  sebelumnya: CatatanPindai | undefined,
  now: Date,
): Promise<CatatanPindai> {
  try {
    return await pindai(agensi, pengambil, sebelumnya, now);
  } catch (e) {
    // Only a bug gets here; the run goes on and the record says so.
    const pesan = e instanceof Error ? e.message : String(e);
    return catatan(agensi, now, {
      observations: [],
      tanggal: [],
      dipFailure: {
        id: `Pemindaian gagal karena galat internal pemantau: ${pesan}`,
        en: `The scan failed on an internal monitor error: ${pesan}`,
      },
      unreachable: true,
    });
  }
}

async function pindai(
  agensi: Agensi,
  pengambil: Pengambil,
  sebelumnya: CatatanPindai | undefined,
  now: Date,
): Promise<CatatanPindai> {
  const lama = new Map<string, Pengamatan>();
  if (sebelumnya?.agencyId === agensi.id)
    for (const o of sebelumnya.observations) lama.set(kunci(o.kind, o.url), o);
  const k: Konteks = {
    agensi,
    pengambil,
    now,
    waktu: now.toISOString(),
    lama,
    sitemapDibaca: new Set(),
  };

  const wp = ((): boolean => {
    try {
      return agensi.wordpress && urlPostWordPress(agensi.website) !== '';
    } catch {
      return false;
    }
  })();
  const [dip, beranda, postWP, feed, sitemap, endpoint, ...sosial] = await Promise.all([
    sumberDIP(k),
    sumberBeranda(k),
    wp ? sumberWordPress(k, agensi.website) : KOSONG,
    agensi.feedUrl ? sumberPos(k, 'rss', agensi.feedUrl) : KOSONG,
    sumberSitemapSitus(k),
    agensi.requestEndpoint ? sumberEndpoint(k, agensi.requestEndpoint) : undefined,
    ...agensi.social.filter((s) => s.feedUrl).map((s) => sumberPos(k, 'sosial', s.feedUrl!)),
  ]);
  const sumber: HasilSumber[] = [
    beranda,
    dip,
    postWP,
    feed,
    sitemap,
    ...(endpoint ? [endpoint] : []),
    ...sosial,
  ];
  return catatan(agensi, now, {
    observations: sumber.flatMap((s) => s.observations),
    tanggal: sumber.flatMap((s) => s.tanggal),
    doc: dip.doc,
    dip: dip.ringkas,
    dipFailure: dip.failure?.message,
    endpoint: endpoint?.endpoint,
    unreachable: !beranda.ok && !dip.terjangkau,
  });
}

function catatan(
  agensi: Agensi,
  now: Date,
  r: {
    observations: Pengamatan[];
    tanggal: readonly Instan[];
    doc?: DokumenDIP;
    dip?: CatatanPindai['dip'];
    dipFailure?: Teks;
    endpoint?: CatatanPindai['endpoint'];
    unreachable: boolean;
  },
): CatatanPindai {
  const activity = ringkasAktivitas(r.tanggal, now);
  const nilai = nilaiPemantauan(r.doc, activity, now, {
    agency: bersih({ id: agensi.id, name: agensi.name, kind: agensi.kind, timeZone: agensi.timeZone }),
    ...(r.dipFailure ? { dipFailure: r.dipFailure } : {}),
  });
  return bersih({
    format: RIWAYAT_FORMAT,
    version: RIWAYAT_VERSION,
    agencyId: agensi.id,
    agency: bersih({
      name: agensi.name,
      kind: agensi.kind,
      parent: agensi.parent,
      website: agensi.website,
      social: agensi.social,
    }),
    scannedAt: now.toISOString(),
    score: nilai.total,
    band: nilai.band.code,
    methodVersion: nilai.methodVersion,
    catalogVersion: nilai.catalogVersion,
    contributions: nilai.contributions,
    missing: nilai.missing.map((i) => ({ id: i.id, title: i.title })),
    dip: r.dip,
    activity,
    endpoint: r.endpoint,
    observations: r.observations,
    unreachable: r.unreachable,
  });
}
