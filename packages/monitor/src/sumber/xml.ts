// RSS 2.0 / RDF, Atom and sitemaps read with fast-xml-parser: only the dates (and a sitemap's addresses, a
// feed item's identity and content hash) are taken. Namespace prefixes are dropped, so `dc:date` and
// `atom:updated` read like the plain names.
import { createHash } from 'node:crypto';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Instan, PosTeramati } from '@terbuka/sdk';
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

// Feeds need attributes: an Atom link is `<link href>`, an RSS 1.0 item is named by `rdf:about`.
const parserFeed = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
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

function urai(body: string, p: XMLParser = parser): Simpul | undefined {
  try {
    return simpul(p.parse(body));
  } catch {
    return undefined;
  }
}

/** 64 bits of SHA-256 in hex: enough to tell apart the few dozen items of one feed, and short in the history. */
export function sidik(...bagian: readonly string[]): string {
  return createHash('sha256').update(JSON.stringify(bagian)).digest('hex').slice(0, 16);
}

/** An element's text, or for structured content (Atom `type="xhtml"`) the structure itself. */
function isi(x: unknown): string {
  return teks(x) ?? (x === undefined ? '' : JSON.stringify(x));
}

/** An Atom entry's own page: the `alternate` link (a link without `rel` is one), else none. */
function tautanAtom(x: unknown): string {
  const xs = Array.isArray(x) ? x : [x];
  for (const l of xs.map(simpul)) {
    const rel = l?.['@_rel'];
    const href = l?.['@_href'];
    if ((rel === undefined || rel === 'alternate') && typeof href === 'string') return href.trim();
  }
  return '';
}

/** RSS `<link>` is text; a feed mixing in `atom:link` gives an array or an element with attributes. */
function tautanRSS(x: unknown): string {
  const xs = Array.isArray(x) ? x : [x];
  for (const l of xs) {
    const t = teks(l) ?? simpul(l)?.['@_href'];
    if (typeof t === 'string' && t.trim() !== '') return t.trim();
  }
  return '';
}

export interface IsiFeed {
  readonly jenis: 'rss' | 'atom';
  /** One date per item that has one (publication date first, else the update date). */
  readonly tanggal: Instan[];
  /**
   * The same items with their identity and content hash (for the SDK's `tanggalPosSah`). Identity: the
   * guid (Atom id, RSS 1.0 `rdf:about`), else the link, else the title. Content: title, link, summary and
   * body — not the dates, which are what re-dating moves.
   */
  readonly pos: PosTeramati[];
  /** Items without a date that reads (not counted), and the first such date's text, when they have one. */
  readonly tanpaTanggal: { readonly n: number; readonly contoh?: string };
  readonly items: number;
  /**
   * Where the text stops being well-formed XML, when it does: the parser reads on as far as it can, but a
   * feed reader refuses the feed.
   */
  readonly xmlRusak?: { readonly baris: number; readonly kolom: number };
}

interface BentukItem {
  readonly tanggal: readonly string[];
  readonly id: (x: Simpul) => string;
  readonly tautan: (x: Simpul) => string;
  readonly isi: readonly string[];
}

const RSS: BentukItem = {
  tanggal: ['pubDate', 'date', 'updated'],
  id: (x) => teks(x['guid'])?.trim() ?? '',
  tautan: (x) => tautanRSS(x['link']),
  isi: ['description', 'encoded'],
};
const RDF: BentukItem = {
  tanggal: ['date', 'pubDate'],
  id: (x) => (typeof x['@_about'] === 'string' ? x['@_about'].trim() : ''),
  tautan: (x) => tautanRSS(x['link']),
  isi: ['description', 'encoded'],
};
const ATOM: BentukItem = {
  tanggal: ['published', 'updated'],
  id: (x) => teks(x['id'])?.trim() ?? '',
  tautan: (x) => tautanAtom(x['link']),
  isi: ['summary', 'content'],
};

function bacaItem(
  xs: Simpul[],
  b: BentukItem,
): { pos: PosTeramati[]; tanpaTanggal: IsiFeed['tanpaTanggal'] } {
  let n = 0;
  let contoh: string | undefined;
  const pos = xs.flatMap((x) => {
    let claimedAt: Instan | undefined;
    for (const k of b.tanggal) if ((claimedAt = keInstan(teks(x[k])))) break;
    if (!claimedAt) {
      n++;
      contoh ??= b.tanggal.map((k) => teks(x[k])?.trim()).find((t) => t);
      return [];
    }
    const judul = isi(x['title']);
    const tautan = b.tautan(x);
    const guid = b.id(x);
    const id = guid ? sidik('id', guid) : tautan ? sidik('link', tautan) : sidik('title', judul, tautan);
    return [{ id, hash: sidik(judul, tautan, ...b.isi.map((k) => isi(x[k]))), claimedAt }];
  });
  return { pos, tanpaTanggal: contoh === undefined ? { n } : { n, contoh } };
}

function feedDari(jenis: IsiFeed['jenis'], xs: Simpul[], b: BentukItem, body: string): IsiFeed {
  const { pos, tanpaTanggal } = bacaItem(xs, b);
  const v = XMLValidator.validate(body);
  return {
    jenis,
    tanggal: pos.map((p) => p.claimedAt),
    pos,
    tanpaTanggal,
    items: xs.length,
    ...(v === true ? {} : { xmlRusak: { baris: v.err.line, kolom: v.err.col } }),
  };
}

/** An RSS 2.0, RSS 1.0 (RDF) or Atom feed; undefined when the text is none of them. */
export function bacaFeed(body: string): IsiFeed | undefined {
  const akar = urai(body, parserFeed);
  if (!akar) return undefined;
  const rss = simpul(akar['rss']);
  if (rss) return feedDari('rss', daftar(simpul(rss['channel'])?.['item']), RSS, body);
  const rdf = simpul(akar['RDF']);
  if (rdf) return feedDari('rss', daftar(rdf['item']), RDF, body);
  const feed = simpul(akar['feed']);
  if (feed) return feedDari('atom', daftar(feed['entry']), ATOM, body);
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
