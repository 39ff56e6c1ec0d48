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
import type { HasilAmbil, OpsiAmbil, Pengambil } from '../ambil/index.js';
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
import { bacaPostWordPress, urlPostWordPress } from './wordpress.js';
import { bacaFeed, bacaSitemap } from './xml.js';

/** At most this many child sitemaps of a sitemap index are read (the newest by `lastmod` first). */
export const BATAS_ANAK_SITEMAP = 10;
/** An endpoint "answers" with any HTTP status below this. */
const BATAS_JAWAB = 500;
const TOLERANSI_MS = 5 * 60_000;

interface Konteks {
  readonly agensi: Agensi;
  readonly pengambil: Pengambil;
  readonly now: Date;
  readonly waktu: Instan;
  /** The previous scan's observations by `group|url`. */
  readonly lama: ReadonlyMap<string, Pengamatan>;
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
async function sumberPos(
  k: Konteks,
  kind: 'wordpress' | 'rss' | 'sosial',
  url: string,
): Promise<HasilSumber> {
  const accept =
    kind === 'wordpress'
      ? 'application/json'
      : 'application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5';
  const { h, lama } = await ambil(k, kind, url, { accept });
  const jenisLama = kind === 'rss' && lama ? lama.kind : kind;
  let o = dariLama(dasar(k, jenisLama, url, h), lama);
  if (!h.ok) return { observations: [o], tanggal: [] };
  let tanggal: readonly Instan[];
  if (o.notModified) tanggal = o.items ?? [];
  else if (kind === 'wordpress') {
    const pos = bacaPostWordPress(h.body);
    if (!pos)
      return {
        observations: [
          bersih({
            ...o,
            failure: gagalIsi(url, { id: 'daftar pos WordPress', en: 'a WordPress post list' }),
          }),
        ],
        tanggal: [],
      };
    tanggal = pos;
  } else {
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

/** One sitemap (urlset): each `lastmod` counts, but only up to the date its listed addresses back. */
async function sumberSitemap(k: Konteks, url: string, bolehIndeks: boolean): Promise<HasilSumber> {
  const { h, lama } = await ambil(k, 'sitemap', url, { accept: 'application/xml,text/xml;q=0.9,*/*;q=0.5' });
  let o = dariLama(dasar(k, 'sitemap', url, h), lama);
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

/** The request endpoint answers when any HTTP status below 500 comes back. */
async function sumberEndpoint(
  k: Konteks,
  url: string,
): Promise<HasilSumber & { endpoint: NonNullable<CatatanPindai['endpoint']> }> {
  const h = await k.pengambil.ambil(url, { kind: 'endpoint', body: false, maxBytes: 256 * 1024 });
  const status = h.status;
  return {
    observations: [dasar(k, 'endpoint', url, h)],
    tanggal: [],
    endpoint: bersih({ url, ok: status !== undefined && status < BATAS_JAWAB, status }),
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
  const k: Konteks = { agensi, pengambil, now, waktu: now.toISOString(), lama };

  let akar: string | undefined;
  try {
    akar = new URL('/sitemap.xml', agensi.website).href;
  } catch {
    akar = undefined;
  }
  let wp: string | undefined;
  try {
    wp = agensi.wordpress ? urlPostWordPress(agensi.website) : undefined;
  } catch {
    wp = undefined;
  }
  const [dip, beranda, postWP, feed, sitemap, endpoint, ...sosial] = await Promise.all([
    sumberDIP(k),
    sumberBeranda(k),
    wp ? sumberPos(k, 'wordpress', wp) : KOSONG,
    agensi.feedUrl ? sumberPos(k, 'rss', agensi.feedUrl) : KOSONG,
    akar ? sumberSitemap(k, akar, true) : KOSONG,
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
