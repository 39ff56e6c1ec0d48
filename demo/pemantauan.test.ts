/// <reference lib="dom" />
// The monitor in `npm start`, as real processes on loopback: the demo registry is scanned at start (the
// demo site, an active WordPress site, a stale one, an unreachable one), the history appended, the feed
// signed with a key made once and kept; the report is served under the demo's CSP; the signature holds
// for an independent verifier (node:crypto) and the key the footer badge pins; in Chromium that badge is
// verified, and a feed with one changed byte, or another pinned key, is not.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createPublicKey, verify } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validasiFeed, verifikasiFeed } from '@terbuka/sdk';
import type { EntriFeed } from '@terbuka/sdk';
import type { Browser, Page } from 'playwright-core';
import { bukaPeramban, kunjungi, mulaiDemo } from './uji-bantuan.js';
import type { Demo } from './uji-bantuan.js';

const AGENSI = ['diskominfo-sukamaju', 'dinkes-sukamaju', 'kecamatan-sukamaju-barat', 'desa-sukamaju-hilir'];

let demo: Demo;
let peramban: Browser;

before(async () => {
  [demo, peramban] = await Promise.all([mulaiDemo(), bukaPeramban()]);
});

after(async () => {
  await peramban?.close();
  await demo?.tutup();
});

const ambil = (path: string, asal = demo.url): Promise<Response> => fetch(`${asal}${path}`);

interface Catatan {
  agencyId: string;
  score: number;
  band: string;
  unreachable: boolean;
  activity: { daysSinceLastUpdate?: number; posts30: number; intervalClass: string };
  dip?: { items: number };
  observations: { kind: string; status?: number; failure?: { reason: string } }[];
}

const riwayat = (data = demo.data): Catatan[] =>
  readFileSync(join(data, 'pemantauan', 'riwayat.jsonl'), 'utf8')
    .split('\n')
    .filter((b) => b.trim() !== '')
    .map((b) => JSON.parse(b) as Catatan);

/** The footer badge's pinned key(s), as the demo server writes them into every page. */
async function kunciLencana(path = '/'): Promise<string[]> {
  const html = await (await ambil(path)).text();
  const m = /<ppid-badge\b[^>]*\bkey="([^"]*)"/.exec(html.slice(html.indexOf('<footer')));
  assert.ok(m, `${path}: the footer badge has a key attribute`);
  return m[1]!.split(/\s+/).filter(Boolean);
}

test('npm start scanned the four agencies of the demo registry into the history, once each', () => {
  assert.match(demo.keluaran(), /dipindai \/ scanned: 4 /);
  const catatan = riwayat();
  assert.deepEqual(catatan.map((c) => c.agencyId).sort(), [...AGENSI].sort());
  const per = new Map(catatan.map((c) => [c.agencyId, c]));
  assert.equal(per.get('desa-sukamaju-hilir')!.unreachable, true, 'the closed port is unreachable');
  assert.equal(per.get('dinkes-sukamaju')!.unreachable, false);
  assert.ok(per.get('dinkes-sukamaju')!.activity.posts30 >= 4, 'WordPress posts of the last 30 days');
  assert.ok(
    (per.get('kecamatan-sukamaju-barat')!.activity.daysSinceLastUpdate ?? 0) > 200,
    'the stale site was last updated months ago',
  );
  const diskominfo = per.get('diskominfo-sukamaju')!;
  assert.ok(diskominfo.dip!.items > 30, "the demo's own DIP was read");
  for (const jenis of ['beranda', 'dip', 'rss', 'sitemap']) {
    const o = diskominfo.observations.find((x) => x.kind === jenis);
    assert.equal(o?.status, 200, `the demo site's ${jenis} was read`);
  }
  assert.equal(
    per.get('desa-sukamaju-hilir')!.observations.find((x) => x.kind === 'beranda')?.failure?.reason,
    'koneksi',
  );
});

test('the feed has one entry per agency; the stale and the unreachable score below the active ones', async () => {
  const feed = (await (await ambil('/pemantauan/feed.json')).json()) as unknown;
  const hasil = validasiFeed(feed);
  assert.equal(hasil.ok, true, JSON.stringify(hasil.errors));
  const entri = new Map((feed as { entries: EntriFeed[] }).entries.map((e) => [e.agencyId, e] as const));
  assert.deepEqual([...entri.keys()].sort(), [...AGENSI].sort());
  const skor = (id: string): number => entri.get(id)!.score;
  assert.ok(skor('dinkes-sukamaju') > skor('kecamatan-sukamaju-barat'));
  assert.ok(skor('diskominfo-sukamaju') > skor('kecamatan-sukamaju-barat'));
  assert.ok(skor('kecamatan-sukamaju-barat') > skor('desa-sukamaju-hilir'));
  for (const e of entri.values()) {
    assert.equal(e.evidenceUrl, `${demo.url}/pemantauan/agensi/${e.agencyId}.html`);
    assert.ok(Date.parse(e.expiresAt) > Date.now(), `${e.agencyId} is current`);
  }
});

test('the signature verifies with node:crypto and the SDK for the key the footer badge pins', async () => {
  const bytes = new Uint8Array(await (await ambil('/pemantauan/feed.json')).arrayBuffer());
  const sig = (await (await ambil('/pemantauan/feed.json.sig')).json()) as {
    signatures: { kid: string; sig: string }[];
  };
  const keys = (await (await ambil('/pemantauan/keys.json')).json()) as {
    keys: { x: string; kid: string }[];
  };
  const pin = await kunciLencana();
  assert.equal(pin.length, 1, 'one active key');
  assert.ok(
    keys.keys.some((k) => k.x === pin[0]),
    'the pinned key is the published one',
  );
  const publik = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: pin[0]! }, format: 'jwk' });
  const sah = (b: Uint8Array): boolean =>
    sig.signatures.some((s) => verify(null, b, publik, Buffer.from(s.sig, 'base64url')));
  assert.equal(sah(bytes), true, 'node:crypto verifies the exact bytes');
  const v = await verifikasiFeed(bytes, sig, pin);
  assert.equal(v.verified, true);

  const ubah = bytes.slice();
  const i = Buffer.from(ubah).indexOf('"score"') + 9;
  ubah[i] = ubah[i] === 0x39 ? 0x38 : ubah[i]! + 1;
  assert.equal(sah(ubah), false, 'one changed byte: node:crypto refuses');
  const salah = await verifikasiFeed(ubah, sig, pin);
  assert.equal(salah.verified, false);
  if (!salah.verified) assert.equal(salah.reason, 'tanda-tangan-salah');
});

test('the report pages are served under the CSP, with no inline script or style, and their links resolve', async () => {
  const halaman = [
    '/pemantauan/',
    '/pemantauan/metode.html',
    ...AGENSI.map((a) => `/pemantauan/agensi/${a}.html`),
  ];
  const diperiksa = new Set<string>();
  for (const path of halaman) {
    const r = await ambil(path);
    assert.equal(r.status, 200, path);
    assert.match(String(r.headers.get('content-type')), /^text\/html/, path);
    assert.match(String(r.headers.get('content-security-policy')), /default-src 'self'/, path);
    const html = await r.text();
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, `${path}: no inline script`);
    assert.doesNotMatch(html, /<style\b|\sstyle="/, `${path}: no inline style`);
    for (const m of html.matchAll(/\s(?:href|src)="([^"#]+)/g)) {
      const url = new URL(m[1]!.replace(/&amp;/g, '&'), `${demo.url}${path}`);
      // The report's own files; links to what was observed on the agencies' sites may answer anything.
      const milikLaporan = url.origin === demo.url && url.pathname.startsWith('/pemantauan/');
      if (!milikLaporan || diperiksa.has(url.pathname)) continue;
      diperiksa.add(url.pathname);
      assert.equal((await ambil(url.pathname)).status, 200, `${path} → ${url.pathname}`);
    }
  }
  assert.ok(diperiksa.has('/pemantauan/metode.html'));
  const svg = await ambil('/pemantauan/lencana/dinkes-sukamaju.svg');
  assert.equal(svg.status, 200);
  assert.match(String(svg.headers.get('content-type')), /^image\/svg\+xml/);
  assert.equal((await ambil('/pemantauan')).status, 200, '/pemantauan redirects to the folder');
  assert.equal((await ambil('/pemantauan/kunci/keys.json')).status, 404, 'no private folder under it');
});

test("the monitor's own host serves the same feed with CORS open", async () => {
  const asal = /Hasil pemantauan[^\n]*: (http:\/\/127\.0\.0\.1:\d+)\/\n/.exec(demo.keluaran())?.[1];
  assert.ok(asal, 'npm start prints the monitor host');
  const [sendiri, cermin] = await Promise.all([ambil('/feed.json', asal), ambil('/pemantauan/feed.json')]);
  assert.equal(sendiri.headers.get('access-control-allow-origin'), '*');
  assert.equal(await sendiri.text(), await cermin.text());
});

/** A raw GET: the path is sent as written (fetch would normalise `/../`). */
function mentah(asal: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${asal}${path}`, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('the private key folder is out of reach of both hosts', async () => {
  const asal = /Hasil pemantauan[^\n]*: (http:\/\/127\.0\.0\.1:\d+)\/\n/.exec(demo.keluaran())![1]!;
  const jalur = [
    '../kunci/keys.json',
    '..%2fkunci%2fkeys.json',
    '%2e%2e/kunci/keys.json',
    '../riwayat.jsonl',
  ];
  for (const [dasar, awalan] of [
    [demo.url, '/pemantauan/'],
    [asal, '/'],
  ] as const) {
    for (const j of jalur) {
      const r = await mentah(dasar, `${awalan}${j}`);
      assert.ok(r.status === 400 || r.status === 404, `${dasar}${awalan}${j} → ${r.status}`);
      assert.doesNotMatch(r.body, /PRIVATE KEY|"kid"|terbuka-pindai/, `${dasar}${awalan}${j}`);
    }
  }
});

test('a restart keeps the key and appends to the history', async () => {
  const data = mkdtempSync(join(tmpdir(), 'terbuka-demo-ulang-'));
  try {
    const kid = async (d: Demo): Promise<string[]> => {
      const r = await fetch(`${d.url}/pemantauan/keys.json`);
      return ((await r.json()) as { keys: { kid: string }[] }).keys.map((k) => k.kid);
    };
    const pertama = await mulaiDemo([], { PORT: '0', TERBUKA_DEMO_DATA: data });
    const kidPertama = await kid(pertama);
    assert.equal(await pertama.tutup(), 0);
    const kedua = await mulaiDemo([], { PORT: '0', TERBUKA_DEMO_DATA: data });
    try {
      assert.deepEqual(await kid(kedua), kidPertama);
      assert.equal(riwayat(data).length, 2 * AGENSI.length);
    } finally {
      assert.equal(await kedua.tutup(), 0);
    }
  } finally {
    rmSync(data, { recursive: true, force: true });
  }
});

/** Waits for the footer badge to leave `loading`; its state. */
async function keadaanLencana(page: Page): Promise<string> {
  await page.waitForFunction(
    () => {
      const s = document.querySelector('footer ppid-badge')?.getAttribute('state');
      return s !== undefined && s !== null && s !== 'loading';
    },
    undefined,
    { timeout: 15000 },
  );
  return (await page.getAttribute('footer ppid-badge', 'state')) ?? '';
}

test('Chromium: the footer badge is verified under the CSP, with no console error', async () => {
  const { page, konteks, masalah } = await kunjungi(peramban, demo.url, '/');
  try {
    assert.equal(await keadaanLencana(page), 'ready');
    const nama = await page.$eval(
      'footer ppid-badge',
      (e) =>
        // The badge's name is its SVG's <title> (no aria-label beside it: that made it the description too).
        e.shadowRoot!.querySelector('svg > title')?.textContent,
    );
    assert.match(nama ?? '', /Informatif/i, 'the band is shown');
    const tautan = await page.$eval('footer ppid-badge', (e) => e.shadowRoot!.querySelector('a')?.href);
    assert.equal(tautan, `${demo.url}/pemantauan/agensi/diskominfo-sukamaju.html`);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(masalah, []);
  } finally {
    await konteks.close();
  }
});

test('Chromium: one changed byte of the feed, or another pinned key, is not verified', async () => {
  const ubahSatuByte = async (page: Page): Promise<void> => {
    await page.route('**/pemantauan/feed.json', async (route) => {
      const asli = await route.fetch();
      const b = Buffer.from(await asli.body());
      const i = b.indexOf('"score"') + 9;
      b[i] = b[i] === 0x39 ? 0x38 : b[i]! + 1;
      await route.fulfill({ response: asli, body: b });
    });
  };
  const ubah = await kunjungi(peramban, demo.url, '/', 1280, ubahSatuByte);
  try {
    assert.equal(await keadaanLencana(ubah.page), 'unverified');
    await ubah.page.waitForLoadState('networkidle');
    assert.deepEqual(ubah.masalah, []);
  } finally {
    await ubah.konteks.close();
  }
  const lain = await kunjungi(peramban, demo.url, '/');
  try {
    assert.equal(await keadaanLencana(lain.page), 'ready');
    // A well-formed key that did not sign: the badge must not trust the feed.
    await lain.page.$eval('footer ppid-badge', (e) =>
      e.setAttribute('key', 'O2onvM62pC1io6jQKm8Nc2UyFXcd4kOmOsBIoYtZ2ik'),
    );
    await lain.page.waitForFunction(
      () => document.querySelector('footer ppid-badge')?.getAttribute('state') === 'unverified',
      undefined,
      { timeout: 15000 },
    );
  } finally {
    await lain.konteks.close();
  }
});

test('Chromium: the leaderboard under the CSP, with no console error, sorts by a column', async () => {
  const { page, konteks, masalah } = await kunjungi(peramban, demo.url, '/pemantauan/');
  try {
    await page.waitForLoadState('networkidle');
    const nama = (): Promise<string[]> =>
      page.$$eval('table[data-urut] tbody tr', (tr) =>
        tr.map((r) => r.querySelector('a')?.textContent?.trim() ?? ''),
      );
    const awal = await nama();
    assert.equal(awal.length, AGENSI.length);
    assert.equal(awal.at(-1), 'Desa Sukamaju Hilir', 'highest score first: the unreachable desa last');
    await page.click('table[data-urut] th:nth-child(2) button');
    assert.equal(await page.getAttribute('table[data-urut] th:nth-child(2)', 'aria-sort'), 'ascending');
    const urut = await nama();
    assert.deepEqual(
      urut,
      [...awal].sort((a, b) => a.localeCompare(b, 'id')),
    );
    assert.deepEqual(masalah, []);
  } finally {
    await konteks.close();
  }
});

test("Chromium: Cara Memasang shows each badge state with the real key; the footer snippet is the admin's to fill", async () => {
  const { page, konteks, masalah } = await kunjungi(peramban, demo.url, '/cara-memasang.html');
  try {
    const pilih = '.contoh-lencana ppid-badge';
    await page.waitForFunction(
      (p) =>
        [...document.querySelectorAll(p)].every((e) => !['loading', null].includes(e.getAttribute('state'))),
      pilih,
      { timeout: 15000 },
    );
    const keadaan = await page.$$eval(pilih, (el) =>
      el.map((e) => `${e.getAttribute('agency') ?? 'src'}:${e.getAttribute('state')}`),
    );
    assert.deepEqual(keadaan, [
      'diskominfo-sukamaju:ready',
      'src:ready',
      'kecamatan-sukamaju-barat:stale',
      'dinkes-sukamaju:unverified',
      'dinkes-sukamaju:ready',
    ]);
    const kunciSemua = await kunciLencana('/cara-memasang.html');
    const kunci = kunciSemua[0]!;
    assert.equal(
      await page.getAttribute('.contoh-lencana ppid-badge[agency="diskominfo-sukamaju"]', 'key'),
      kunciSemua.join(' '),
    );
    // The snippet to copy names the admin's own monitor and values to replace, never the demo's key.
    const cuplikan = (await page.textContent('#cuplikan-lencana')) ?? '';
    assert.match(cuplikan, /^<script src="\/terbuka\/terbuka-lencana\.min\.js"><\/script>\n<ppid-badge\n/);
    assert.match(cuplikan, /feed="https:\/\/[^"]+\/feed\.json"/);
    assert.match(cuplikan, /key="KUNCI-PUBLIK-PEMANTAU"/);
    assert.ok(!cuplikan.includes(kunci), 'not the demo key');
    await page.waitForLoadState('networkidle');
    assert.deepEqual(masalah, []);
  } finally {
    await konteks.close();
  }
});
