// The fixture world itself: each kind of site answers as intended, so a failing scan test points at the
// monitor, not at the world.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { XMLParser } from 'fast-xml-parser';
import { bacaDIP, nilaiDIP } from '@terbuka/sdk';
import { bacaRegistri } from '../registri/index.js';
import { mulaiDunia, type Dunia } from './dunia.js';
import { JUMLAH_PER_PUTARAN, type JenisSitus } from './rencana.js';

const NOW = new Date('2026-11-20T03:00:00Z');
let dunia: Dunia;

before(async () => {
  dunia = await mulaiDunia({ now: NOW, lambatMs: 3000, besarBytes: 300_000 });
});
after(() => dunia.tutup());

function agensi(jenis: JenisSitus, n = 0) {
  const a = dunia.registri.agencies.filter((x) => dunia.rencana.get(x.id)!.jenis === jenis)[n];
  assert.ok(a, `no ${jenis} site #${n}`);
  return a;
}

const xml = new XMLParser({ ignoreAttributes: false });
const teks = async (url: string, init?: RequestInit) => {
  const r = await fetch(url, init);
  return { status: r.status, headers: r.headers, body: await r.text() };
};

test('the registry: at least 50 agencies with unique ids and ports, every kind of site, all on loopback', () => {
  const a = dunia.registri.agencies;
  assert.equal(dunia.registri.format, 'terbuka-registri');
  assert.ok(a.length >= 50);
  assert.equal(new Set(a.map((x) => x.id)).size, a.length);
  const hosts = a.map((x) => new URL(x.website).host);
  assert.equal(new Set(hosts).size, a.length, 'each site its own host:port');
  for (const x of a) {
    const h = new URL(x.website).hostname;
    assert.ok(h === '127.0.0.1' || h.endsWith('.invalid'), x.website);
    for (const u of [
      ...x.dipUrls,
      x.feedUrl,
      x.requestEndpoint,
      ...x.social.flatMap((s) => [s.url, s.feedUrl]),
    ])
      if (u) assert.match(new URL(u).hostname, /^127\.0\.0\.1$|\.invalid$/);
  }
  const jenis = new Set([...dunia.rencana.values()].map((r) => r.jenis));
  assert.equal(jenis.size, 18, 'every kind appears');
  assert.equal(dunia.harapan.size, a.length);
});

test("the registry passes the monitor's own registry validation", () => {
  const r = bacaRegistri(JSON.stringify(dunia.registri));
  assert.deepEqual(r.errors, []);
  assert.equal(r.registry?.agencies.length, dunia.registri.agencies.length);
});

test('DIP variants read as valid and spread the DIP score: complete, half, stale, without DIK', async () => {
  const hasil = new Map<string, number>();
  for (const a of dunia.registri.agencies.slice(0, JUMLAH_PER_PUTARAN)) {
    const h = dunia.harapan.get(a.id)!;
    if (!h.dip) continue;
    const r = await teks(a.dipUrls[0]!);
    assert.equal(r.status, 200);
    const baca = bacaDIP(r.body, { format: h.dip.format });
    assert.ok(baca.ok, `${a.id}: ${JSON.stringify(baca.errors.slice(0, 2))}`);
    assert.equal(baca.document!.items.length, h.dip.items);
    const n = nilaiDIP(baca.document!, NOW);
    if (h.dip.format === 'json') hasil.set(h.dip.varian, n.total);
    if (h.dip.varian === 'separuh') assert.equal(n.counts.covered, 5);
    if (h.dip.varian === 'basi') assert.equal(n.counts.current, 0);
    if (h.dip.varian === 'tanpa-dik') assert.equal(n.counts.excluded, 0);
  }
  // The plain DIP score (SDK weights 35/30/10/10/15) of each variant on this `now`.
  assert.deepEqual(Object.fromEntries(hasil), {
    lengkap: 100,
    separuh: 64.5, // 35·5/11 → 15.9, 30·5/11 → 13.6, + 10 + 10 + 15
    basi: 55,
    'tanpa-dik': 90,
  });
});

test('broken DIPs: JSON cut short, a CSV with 31/02, a DIP URL that answers 404', async () => {
  const rusak = await teks(agensi('dip-rusak').dipUrls[0]!);
  assert.equal(rusak.status, 200);
  assert.equal(bacaDIP(rusak.body).ok, false);
  const csv = await teks(agensi('dip-csv-rusak').dipUrls[0]!);
  const b = bacaDIP(csv.body, { format: 'csv' });
  assert.equal(b.ok, false);
  assert.ok(b.errors.some((e) => e.code === 'csv.date-invalid'));
  assert.equal((await teks(agensi('dip-hilang').dipUrls[0]!)).status, 404);
});

test('activity sources: WordPress posts, RSS, Atom and sitemap dates follow the rhythm', async () => {
  const wp = agensi('wordpress'); // round 0: daily, 45 posts
  const posts = JSON.parse(
    (await teks(`${wp.website}wp-json/wp/v2/posts?per_page=100&_fields=date_gmt`)).body,
  );
  assert.equal(posts.length, 45);
  assert.equal(posts[0].date_gmt, new Date(NOW.getTime() - 12 * 3_600_000).toISOString().slice(0, 19));
  const halaman = await teks(`${wp.website}wp-json/wp/v2/posts`);
  assert.equal(JSON.parse(halaman.body).length, 10, 'WordPress default per_page');
  assert.equal(halaman.headers.get('x-wp-total'), '45');

  const rss = xml.parse((await teks(agensi('rss').feedUrl!)).body);
  assert.equal(rss.rss.channel.item.length, 13); // weekly
  const atom = xml.parse((await teks(agensi('atom').feedUrl!)).body);
  assert.equal(atom.feed.entry.length, 4); // monthly
  const sm = agensi('sitemap');
  const robots = (await teks(`${sm.website}robots.txt`)).body;
  const loc = /^Sitemap: (.+)$/m.exec(robots)?.[1];
  assert.ok(loc);
  assert.equal(xml.parse((await teks(loc)).body).urlset.url.length, 13);
});

test('social feeds: a YouTube-like Atom and a Mastodon-like RSS; the Instagram account has no feed', async () => {
  const yt = agensi('sosial-youtube');
  const feed = yt.social.find((s) => s.platform === 'youtube')!.feedUrl!;
  assert.equal(xml.parse((await teks(feed)).body).feed.entry.length, 45);
  assert.equal(yt.social.find((s) => s.platform === 'instagram')?.feedUrl, undefined);
  const md = agensi('sosial-mastodon');
  assert.equal(xml.parse((await teks(md.social[0]!.feedUrl!)).body).rss.channel.item.length, 13);
});

test('static site: fixed Last-Modified, 304 to a conditional request', async () => {
  const a = agensi('statis');
  const r1 = await teks(a.website);
  const lm = r1.headers.get('last-modified');
  assert.equal(lm, new Date(NOW.getTime() - 20.5 * 86_400_000).toUTCString());
  const r2 = await teks(a.website, { headers: { 'if-none-match': r1.headers.get('etag')! } });
  assert.equal(r2.status, 304);
  assert.equal((await teks(a.website, { headers: { 'if-modified-since': lm! } })).status, 304);
  assert.ok(dunia.log(a.id).some((l) => l.conditional && l.status === 304));
});

test('gaming site: Last-Modified moves on each request, the page does not; the honest one changes both', async () => {
  const c = agensi('curang');
  const [a, b] = [await teks(c.website), await teks(c.website)];
  assert.notEqual(a.headers.get('last-modified'), b.headers.get('last-modified'));
  assert.equal(a.body, b.body);
  assert.equal(
    (await teks(c.website, { headers: { 'if-modified-since': a.headers.get('last-modified')! } })).status,
    200,
  );
  const j = agensi('berubah');
  const [x, y] = [await teks(j.website), await teks(j.website)];
  assert.notEqual(x.headers.get('last-modified'), y.headers.get('last-modified'));
  assert.notEqual(x.body, y.body);
});

test('failing sites: closed port, .invalid host, slow, redirect loop, huge, robots.txt disallowing all', async () => {
  await assert.rejects(fetch(agensi('mati').website), (e: Error) => {
    assert.equal((e.cause as { code?: string }).code, 'ECONNREFUSED');
    return true;
  });
  await assert.rejects(fetch(agensi('dns').website), (e: Error) => {
    assert.match(String((e.cause as { code?: string }).code), /ENOTFOUND|EAI_AGAIN/);
    return true;
  });
  const lambat = agensi('lambat');
  assert.equal((await teks(`${lambat.website}robots.txt`)).status, 200, 'robots.txt answers at once');
  await assert.rejects(fetch(lambat.website, { signal: AbortSignal.timeout(200) }), { name: 'TimeoutError' });

  const alihan = agensi('alihan');
  const satu = await fetch(alihan.dipUrls[0]!, { redirect: 'manual' });
  const ke = new URL(satu.headers.get('location')!, alihan.dipUrls[0]);
  const dua = await fetch(ke, { redirect: 'manual' });
  assert.equal(satu.status, 302);
  assert.equal(new URL(dua.headers.get('location')!, ke).href, alihan.dipUrls[0], 'A → B → A');
  await assert.rejects(fetch(alihan.website), TypeError);

  const besar = agensi('besar');
  const r = await fetch(besar.website);
  assert.equal(r.headers.get('content-length'), '300000');
  assert.equal((await r.arrayBuffer()).byteLength, 300_000);
  const d = await fetch(besar.dipUrls[0]!);
  assert.equal(d.headers.get('content-length'), null, 'streamed without a length');
  assert.equal((await d.arrayBuffer()).byteLength, 300_000);

  const robots = await teks(`${agensi('robots').website}robots.txt`);
  assert.match(robots.body, /^Disallow: \/$/m);
});

test('request endpoints: one that answers, one on a closed port; the log keeps the User-Agent', async () => {
  const ada = dunia.registri.agencies.find((a) => dunia.harapan.get(a.id)!.endpoint?.ok === true)!;
  const mati = dunia.registri.agencies.find((a) => dunia.harapan.get(a.id)!.endpoint?.ok === false)!;
  const r = await teks(`${ada.requestEndpoint}v1/kesehatan`, { headers: { 'user-agent': 'uji/1' } });
  assert.equal(r.status, 200);
  assert.equal(dunia.log(ada.id).at(-1)?.userAgent, 'uji/1');
  await assert.rejects(fetch(mati.requestEndpoint!), TypeError);
});

test('the same index always gives the same plan; later rounds rotate DIP and rhythm', async () => {
  const { rencanaSitus } = await import('./rencana.js');
  assert.deepEqual(rencanaSitus(3), rencanaSitus(3));
  const a = rencanaSitus(0);
  const b = rencanaSitus(JUMLAH_PER_PUTARAN);
  assert.equal(a.jenis, b.jenis);
  assert.notEqual(a.dip, b.dip);
  assert.notEqual(a.pola, b.pola);
});
