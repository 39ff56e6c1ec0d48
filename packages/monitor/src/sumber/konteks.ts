// What every source of a scan shares: the scan's context, the conditional GET with the previous scan's
// validators, and an observation's fetch fields.
import { halamanWeb, type Instan, type Teks } from '@terbuka/sdk';
import type { HasilAmbil, HeaderAmbil, OpsiAmbil, Pengambil } from '../ambil/index.js';
import type { Agensi, JenisSumber, Kegagalan, Pengamatan } from '../types.js';

export interface Konteks {
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
export interface HasilSumber {
  readonly observations: Pengamatan[];
  /** Update instants it contributes to the activity (already anti-gamed). */
  readonly tanggal: readonly Instan[];
}

export const KOSONG: HasilSumber = { observations: [], tanggal: [] };

function grup(kind: JenisSumber): string {
  return kind === 'rss' || kind === 'atom' ? 'feed' : kind;
}

export const kunci = (kind: JenisSumber, url: string): string => `${grup(kind)}|${url}`;

/** Drops undefined fields, so history lines stay small and records compare cleanly. */
export function bersih<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/**
 * The answer is a web page: sent as HTML, or starting like one (the SDK's `halamanWeb`, less the XML
 * declaration that a feed or a sitemap starts with too).
 */
export function halamanWebDijawab(h: { readonly headers: HeaderAmbil; readonly body: string }): boolean {
  if (/\bx?html\b/i.test(h.headers.contentType ?? '')) return true;
  return halamanWeb(h.body) && !/^\uFEFF?\s*<\?xml\b/i.test(h.body);
}

/**
 * A source that answered but is not `apa`: a web page (a wrong address, a login or "not found" page sent
 * with 200) said as such, anything else as unreadable.
 */
export function gagalIsi(
  url: string,
  apa: Teks,
  h: { readonly headers: HeaderAmbil; readonly body: string },
): Kegagalan {
  if (halamanWebDijawab(h))
    return {
      reason: 'halaman-web',
      message: {
        id: `${url} menjawab dengan halaman web, bukan ${apa.id}.`,
        en: `${url} answered with a web page, not ${apa.en}.`,
      },
    };
  return {
    reason: 'isi-tidak-sah',
    message: {
      id: `${url} tidak dapat dibaca sebagai ${apa.id}.`,
      en: `${url} cannot be read as ${apa.en}.`,
    },
  };
}

/** A GET with the previous scan's validators for the same source. */
export async function ambil(
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
export function dasar(k: Konteks, kind: JenisSumber, url: string, h: HasilAmbil): Pengamatan {
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
    chainCompleted: h.chainCompleted,
  });
}

/** On 304 the previous content stands: its hash, dates, items, remembered posts and note. */
export function dariLama(o: Pengamatan, lama: Pengamatan | undefined): Pengamatan {
  if (!o.notModified || !lama) return o;
  return bersih({
    ...o,
    hash: lama.hash,
    claimedAt: lama.claimedAt,
    items: lama.items,
    posts: lama.posts,
    note: lama.note,
  });
}
