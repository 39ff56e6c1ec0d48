// The demo site as an HTTP handler: demo/situs/ as static files and the built widgets under /terbuka/,
// with a strict CSP on every response, so the demo proves the widgets need nothing beyond 'self'. /api/
// is passed to the intake server (demo/penerima.mjs), so the forms post to the site's own origin. The
// pages are assembled from one layout and each page's own part (demo/kerangka.mjs). /pemantauan/ serves
// what the demo's monitor published (demo/pemantauan/layanan.mjs); the footer badge pins its public key.
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { basename, extname, join } from 'node:path';
import sirv from 'sirv';
import { pemuatHalaman } from './kerangka.mjs';
import { MULAI, kunciLencana, layaniPemantauan, tandaTanganFeedContoh } from './pemantauan/layanan.mjs';
import { rssDemo } from './pemantauan/situs-contoh.mjs';

const situs = fileURLToPath(new URL('./situs/', import.meta.url));
const dist = fileURLToPath(new URL('../packages/widgets/dist/', import.meta.url));
const kerangka = fileURLToPath(new URL('./kerangka/halaman.html', import.meta.url));

export const CSP =
  "default-src 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'; form-action 'self'";

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

const JENIS = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
};

function aturJenis(res, pathname) {
  const jenis = JENIS[extname(pathname) || '.html'];
  if (jenis) res.setHeader('Content-Type', jenis);
}

// dev mode reads the disk on every request: edits to the demo and a rebuild show without a restart.
const opsi = { dev: true, etag: true, dotfiles: false, setHeaders: aturJenis };
const layaniSitus = sirv(situs, opsi);
const layaniWidget = sirv(dist, opsi);
/**
 * The SDK's built modules the demo's own scripts import (by the relative path that also works in Node's
 * tests: /packages/sdk/dist/…), each without imports of its own.
 */
const sdkDist = fileURLToPath(new URL('../packages/sdk/dist/', import.meta.url));
const MODUL_SDK = new Set(['dip/alamat-halaman.js']);
const layaniSdk = sirv(sdkDist, opsi);

const halamanTersusun = pemuatHalaman(situs, kerangka);
// Assembled once at start: a broken layout or page part fails `npm start`, not a visitor's request.
for (const f of readdirSync(situs)) if (f.endsWith('.html')) halamanTersusun(f);

/** `/`, `/ppid.html` or `/ppid` (as sirv resolves it) → 'index.html', 'ppid.html'; else undefined. */
function namaHalaman(jalur) {
  if (jalur === '/') return 'index.html';
  const m = /^\/([a-z0-9-]+)(\.html)?$/.exec(jalur);
  return m ? `${m[1]}.html` : undefined;
}

/** The layout's placeholder for the badge's pinned key(s), filled once the monitor has published. */
const KUNCI_LENCANA = /\s+key="\{kunci-pemantauan\}"/g;
const denganKunci = new Map();

/** The assembled page with the monitor's public key in the footer badge (no key attribute before). */
function halamanDenganKunci(nama) {
  const h = halamanTersusun(nama);
  if (!h) return undefined;
  const kunci = kunciLencana().join(' ');
  const lama = denganKunci.get(nama);
  if (lama && lama.dasar === h && lama.kunci === kunci) return lama;
  const html = h.isi.toString('utf8').replace(KUNCI_LENCANA, kunci ? ` key="${kunci}"` : '');
  const isi = Buffer.from(html);
  const etag = `W/"${createHash('sha256').update(isi).digest('base64url').slice(0, 27)}"`;
  const baru = { dasar: h, kunci, isi, etag, diubah: h.diubah };
  denganKunci.set(nama, baru);
  return baru;
}

/** An assembled page with the headers sirv gives a file (ETag, 304, no-cache); false when none. */
function layaniHalaman(req, res, nama) {
  const h = halamanDenganKunci(nama);
  if (!h) return false;
  res.setHeader('Content-Type', JENIS['.html']);
  res.setHeader('ETag', h.etag);
  res.setHeader('Last-Modified', h.diubah.toUTCString());
  res.setHeader('Cache-Control', 'no-cache');
  if (req.headers['if-none-match'] === h.etag) {
    res.statusCode = 304;
    res.end();
    return true;
  }
  res.setHeader('Content-Length', h.isi.length);
  res.end(req.method === 'HEAD' ? undefined : h.isi);
  return true;
}

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
  res.setHeader('Content-Type', 'application/xml; charset=utf-8');
  res.setHeader('Content-Length', isi.length);
  res.end(req.method === 'HEAD' ? undefined : isi);
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
    res.setHeader('Content-Type', JENIS['.json']);
    res.setHeader('Cache-Control', 'no-cache');
    return res.end(req.method === 'HEAD' ? undefined : isi);
  }
  if (jalur === '/sitemap.xml') return layaniSitemap(req, res);
  if (jalur === '/berita.xml') {
    // The site's news feed, which the monitor reads for activity; dated back from the start.
    const isi = Buffer.from(rssDemo(`http://${req.headers.host}`, MULAI));
    res.setHeader('Content-Type', 'application/rss+xml; charset=utf-8');
    res.setHeader('Content-Length', isi.length);
    return res.end(req.method === 'HEAD' ? undefined : isi);
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
