import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { METODE_PEMANTAUAN_VERSI } from '@terbuka/sdk';
import { Pengambil } from '../ambil/index.js';
import type { Agensi, CatatanPindai, Pengamatan } from '../types.js';
import { csvDIP, dokumenDIP, rss, atom, sitemap, tanggalPos, wpPosts, beranda } from '../uji/konten.js';
import { mulaiServer, portMati, type ServerLokal } from '../uji/server-lokal.js';
import { PenghitungRingkasan } from '../ringkasan.js';
import { halamanAgensi } from '../laporan/agensi.js';
import { BATAS_HALAMAN_WP, pindaiAgensi } from './index.js';

const NOW = new Date('2026-06-15T05:00:00Z');
const HARI = 86_400_000;
const nanti = (hari: number): Date => new Date(NOW.getTime() + hari * HARI);

interface Jawaban {
  readonly status?: number;
  readonly type?: string;
  readonly body?: string;
  readonly headers?: Record<string, string>;
}
type Rute = Record<string, Jawaban | ((req: IncomingMessage) => Jawaban)>;

const servers: ServerLokal[] = [];
const pengambil = new Pengambil({ izinkanAlamatLokal: true, timeoutMs: 2000, backoffMs: 5, retries: 1 });
after(async () => {
  await pengambil.tutup();
  await Promise.all(servers.map((s) => s.tutup()));
});

/** A site from a table of paths; validators are honoured (304) like a real server. */
async function situs(rute: Rute): Promise<ServerLokal> {
  const s = await mulaiServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const r = rute[path];
    const j: Jawaban = typeof r === 'function' ? r(req) : (r ?? { status: 404, body: 'Tidak ditemukan' });
    const h = { ...(j.headers ?? {}) };
    const etag = h['etag'];
    const lm = h['last-modified'];
    const inm = req.headers['if-none-match'];
    const ims = req.headers['if-modified-since'];
    if (
      (j.status ?? 200) === 200 &&
      ((etag && inm === etag) || (!inm && lm && ims && Date.parse(ims) >= Date.parse(lm)))
    )
      return void res.writeHead(304, h).end();
    res.writeHead(j.status ?? 200, { 'content-type': j.type ?? 'text/html; charset=utf-8', ...h });
    res.end(j.body ?? '');
  });
  servers.push(s);
  return s;
}

function agensi(base: string, lain: Partial<Agensi> = {}): Agensi {
  return {
    id: 'dinas-contoh',
    name: 'Dinas Contoh',
    kind: 'opd',
    website: `${base}/`,
    dipUrls: [`${base}/ppid/dip.json`],
    wordpress: false,
    social: [],
    ...lain,
  };
}

const dip = (base: string, varian: Parameters<typeof dokumenDIP>[0] = 'lengkap'): Jawaban => ({
  type: 'application/json',
  body: JSON.stringify(
    dokumenDIP(varian, { id: 'dinas-contoh', name: 'Dinas Contoh', kind: 'opd', website: `${base}/` }, NOW),
  ),
});

function obs(r: CatatanPindai, kind: Pengamatan['kind']): Pengamatan[] {
  return r.observations.filter((o) => o.kind === kind);
}
const satu = (r: CatatanPindai, kind: Pengamatan['kind']): Pengamatan => {
  const o = obs(r, kind);
  assert.equal(o.length, 1, `one ${kind} observation: ${JSON.stringify(r.observations)}`);
  return o[0]!;
};
const poin = (r: CatatanPindai, code: string): number | undefined =>
  r.contributions.find((c) => c.code === code)?.points;

describe('pindaiAgensi', () => {
  it('a WordPress site: posts from the REST API, the DIP scored, the request endpoint answering', async () => {
    let dasar = '';
    const s = await situs({
      '/': { body: beranda('Dinas Contoh') },
      '/ppid/dip.json': () => dip(dasar),
      '/wp-json/wp/v2/posts': () => ({
        type: 'application/json',
        body: JSON.stringify(wpPosts(tanggalPos('harian', NOW), dasar, 100, 1)),
      }),
      '/api/': { status: 404, body: '{}' },
    });
    dasar = s.base;
    const r = await pindaiAgensi(
      agensi(s.base, { wordpress: true, requestEndpoint: `${s.base}/api/` }),
      pengambil,
      undefined,
      NOW,
    );
    assert.ok(
      s.log.includes('/wp-json/wp/v2/posts?_fields=id,date_gmt,modified_gmt,link,title&per_page=100'),
    );
    assert.equal(r.format, 'terbuka-pindai');
    assert.equal(r.agencyId, 'dinas-contoh');
    assert.equal(r.scannedAt, NOW.toISOString());
    assert.equal(r.unreachable, false);
    assert.deepEqual(r.dip, {
      url: `${s.base}/ppid/dip.json`,
      format: 'json',
      errors: 0,
      warnings: r.dip?.warnings, // the fixture DIP has some (e.g. items without links)
      items: 14,
    });
    assert.deepEqual(
      { ...r.activity, lastUpdateAt: undefined },
      { lastUpdateAt: undefined, daysSinceLastUpdate: 0, posts30: 30, posts90: 45, intervalClass: 'harian' },
    );
    assert.equal(
      r.activity.lastUpdateAt,
      new Date(NOW.getTime() - 0.5 * HARI).toISOString().replace(/\.\d+Z$/, '.000Z'),
    );
    const wp = satu(r, 'wordpress');
    assert.equal(wp.items?.length, 45);
    assert.equal(wp.claimedAt, r.activity.lastUpdateAt);
    assert.match(wp.hash ?? '', /^[0-9a-f]{64}$/);
    // A 404 on the health route: the endpoint's path is wrong, it is not a request endpoint.
    assert.deepEqual(r.endpoint, { url: `${s.base}/api/`, ok: false, status: 404 });
    const ep = satu(r, 'endpoint');
    assert.equal(ep.url, `${s.base}/api/v1/kesehatan`);
    assert.deepEqual([ep.failure?.reason, ep.failure?.status], ['http', 404]);
    assert.match(ep.failure?.message.id ?? '', /bukan endpoint permohonan/);
    assert.equal(r.band, 'informatif');
    assert.equal(r.score, 100);
    assert.equal(poin(r, 'aktivitas-situs'), 20);
    assert.deepEqual(r.missing, []);
    assert.equal(r.methodVersion, METODE_PEMANTAUAN_VERSI);
    // No sitemap here: recorded, not fatal.
    assert.equal(satu(r, 'sitemap').failure?.status, 404);
  });

  it('an RSS-only site without a DIP: activity from the feed, the DIP failure named in the score', async () => {
    let dasar = '';
    const s = await situs({
      '/': { body: beranda('Kecamatan Contoh') },
      '/feed/': () => ({
        type: 'application/rss+xml',
        body: rss('Kecamatan', dasar, tanggalPos('mingguan', NOW)),
      }),
    });
    dasar = s.base;
    const r = await pindaiAgensi(agensi(s.base, { feedUrl: `${s.base}/feed/` }), pengambil, undefined, NOW);
    assert.equal(r.unreachable, false);
    assert.equal(r.dip, undefined);
    const d = satu(r, 'dip');
    assert.deepEqual([d.failure?.reason, d.failure?.status], ['http', 404]);
    assert.equal(satu(r, 'rss').items?.length, 13);
    assert.deepEqual([r.activity.posts30, r.activity.posts90, r.activity.intervalClass], [4, 13, 'mingguan']);
    // Only the activity earns points; every DIP component says why it earned none.
    assert.equal(r.score, 20);
    assert.equal(r.band, 'tidak-informatif');
    const cakupan = r.contributions.find((c) => c.code === 'cakupan-berkala');
    assert.match(cakupan?.reason.id ?? '', /HTTP 404/);
    assert.equal(r.missing.length, 11);
  });

  it("update days are calendar days in the agency's zone: 23:30 WIB and noon the next day are one WITA day", async () => {
    // NOW is 12:00 WIB on 15 June. In WIB the two posts fall on 13 and 14 June (harian); in WITA the
    // first is 00:30 on 14 June, so both fall on one day (jarang).
    let dasar = '';
    const pos = [new Date('2026-06-14T12:00:00+07:00'), new Date('2026-06-13T23:30:00+07:00')];
    const s = await situs({
      '/': { body: beranda('Dinas Contoh') },
      '/feed/': () => ({ type: 'application/rss+xml', body: rss('Dinas', dasar, pos) }),
    });
    dasar = s.base;
    const pindai = (lain: Partial<Agensi>) =>
      pindaiAgensi(agensi(s.base, { feedUrl: `${s.base}/feed/`, ...lain }), pengambil, undefined, NOW);
    const wib = await pindai({});
    assert.deepEqual([wib.activity.intervalClass, wib.activity.daysSinceLastUpdate], ['harian', 1]);
    const wita = await pindai({ timeZone: 'Asia/Makassar' });
    assert.deepEqual([wita.activity.intervalClass, wita.activity.daysSinceLastUpdate], ['jarang', 1]);
    assert.ok(wita.score < wib.score);
  });

  it('an Atom feed and a Mastodon account count like posts; a platform without a feed is only listed', async () => {
    let dasar = '';
    const s = await situs({
      '/': { body: beranda('Desa Contoh') },
      '/atom.xml': () => ({
        type: 'application/atom+xml',
        body: atom('Desa', dasar, tanggalPos('bulanan', NOW)),
      }),
      '/@desa.rss': () => ({
        type: 'application/rss+xml',
        body: rss('Mastodon', dasar, [nanti(-1), nanti(-3)]),
      }),
    });
    dasar = s.base;
    const r = await pindaiAgensi(
      agensi(s.base, {
        feedUrl: `${s.base}/atom.xml`,
        social: [
          { platform: 'mastodon', url: `${s.base}/@desa`, feedUrl: `${s.base}/@desa.rss` },
          { platform: 'instagram', url: 'https://instagram.com/desa' },
        ],
      }),
      pengambil,
      undefined,
      NOW,
    );
    // Four monthly entries; the one 100 days old is outside what the history keeps.
    assert.equal(satu(r, 'atom').items?.length, 3);
    assert.equal(satu(r, 'sosial').items?.length, 2);
    assert.deepEqual([r.activity.posts30, r.activity.posts90], [3, 5]);
    assert.equal(r.agency.social.length, 2);
  });

  it('a sitemap-only site (index one level down): lastmods count; moved dates on the same pages do not', async () => {
    let dasar = '';
    let geser = false;
    const s = await situs({
      '/': { body: beranda('Kelurahan Contoh') },
      '/sitemap.xml': () => ({
        type: 'application/xml',
        body:
          '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
          `<sitemap><loc>${dasar}/post-sitemap.xml</loc></sitemap></sitemapindex>`,
      }),
      // Later the site stamps every page "updated 1 hour ago" without changing any page.
      '/post-sitemap.xml': () => ({
        type: 'application/xml',
        body: sitemap(
          dasar,
          geser
            ? tanggalPos('mingguan', NOW).map(() => new Date(nanti(7).getTime() - 3600e3))
            : tanggalPos('mingguan', NOW),
        ),
      }),
    });
    dasar = s.base;
    const a = agensi(s.base);
    const r1 = await pindaiAgensi(a, pengambil, undefined, NOW);
    assert.deepEqual(
      obs(r1, 'sitemap').map((o) => o.url),
      [`${s.base}/sitemap.xml`, `${s.base}/post-sitemap.xml`],
    );
    assert.deepEqual(
      [r1.activity.posts30, r1.activity.posts90, r1.activity.intervalClass],
      [4, 13, 'mingguan'],
    );
    const terakhir = r1.activity.lastUpdateAt;

    geser = true;
    const r2 = await pindaiAgensi(a, pengambil, r1, nanti(7));
    const anak = obs(r2, 'sitemap')[1]!;
    assert.equal(anak.hash, obs(r1, 'sitemap')[1]!.hash, 'same pages, same hash');
    assert.notEqual(anak.claimedAt, anak.validAt);
    assert.equal(r2.activity.lastUpdateAt, terakhir, 'the moved dates are not updates');
    assert.equal(r2.activity.daysSinceLastUpdate, 9);
  });

  it('a static site: Last-Modified counts once; the re-scan is conditional and 304 reuses the record', async () => {
    const lm = new Date(NOW.getTime() - 20.5 * HARI).toUTCString();
    const s = await situs({
      '/': { body: beranda('Desa Statis'), headers: { etag: '"b1"', 'last-modified': lm } },
      '/ppid/dip.csv': { type: 'text/csv', body: csvDIP('lengkap', 'opd', NOW) },
    });
    const dasar = s.base;
    const a = agensi(dasar, { dipUrls: [`${dasar}/ppid/dip.csv`] });
    const r1 = await pindaiAgensi(a, pengambil, undefined, NOW);
    const b1 = satu(r1, 'beranda');
    assert.equal(b1.claimedAt, new Date(lm).toISOString());
    assert.equal(b1.validAt, b1.claimedAt);
    assert.deepEqual([r1.activity.posts30, r1.activity.daysSinceLastUpdate], [1, 20]);
    assert.deepEqual(r1.dip, {
      url: `${dasar}/ppid/dip.csv`,
      format: 'csv',
      errors: 0,
      warnings: r1.dip?.warnings,
      items: 14,
    });

    const r2 = await pindaiAgensi(a, pengambil, r1, nanti(1));
    const b2 = satu(r2, 'beranda');
    assert.equal(b2.notModified, true);
    assert.equal(b2.status, 304);
    assert.equal(b2.hash, b1.hash);
    assert.equal(b2.validAt, b1.validAt);
    assert.equal(b2.sameSince, NOW.toISOString());
    assert.equal(r2.activity.lastUpdateAt, r1.activity.lastUpdateAt);
    assert.equal(s.log.filter((l) => l === '/').length, 2);
  });

  it('a home page whose Last-Modified moves while its content stays is not updated; the honest twin is', async () => {
    let n = 0;
    let berubah = false;
    const s = await situs({
      '/': () => {
        n++;
        return {
          body: beranda('Dinas', berubah ? `<p>kabar ${n}</p>` : ''),
          headers: {
            'last-modified': new Date(Date.parse('2026-06-15T04:00:00Z') + (n - 1) * 7 * HARI).toUTCString(),
          },
        };
      },
    });
    const a = agensi(s.base, { dipUrls: [] });
    const r1 = await pindaiAgensi(a, pengambil, undefined, NOW);
    assert.equal(r1.activity.lastUpdateAt, '2026-06-15T04:00:00.000Z');
    const r2 = await pindaiAgensi(a, pengambil, r1, nanti(7));
    assert.equal(satu(r2, 'beranda').claimedAt, '2026-06-22T04:00:00.000Z');
    assert.equal(r2.activity.lastUpdateAt, '2026-06-15T04:00:00.000Z', 'gamed date ignored');
    const r3 = await pindaiAgensi(a, pengambil, r2, nanti(14));
    assert.equal(r3.activity.lastUpdateAt, '2026-06-15T04:00:00.000Z', 'still ignored a scan later');

    berubah = true;
    const r4 = await pindaiAgensi(a, pengambil, r3, nanti(21));
    assert.equal(r4.activity.lastUpdateAt, '2026-07-06T04:00:00.000Z', 'content changed: the date counts');
    assert.match(r1.contributions.find((c) => c.code === 'dip')?.reason.en ?? '', /no DIP address/);
  });

  it('a malformed DIP: dip-tidak-sah with its first errors; a later valid address wins', async () => {
    let dasar = '';
    const s = await situs({
      '/': { body: beranda('Dinas') },
      '/rusak.json': () => ({ type: 'application/json', body: dip(dasar).body!.slice(0, -40) }),
      '/halaman.json': { type: 'application/json', body: '<html><body>bukan json</body></html>' },
      '/ppid/dip.csv': { type: 'text/csv; charset=utf-8', body: csvDIP('separuh', 'opd', NOW) },
    });
    dasar = s.base;
    const r1 = await pindaiAgensi(
      agensi(s.base, { dipUrls: [`${s.base}/rusak.json`] }),
      pengambil,
      undefined,
      NOW,
    );
    const d = satu(r1, 'dip');
    assert.equal(d.failure?.reason, 'dip-tidak-sah');
    assert.match(d.failure?.message.id ?? '', /tidak sah \(1 masalah\): .*JSON tidak sah/);
    assert.match(d.failure?.message.en ?? '', /is invalid \(1 problem\): .*JSON is malformed/);
    // One full stop at the end, none doubled where the SDK's sentence ended.
    for (const t of [d.failure?.message.id, d.failure?.message.en]) {
      assert.match(t ?? '', /[^.]\.$/);
      assert.doesNotMatch(t ?? '', /\.\./);
    }
    assert.deepEqual(r1.dip, {
      url: `${s.base}/rusak.json`,
      format: 'json',
      errors: 1,
      warnings: 0,
      items: 0,
    });
    assert.equal(r1.unreachable, false);
    assert.equal(r1.score, 0);
    assert.match(r1.contributions.find((c) => c.code === 'dip')?.reason.id ?? '', /tidak sah/);

    // A web page sent as the .json DIP (a CMS's "not found" page, status 200): said to be a web page.
    const r3 = await pindaiAgensi(
      agensi(s.base, { dipUrls: [`${s.base}/halaman.json`] }),
      pengambil,
      undefined,
      NOW,
    );
    const h = satu(r3, 'dip').failure;
    assert.equal(h?.reason, 'dip-tidak-sah');
    assert.equal(
      h?.message.id,
      `DIP di ${s.base}/halaman.json tidak sah (1 masalah): Berkas ini halaman web atau berkas XML, bukan JSON: alamat atau berkasnya menunjuk ke sebuah halaman (mis. halaman masuk atau "tidak ditemukan"), bukan ke DIP-nya.`,
    );
    assert.match(h?.message.en ?? '', /\(1 problem\): This file is a web page or an XML file, not JSON: /);

    const r2 = await pindaiAgensi(
      agensi(s.base, { dipUrls: [`${s.base}/rusak.json`, `${s.base}/ppid/dip.csv`] }),
      pengambil,
      undefined,
      NOW,
    );
    assert.deepEqual(r2.dip, {
      url: `${s.base}/ppid/dip.csv`,
      format: 'csv',
      errors: 0,
      warnings: r2.dip?.warnings,
      items: 8,
    });
    assert.deepEqual(
      obs(r2, 'dip').map((o) => o.failure?.reason),
      ['dip-tidak-sah', undefined],
    );
    assert.equal(r2.missing.length, 11 - 5);
  });

  it('an unreachable site: a record with its reasons, score 0, never a throw', async () => {
    const mati = await portMati();
    const r = await pindaiAgensi(
      agensi(mati, { wordpress: true, feedUrl: `${mati}/feed/`, requestEndpoint: `${mati}/api/` }),
      pengambil,
      undefined,
      NOW,
    );
    assert.equal(r.unreachable, true);
    assert.equal(r.score, 0);
    assert.equal(r.band, 'tidak-informatif');
    assert.equal(r.activity.intervalClass, 'tidak-diketahui');
    assert.deepEqual(r.endpoint, { url: `${mati}/api/`, ok: false });
    for (const kind of ['beranda', 'dip', 'wordpress', 'rss', 'sitemap', 'endpoint'] as const)
      assert.equal(satu(r, kind).failure?.reason, 'koneksi', kind);
    assert.match(satu(r, 'beranda').failure?.message.id ?? '', /ditolak/);
    // A registry row with a broken address still gives a record.
    const aneh = await pindaiAgensi(agensi('bukan-alamat'), pengambil, undefined, NOW);
    assert.equal(aneh.unreachable, true);
    assert.equal(satu(aneh, 'beranda').failure?.reason, 'isi-tidak-sah');
  });
});

describe('pindaiAgensi: endpoint, optional sources, robots sitemaps, WordPress pages', () => {
  it('the request endpoint is ok only when its health route answers as an intake server', async () => {
    const s = await situs({
      '/': { body: beranda('Dinas Contoh') },
      '/api/v1/kesehatan': { type: 'application/json', body: '{"ok":true}' },
      '/web/v1/kesehatan': { body: beranda('Bukan API') },
    });
    const baik = await pindaiAgensi(
      agensi(s.base, { dipUrls: [], requestEndpoint: `${s.base}/api` }),
      pengambil,
      undefined,
      NOW,
    );
    assert.deepEqual(baik.endpoint, { url: `${s.base}/api`, ok: true, status: 200 });
    assert.equal(satu(baik, 'endpoint').failure, undefined);
    // A web page where the API should be: answered, but not a request endpoint.
    const halaman = await pindaiAgensi(
      agensi(s.base, { dipUrls: [], requestEndpoint: `${s.base}/web/` }),
      pengambil,
      undefined,
      NOW,
    );
    assert.deepEqual(halaman.endpoint, { url: `${s.base}/web/`, ok: false, status: 200 });
    assert.equal(satu(halaman, 'endpoint').failure?.reason, 'halaman-web');
    // ok and the observation always agree, so the summary counts what the record says.
    for (const r of [baik, halaman]) assert.equal(r.endpoint?.ok, satu(r, 'endpoint').failure === undefined);
  });

  it('a web page where a feed, a sitemap, the WordPress API or the request endpoint was expected is said to be one, in the record and on the evidence page', async () => {
    const s = await situs({
      '/': { body: beranda('Dinas Contoh') },
      '/ppid/dip.json': () => dip(s.base),
      // A CMS answering every unknown address with a page, status 200 (as the sitemap's does, as HTML).
      '/feed.xml': { body: beranda('Berita') },
      '/sitemap.xml': { type: 'application/xml', body: '<!DOCTYPE html><html><body>Peta</body></html>' },
      '/wp-json/wp/v2/posts': { body: beranda('Masuk') },
      '/api/v1/kesehatan': { body: beranda('Layanan') },
    });
    const r = await pindaiAgensi(
      agensi(s.base, { feedUrl: `${s.base}/feed.xml`, wordpress: true, requestEndpoint: `${s.base}/api` }),
      pengambil,
      undefined,
      NOW,
    );
    const feed = satu(r, 'rss');
    assert.equal(feed.failure?.reason, 'halaman-web');
    assert.equal(
      feed.failure?.message.id,
      `${s.base}/feed.xml menjawab dengan halaman web, bukan feed RSS atau Atom.`,
    );
    assert.equal(
      feed.failure?.message.en,
      `${s.base}/feed.xml answered with a web page, not an RSS or Atom feed.`,
    );
    assert.equal(satu(r, 'sitemap').failure?.reason, 'halaman-web');
    assert.match(satu(r, 'sitemap').failure?.message.en ?? '', /answered with a web page, not a sitemap\.$/);
    assert.match(
      obs(r, 'wordpress')[0]?.failure?.message.id ?? '',
      /menjawab dengan halaman web, bukan daftar pos WordPress\.$/,
    );
    const ep = satu(r, 'endpoint').failure;
    assert.equal(ep?.reason, 'halaman-web');
    assert.match(
      ep?.message.id ?? '',
      /\/api\/v1\/kesehatan menjawab dengan halaman web \(HTTP 200\), bukan sebagai server penerima Terbuka/,
    );
    assert.match(
      ep?.message.en ?? '',
      /answered with a web page \(HTTP 200\), not as a Terbuka intake server/,
    );

    // The evidence page says so too: never "does not answer" for an endpoint that answered with a page.
    const a = { id: r.agencyId, latest: r, history: [], expiresAt: '2026-06-22T05:00:00Z', rank: 1 };
    const data = {
      issuer: { id: 'x', name: 'X' },
      generatedAt: NOW.toISOString(),
      agencies: [a],
      methodVersions: [r.methodVersion],
    };
    const id = halamanAgensi(data, a, undefined, 'id').replace(/\s+/g, ' ');
    assert.match(
      id,
      /<dd> <a class="url" href="[^"]+\/api">[^<]+<\/a>: menjawab dengan halaman web, bukan sebagai layanan permohonan \(HTTP 200\) <\/dd>/,
    );
    assert.doesNotMatch(id, /tidak menjawab/);
    assert.ok(id.includes(`${s.base}/feed.xml menjawab dengan halaman web, bukan feed RSS atau Atom.`));
    const en = halamanAgensi(data, a, undefined, 'en').replace(/\s+/g, ' ');
    assert.match(en, /: answered with a web page, not as a request service \(HTTP 200\) <\/dd>/);
    // The summary counts it under its own reason.
    const hitung = new PenghitungRingkasan();
    hitung.tambah(r, 1);
    assert.equal(hitung.failures['halaman-web'], 1);
  });

  it('a feed that is not well-formed XML, with dates that cannot be read: read, with a note saying so, not "read successfully" with nothing', async () => {
    const s = await situs({
      '/': { body: beranda('Desa') },
      '/ppid/dip.json': () => dip(s.base),
      '/rss.xml': {
        type: 'application/rss+xml',
        body: '<rss><channel><item><title>x</title><pubDate>kemarin sore</pubDate></item>',
        headers: { etag: '"umpan-1"' },
      },
    });
    const r = await pindaiAgensi(agensi(s.base, { feedUrl: `${s.base}/rss.xml` }), pengambil, undefined, NOW);
    const o = satu(r, 'rss');
    assert.equal(o.failure, undefined);
    assert.equal(
      o.note?.id,
      'Feed ini bukan XML yang sah (rusak pada baris 1, kolom 1): pembaca feed menolaknya; pemantau membaca sebisanya. ' +
        '1 dari 1 item tanpa tanggal yang dapat dibaca, mis. "kemarin sore", jadi tidak dihitung. ' +
        'Tulis tanggal seperti "Mon, 02 Mar 2026 09:00:00 +0700" (RSS) atau "2026-03-02T09:00:00+07:00" (Atom).',
    );
    assert.match(
      o.note?.en ?? '',
      /not well-formed XML .* 1 of 1 item has no date that can be read, e\.g\. "kemarin sore", so it does not count\./,
    );
    // Unchanged on the next scan (304): the note stands with the content it is about.
    const lagi = await pindaiAgensi(agensi(s.base, { feedUrl: `${s.base}/rss.xml` }), pengambil, r, nanti(1));
    assert.deepEqual([satu(lagi, 'rss').notModified, satu(lagi, 'rss').note], [true, o.note]);

    const a = { id: r.agencyId, latest: r, history: [], expiresAt: '2026-06-22T05:00:00Z', rank: 1 };
    const data = {
      issuer: { id: 'x', name: 'X' },
      generatedAt: NOW.toISOString(),
      agencies: [a],
      methodVersions: [r.methodVersion],
    };
    for (const [b, kata, bukan] of [
      ['id', 'Dibaca, dengan catatan:</strong> Feed ini bukan XML yang sah', 'Berhasil dibaca'],
      ['en', 'Read, with a note:</strong> This feed is not well-formed XML', 'Read successfully'],
    ] as const) {
      const isi = halamanAgensi(data, a, undefined, b).replace(/\s+/g, ' ');
      const baris = /<tr role="row">(?:(?!<\/tr>).)*rss\.xml(?:(?!<\/tr>).)*<\/tr>/.exec(isi)?.[0] ?? '';
      assert.ok(baris.includes(kata), baris);
      assert.ok(!baris.includes(bukan), baris);
    }
  });

  it('absent optional sources (sitemap, robots.txt) are recorded but are no failure of the site', async () => {
    const s = await situs({
      '/': { body: beranda('Dinas Contoh') },
      '/ppid/dip.json': () => dip(s.base),
    });
    const r = await pindaiAgensi(agensi(s.base), pengambil, undefined, NOW);
    const peta = satu(r, 'sitemap');
    assert.deepEqual([peta.failure?.status, peta.optional], [404, true]);
    const robots = satu(r, 'robots');
    assert.deepEqual([robots.url, robots.status, robots.optional], [`${s.base}/robots.txt`, 404, true]);
    const hitung = new PenghitungRingkasan();
    hitung.tambah(r, 1);
    assert.deepEqual(hitung.failures, {});
    assert.deepEqual(hitung.slowest[0]?.failures, []);
    // An expected source failing still counts.
    const tanpaDIP = await pindaiAgensi(
      agensi(s.base, { dipUrls: [`${s.base}/hilang.json`] }),
      pengambil,
      undefined,
      NOW,
    );
    hitung.tambah(tanpaDIP, 1);
    assert.deepEqual(hitung.failures, { http: 1 });
  });

  it('robots.txt closing the whole site: not assessed, with advice that works when followed', async () => {
    let robots = 'User-agent: *\nDisallow: /\n';
    const s = await situs({
      '/robots.txt': () => ({ type: 'text/plain', body: robots }),
      '/': { body: beranda('Dinas Contoh') },
      '/ppid/dip.json': () => dip(s.base),
    });
    const p1 = new Pengambil({ izinkanAlamatLokal: true, timeoutMs: 2000, retries: 0 });
    const r = await pindaiAgensi(agensi(s.base), p1, undefined, NOW);
    await p1.tutup();
    assert.equal(r.unreachable, true);
    assert.equal(r.notAssessed?.reason, 'robots');
    assert.deepEqual(
      [satu(r, 'beranda').failure?.reason, satu(r, 'dip').failure?.reason],
      ['robots', 'robots'],
    );
    const hitung = new PenghitungRingkasan();
    hitung.tambah(r, 1);
    assert.deepEqual([hitung.notAssessed, hitung.unreachable, hitung.failures], [1, 0, { robots: 1 }]);
    // The administrator adds the group the advice names: the next scan reads and scores the site.
    const saran = r.notAssessed!.action.en;
    const token = /"User-agent: (\S+)" with the line "(Allow: \/)"/.exec(saran);
    assert.ok(token, saran);
    robots += `\nUser-agent: ${token[1]}\n${token[2]}\n`;
    const p2 = new Pengambil({ izinkanAlamatLokal: true, timeoutMs: 2000, retries: 0 });
    const lagi = await pindaiAgensi(agensi(s.base), p2, r, NOW);
    await p2.tutup();
    assert.deepEqual([lagi.unreachable, lagi.notAssessed], [false, undefined]);
    assert.ok(lagi.score > 50, String(lagi.score));
    assert.equal(r.notAssessed?.scope, 'site');
    assert.deepEqual(r.notAssessed?.lines, ['User-agent: TerbukaMonitor', 'Allow: /']);
  });

  it('robots.txt closing only the DIP: not assessed either, naming the DIP file and the exact lines that let it be read', async () => {
    // Both ways a site closes the DIP: a rule for every crawler, and one written for the monitor itself.
    for (const aturan of [
      'User-agent: *\nDisallow: /ppid/\n',
      'User-agent: TerbukaMonitor\nDisallow: /ppid/\n',
    ]) {
      let robots = `${aturan}\nUser-agent: *\nDisallow: /admin/\n`;
      const s = await situs({
        '/robots.txt': () => ({ type: 'text/plain', body: robots }),
        '/': { body: beranda('Dinas Contoh') },
        '/ppid/dip.json': () => dip(s.base),
      });
      const p1 = new Pengambil({ izinkanAlamatLokal: true, timeoutMs: 2000, retries: 0 });
      const r = await pindaiAgensi(agensi(s.base), p1, undefined, NOW);
      await p1.tutup();
      // The home page was read: reachable, but the DIP (the core of the score) was not.
      assert.deepEqual(
        [r.unreachable, satu(r, 'beranda').failure, satu(r, 'dip').failure?.reason],
        [false, undefined, 'robots'],
      );
      assert.deepEqual(
        [r.notAssessed?.reason, r.notAssessed?.scope, r.notAssessed?.robotsTxt, r.notAssessed?.blocked],
        ['robots', 'dip', `${s.base}/robots.txt`, [`${s.base}/ppid/dip.json`]],
      );
      assert.deepEqual(r.notAssessed?.lines, ['User-agent: TerbukaMonitor', 'Allow: /ppid/dip.json']);
      assert.match(
        r.notAssessed!.message.id,
        /melarang pemantau membaca DIP di http:\/\/127\.0\.0\.1:\d+\/ppid\/dip\.json/,
      );
      assert.match(r.notAssessed!.action.en, /"User-agent: TerbukaMonitor", "Allow: \/ppid\/dip\.json"/);
      const hitung = new PenghitungRingkasan();
      hitung.tambah(r, 1);
      assert.deepEqual([hitung.notAssessed, hitung.unreachable], [1, 0]);
      // The administrator adds exactly those lines: the next scan reads the DIP and scores the site.
      robots += `\n${r.notAssessed!.lines!.join('\n')}\n`;
      const p2 = new Pengambil({ izinkanAlamatLokal: true, timeoutMs: 2000, retries: 0 });
      const lagi = await pindaiAgensi(agensi(s.base), p2, r, NOW);
      await p2.tutup();
      assert.deepEqual(
        [lagi.unreachable, lagi.notAssessed, satu(lagi, 'dip').failure],
        [false, undefined, undefined],
      );
      assert.ok(lagi.score > 50, String(lagi.score));
    }
  });

  it('follows the Sitemap: lines of robots.txt', async () => {
    let dasar = '';
    const s = await situs({
      '/': { body: beranda('Kelurahan Contoh') },
      '/robots.txt': () => ({
        type: 'text/plain',
        body: `User-agent: *\nAllow: /\nSitemap: ${dasar}/peta/situs.xml\nSitemap: ${dasar}/sitemap.xml\n`,
      }),
      '/peta/situs.xml': () => ({
        type: 'application/xml',
        body: sitemap(dasar, [nanti(-2), nanti(-9), nanti(-40)]),
      }),
    });
    dasar = s.base;
    const r = await pindaiAgensi(agensi(s.base, { dipUrls: [] }), pengambil, undefined, NOW);
    const peta = obs(r, 'sitemap');
    assert.deepEqual(peta.map((o) => o.url).sort(), [`${s.base}/peta/situs.xml`, `${s.base}/sitemap.xml`]);
    // /sitemap.xml named twice (default and robots.txt) is fetched once.
    assert.equal(s.log.filter((l) => l.startsWith('/sitemap.xml')).length, 1);
    assert.equal(peta.find((o) => o.url.endsWith('/peta/situs.xml'))?.items?.length, 3);
    assert.deepEqual([r.activity.posts30, r.activity.posts90], [2, 3]);
    assert.equal(satu(r, 'robots').status, 200);
  });

  it('SSRF: a DIP and a request endpoint redirecting to an internal service are refused, nothing of it scored', async () => {
    let dalam = 0;
    const internal = await situs({
      '/secret': () => {
        dalam++;
        return { type: 'application/json', body: JSON.stringify({ ok: true, rahasia: 'kunci-admin' }) };
      },
    });
    const s = await situs({
      '/': { body: beranda('Kelurahan Contoh') },
      '/dip.json': { status: 302, headers: { location: `${internal.base}/secret` }, body: '' },
      '/api/v1/kesehatan': { status: 302, headers: { location: `${internal.base}/secret` }, body: '' },
    });
    // Only the site itself is reachable, as a public site is; the internal service is not allowed.
    const p = new Pengambil({ izinkanAlamatLokal: [new URL(s.base).host], timeoutMs: 2000, retries: 0 });
    try {
      const r = await pindaiAgensi(
        agensi(s.base, { dipUrls: [`${s.base}/dip.json`], requestEndpoint: `${s.base}/api/` }),
        p,
        undefined,
        NOW,
      );
      assert.equal(dalam, 0);
      assert.equal(satu(r, 'dip').failure?.reason, 'alamat-terlarang');
      assert.equal(satu(r, 'endpoint').failure?.reason, 'alamat-terlarang');
      assert.equal(r.endpoint?.ok, false);
      assert.equal(JSON.stringify(r).includes('kunci-admin'), false);
    } finally {
      await p.tutup();
    }
  });

  it('Sitemap: lines on another host are not followed, unless the registry lists that host for the agency', async () => {
    const lain = await situs({
      '/peta.xml': () => ({ type: 'application/xml', body: sitemap('http://localhost', [nanti(-2)]) }),
    });
    // Another host name for the same test machine: `localhost` instead of 127.0.0.1.
    const asing = `http://localhost:${new URL(lain.base).port}`;
    const s = await situs({
      '/': { body: beranda('Kelurahan Contoh') },
      '/robots.txt': () => ({
        type: 'text/plain',
        body: `User-agent: *\nAllow: /\nSitemap: ${asing}/peta.xml\n`,
      }),
    });
    const r = await pindaiAgensi(agensi(s.base, { dipUrls: [] }), pengambil, undefined, NOW);
    assert.deepEqual(
      obs(r, 'sitemap').map((o) => o.url),
      [`${s.base}/sitemap.xml`],
    );
    assert.equal(lain.log.length, 0);
    // The agency's own DIP lives on that host: its sitemap is the agency's too.
    const r2 = await pindaiAgensi(
      agensi(s.base, { dipUrls: [`${asing}/dip.json`] }),
      pengambil,
      undefined,
      NOW,
    );
    assert.ok(obs(r2, 'sitemap').some((o) => o.url === `${asing}/peta.xml`));
    assert.ok(lain.log.includes('/peta.xml'));
  });

  it('WordPress: follows pages while posts are within 90 days, no further than X-WP-TotalPages', async () => {
    let dasar = '';
    // 150 posts in the last 75 days (two a day), then 100 older ones: pages 1–2 are read, not page 3.
    const tanggal = Array.from({ length: 250 }, (_, i) => nanti(-(i + 1) / 2));
    const wp = (req: IncomingMessage): Jawaban => {
      const page = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('page') ?? 1);
      return {
        type: 'application/json',
        headers: { 'x-wp-total': '250', 'x-wp-totalpages': '3' },
        body: JSON.stringify(wpPosts(tanggal, dasar, 100, page)),
      };
    };
    const s = await situs({ '/': { body: beranda('Dinas Contoh') }, '/wp-json/wp/v2/posts': wp });
    dasar = s.base;
    const r = await pindaiAgensi(agensi(s.base, { wordpress: true, dipUrls: [] }), pengambil, undefined, NOW);
    const halaman = s.log.filter((l) => l.startsWith('/wp-json/'));
    assert.equal(halaman.length, 2, JSON.stringify(halaman));
    assert.match(halaman[1]!, /&page=2$/);
    const o = obs(r, 'wordpress');
    assert.equal(o.length, 2);
    assert.equal(o[0]!.items?.length, 182); // 90 (+1) days of two a day
    assert.equal(r.activity.posts90, 179); // the one exactly 90 days old is outside
  });

  it('WordPress: a page cap however many pages the site claims', async () => {
    let dasar = '';
    const s = await situs({
      '/': { body: beranda('Dinas Contoh') },
      '/wp-json/wp/v2/posts': () => ({
        type: 'application/json',
        headers: { 'x-wp-totalpages': '500' },
        body: JSON.stringify(
          wpPosts(
            Array.from({ length: 100 }, () => nanti(-1)),
            dasar,
            100,
            1,
          ),
        ),
      }),
    });
    dasar = s.base;
    await pindaiAgensi(agensi(s.base, { wordpress: true, dipUrls: [] }), pengambil, undefined, NOW);
    assert.equal(s.log.filter((l) => l.startsWith('/wp-json/')).length, BATAS_HALAMAN_WP);
  });

  it('WordPress: ?rest_route= when /wp-json/ is 404; the 404 is an optional try', async () => {
    let dasar = '';
    const s = await situs({
      '/': (req) =>
        new URL(req.url ?? '/', 'http://x').searchParams.get('rest_route') === '/wp/v2/posts'
          ? {
              type: 'application/json',
              body: JSON.stringify(wpPosts(tanggalPos('mingguan', NOW), dasar, 100, 1)),
            }
          : { body: beranda('Desa Contoh') },
    });
    dasar = s.base;
    const r = await pindaiAgensi(agensi(s.base, { wordpress: true, dipUrls: [] }), pengambil, undefined, NOW);
    const [utama, cadangan] = obs(r, 'wordpress');
    assert.deepEqual([utama?.failure?.status, utama?.optional], [404, true]);
    assert.equal(
      cadangan?.url,
      `${s.base}/?rest_route=/wp/v2/posts&_fields=id,date_gmt,modified_gmt,link,title&per_page=100`,
    );
    assert.equal(cadangan?.failure, undefined);
    assert.equal(r.activity.posts90, 13);
    const hitung = new PenghitungRingkasan();
    hitung.tambah(r, 1);
    assert.equal(hitung.failures.http, undefined);
  });
});
