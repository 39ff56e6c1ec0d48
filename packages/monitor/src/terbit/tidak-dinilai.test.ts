// A site whose robots.txt keeps the monitor out is "not assessed", not scored 0: scanned with the real
// pieces on loopback sites (pindaiRegistri), then published (terbitkan). And a server answering 5xx is
// counted as a server error, never as "disallowed by robots.txt".
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { access, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buatKunci } from '../kunci/index.js';
import { buatUserAgent } from '../ambil/index.js';
import { pindaiRegistri } from '../pindai.js';
import { tabelRingkasan } from '../ringkasan.js';
import { bacaRiwayat } from '../riwayat/index.js';
import { mulaiServer, type ServerLokal } from '../uji/server-lokal.js';
import { REGISTRI_FORMAT, REGISTRI_VERSION, type Agensi, type CatatanPindai } from '../types.js';
import { agensiOpd as agensi, rata } from './contoh.test.js';
import { terbitkan } from './terbitkan.js';

const dip = readFileSync(new URL('../../../sdk/fixtures/sukamaju/dip.json', import.meta.url));
const UA = buatUserAgent('https://monitor.sukamajukab.go.id/tentang');
const JAM = 3_600_000;
const HARI = 24 * JAM;
const T0 = new Date('2026-03-02T03:00:00Z');

/** How a site answers: `ok` a working site; `robots` disallows everyone; `robots-5xx` only robots.txt
 * fails; `robots-dip` disallows the DIP only; `5xx` every URL fails; `5xx-tanpa-robots` has no robots.txt (404) and fails everywhere else. */
type Mode = 'ok' | 'robots' | 'robots-dip' | 'robots-5xx' | '5xx' | '5xx-tanpa-robots';

const servers: ServerLokal[] = [];
after(() => Promise.all(servers.map((s) => s.tutup())));

async function situs(awal: Mode): Promise<{ s: ServerLokal; mode: { m: Mode } }> {
  const mode = { m: awal };
  const s = await mulaiServer((req, res) => {
    const m = mode.m;
    if (req.url === '/robots.txt') {
      if (m === 'robots')
        return res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /\n');
      if (m === 'robots-dip')
        return res
          .writeHead(200, { 'content-type': 'text/plain' })
          .end('User-agent: *\nDisallow: /dip.json\nDisallow: /admin/\n');
      if (m === 'robots-5xx' || m === '5xx') return res.writeHead(503).end();
      return res.writeHead(404).end();
    }
    if (m === '5xx' || m === '5xx-tanpa-robots') return res.writeHead(500).end();
    if (req.url === '/dip.json') return res.writeHead(200, { 'content-type': 'application/json' }).end(dip);
    if (req.url === '/')
      return res
        .writeHead(200, { 'content-type': 'text/html', 'last-modified': 'Mon, 23 Feb 2026 01:00:00 GMT' })
        .end('<!doctype html><title>Dinas</title>');
    return res.writeHead(404).end();
  });
  servers.push(s);
  return { s, mode };
}

async function scan(riwayat: string, agencies: Agensi[], now: Date) {
  return pindaiRegistri(
    { format: REGISTRI_FORMAT, version: REGISTRI_VERSION, agencies },
    {
      riwayat,
      now,
      progress: false,
      pengambil: { izinkanAlamatLokal: true, userAgent: UA, timeoutMs: 5000, retries: 0, backoffMs: 1 },
    },
  );
}

async function catatanDari(riwayat: string): Promise<CatatanPindai[]> {
  const semua: CatatanPindai[] = [];
  for await (const c of bacaRiwayat([riwayat])) semua.push(c);
  return semua;
}

async function siap(): Promise<{ tmp: string; riwayat: string; kunci: string; keluar: string }> {
  const tmp = mkdtempSync(join(tmpdir(), 'terbuka-tidak-dinilai-'));
  const kunci = join(tmp, 'kunci');
  await buatKunci(kunci, { now: new Date('2026-01-01T00:00:00Z') });
  return { tmp, riwayat: join(tmp, 'riwayat.jsonl'), kunci, keluar: join(tmp, 'publik') };
}

const terbit = (d: Awaited<ReturnType<typeof siap>>, now: Date) =>
  terbitkan({
    riwayat: [d.riwayat],
    keluar: d.keluar,
    kunci: d.kunci,
    baseUrl: 'https://monitor.sukamajukab.go.id/',
    issuer: { id: 'diskominfo', name: 'Diskominfo' },
    now,
  });

const ada = (p: string): Promise<boolean> =>
  access(p).then(
    () => true,
    () => false,
  );
const halaman = async (keluar: string, p: string): Promise<string> =>
  rata(await readFile(join(keluar, p), 'utf8'));

test('robots.txt disallowing the monitor, no earlier result: not in the feed, no badge, the report says "tidak dapat dinilai" and what to do', async () => {
  const d = await siap();
  const robots = await situs('robots');
  const baik = await situs('ok');
  const r = await scan(
    d.riwayat,
    [
      agensi('dinas-tertutup', 'Dinas Tertutup', robots.s.base),
      agensi('dinas-baik', 'Dinas Baik', baik.s.base),
    ],
    T0,
  );
  // Polite: nothing but robots.txt was asked of the closed site.
  assert.deepEqual([...new Set(robots.s.log)], ['/robots.txt']);
  const c = (await catatanDari(d.riwayat)).find((x) => x.agencyId === 'dinas-tertutup')!;
  assert.deepEqual(
    [c.notAssessed?.reason, c.notAssessed?.robotsTxt, c.notAssessed?.userAgent, c.notAssessed?.token],
    ['robots', `${robots.s.base}/robots.txt`, UA, 'TerbukaMonitor'],
  );
  // Not assessed is neither unreachable nor a band in the summary.
  assert.deepEqual([r.notAssessed, r.unreachable, r.bands['tidak-informatif']], [1, 0, 0]);

  const h = await terbit(d, new Date(T0.getTime() + JAM));
  assert.deepEqual(
    h.feed.entries.map((e) => e.agencyId),
    ['dinas-baik'],
  );
  // Its static badge says so, grey and without a number, so the <img> on its site does not break.
  const svg = await readFile(join(d.keluar, 'lencana/dinas-tertutup.svg'), 'utf8');
  assert.match(svg, /<text[^>]*>Tidak dapat dinilai<\/text>/);
  assert.match(svg, /aria-label="[^"]*tidak dapat dinilai pemantau/);
  assert.match(svg, /fill="#5F6368"/i);
  assert.doesNotMatch(svg, /\/100|Tidak Informatif|0,0/);
  const shields = JSON.parse(await readFile(join(d.keluar, 'lencana/dinas-tertutup.json'), 'utf8')) as {
    message: string;
    color: string;
  };
  assert.deepEqual([shields.message, shields.color], ['tidak dapat dinilai (ditutup robots.txt)', '5F6368']);
  const w = h.skipped.find((m) => m.code === 'feed.not-assessed');
  assert.match(w?.message.id ?? '', /^1 badan publik tidak dapat dinilai .*dinas-tertutup/);
  assert.match(w?.message.en ?? '', /^1 agencies could not be assessed .*dinas-tertutup/);

  const bukti = await halaman(d.keluar, 'agensi/dinas-tertutup.html');
  assert.match(bukti, /Tidak dapat dinilai pada pemindaian terakhir:<\/strong> robots\.txt situs ini/);
  assert.match(bukti, /Ini bukan skor 0/);
  // What to do, naming the exact User-Agent the monitor sent and the token robots.txt matches.
  assert.ok(bukti.includes('User-agent: TerbukaMonitor&quot; dengan baris &quot;Allow: /'), bukti);
  assert.ok(bukti.includes(`User-Agent &quot;${UA}&quot;`));
  assert.doesNotMatch(bukti, /0,0|Tidak Informatif|peringkat \d/);
  assert.doesNotMatch(bukti, /Situs tidak dapat dijangkau/);

  const papan = await halaman(d.keluar, 'index.html');
  const baris =
    /<tr role="row">(?:(?!<\/tr>).)*dinas-tertutup\.html(?:(?!<\/tr>).)*<\/tr>/.exec(papan)?.[0] ?? '';
  // No rank: a dash, and on a phone no column name before it.
  assert.match(baris, /^<tr role="row"> <td role="cell" class="angka sebaris" data-nilai="">—<\/td>/);
  assert.match(baris, /Tidak dapat dinilai/);
  assert.match(baris, /Ditutup robots\.txt bagi pemantau/);
  assert.match(
    papan,
    /<p class="kecil">Tidak dapat dinilai: pemantau tidak membaca DIP badan publik ini karena robots\.txt situsnya menutup beranda dan DIP-nya bagi pemantau\. Ini bukan skor 0/,
  );
  assert.doesNotMatch(baris, /0,0|Tidak Informatif/);
  // Ranked agencies first; the one without a score after them.
  assert.ok(papan.indexOf('dinas-baik.html') < papan.indexOf('dinas-tertutup.html'));
});

test('robots.txt disallowing the monitor after a valid result: that score stays in the feed, the report says why; past its validity the agency leaves the feed', async () => {
  const d = await siap();
  const site = await situs('ok');
  const a = [agensi('dinas-kemudian', 'Dinas Kemudian', site.s.base)];
  await scan(d.riwayat, a, T0);
  const skor = (await catatanDari(d.riwayat))[0]!.score;
  assert.ok(skor > 0);
  await terbit(d, new Date(T0.getTime() + JAM));
  assert.equal(await ada(join(d.keluar, 'lencana/dinas-kemudian.svg')), true);

  site.mode.m = 'robots';
  const T1 = new Date(T0.getTime() + 2 * HARI);
  await scan(d.riwayat, a, T1);
  const h = await terbit(d, new Date(T1.getTime() + JAM));
  assert.deepEqual(
    h.feed.entries.map((e) => [e.agencyId, e.score, e.evaluatedAt]),
    [['dinas-kemudian', skor, '2026-03-02T10:00:00.000+07:00']],
  );
  const bukti = await halaman(d.keluar, 'agensi/dinas-kemudian.html');
  assert.match(
    bukti,
    /Situs tidak dapat dinilai pada pemindaian terakhir \(<time datetime="2026-03-04T03:00:00\.000Z"/,
  );
  assert.match(bukti, /Yang perlu dilakukan pengelola situs:<\/strong> Izinkan pemantau di robots\.txt/);
  assert.match(bukti, /Skor di bawah ini dari pemindaian sebelumnya yang berhasil/);
  // The history lists the scan that could not assess as such, not as a 0.
  assert.match(
    bukti,
    /<td role="cell" class="angka"><span class="label-sempit" aria-hidden="true">Skor: <\/span>—<\/td><td role="cell"><span class="label-sempit" aria-hidden="true">Kualifikasi: <\/span><span class="band tidak-dinilai">Tidak dapat dinilai<\/span>/,
  );
  assert.match(bukti, /Riwayat skor: satu pemindaian/);
  assert.match(await halaman(d.keluar, 'index.html'), /Tidak dapat dinilai pada pemindaian terakhir/);

  // Seven days after the valid result: no signed score at all (not a 0); its badge says "not assessed".
  const h2 = await terbit(d, new Date(T0.getTime() + 8 * HARI));
  assert.deepEqual(h2.feed.entries, []);
  assert.deepEqual(h2.removed, []);
  assert.match(
    await readFile(join(d.keluar, 'lencana/dinas-kemudian.svg'), 'utf8'),
    />Tidak dapat dinilai<\/text>/,
  );
  assert.match(
    await halaman(d.keluar, 'agensi/dinas-kemudian.html'),
    /Tidak dapat dinilai pada pemindaian terakhir:<\/strong> robots\.txt situs ini/,
  );
});

test('robots.txt answering 5xx: not assessed (RFC 9309: nothing fetched), counted as a server error, the report says to fix the server', async () => {
  const d = await siap();
  const site = await situs('robots-5xx');
  const r = await scan(d.riwayat, [agensi('dinas-galat', 'Dinas Galat', site.s.base)], T0);
  assert.deepEqual([...new Set(site.s.log)], ['/robots.txt']);
  const c = (await catatanDari(d.riwayat))[0]!;
  assert.deepEqual([c.notAssessed?.reason, c.notAssessed?.status], ['server', 503]);
  assert.deepEqual(
    c.observations.filter((o) => !o.optional).map((o) => [o.kind, o.failure?.reason, o.failure?.status]),
    [
      ['beranda', 'server', 503],
      ['dip', 'server', 503],
    ],
  );
  assert.deepEqual([r.failures, r.notAssessed, r.unreachable], [{ server: 1 }, 1, 0]);

  const h = await terbit(d, new Date(T0.getTime() + JAM));
  assert.deepEqual(h.feed.entries, []);
  const bukti = await halaman(d.keluar, 'agensi/dinas-galat.html');
  assert.match(
    bukti,
    /Tidak dapat dinilai pada pemindaian terakhir:<\/strong> Server galat: \S+\/robots\.txt menjawab HTTP 503/,
  );
  assert.match(bukti, /menjawab 200 dengan aturannya, atau 404 bila situs tidak punya aturan/);
  assert.ok(bukti.includes(`izinkan User-Agent &quot;${UA}&quot;`));
  assert.match(await halaman(d.keluar, 'index.html'), /robots\.txt galat server/);
});

test('a site answering 5xx everywhere is counted as a server error, not under robots, in the summary (id, en) and its JSON', async () => {
  const d = await siap();
  const semua = await situs('5xx');
  const tanpaRobots = await situs('5xx-tanpa-robots');
  const tertutup = await situs('robots');
  const r = await scan(
    d.riwayat,
    [
      agensi('dinas-rusak', 'Dinas Rusak', semua.s.base),
      agensi('dinas-rusak-2', 'Dinas Rusak Dua', tanpaRobots.s.base),
      agensi('dinas-tertutup', 'Dinas Tertutup', tertutup.s.base),
    ],
    T0,
  );
  // Robots only where robots.txt disallows; every 5xx (on robots.txt or on the pages) is the server's.
  assert.deepEqual(JSON.parse(JSON.stringify(r)).failures, { server: 2, robots: 1 });
  assert.deepEqual([r.unreachable, r.notAssessed], [1, 2]);
  const baris = Object.fromEntries(r.slowest.map((b) => [b.agencyId, b.failures]));
  assert.deepEqual(baris, {
    'dinas-rusak': ['server'],
    'dinas-rusak-2': ['server'],
    'dinas-tertutup': ['robots'],
  });

  const id = tabelRingkasan(r, 'id');
  assert.match(id, /│ Server galat \(HTTP 5xx\)\s+│ 2\s+│/);
  assert.match(id, /│ Dilarang robots\.txt\s+│ 1\s+│/);
  assert.match(
    id,
    /; 1 tidak dapat dijangkau; 2 tidak dapat dinilai \(pemantau tidak membaca DIP-nya: robots\.txt/,
  );
  assert.match(id, /│ dinas-rusak\s+│[^\n]+│ —\s+│ tidak dapat dinilai, Server galat \(HTTP 5xx\)/);
  const en = tabelRingkasan(r, 'en');
  assert.match(en, /│ Server error \(HTTP 5xx\)\s+│ 2\s+│/);
  assert.match(en, /│ Disallowed by robots\.txt\s+│ 1\s+│/);
  assert.match(en, /; 1 unreachable; 2 not assessed/);

  // The evidence page names the server error; the site without robots.txt is unreachable (scored 0).
  await terbit(d, new Date(T0.getTime() + JAM));
  const bukti = await halaman(d.keluar, 'agensi/dinas-rusak-2.html');
  assert.match(bukti, /Situs tidak dapat dijangkau pada pemindaian terakhir/);
  assert.match(bukti, /<strong>Gagal:<\/strong> \S+ menjawab dengan status HTTP 500/);
});

/**
 * The history as the monitor wrote it before `notAssessed` was kept: no `notAssessed`; a failure caused by
 * robots.txt without `robotsTxt`, a robots.txt 5xx under reason `robots` (with its status), and robots.txt's
 * own 5xx observation under `http`.
 */
async function tulisSebagaiLama(riwayat: string): Promise<void> {
  const lama = (await catatanDari(riwayat)).map((c) => {
    const { notAssessed: _, ...r } = c;
    return {
      ...r,
      observations: c.observations.map((o) => {
        if (!o.failure) return o;
        const { robotsTxt, ...f } = o.failure;
        if (robotsTxt !== undefined) return { ...o, failure: { ...f, reason: 'robots' as const } };
        return o.kind === 'robots' && f.reason === 'server'
          ? { ...o, failure: { ...f, reason: 'http' as const } }
          : o;
      }),
    };
  });
  await writeFile(riwayat, lama.map((c) => `${JSON.stringify(c)}\n`).join(''));
}

test('history lines written before "not assessed" existed: a robots.txt that kept the monitor out (a disallow, or its 5xx) is read as not assessed, never published as 0', async () => {
  const d = await siap();
  const tertutup = await situs('robots');
  const galat = await situs('robots-5xx');
  const kemudian = await situs('ok');
  const baik = await situs('ok');
  const semua = [
    agensi('dinas-tertutup', 'Dinas Tertutup', tertutup.s.base),
    agensi('dinas-galat', 'Dinas Galat', galat.s.base),
    agensi('dinas-kemudian', 'Dinas Kemudian', kemudian.s.base),
    agensi('dinas-baik', 'Dinas Baik', baik.s.base),
  ];
  await scan(d.riwayat, semua.slice(2), T0);
  const skor = (await catatanDari(d.riwayat)).find((c) => c.agencyId === 'dinas-kemudian')!.score;
  kemudian.mode.m = 'robots';
  const T1 = new Date(T0.getTime() + 2 * HARI);
  await scan(d.riwayat, semua, T1);
  await tulisSebagaiLama(d.riwayat);
  const mentah = (await readFile(d.riwayat, 'utf8')).trim().split('\n');
  assert.ok(mentah.every((l) => !l.includes('notAssessed') && !l.includes('robotsTxt')));
  assert.ok(mentah.some((l) => l.includes('"reason":"robots","status":503')));

  // Read back exactly as a new record: robots (no User-Agent recorded then) and robots.txt's 5xx as server.
  const dibaca = new Map(
    (await catatanDari(d.riwayat))
      .filter((c) => Date.parse(c.scannedAt) === T1.getTime())
      .map((c) => [c.agencyId, c]),
  );
  assert.deepEqual(
    ['dinas-tertutup', 'dinas-galat', 'dinas-kemudian', 'dinas-baik'].map((a) => {
      const n = dibaca.get(a)!.notAssessed;
      return [n?.reason, n?.status, n?.scope, n?.robotsTxt, n?.userAgent];
    }),
    [
      ['robots', undefined, 'site', `${tertutup.s.base}/robots.txt`, undefined],
      ['server', 503, 'site', `${galat.s.base}/robots.txt`, undefined],
      ['robots', undefined, 'site', `${kemudian.s.base}/robots.txt`, undefined],
      [undefined, undefined, undefined, undefined, undefined],
    ],
  );

  const h = await terbit(d, new Date(T1.getTime() + JAM));
  // No 0 in the feed: the closed sites are left out; the earlier valid result stands for the third.
  assert.deepEqual(
    h.feed.entries.map((e) => [e.agencyId, e.agencyId === 'dinas-kemudian' ? e.score === skor : e.score > 0]),
    [
      ['dinas-baik', true],
      ['dinas-kemudian', true],
    ],
  );
  assert.match(await readFile(join(d.keluar, 'lencana/dinas-tertutup.svg'), 'utf8'), /Tidak dapat dinilai/);
  assert.match(
    h.skipped.find((m) => m.code === 'feed.not-assessed')?.path ?? '',
    /^dinas-galat,dinas-tertutup$/,
  );

  const bukti = await halaman(d.keluar, 'agensi/dinas-tertutup.html');
  assert.match(bukti, /Tidak dapat dinilai pada pemindaian terakhir:<\/strong> robots\.txt situs ini/);
  assert.ok(bukti.includes('User-agent: TerbukaMonitor&quot; dengan baris &quot;Allow: /'), bukti);
  assert.match(
    bukti,
    /token robots\.txt <code>TerbukaMonitor<\/code> \(User-Agent lengkapnya tidak tercatat/,
  );
  assert.doesNotMatch(bukti, /0,0|Tidak Informatif|peringkat \d|Situs tidak dapat dijangkau/);
  const bukti5 = await halaman(d.keluar, 'agensi/dinas-galat.html');
  assert.match(bukti5, /pemindaian terakhir:<\/strong> Server galat: \S+\/robots\.txt menjawab HTTP 503/);
  assert.ok(bukti5.includes('izinkan User-Agent yang diawali &quot;TerbukaMonitor/&quot;'), bukti5);
  const buktiK = await halaman(d.keluar, 'agensi/dinas-kemudian.html');
  assert.match(buktiK, /Situs tidak dapat dinilai pada pemindaian terakhir \(<time/);
  assert.match(
    buktiK,
    /<td role="cell" class="angka"><span class="label-sempit" aria-hidden="true">Skor: <\/span>—<\/td><td role="cell"><span class="label-sempit" aria-hidden="true">Kualifikasi: <\/span><span class="band tidak-dinilai">Tidak dapat dinilai<\/span>/,
  );
  const papan = await halaman(d.keluar, 'index.html');
  const baris =
    /<tr role="row">(?:(?!<\/tr>).)*dinas-galat\.html(?:(?!<\/tr>).)*<\/tr>/.exec(papan)?.[0] ?? '';
  assert.match(baris, /robots\.txt galat server/);
});

test('robots.txt closing only the DIP: not assessed (the DIP is the core of the score); the report names the DIP file and the lines to add; an earlier valid result stands', async () => {
  const d = await siap();
  const site = await situs('robots-dip');
  const baik = await situs('ok');
  const r = await scan(
    d.riwayat,
    [agensi('dinas-dip', 'Dinas DIP', site.s.base), agensi('dinas-baik', 'Dinas Baik', baik.s.base)],
    T0,
  );
  // The home page was read; robots.txt kept the monitor from the DIP alone.
  assert.ok(site.s.log.includes('/') && !site.s.log.includes('/dip.json'));
  const c = (await catatanDari(d.riwayat)).find((x) => x.agencyId === 'dinas-dip')!;
  assert.deepEqual(
    [c.unreachable, c.notAssessed?.scope, c.notAssessed?.blocked],
    [false, 'dip', [`${site.s.base}/dip.json`]],
  );
  assert.deepEqual([r.notAssessed, r.unreachable], [1, 0]);

  const h = await terbit(d, new Date(T0.getTime() + JAM));
  assert.deepEqual(
    h.feed.entries.map((e) => e.agencyId),
    ['dinas-baik'],
  );
  const svg = await readFile(join(d.keluar, 'lencana/dinas-dip.svg'), 'utf8');
  assert.match(svg, /Tidak dapat dinilai/);
  // The DIP alone was closed: the badge and the ranking say so, not that the whole site was.
  assert.match(svg, /<text[^>]*>DIP ditutup robots\.txt<\/text>/);
  assert.match(svg, /aria-label="[^"]*karena robots\.txt menutup DIP-nya bagi pemantau/);
  const bukti = await halaman(d.keluar, 'agensi/dinas-dip.html');
  assert.match(
    bukti,
    /Tidak dapat dinilai pada pemindaian terakhir:<\/strong> robots\.txt \(\S+\/robots\.txt\) melarang pemantau membaca DIP di \S+\/dip\.json/,
  );
  assert.match(
    bukti,
    /Alamat yang ditutup robots\.txt bagi pemantau: <a class="url" href="http:\/\/127\.0\.0\.1:\d+\/dip\.json">/,
  );
  assert.ok(
    bukti.includes(
      `Baris yang ditambahkan ke <code>${site.s.base}/robots.txt</code>:</p> <pre class="robots"><code>User-agent: TerbukaMonitor Allow: /dip.json</code></pre>`,
    ),
    bukti,
  );
  assert.match(
    await readFile(join(d.keluar, 'agensi/dinas-dip.html'), 'utf8'),
    /<code>User-agent: TerbukaMonitor\nAllow: \/dip\.json<\/code>/,
  );
  assert.doesNotMatch(bukti, /peringkat \d|Tidak Informatif/);
  const papan = await halaman(d.keluar, 'index.html');
  const baris = /<tr role="row">(?:(?!<\/tr>).)*dinas-dip\.html(?:(?!<\/tr>).)*<\/tr>/.exec(papan)?.[0] ?? '';
  assert.match(baris, /DIP ditutup robots\.txt bagi pemantau/);
  assert.match(
    papan,
    /<p class="kecil">Tidak dapat dinilai: pemantau tidak membaca DIP badan publik ini karena robots\.txt menutup DIP-nya bagi pemantau\. /,
  );

  // A site that had a valid result and then closes its DIP: that result stands while it is valid.
  site.mode.m = 'ok';
  const T1 = new Date(T0.getTime() + HARI);
  await scan(d.riwayat, [agensi('dinas-dip', 'Dinas DIP', site.s.base)], T1);
  const skor = (await catatanDari(d.riwayat)).at(-1)!.score;
  site.mode.m = 'robots-dip';
  const T2 = new Date(T1.getTime() + HARI);
  await scan(d.riwayat, [agensi('dinas-dip', 'Dinas DIP', site.s.base)], T2);
  const h2 = await terbit(d, new Date(T2.getTime() + JAM));
  const e = h2.feed.entries.find((x) => x.agencyId === 'dinas-dip');
  assert.deepEqual([e?.score, e?.evaluatedAt], [skor, '2026-03-03T10:00:00.000+07:00']);
  assert.match(
    await halaman(d.keluar, 'agensi/dinas-dip.html'),
    /Situs tidak dapat dinilai pada pemindaian terakhir \(<time/,
  );
});
