// Feed items re-dated to look fresh: real RSS and Atom feeds on 127.0.0.1 across scans, each scan given
// the previous record as the history would give it.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pengambil } from '../ambil/index.js';
import { pindaiRegistri } from '../pindai.js';
import { bacaRiwayat } from '../riwayat/index.js';
import { mulaiServer, type ServerLokal } from '../uji/server-lokal.js';
import {
  REGISTRI_FORMAT,
  REGISTRI_VERSION,
  type Agensi,
  type CatatanPindai,
  type Pengamatan,
} from '../types.js';
import { pindaiAgensi } from './index.js';

const HARI = 86_400_000;
const T1 = new Date('2026-06-01T05:00:00Z');
const setelah = (d: Date, hari: number): Date => new Date(d.getTime() + hari * HARI);
const T2 = setelah(T1, 7);
const T3 = setelah(T2, 7);
const T4 = setelah(T3, 7);
/** An old post: 142 days before the first scan, so it earns no activity points. */
const LAMA = new Date('2026-01-10T03:00:00Z');
const iso = (d: Date): string => d.toISOString();

interface Item {
  readonly slug: string;
  readonly judul: string;
  readonly ringkasan: string;
  readonly tanggal: Date;
}

function rss(base: string, items: readonly Item[]): string {
  const isi = items.map(
    (i) =>
      `<item><title>${i.judul}</title><link>${base}/berita/${i.slug}</link>` +
      `<guid isPermaLink="true">${base}/berita/${i.slug}</guid><description>${i.ringkasan}</description>` +
      `<pubDate>${i.tanggal.toUTCString()}</pubDate></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Desa</title><link>${base}/</link>${isi.join('')}</channel></rss>`;
}

function atom(base: string, items: readonly Item[]): string {
  const isi = items.map(
    (i) =>
      `<entry><id>tag:desa,2026:${i.slug}</id><title>${i.judul}</title>` +
      `<link rel="alternate" href="${base}/berita/${i.slug}"/><summary>${i.ringkasan}</summary>` +
      `<updated>${i.tanggal.toISOString()}</updated></entry>`,
  );
  return `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Desa</title><id>${base}/</id>${isi.join('')}</feed>`;
}

const servers: ServerLokal[] = [];
const pengambil = new Pengambil({ izinkanAlamatLokal: true, timeoutMs: 2000, backoffMs: 5, retries: 1 });
after(async () => {
  await pengambil.tutup();
  await Promise.all(servers.map((s) => s.tutup()));
});

/** A site with a home page and a feed whose items the test changes between scans (no validators: no 304). */
async function situsFeed(
  bentuk: (base: string, items: readonly Item[]) => string,
): Promise<{ base: string; sajikan: (items: readonly Item[] | null) => void }> {
  // null: the feed is gone (404).
  let items: readonly Item[] | null = [];
  let base = '';
  const s = await mulaiServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/')
      return void res.writeHead(200, { 'content-type': 'text/html' }).end('<title>Desa</title>');
    if ((path === '/feed' || path === '/@desa.rss') && items)
      return void res.writeHead(200, { 'content-type': 'application/xml' }).end(bentuk(base, items));
    res.writeHead(404).end();
  });
  servers.push(s);
  base = s.base;
  return { base, sajikan: (x) => (items = x) };
}

const agensi = (base: string, lain: Partial<Agensi> = {}): Agensi => ({
  id: 'desa-uji',
  name: 'Desa Uji',
  kind: 'desa',
  website: `${base}/`,
  dipUrls: [`${base}/dip.json`],
  feedUrl: `${base}/feed`,
  wordpress: false,
  social: [],
  ...lain,
});

function obs(r: CatatanPindai, kind: Pengamatan['kind']): Pengamatan {
  const o = r.observations.filter((x) => x.kind === kind);
  assert.equal(o.length, 1, `one ${kind} observation`);
  return o[0]!;
}
const aktivitas = (r: CatatanPindai): number | undefined =>
  r.contributions.find((c) => c.code === 'aktivitas-situs')?.points;

const rapat: Item = { slug: 'rapat', judul: 'Rapat desa', ringkasan: 'Notulen rapat', tanggal: LAMA };

for (const [nama, bentuk, jenis] of [
  ['RSS', rss, 'rss'],
  ['Atom', atom, 'atom'],
] as const)
  describe(`${nama}: an item re-dated to look fresh`, () => {
    it('keeps its first date while its content stays; a new item counts; an edited one takes its new date', async () => {
      const s = await situsFeed(bentuk);
      const a = agensi(s.base);

      s.sajikan([rapat]);
      const r1 = await pindaiAgensi(a, pengambil, undefined, T1);
      assert.deepEqual(obs(r1, jenis).items, [iso(LAMA)]);
      assert.equal(r1.activity.lastUpdateAt, iso(LAMA));

      // The same post, re-dated to an hour before the scan: not activity.
      const dipalsukan = setelah(T2, -1 / 24);
      s.sajikan([{ ...rapat, tanggal: dipalsukan }]);
      const r2 = await pindaiAgensi(a, pengambil, r1, T2);
      const o2 = obs(r2, jenis);
      assert.equal(o2.claimedAt, iso(dipalsukan), 'the claim is recorded as claimed');
      assert.equal(o2.validAt, iso(LAMA));
      assert.deepEqual(o2.items, [iso(LAMA)]);
      assert.equal(r2.activity.lastUpdateAt, iso(LAMA));
      assert.equal(aktivitas(r2), aktivitas(r1));
      assert.equal(r2.score, r1.score);
      assert.equal(o2.posts?.length, 1);

      // A new post counts with its date; the old one, re-dated again, still does not.
      const panen: Item = {
        slug: 'panen',
        judul: 'Panen raya',
        ringkasan: 'Hasil panen',
        tanggal: setelah(T3, -2 / 24),
      };
      s.sajikan([panen, { ...rapat, tanggal: setelah(T3, -1 / 24) }]);
      const r3 = await pindaiAgensi(a, pengambil, r2, T3);
      // (The old date, more than 90 days back and not the newest, is not kept: it counts for nothing.)
      assert.deepEqual(obs(r3, jenis).items, [iso(panen.tanggal)]);
      assert.equal(r3.activity.lastUpdateAt, iso(panen.tanggal));
      assert.ok((aktivitas(r3) ?? 0) > (aktivitas(r2) ?? 0));

      // The old post edited (its summary changed): a real update, its new date counts. The new post
      // re-dated keeps its first date.
      const diubah = setelah(T4, -1 / 24);
      s.sajikan([
        { ...rapat, ringkasan: 'Notulen rapat, dengan lampiran anggaran', tanggal: diubah },
        { ...panen, tanggal: setelah(T4, -0.5 / 24) },
      ]);
      const r4 = await pindaiAgensi(a, pengambil, r3, T4);
      assert.deepEqual(obs(r4, jenis).items, [iso(diubah), iso(panen.tanggal)]);
      assert.equal(r4.activity.lastUpdateAt, iso(diubah));
    });
  });

describe('WordPress: a post re-dated to look fresh', () => {
  it('keeps its first date while its title stays; a new post counts; a retitled one takes its new date', async () => {
    let pos: { id: number; judul: string; tanggal: Date }[] = [];
    const s = await mulaiServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path === '/')
        return void res.writeHead(200, { 'content-type': 'text/html' }).end('<title>Desa</title>');
      if (path !== '/wp-json/wp/v2/posts') return void res.writeHead(404).end();
      const isi = pos.map((p) => ({
        id: p.id,
        date_gmt: p.tanggal.toISOString().slice(0, 19),
        modified_gmt: p.tanggal.toISOString().slice(0, 19),
        // Date permalinks: the link moves with the date, the post is the same.
        link: `http://x/${p.tanggal.toISOString().slice(0, 10)}/pos-${p.id}/`,
        title: { rendered: p.judul },
      }));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(isi));
    });
    servers.push(s);
    const a = agensi(s.base, { feedUrl: undefined, wordpress: true });
    const wp = (r: CatatanPindai): Pengamatan => r.observations.find((o) => o.kind === 'wordpress')!;

    pos = [{ id: 7, judul: 'Rapat desa', tanggal: LAMA }];
    const r1 = await pindaiAgensi(a, pengambil, undefined, T1);
    assert.deepEqual(wp(r1).items, [iso(LAMA)]);
    const dipalsukan = setelah(T2, -1 / 24);
    pos = [{ id: 7, judul: 'Rapat desa', tanggal: dipalsukan }];
    const r2 = await pindaiAgensi(a, pengambil, r1, T2);
    assert.equal(wp(r2).claimedAt, iso(dipalsukan));
    assert.deepEqual(wp(r2).items, [iso(LAMA)]);
    assert.equal(r2.activity.lastUpdateAt, iso(LAMA));
    assert.equal(aktivitas(r2), aktivitas(r1));

    const baru = setelah(T3, -2 / 24);
    const diubah = setelah(T3, -1 / 24);
    pos = [
      { id: 7, judul: 'Rapat desa: notulen dan anggaran', tanggal: diubah },
      { id: 8, judul: 'Panen raya', tanggal: baru },
    ];
    const r3 = await pindaiAgensi(a, pengambil, r2, T3);
    assert.deepEqual(wp(r3).items, [iso(diubah), iso(baru)]);
  });
});

describe('a social feed and a failed fetch', () => {
  it('a re-dated post of an official account does not count, even after a night the feed failed', async () => {
    const s = await situsFeed(rss);
    const a = agensi(s.base, {
      feedUrl: undefined,
      social: [{ platform: 'mastodon', url: `${s.base}/@desa`, feedUrl: `${s.base}/@desa.rss` }],
    });
    s.sajikan([rapat]);
    const r1 = await pindaiAgensi(a, pengambil, undefined, T1);
    assert.deepEqual(obs(r1, 'sosial').items, [iso(LAMA)]);
    // One night the feed is missing: the failure is recorded, the remembered posts are kept.
    s.sajikan(null);
    const r2 = await pindaiAgensi(a, pengambil, r1, T2);
    assert.equal(obs(r2, 'sosial').failure?.status, 404);
    assert.deepEqual(obs(r2, 'sosial').posts, obs(r1, 'sosial').posts);
    s.sajikan([{ ...rapat, tanggal: setelah(T3, -1 / 24) }]);
    const r3 = await pindaiAgensi(a, pengambil, r2, T3);
    assert.deepEqual(obs(r3, 'sosial').items, [iso(LAMA)]);
    assert.equal(r3.activity.lastUpdateAt, iso(LAMA));
  });
});

describe('a history written before items were remembered', () => {
  it('its line still reads; that first comparison takes the dates as claimed, later ones are checked', async () => {
    const s = await situsFeed(rss);
    const a = agensi(s.base);
    const tmp = mkdtempSync(join(tmpdir(), 'terbuka-umpan-'));
    const riwayat = join(tmp, 'riwayat.jsonl');
    // A line as the monitor wrote it before: the feed's dates, no `posts`.
    const lama = {
      format: 'terbuka-pindai',
      version: 1,
      agencyId: 'desa-uji',
      agency: { name: 'Desa Uji', kind: 'desa', website: `${s.base}/`, social: [] },
      scannedAt: iso(T1),
      score: 0,
      band: 'tidak-informatif',
      methodVersion: 'monev-2026.2',
      catalogVersion: '2026.1',
      contributions: [],
      missing: [],
      activity: {
        lastUpdateAt: iso(LAMA),
        daysSinceLastUpdate: 142,
        posts30: 0,
        posts90: 0,
        intervalClass: 'jarang',
      },
      observations: [
        {
          kind: 'rss',
          url: `${s.base}/feed`,
          fetchedAt: iso(T1),
          status: 200,
          hash: 'a'.repeat(64),
          claimedAt: iso(LAMA),
          items: [iso(LAMA)],
        },
      ],
      unreachable: false,
    };
    writeFileSync(riwayat, `${JSON.stringify(lama)}\n`);
    const registri = { format: REGISTRI_FORMAT, version: REGISTRI_VERSION, agencies: [a] } as const;
    const dilewati: string[] = [];
    const pindai = (now: Date) =>
      pindaiRegistri(registri, {
        riwayat,
        now,
        progress: false,
        pengambil: { izinkanAlamatLokal: true },
        laporkan: (m) => dilewati.push(m.code),
      });

    const kedua = setelah(T2, -1 / 24);
    s.sajikan([{ ...rapat, tanggal: kedua }]);
    await pindai(T2);
    assert.deepEqual(dilewati, []);
    const baris = readFileSync(riwayat, 'utf8').trim().split('\n');
    assert.equal(baris.length, 2);
    assert.equal(baris[0], JSON.stringify(lama), 'the old line is left as it was');
    // Nothing remembered to compare with: as before, the date is taken as claimed — and now remembered.
    const c2 = JSON.parse(baris[1]!) as CatatanPindai;
    assert.deepEqual(obs(c2, 'rss').items, [iso(kedua)]);
    assert.equal(obs(c2, 'rss').posts?.length, 1);

    s.sajikan([{ ...rapat, tanggal: setelah(T3, -1 / 24) }]);
    await pindai(T3);
    const semua: CatatanPindai[] = [];
    for await (const c of bacaRiwayat([riwayat])) semua.push(c);
    assert.equal(semua.length, 3);
    assert.deepEqual(obs(semua[2]!, 'rss').items, [iso(kedua)]);
    assert.equal(semua[2]!.activity.lastUpdateAt, iso(kedua));
  });
});
