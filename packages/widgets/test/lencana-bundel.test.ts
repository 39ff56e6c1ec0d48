/// <reference lib="dom" />
// The verified badge in the built classic scripts — terbuka.min.js (every display element) and
// terbuka-lencana.min.js (the badge alone, the snippet of a page whose only element is the badge) — as a
// visitor's browser meets it: a feed signed here with
// node:crypto (an implementation independent of the badge's), plain pages from a loopback server under a
// strict CSP, in Chromium — with WebCrypto Ed25519, and with it taken away so that the script must load
// terbuka-ed25519.js from next to itself, and on a page served over plain http from a host name (not a
// secure context, so no crypto.subtle at all). `npm test` builds the widgets first.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.mjs';
import { bukaPeramban, dariBerkas, dist, halaman, layani } from './peramban.js';
import type { Berkas, Peladen } from './peramban.js';
import { feedBertanda } from './feed-bertanda.js';

const json = (body: string | Buffer): Berkas => ({ body, type: 'application/json' });

/** Both classic scripts that carry the badge. */
const SKRIP = ['terbuka.min.js', 'terbuka-lencana.min.js'];

let peladen: Peladen;
let peramban: Browser;
/** Resolves desa.test to the loopback server: an http origin that is not potentially trustworthy. */
let perambanHttp: Browser;
const HOST_HTTP = 'desa.test';

/** A port on loopback that nothing listens on: a server bound to it, then closed. */
async function portTertutup(): Promise<number> {
  const s = createServer();
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((ok) => s.close(() => ok()));
  return port;
}

before(async () => {
  const sekarang = Date.now();
  const tertutup = `http://127.0.0.1:${await portTertutup()}/dip.json`;
  const { x: X, feed, sig } = feedBertanda(sekarang);
  const sukamaju = readFileSync(new URL('../../sdk/fixtures/sukamaju/dip.json', import.meta.url));
  const diubah = Buffer.from(feed);
  diubah[diubah.indexOf('84.4') + 1] = 0x35; // 84.4 → 85.4: one byte
  const lencana = (feedUrl: string, agency = 'dinkes'): string =>
    `<ppid-badge feed="${feedUrl}" agency="${agency}" key="${X}"></ppid-badge>`;
  // The script tag right before the element, as the snippet is pasted (no defer).
  // The closed port is another origin: the policy lets the badge try it (the browser then fails to connect).
  const dokumen = (isi: string, skrip: string): Berkas =>
    halaman(
      `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'; connect-src 'self' ${new URL(tertutup).origin}"><title>Lencana</title></head><body><footer><script src="/${skrip}"></script>${isi}</footer></body></html>`,
    );
  const halamanSkrip = Object.fromEntries(
    SKRIP.flatMap((skrip) => [
      [`/${skrip}/lencana.html`, dokumen(lencana('/feed.json'), skrip)],
      [`/${skrip}/ubah.html`, dokumen(lencana('/ubah/feed.json'), skrip)],
      [`/${skrip}/tanpa-agensi.html`, dokumen(lencana('/feed.json', 'dishub'), skrip)],
      // Self-assessed badges whose DIP does not load: the answer is a 404; nothing listens on the port.
      [`/${skrip}/dip-404.html`, dokumen('<ppid-badge src="/tidak-ada/dip.json"></ppid-badge>', skrip)],
      [`/${skrip}/dip-tertutup.html`, dokumen(`<ppid-badge src="${tertutup}"></ppid-badge>`, skrip)],
      // A DIP past the lists' cap (64 MiB), read by the side file terbuka-mandiri.js.
      [`/${skrip}/dip-besar.html`, dokumen('<ppid-badge src="/besar/dip.json"></ppid-badge>', skrip)],
      // A DIP on a slow line, for longer than the badge's `timeout` but never silent that long; one that stalls.
      [
        `/${skrip}/dip-lambat.html`,
        dokumen('<ppid-badge src="/lambat/dip.json" timeout="1000"></ppid-badge>', skrip),
      ],
      [
        `/${skrip}/dip-macet.html`,
        dokumen('<ppid-badge src="/macet/dip.json" timeout="500"></ppid-badge>', skrip),
      ],
    ]),
  );
  peladen = await layani({
    '/favicon.ico': { body: '', type: 'image/x-icon' },
    ...Object.fromEntries(SKRIP.map((f) => [`/${f}`, dariBerkas(new URL(f, dist))])),
    '/terbuka-ed25519.js': dariBerkas(new URL('terbuka-ed25519.js', dist)),
    '/terbuka-kata-lencana.js': dariBerkas(new URL('terbuka-kata-lencana.js', dist)),
    '/terbuka-mandiri.js': dariBerkas(new URL('terbuka-mandiri.js', dist)),
    '/feed.json': json(feed),
    '/feed.json.sig': json(sig),
    '/ubah/feed.json': json(diubah),
    '/ubah/feed.json.sig': json(sig),
    // The Sukamaju DIP followed by 70 MiB of spaces: still valid JSON, so only the cap refuses it.
    '/besar/dip.json': json(Buffer.concat([sukamaju, Buffer.alloc(70 * 2 ** 20, 0x20)])),
    // The Sukamaju DIP in ten pieces 250 ms apart (2.25 s in all); or its first piece, then nothing.
    '/lambat/dip.json': { ...json(sukamaju), tetes: { bagian: 10, jedaMs: 250 } },
    '/macet/dip.json': { ...json(sukamaju), tetes: { bagian: 10, jedaMs: 0, macet: true } },
    ...halamanSkrip,
  });
  peramban = await bukaPeramban();
  perambanHttp = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${HOST_HTTP} 127.0.0.1`],
  });
});

after(async () => {
  await peramban?.close();
  await perambanHttp?.close();
  await peladen?.tutup();
});

/**
 * Opens a page; `tanpaEd25519` makes WebCrypto refuse Ed25519 keys, as browsers before 2025 do;
 * `http`: the page is served as http://desa.test:port, a plain-http site with no crypto.subtle.
 */
async function kunjungi(
  path: string,
  tanpaEd25519 = false,
  http = false,
): Promise<{
  state: string;
  nama: string;
  teks: string;
  galat: string[];
  diminta: string[];
  subtle: boolean;
}> {
  const awal = peladen.permintaan.length;
  const page = await (http ? perambanHttp : peramban).newPage();
  const galat: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') galat.push(m.text());
  });
  page.on('pageerror', (e) => galat.push(e.message));
  await page.exposeFunction('laporCSP', (v: string) => galat.push(`CSP: ${v}`));
  await page.addInitScript((tanpa: boolean) => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { laporCSP(v: string): void }).laporCSP(e.violatedDirective),
    );
    if (!tanpa) return;
    const s = crypto.subtle;
    const asli = s.importKey.bind(s);
    s.importKey = ((...a: Parameters<SubtleCrypto['importKey']>) => {
      const alg = a[2] as { name?: string } | string;
      return (typeof alg === 'string' ? alg : alg.name) === 'Ed25519'
        ? Promise.reject(new DOMException('Ed25519 not supported', 'NotSupportedError'))
        : asli(...a);
    }) as SubtleCrypto['importKey'];
  }, tanpaEd25519);
  try {
    await page.goto(`${http ? peladen.url.replace('127.0.0.1', HOST_HTTP) : peladen.url}${path}`);
    await page.waitForFunction(
      () => {
        const s = document.querySelector('ppid-badge')?.getAttribute('state');
        return s !== undefined && s !== null && s !== 'loading';
      },
      undefined,
      { timeout: 15_000 },
    );
    const state = (await page.getAttribute('ppid-badge', 'state')) ?? '';
    const nama = await page.$eval(
      'ppid-badge',
      (e) => e.shadowRoot!.querySelector('svg[role="img"] > title')?.textContent ?? '',
    );
    const teks = await page.$eval('ppid-badge', (e) => e.shadowRoot!.textContent ?? '');
    const subtle = await page.evaluate(() => isSecureContext || crypto.subtle !== undefined);
    return { state, nama, teks, galat, diminta: peladen.permintaan.slice(awal), subtle };
  } finally {
    await page.close();
  }
}

for (const skrip of SKRIP) {
  const p = `/${skrip}`;
  test(`${skrip} verifies a feed signed by node:crypto under a strict CSP, without loading the fallback`, async () => {
    const h = await kunjungi(`${p}/lencana.html`);
    assert.equal(h.state, 'ready');
    assert.match(h.nama, /Terverifikasi/);
    assert.deepEqual(h.galat, []);
    assert.ok(h.diminta.includes('/feed.json.sig'), 'the signature was not fetched');
    assert.ok(!h.diminta.includes('/terbuka-ed25519.js'), 'the fallback was loaded with WebCrypto Ed25519');
  });

  test(`without WebCrypto Ed25519 ${skrip} loads terbuka-ed25519.js from next to itself and verifies`, async () => {
    const h = await kunjungi(`${p}/lencana.html`, true);
    assert.equal(h.state, 'ready');
    assert.match(h.nama, /Terverifikasi/);
    assert.deepEqual(h.galat, []);
    assert.ok(h.diminta.includes('/terbuka-ed25519.js'), 'the fallback was not loaded');
  });

  test(`${skrip}: one changed byte: not verified, with WebCrypto and with the fallback`, async () => {
    for (const tanpa of [false, true]) {
      const h = await kunjungi(`${p}/ubah.html`, tanpa);
      assert.equal(h.state, 'unverified', `fallback: ${tanpa}`);
      assert.match(h.nama, /Tanda tangan tidak cocok/);
      assert.deepEqual(h.galat, []);
    }
  });

  test(`${skrip} over plain http (no secure context, no crypto.subtle): terbuka-ed25519.js verifies; one changed byte is unverified`, async () => {
    const h = await kunjungi(`${p}/lencana.html`, false, true);
    assert.equal(h.subtle, false, 'the page had crypto.subtle: not the plain-http case');
    assert.equal(h.state, 'ready');
    assert.match(h.nama, /Terverifikasi/);
    assert.deepEqual(h.galat, []);
    assert.ok(h.diminta.includes('/terbuka-ed25519.js'), 'the fallback was not loaded');
    const u = await kunjungi(`${p}/ubah.html`, false, true);
    assert.equal(u.subtle, false);
    assert.equal(u.state, 'unverified');
    assert.match(u.nama, /Tanda tangan tidak cocok/);
    assert.deepEqual(u.galat, []);
  });

  test(`${skrip}: an agency not in the feed says so with the words from terbuka-kata-lencana.js`, async () => {
    const h = await kunjungi(`${p}/tanpa-agensi.html`);
    assert.equal(h.state, 'empty');
    assert.match(h.teks, /tidak ada dalam feed/);
    assert.deepEqual(h.galat, []);
    assert.ok(h.diminta.includes('/terbuka-kata-lencana.js'), 'the problem words were not loaded');
  });

  // The self-assessed mode is a side file (terbuka-mandiri.js) that fetches the DIP: its failure is worded
  // as the fetch failed, not as a part of the badge that did not load.
  test(`${skrip}: a self-assessed badge whose DIP answers 404 says the server answered 404`, async () => {
    const h = await kunjungi(`${p}/dip-404.html`);
    assert.equal(h.state, 'error');
    assert.match(h.teks, /server menjawab 404/);
    assert.doesNotMatch(h.teks, /Bagian lencana/);
    assert.ok(h.diminta.includes('/terbuka-mandiri.js'), 'the self-assessed mode was not loaded');
  });

  // The side file carries its own copy of GalatAmbil: the cap's failure must still reach the badge as its own
  // `terlalu-besar` (not a network failure, retried, downloading it all again).
  test(`${skrip}: a self-assessed badge whose DIP is past 64 MiB says the DIP cannot be read, after one request`, async () => {
    const h = await kunjungi(`${p}/dip-besar.html`);
    assert.equal(h.state, 'error');
    assert.match(h.teks, /DIP tidak dapat dibaca/);
    assert.deepEqual(
      h.diminta.filter((d) => d === '/besar/dip.json'),
      ['/besar/dip.json'],
    );
  });

  // terbuka-mandiri.js reads the DIP as the lists read theirs: `timeout` counts a silence, not the whole download.
  test(`${skrip}: a self-assessed badge scores a DIP that arrives slowly for longer than its timeout, never silent that long`, async () => {
    const h = await kunjungi(`${p}/dip-lambat.html`);
    assert.equal(h.state, 'ready');
    assert.match(h.teks, /Penilaian mandiri/);
    assert.deepEqual(h.galat, []);
    assert.deepEqual(
      h.diminta.filter((d) => d === '/lambat/dip.json'),
      ['/lambat/dip.json'],
    );
  });

  test(`${skrip}: a self-assessed badge whose DIP stops arriving says the connection failed, after one retry`, async () => {
    const h = await kunjungi(`${p}/dip-macet.html`);
    assert.equal(h.state, 'error');
    assert.match(h.teks, /sambungan bermasalah/);
    assert.doesNotMatch(h.teks, /Bagian lencana/);
    assert.equal(h.diminta.filter((d) => d === '/macet/dip.json').length, 2);
  });

  test(`${skrip}: a self-assessed badge whose DIP's server does not answer says the connection failed`, async () => {
    const h = await kunjungi(`${p}/dip-tertutup.html`);
    assert.equal(h.state, 'error');
    assert.match(h.teks, /sambungan bermasalah/);
    assert.doesNotMatch(h.teks, /Bagian lencana/);
  });
}
