// The demo site as an HTTP handler: demo/situs/ as static files and the built widgets under /terbuka/,
// with a strict CSP on every response, so the demo proves the widgets need nothing beyond 'self' — and,
// on browsers without constructable stylesheets, a nonce of the page's (see cspHalaman). /api/
// is passed to the intake server (demo/penerima.mjs), so the forms post to the site's own origin. The
// pages are assembled from one layout and each page's own part (demo/kerangka.mjs). /pemantauan/ serves
// what the demo's monitor published (demo/pemantauan/layanan.mjs); the footer badge pins its public key.
// Text goes compressed as the browser accepts it (demo/kirim.mjs); `?lang=en` pages are sent already in
// English (demo/halaman-inggris.mjs).
import { Buffer } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { fileURLToPath, URLSearchParams } from 'node:url';
import { basename, extname, join } from 'node:path';
import sirv from 'sirv';
import {
  LABEL_PENGAJUAN,
  LABEL_PENOLAKAN,
  LABEL_PUTUSAN_KEBERATAN,
  PASAL_17,
  PERISTIWA_BOLEH,
} from '@terbuka/sdk';
import { halamanInggris } from './halaman-inggris.mjs';
import { pemuatHalaman } from './kerangka.mjs';
import { JENIS, etagIsi, kirim, pelayanBerkas } from './kirim.mjs';
import { MULAI, kunciLencana, layaniPemantauan, tandaTanganFeedContoh } from './pemantauan/layanan.mjs';
import { rssDemo } from './pemantauan/situs-contoh.mjs';

const situs = fileURLToPath(new URL('./situs/', import.meta.url));
const dist = fileURLToPath(new URL('../packages/widgets/dist/', import.meta.url));
const kerangka = fileURLToPath(new URL('./kerangka/halaman.html', import.meta.url));

export const CSP =
  "default-src 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'; form-action 'self'";

/**
 * A page's CSP: CSP with `nonce` added to script-src and style-src. A browser without constructable
 * stylesheets (Safari/iOS 15.0–16.3) gets the widgets' styles as `<style>` elements, which only a nonce
 * lets through; the layout's first script sets `window.litNonce` to it, as Cara Memasang tells admins.
 */
export const cspHalaman = (nonce) =>
  `${CSP}; script-src 'self' 'nonce-${nonce}'; style-src 'self' 'nonce-${nonce}'`;

/** The layout's placeholder for the response's nonce (demo/kerangka/halaman.html). */
const NONCE = /\{nonce-csp\}/g;

/** The pages, in menu order; printed by `npm start` and checked by the tests. */
export const HALAMAN = [
  { path: '/', title: 'Beranda' },
  { path: '/ppid.html', title: 'PPID — informasi berkala dan Daftar Informasi Publik' },
  { path: '/admin.html', title: 'Halaman admin — pratinjau (mode="periksa")' },
  { path: '/permohonan.html', title: 'Permohonan Informasi — formulir permintaan dan keberatan' },
  { path: '/status.html', title: 'Status permohonan — cek dengan nomor dan kontak' },
  { path: '/petugas.html', title: 'Halaman petugas — daftar permohonan, ubah status (token)' },
  { path: '/cara-memasang.html', title: 'Cara Memasang — cuplikan dan konfigurator' },
  { path: '/pemantauan/', title: 'Pemantauan — laporan monitor Diskominfo (peringkat, bukti, metode)' },
  { path: '/ppid.html?lang=en', title: 'PPID page in English (the language switch in the top bar)' },
];

/**
 * What an admin uploads to a site: the classic scripts and the files they load on demand, as the widgets'
 * build lists them in dist/sri.json (read at each request: a rebuild needs no restart); beside them
 * cdn/lencana.js with cdn/chunks/ (see penangananDemo).
 */
function berkasWidget() {
  try {
    return new Set(Object.keys(JSON.parse(readFileSync(join(dist, 'sri.json'), 'utf8')).integrity));
  } catch {
    return new Set(); // Not built yet: nothing to serve.
  }
}

function aturJenis(res, pathname) {
  const jenis = JENIS[extname(pathname) || '.html'];
  if (jenis) res.setHeader('Content-Type', jenis);
}

// Text files through kirim (compressed once per change on disk), anything else through sirv; both look at
// the disk on every request: edits to the demo and a rebuild show without a restart.
const opsi = { dev: true, etag: true, dotfiles: false, setHeaders: aturJenis };
const layaniSitus = pelayanBerkas(situs, sirv(situs, opsi));
const layaniWidget = pelayanBerkas(dist, sirv(dist, opsi));
/**
 * The SDK's built modules the demo's own scripts import (by the relative path that also works in Node's
 * tests: /packages/sdk/dist/…), each without imports of its own.
 */
const sdkDist = fileURLToPath(new URL('../packages/sdk/dist/', import.meta.url));
const MODUL_SDK = new Set(['dip/alamat-halaman.js', 'dip/angka-atribut.js']);
const layaniSdk = pelayanBerkas(sdkDist, sirv(sdkDist, opsi));

/**
 * What the officer page (js/petugas.js) needs of the SDK, as JSON: the Pasal 17 letters' titles, the
 * transition table (which event may follow which status, per kind), the submission's field labels, the
 * words of the Atasan PPID's decision on an objection and the names of a refusal's consequence and other law.
 */
const PETUGAS_SDK = Buffer.from(
  JSON.stringify({
    pasal17: PASAL_17.map(({ letter, title }) => ({ letter, title })),
    boleh: PERISTIWA_BOLEH,
    label: LABEL_PENGAJUAN,
    putusan: LABEL_PUTUSAN_KEBERATAN,
    penolakan: LABEL_PENOLAKAN,
  }),
);

const halamanTersusun = pemuatHalaman(situs, kerangka);
// Assembled once at start (in English too): a broken layout or page part fails `npm start`, not a
// visitor's request.
for (const f of readdirSync(situs)) {
  if (!f.endsWith('.html')) continue;
  const html = halamanTersusun(f).isi.toString('utf8');
  // Without it the widgets stay unstyled on browsers that need the nonce.
  if (!html.includes('{nonce-csp}')) throw new Error(`${f}: tanpa {nonce-csp} / no {nonce-csp} in the page`);
  halamanInggris(html, f);
}

/** `/`, `/ppid.html` or `/ppid` (as sirv resolves it) → 'index.html', 'ppid.html'; else undefined. */
function namaHalaman(jalur) {
  if (jalur === '/') return 'index.html';
  const m = /^\/([a-z0-9-]+)(\.html)?$/.exec(jalur);
  return m ? `${m[1]}.html` : undefined;
}

/** The layout's placeholder for the badge's pinned key(s), filled once the monitor has published. */
const KUNCI_LENCANA = /\s+key="\{kunci-pemantauan\}"/g;
const denganKunci = new Map();

/**
 * The assembled page in `bahasa` ('id' or 'en') with the monitor's public key in the footer badge (no key
 * attribute before), made again only when the page or the key changes.
 */
function halamanDenganKunci(nama, bahasa) {
  const h = halamanTersusun(nama);
  if (!h) return undefined;
  const kunci = kunciLencana().join(' ');
  const lama = denganKunci.get(`${bahasa} ${nama}`);
  if (lama && lama.dasar === h && lama.kunci === kunci) return lama;
  let html = h.isi.toString('utf8');
  if (bahasa === 'en') html = halamanInggris(html, nama);
  const isi = Buffer.from(html.replace(KUNCI_LENCANA, kunci ? ` key="${kunci}"` : ''));
  const baru = { dasar: h, kunci, isi, etag: etagIsi(isi), diubah: h.diubah };
  denganKunci.set(`${bahasa} ${nama}`, baru);
  return baru;
}

/** `?lang=en` opens a page in English (as situs.js reads it); anything else is Bahasa Indonesia. */
const bahasaPermintaan = (url) =>
  new URLSearchParams((url ?? '').split('?')[1] ?? '').get('lang') === 'en' ? 'en' : 'id';

/**
 * An assembled page with the headers a file gets (ETag, 304, no-cache, compression), a fresh random nonce
 * in each body sent and in that response's CSP; false when none.
 *
 * The ETag is the page's without a nonce (weak: the bodies differ by the nonce alone), so a reload can
 * still get a 304 — which carries no CSP: a cache replaces a stored header with the one a 304 brings
 * (RFC 9111 4.3.4), and a new nonce there would block the `<style>`s of the kept page, whose nonce is the
 * earlier one. Without the header the stored policy, naming the kept page's nonce, stays with it.
 */
function layaniHalaman(req, res, nama) {
  const h = halamanDenganKunci(nama, bahasaPermintaan(req.url));
  if (!h) return false;
  res.removeHeader('Content-Security-Policy');
  const buatBadan = (isi) => {
    const nonce = randomBytes(16).toString('base64');
    res.setHeader('Content-Security-Policy', cspHalaman(nonce));
    return Buffer.from(isi.toString('utf8').replace(NONCE, nonce));
  };
  kirim(req, res, { isi: h.isi, jenis: JENIS['.html'], etag: h.etag, diubah: h.diubah, buatBadan });
  return true;
}

/** A body made for this request (sitemap, feed, signature): compressed once per distinct content. */
const kirimBuatan = (req, res, isi, jenis) => kirim(req, res, { isi, jenis, etag: etagIsi(isi) });

function tolak(res, status, teks) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end(teks);
}

/** The intake server's address (`http://127.0.0.1:PORT`), once it listens. */
let tujuanApi;
export function aturTujuanApi(url) {
  tujuanApi = url;
}

/** /api/… → the intake server's /…, method, headers (Origin included) and body as sent. */
function teruskanKeApi(req, res) {
  if (!tujuanApi) return tolak(res, 503, 'Server penerima belum siap / intake server not ready');
  const tujuan = new URL(req.url.slice('/api'.length) || '/', tujuanApi);
  const { host: _host, connection: _c, ...header } = req.headers;
  const keluar = request(
    tujuan,
    { method: req.method, headers: { ...header, host: tujuan.host } },
    (jawab) => {
      res.writeHead(jawab.statusCode ?? 502, jawab.headers);
      jawab.pipe(res);
    },
  );
  keluar.on('error', () => {
    if (!res.headersSent) tolak(res, 502, 'Server penerima tidak menjawab / intake server unreachable');
    else res.destroy();
  });
  req.pipe(keluar);
}

/** The site's pages with their last change, as a monitor (and a search engine) reads them. */
function layaniSitemap(req, res) {
  const asal = `http://${req.headers.host}`;
  const url = HALAMAN.filter((h) => !h.path.includes('?') && !h.path.startsWith('/pemantauan/'))
    .map((h) => ({ h, t: halamanTersusun(namaHalaman(h.path)) }))
    .filter(({ t }) => t)
    .map(
      ({ h, t }) => `  <url><loc>${asal}${h.path}</loc><lastmod>${t.diubah.toISOString()}</lastmod></url>`,
    );
  const isi = Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${url.join('\n')}\n</urlset>\n`,
  );
  kirimBuatan(req, res, isi, JENIS['.xml']);
}

/** The request handler of the demo site. */
export function penangananDemo(req, res) {
  res.setHeader('Content-Security-Policy', CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  if ((req.url ?? '').startsWith('/api/')) return teruskanKeApi(req, res);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return tolak(res, 405, 'Metode tidak diizinkan / method not allowed');
  }
  const pathname = (req.url ?? '/').split('?')[0];
  let jalur;
  try {
    jalur = decodeURIComponent(pathname);
  } catch {
    return tolak(res, 400, 'Alamat tidak sah / bad request');
  }
  // sirv already keeps to its folder; refusing dot segments and NUL here makes that explicit.
  if (!jalur.startsWith('/') || jalur.includes('\0') || jalur.includes('\\') || /(^|\/)\./.test(jalur)) {
    return tolak(res, 400, 'Alamat tidak sah / bad request');
  }
  const tidakAda = () => tolak(res, 404, 'Halaman tidak ditemukan / not found');
  if (jalur === '/pemantauan') {
    res.writeHead(301, { Location: '/pemantauan/' });
    return res.end();
  }
  if (jalur.startsWith('/pemantauan/')) return layaniPemantauan(req, res, '/pemantauan/', tidakAda);
  if (jalur === '/data/feed.json.sig') {
    // The sample feed (demo/situs/data/feed.json), signed at start with the demo's key.
    const isi = tandaTanganFeedContoh();
    if (!isi) return tidakAda();
    return kirimBuatan(req, res, Buffer.from(isi), JENIS['.json']);
  }
  if (jalur === '/data/petugas-sdk.json') return kirimBuatan(req, res, PETUGAS_SDK, JENIS['.json']);
  if (jalur === '/sitemap.xml') return layaniSitemap(req, res);
  if (jalur === '/berita.xml') {
    // The site's news feed, which the monitor reads for activity; dated back from the start.
    const isi = Buffer.from(rssDemo(`http://${req.headers.host}`, MULAI));
    return kirimBuatan(req, res, isi, 'application/rss+xml; charset=utf-8');
  }
  if (jalur.startsWith('/terbuka/')) {
    const nama = jalur.slice('/terbuka/'.length);
    // lencana.js (the badge alone, an ES module) and the lazy chunks it imports from cdn/chunks/.
    const cdn = /^cdn\/(lencana\.js|chunks\/[\w-]+\.js)$/.exec(nama);
    if (cdn) {
      req.url = `/cdn/${cdn[1]}`;
      return layaniWidget(req, res, tidakAda);
    }
    if (!berkasWidget().has(nama)) return tidakAda();
    req.url = `/${basename(nama)}`;
    return layaniWidget(req, res, tidakAda);
  }
  if (jalur.startsWith('/packages/sdk/dist/')) {
    const modul = jalur.slice('/packages/sdk/dist/'.length);
    if (!MODUL_SDK.has(modul)) return tidakAda();
    req.url = `/${modul}`;
    return layaniSdk(req, res, tidakAda);
  }
  const nama = namaHalaman(jalur);
  if (nama && layaniHalaman(req, res, nama)) return;
  return layaniSitus(req, res, tidakAda);
}

/** A service for scripts/start.mjs. */
export const layananDemo = {
  nama: 'demo',
  judul: 'Situs demo Diskominfo Kabupaten Sukamaju',
  portBawaan: 8080,
  penanganan: penangananDemo,
  halaman: HALAMAN,
  sambung(alamat) {
    aturTujuanApi(alamat.penerima);
  },
};
