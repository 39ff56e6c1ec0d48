// RSS 2.0 / RDF, Atom and sitemaps read with fast-xml-parser: only the dates (and a sitemap's addresses)
// are taken. Namespace prefixes are dropped, so `dc:date` and `atom:updated` read like the plain names.
import { createHash } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import type { Instan } from '@terbuka/sdk';
import { keInstan } from './tanggal.js';

const DAFTAR = new Set(['item', 'entry', 'url', 'sitemap']);

const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  processEntities: false,
  isArray: (nama) => DAFTAR.has(nama),
});

type Simpul = Record<string, unknown>;

function simpul(x: unknown): Simpul | undefined {
  return x && typeof x === 'object' && !Array.isArray(x) ? (x as Simpul) : undefined;
}

function daftar(x: unknown): Simpul[] {
  return Array.isArray(x) ? x.map(simpul).filter((s): s is Simpul => s !== undefined) : [];
}

/** The text of an element that may carry attributes or CDATA. */
function teks(x: unknown): string | undefined {
  if (typeof x === 'string') return x;
  if (typeof x === 'number') return String(x);
  const s = simpul(x);
  const t = s?.['#text'];
  return typeof t === 'string' ? t : undefined;
}

const ENTITAS: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The five XML entities, for addresses (entities are not expanded by the parser: none are needed elsewhere). */
function entitas(s: string | undefined): string | undefined {
  return s?.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITAS[e] ?? _);
}

function urai(body: string): Simpul | undefined {
  try {
    return simpul(parser.parse(body));
  } catch {
    return undefined;
  }
}

export interface IsiFeed {
  readonly jenis: 'rss' | 'atom';
  /** One date per item that has one (publication date first, else the update date). */
  readonly tanggal: Instan[];
}

/** An RSS 2.0, RSS 1.0 (RDF) or Atom feed; undefined when the text is none of them. */
export function bacaFeed(body: string): IsiFeed | undefined {
  const akar = urai(body);
  if (!akar) return undefined;
  const kumpul = (xs: Simpul[], kunci: readonly string[]): Instan[] =>
    xs.flatMap((x) => {
      for (const k of kunci) {
        const t = keInstan(teks(x[k]));
        if (t) return [t];
      }
      return [];
    });
  const rss = simpul(akar['rss']);
  if (rss) {
    const channel = simpul(rss['channel']);
    return { jenis: 'rss', tanggal: kumpul(daftar(channel?.['item']), ['pubDate', 'date', 'updated']) };
  }
  const rdf = simpul(akar['RDF']);
  if (rdf) return { jenis: 'rss', tanggal: kumpul(daftar(rdf['item']), ['date', 'pubDate']) };
  const feed = simpul(akar['feed']);
  if (feed) return { jenis: 'atom', tanggal: kumpul(daftar(feed['entry']), ['published', 'updated']) };
  return undefined;
}

export type IsiSitemap =
  | {
      readonly jenis: 'urlset';
      /** `lastmod` of each listed address that has one. */
      readonly tanggal: Instan[];
      /** SHA-256 of the addresses in order, without dates: what the dates claim changed. */
      readonly hashAlamat: string;
    }
  | { readonly jenis: 'index'; readonly anak: { readonly loc: string; readonly lastmod?: Instan }[] };

/** A sitemap or a sitemap index; undefined when the text is neither. */
export function bacaSitemap(body: string): IsiSitemap | undefined {
  const akar = urai(body);
  if (!akar) return undefined;
  const urlset = akar['urlset'];
  if (urlset !== undefined) {
    const sha = createHash('sha256');
    const tanggal: Instan[] = [];
    for (const u of daftar(simpul(urlset)?.['url'])) {
      sha.update(`${teks(u['loc']) ?? ''}\n`);
      const t = keInstan(teks(u['lastmod']));
      if (t) tanggal.push(t);
    }
    return { jenis: 'urlset', tanggal, hashAlamat: sha.digest('hex') };
  }
  const indeks = akar['sitemapindex'];
  if (indeks !== undefined) {
    const anak = daftar(simpul(indeks)?.['sitemap']).flatMap((s) => {
      const loc = entitas(teks(s['loc'])?.trim());
      if (!loc) return [];
      const lastmod = keInstan(teks(s['lastmod']));
      return [lastmod ? { loc, lastmod } : { loc }];
    });
    return { jenis: 'index', anak };
  }
  return undefined;
}
