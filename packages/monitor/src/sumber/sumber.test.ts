import { describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  bacaFeed,
  bacaPostWordPress,
  bacaSitemap,
  keInstan,
  pangkasTanggal,
  urlPostWordPress,
} from './index.js';
import { sidik } from './xml.js';

describe('keInstan', () => {
  it('reads ISO, zone-less WordPress GMT, RFC 822 (with WIB) and Indonesian dates', () => {
    assert.equal(keInstan('2026-03-01T10:00:00+07:00'), '2026-03-01T03:00:00.000Z');
    assert.equal(keInstan('2026-03-01T10:00:00'), '2026-03-01T10:00:00.000Z');
    assert.equal(keInstan('2026-03-01'), '2026-03-01T00:00:00.000Z');
    assert.equal(keInstan('Sun, 01 Mar 2026 10:00:00 GMT'), '2026-03-01T10:00:00.000Z');
    assert.equal(keInstan('Sun, 01 Mar 2026 10:00:00 WIB'), '2026-03-01T03:00:00.000Z');
    assert.equal(keInstan('1 Maret 2026'), '2026-02-28T17:00:00.000Z');
  });
  it('gives nothing for garbage and absurd years', () => {
    for (const x of ['', 'kemarin', '0001-01-01', 42, undefined])
      assert.equal(keInstan(x), undefined, String(x));
  });
});

describe('pangkasTanggal', () => {
  it('keeps the last 90 days and the newest, newest first, without duplicates or far-future dates', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    const t = [
      '2026-01-01T00:00:00.000Z',
      '2026-05-30T00:00:00.000Z',
      '2026-05-30T00:00:00.000Z',
      '2025-01-01T00:00:00.000Z',
      '2027-01-01T00:00:00.000Z',
      '2026-04-01T00:00:00.000Z',
    ];
    assert.deepEqual(pangkasTanggal(t, now), ['2026-05-30T00:00:00.000Z', '2026-04-01T00:00:00.000Z']);
    assert.deepEqual(pangkasTanggal(['2025-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z'], now), [
      '2025-01-01T00:00:00.000Z',
    ]);
  });
});

/** The dates and kind only, for tests that are not about the items' identities. */
const tanpaPos = (f: ReturnType<typeof bacaFeed>) => f && { jenis: f.jenis, tanggal: f.tanggal };

describe('bacaFeed', () => {
  it('reads RSS 2.0 pubDate and dc:date', () => {
    const rss =
      '<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>x</title>' +
      '<item><title>a</title><pubDate>Mon, 02 Mar 2026 01:00:00 +0000</pubDate></item>' +
      '<item><title>b</title><dc:date>2026-03-01T00:00:00Z</dc:date></item>' +
      '<item><title>tanpa tanggal</title></item></channel></rss>';
    assert.deepEqual(tanpaPos(bacaFeed(rss)), {
      jenis: 'rss',
      tanggal: ['2026-03-02T01:00:00.000Z', '2026-03-01T00:00:00.000Z'],
    });
  });
  it('reads a one-item RSS, an RDF feed and Atom (published before updated)', () => {
    const satu =
      '<rss><channel><item><pubDate>Mon, 02 Mar 2026 01:00:00 GMT</pubDate></item></channel></rss>';
    assert.deepEqual(bacaFeed(satu)?.tanggal, ['2026-03-02T01:00:00.000Z']);
    const rdf =
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" ' +
      'xmlns:dc="http://purl.org/dc/elements/1.1/"><item><dc:date>2026-01-05</dc:date></item></rdf:RDF>';
    assert.deepEqual(tanpaPos(bacaFeed(rdf)), { jenis: 'rss', tanggal: ['2026-01-05T00:00:00.000Z'] });
    const atom =
      '<feed xmlns="http://www.w3.org/2005/Atom"><entry><published>2026-02-01T00:00:00Z</published>' +
      '<updated>2026-05-01T00:00:00Z</updated></entry><entry><updated>2026-02-02T00:00:00Z</updated></entry></feed>';
    assert.deepEqual(tanpaPos(bacaFeed(atom)), {
      jenis: 'atom',
      tanggal: ['2026-02-01T00:00:00.000Z', '2026-02-02T00:00:00.000Z'],
    });
  });
  it('names each item: guid (Atom id, rdf:about), else link, else title; content without the dates', () => {
    const rss = (item: string): string => `<rss version="2.0"><channel><item>${item}</item></channel></rss>`;
    const pos = (body: string) => bacaFeed(body)?.pos[0];
    const tgl = '<pubDate>Mon, 02 Mar 2026 01:00:00 GMT</pubDate>';
    const baru = '<pubDate>Sun, 14 Jun 2026 01:00:00 GMT</pubDate>';
    const item = '<title>Rapat</title><link>https://a.go.id/rapat</link><description>Isi</description>';
    const guid = '<guid isPermaLink="false">berita-17</guid>';
    assert.deepEqual(pos(rss(guid + item + tgl)), {
      id: sidik('id', 'berita-17'),
      hash: sidik('Rapat', 'https://a.go.id/rapat', 'Isi', ''),
      claimedAt: '2026-03-02T01:00:00.000Z',
    });
    // Re-dated: same identity, same content; the date is not content.
    const lagi = pos(rss(guid + item + baru));
    assert.equal(lagi?.id, sidik('id', 'berita-17'));
    assert.equal(lagi?.hash, pos(rss(guid + item + tgl))?.hash);
    // Edited summary or body (content:encoded): another content hash.
    assert.notEqual(pos(rss(guid + item.replace('Isi', 'Isi baru') + tgl))?.hash, lagi?.hash);
    assert.notEqual(
      pos(rss(`${guid}${item}<content:encoded><![CDATA[<p>x</p>]]></content:encoded>${tgl}`))?.hash,
      lagi?.hash,
    );
    assert.equal(pos(rss(item + tgl))?.id, sidik('link', 'https://a.go.id/rapat'));
    assert.equal(pos(rss(`<title>Rapat</title>${tgl}`))?.id, sidik('title', 'Rapat', ''));
    const atom =
      '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>tag:a.go.id,2026:1</id><title type="html">Rapat</title>' +
      '<link rel="self" href="https://a.go.id/feed/1"/><link href="https://a.go.id/rapat"/>' +
      '<published>2026-02-01T00:00:00Z</published></entry>' +
      '<entry><link rel="alternate" href="https://a.go.id/b"/><updated>2026-02-02T00:00:00Z</updated></entry></feed>';
    const [a, b] = bacaFeed(atom)?.pos ?? [];
    assert.equal(a?.id, sidik('id', 'tag:a.go.id,2026:1'));
    assert.equal(a?.hash, sidik('Rapat', 'https://a.go.id/rapat', '', ''));
    assert.equal(b?.id, sidik('link', 'https://a.go.id/b'));
    const rdf =
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" ' +
      'xmlns:dc="http://purl.org/dc/elements/1.1/"><item rdf:about="https://a.go.id/c"><dc:date>2026-01-05</dc:date></item></rdf:RDF>';
    assert.equal(pos(rdf)?.id, sidik('id', 'https://a.go.id/c'));
  });
  it('says what it could not use: a feed that is not well-formed XML (where), items without a readable date (how many, the first text)', () => {
    const rusak = '<rss><channel><item><title>x</title><pubDate>kemarin sore</pubDate></item>';
    const f = bacaFeed(rusak);
    assert.deepEqual(
      [f?.tanggal, f?.items, f?.tanpaTanggal, f?.xmlRusak],
      [[], 1, { n: 1, contoh: 'kemarin sore' }, { baris: 1, kolom: 1 }],
    );
    const baik =
      '<?xml version="1.0"?><rss version="2.0"><channel><item><pubDate>Mon, 02 Mar 2026 01:00:00 GMT</pubDate></item>' +
      '<item><title>tanpa tanggal</title></item></channel></rss>';
    const g = bacaFeed(baik);
    assert.deepEqual([g?.items, g?.tanpaTanggal, g?.xmlRusak], [2, { n: 1 }, undefined]);
    // An unescaped ampersand: read as far as it goes, and said to be broken where it is.
    const amp =
      '<rss><channel><item><title>A & B</title><pubDate>Mon, 02 Mar 2026 01:00:00 GMT</pubDate></item></channel></rss>';
    assert.deepEqual([bacaFeed(amp)?.tanggal.length, bacaFeed(amp)?.xmlRusak], [1, { baris: 1, kolom: 30 }]);
  });
  it('gives nothing for HTML or JSON', () => {
    assert.equal(bacaFeed('<!doctype html><html><body>halo</body></html>'), undefined);
    assert.equal(bacaFeed('{"a":1}'), undefined);
  });
});

describe('bacaSitemap', () => {
  it('reads a urlset: lastmods, and a hash of the addresses that ignores the dates', () => {
    const peta = (d: string) =>
      `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://a.go.id/x</loc><lastmod>${d}</lastmod></url>` +
      '<url><loc>https://a.go.id/y</loc></url></urlset>';
    const a = bacaSitemap(peta('2026-01-01'));
    const b = bacaSitemap(peta('2026-05-05'));
    assert.ok(a?.jenis === 'urlset' && b?.jenis === 'urlset');
    assert.deepEqual(a.tanggal, ['2026-01-01T00:00:00.000Z']);
    assert.equal(a.hashAlamat, b.hashAlamat);
    const c = bacaSitemap(peta('2026-01-01').replace('/y', '/z'));
    assert.ok(c?.jenis === 'urlset');
    assert.notEqual(c.hashAlamat, a.hashAlamat);
  });
  it('reads a sitemap index with its children (entities decoded)', () => {
    const idx =
      '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
      '<sitemap><loc>https://a.go.id/post-sitemap.xml?p=1&amp;q=2</loc><lastmod>2026-05-01</lastmod></sitemap>' +
      '<sitemap><loc>https://a.go.id/page-sitemap.xml</loc></sitemap></sitemapindex>';
    assert.deepEqual(bacaSitemap(idx), {
      jenis: 'index',
      anak: [
        { loc: 'https://a.go.id/post-sitemap.xml?p=1&q=2', lastmod: '2026-05-01T00:00:00.000Z' },
        { loc: 'https://a.go.id/page-sitemap.xml' },
      ],
    });
    assert.equal(bacaSitemap('<html></html>'), undefined);
  });
});

describe('WordPress', () => {
  it('builds the posts URL under the site path', () => {
    const q = '?_fields=id,date_gmt,modified_gmt,link,title&per_page=100';
    assert.equal(urlPostWordPress('https://a.go.id'), `https://a.go.id/wp-json/wp/v2/posts${q}`);
    assert.equal(urlPostWordPress('https://a.go.id/desa'), `https://a.go.id/desa/wp-json/wp/v2/posts${q}`);
    assert.equal(
      urlPostWordPress('https://a.go.id/desa/index.php?x=1'),
      `https://a.go.id/desa/wp-json/wp/v2/posts${q}`,
    );
  });
  it('reads date_gmt of each post', () => {
    assert.deepEqual(bacaPostWordPress('[{"id":1,"date_gmt":"2026-01-02T03:04:05"},{"id":2}]'), [
      '2026-01-02T03:04:05.000Z',
    ]);
    assert.equal(bacaPostWordPress('{"code":"rest_no_route"}'), undefined);
    assert.equal(bacaPostWordPress('<html>'), undefined);
  });
});

test('keInstan: an ISO date on no calendar day is no date (Date.parse would roll it over)', () => {
  for (const s of ['2026-02-30T10:00:00Z', '2026-04-31', '2027-02-29T00:00:00+07:00'])
    assert.equal(keInstan(s), undefined, s);
  assert.equal(keInstan('2028-02-29T00:00:00Z'), '2028-02-29T00:00:00.000Z');
});
