// Sitemaps: `/sitemap.xml`, those robots.txt names, and one level of a sitemap index.
import type { Instan } from '@terbuka/sdk';
import type { InfoRobots } from '../ambil/index.js';
import type { Pengamatan } from '../types.js';
import { sahkan } from './keabsahan.js';
import {
  ambil,
  bersih,
  dariLama,
  dasar,
  gagalIsi,
  KOSONG,
  type HasilSumber,
  type Konteks,
} from './konteks.js';
import { pangkasTanggal } from './tanggal.js';
import { bacaSitemap } from './xml.js';

/** At most this many child sitemaps of a sitemap index are read (the newest by `lastmod` first). */
export const BATAS_ANAK_SITEMAP = 10;
const TOLERANSI_MS = 5 * 60_000;

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
      observations: [bersih({ ...o, failure: gagalIsi(url, { id: 'sitemap', en: 'a sitemap' }, h) })],
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

/** A host name without a leading `www.`: `www.desa.go.id` and `desa.go.id` are one site. */
const tanpaWww = (host: string): string => host.toLowerCase().replace(/^www\./, '');

/**
 * The hosts a robots.txt may send the monitor to for sitemaps: the site's own and those of the addresses
 * the registry lists for the agency (DIP, feed). A `Sitemap:` line on any other host is not followed — a
 * site must not be able to point the scan at someone else's server (or the runner's network). Same host
 * name, not "same registrable domain": without the public-suffix list, `a.go.id` and `b.go.id` would look
 * like one site.
 */
function hostMilikAgensi(a: Konteks['agensi']): Set<string> {
  const hosts = new Set<string>();
  for (const u of [a.website, ...a.dipUrls, ...(a.feedUrl ? [a.feedUrl] : [])]) {
    try {
      hosts.add(tanpaWww(new URL(u).hostname));
    } catch {
      // An invalid address is reported by its own source.
    }
  }
  return hosts;
}

/**
 * Sitemaps: `/sitemap.xml` and those the `Sitemap:` lines of robots.txt name on the agency's own hosts
 * (`hostMilikAgensi`), each read once. robots.txt is the one the fetcher already read for the site
 * (cached), not fetched again.
 */
export async function sumberSitemapSitus(k: Konteks): Promise<HasilSumber> {
  let akar: string | undefined;
  try {
    akar = new URL('/sitemap.xml', k.agensi.website).href;
  } catch {
    return KOSONG;
  }
  const info = await k.pengambil.infoRobots(k.agensi.website);
  const hosts = hostMilikAgensi(k.agensi);
  const alamat = [akar, ...(info?.sitemaps ?? []).filter((u) => hosts.has(tanpaWww(new URL(u).hostname)))];
  const hasil = await Promise.all(alamat.map((u) => sumberSitemap(k, u, true)));
  return {
    observations: [...(info ? [pengamatanRobots(k, info)] : []), ...hasil.flatMap((x) => x.observations)],
    tanggal: hasil.flatMap((x) => x.tanggal),
  };
}
