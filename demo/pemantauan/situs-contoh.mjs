// The sample agency sites the demo's monitor scans, each on its own loopback port (its own origin, as a
// real site has its own host): Dinas Kesehatan, a WordPress site that posts every few days, and Kecamatan
// Sukamaju Barat, a static site with an RSS feed whose last news is months old (the stale one). Dates are
// counted back from the moment `npm start` begins, so the demo looks the same whenever it is run.
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const HARI = 24 * 60 * 60 * 1000;
const dipDemo = () => JSON.parse(readFileSync(new URL('../situs/data/dip.json', import.meta.url), 'utf8'));

const esc = (s) =>
  String(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

/**
 * A DIP for a sample agency: the demo's own items (or the first `n` of them) under that agency's name;
 * `tanggal` (YYYY-MM-DD), when given, is the date every item was last updated (a neglected DIP).
 */
function dipUntuk(agency, { n, tanggal } = {}) {
  const doc = dipDemo();
  const items = n === undefined ? doc.items : doc.items.slice(0, n);
  return {
    ...doc,
    agency: { ...doc.agency, ...agency, channels: [{ platform: 'website', url: agency.website }] },
    ...(tanggal ? { decision: { ...doc.decision, date: tanggal } } : {}),
    items: tanggal ? items.map((i) => ({ ...i, updated: tanggal })) : items,
  };
}

/** News items `umurHari` days before `mulai`, newest first. */
const beritaDari = (mulai, daftar) =>
  daftar.map(([umurHari, title], i) => ({
    id: i + 1,
    title,
    at: new Date(mulai.getTime() - umurHari * HARI),
  }));

function rss({ judul, situs, berita }) {
  const item = berita
    .map(
      (b) =>
        `    <item><title>${esc(b.title)}</title><link>${situs}berita/${b.id}</link>` +
        `<guid>${situs}berita/${b.id}</guid><pubDate>${b.at.toUTCString()}</pubDate></item>`,
    )
    .join('\n');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>\n` +
    `    <title>${esc(judul)}</title><link>${situs}</link><description>${esc(judul)}</description>\n` +
    `${item}\n</channel></rss>\n`
  );
}

function sitemap(situs, entri) {
  const url = entri
    .map((e) => `  <url><loc>${situs}${e.path}</loc><lastmod>${e.at.toISOString()}</lastmod></url>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${url}\n</urlset>\n`;
}

function beranda(nama, berita) {
  const daftar = berita
    .slice(0, 5)
    .map(
      (b) =>
        `<li><a href="/berita/${b.id}">${esc(b.title)}</a> <time>${b.at.toISOString().slice(0, 10)}</time></li>`,
    )
    .join('\n');
  return (
    `<!doctype html>\n<html lang="id"><head><meta charset="utf-8"><title>${esc(nama)}</title></head>\n` +
    `<body><h1>${esc(nama)}</h1><p>Situs contoh demo Terbuka (fiktif), dipantau oleh Diskominfo.</p>\n` +
    `<h2>Berita</h2><ul>\n${daftar}\n</ul><p><a href="/ppid/">PPID</a></p></body></html>\n`
  );
}

/** Static answers by path: body, type and the instant it last changed (Last-Modified, ETag, 304). */
function penanganDari(berkas) {
  const siap = new Map(
    Object.entries(berkas).map(([path, { isi, jenis, diubah }]) => {
      const buf = Buffer.from(isi);
      const etag = `"${createHash('sha256').update(buf).digest('base64url').slice(0, 22)}"`;
      return [path, { buf, jenis, diubah, etag }];
    }),
  );
  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const b = siap.get(path);
    if (!b) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      return res.end('tidak ditemukan / not found');
    }
    const header = {
      'Content-Type': b.jenis,
      ETag: b.etag,
      'Last-Modified': b.diubah.toUTCString(),
      'Cache-Control': 'no-cache',
    };
    const sejak = Date.parse(req.headers['if-modified-since'] ?? '');
    if (
      req.headers['if-none-match'] === b.etag ||
      (!req.headers['if-none-match'] && sejak >= Math.floor(b.diubah / 1000) * 1000)
    ) {
      res.writeHead(304, header);
      return res.end();
    }
    res.writeHead(200, { ...header, 'Content-Length': b.buf.length });
    res.end(req.method === 'HEAD' ? undefined : b.buf);
  };
}

const JSON_T = 'application/json; charset=utf-8';
const HTML_T = 'text/html; charset=utf-8';
const XML_T = 'application/xml; charset=utf-8';
const RSS_T = 'application/rss+xml; charset=utf-8';
const TEKS_T = 'text/plain; charset=utf-8';

/**
 * Dinas Kesehatan: WordPress (posts through /wp-json/wp/v2/posts, /feed/, a sitemap), its DIP in JSON,
 * posting every few days.
 */
export function situsDinkes(asal, mulai) {
  const situs = `${asal}/`;
  const berita = beritaDari(mulai, [
    [1, 'Vaksinasi Campak Rubela Sasar 4.200 Balita di Tiga Kecamatan'],
    [3, 'Puskesmas Sukamaju Timur Buka Layanan Sore'],
    [6, 'Data Kasus Demam Berdarah Minggu Ini'],
    [10, 'Pelatihan Kader Posyandu Angkatan Kedua'],
    [15, 'Jadwal Donor Darah Bulan Ini'],
    [24, 'Laporan Realisasi Anggaran Triwulan III'],
    [41, 'Sosialisasi Stunting di Desa Sukamaju Hilir'],
    [67, 'Pengumuman Seleksi Tenaga Kesehatan'],
  ]);
  // WordPress gives `date` in the site's zone (WIB here) and `date_gmt` in UTC, both without an offset.
  const wib = (d) => new Date(d.getTime() + 7 * 60 * 60 * 1000).toISOString().slice(0, 19);
  const posts = berita.map((b) => ({
    id: b.id,
    date: wib(b.at),
    date_gmt: b.at.toISOString().slice(0, 19),
    modified: wib(b.at),
    modified_gmt: b.at.toISOString().slice(0, 19),
    link: `${situs}berita/${b.id}`,
    title: { rendered: b.title },
  }));
  const terbaru = berita[0].at;
  const dip = dipUntuk(
    {
      id: 'dinkes-sukamaju',
      name: 'Dinas Kesehatan Kabupaten Sukamaju',
      kind: 'opd',
      website: situs,
      ppid: { name: 'PPID Pelaksana Dinas Kesehatan', email: 'ppid.dinkes@sukamajukab.go.id' },
    },
    // Without the demo's four exempt entries: no list of exempt information (DIK) yet.
    { n: 40 },
  );
  return penanganDari({
    '/': { isi: beranda('Dinas Kesehatan Kabupaten Sukamaju', berita), jenis: HTML_T, diubah: terbaru },
    '/robots.txt': {
      isi: `User-agent: *\nDisallow: /wp-admin/\nSitemap: ${situs}sitemap.xml\n`,
      jenis: TEKS_T,
      diubah: mulai,
    },
    '/wp-json/wp/v2/posts': { isi: JSON.stringify(posts), jenis: JSON_T, diubah: terbaru },
    '/feed/': { isi: rss({ judul: 'Dinas Kesehatan', situs, berita }), jenis: RSS_T, diubah: terbaru },
    '/sitemap.xml': {
      isi: sitemap(situs, [
        { path: '', at: terbaru },
        ...berita.map((b) => ({ path: `berita/${b.id}`, at: b.at })),
      ]),
      jenis: XML_T,
      diubah: terbaru,
    },
    '/ppid/dip.json': {
      isi: JSON.stringify(dip, null, 2),
      jenis: JSON_T,
      diubah: new Date(mulai - 20 * HARI),
    },
  });
}

/** Kecamatan Sukamaju Barat: a static site with RSS; its last news is eight months old (stale). */
export function situsKecamatan(asal, mulai) {
  const situs = `${asal}/`;
  const berita = beritaDari(mulai, [
    [243, 'Musrenbang Kecamatan Sukamaju Barat'],
    [290, 'Pelayanan KTP Elektronik Keliling'],
    [371, 'Lomba Desa Bersih Tingkat Kecamatan'],
  ]);
  const terakhir = berita[0].at;
  const dip = dipUntuk(
    {
      id: 'kecamatan-sukamaju-barat',
      name: 'Kecamatan Sukamaju Barat',
      kind: 'kecamatan',
      website: situs,
      ppid: { name: 'PPID Pembantu Kecamatan Sukamaju Barat', email: 'ppid.sukamajubarat@sukamajukab.go.id' },
    },
    { n: 12, tanggal: new Date(mulai.getTime() - 400 * HARI).toISOString().slice(0, 10) },
  );
  return penanganDari({
    '/': { isi: beranda('Kecamatan Sukamaju Barat', berita), jenis: HTML_T, diubah: terakhir },
    '/berita.rss': {
      isi: rss({ judul: 'Kecamatan Sukamaju Barat', situs, berita }),
      jenis: RSS_T,
      diubah: terakhir,
    },
    '/ppid/dip.json': { isi: JSON.stringify(dip, null, 2), jenis: JSON_T, diubah: terakhir },
  });
}

/** The demo site's own news feed (/berita.xml): the home page's four stories, a few days apart. */
export function rssDemo(asal, mulai) {
  return rss({
    judul: 'Dinas Komunikasi dan Informatika Kabupaten Sukamaju',
    situs: `${asal}/`,
    berita: beritaDari(mulai, [
      [2, 'Internet Desa Menjangkau 24 Desa Baru di Sukamaju Utara'],
      [5, 'Bimbingan Teknis Pengelolaan DIP untuk PPID Pembantu Kecamatan'],
      [9, 'Aduan Warga Kini Dapat Disampaikan Lewat Kanal Pesan Resmi'],
      [16, 'Portal Satu Data Sukamaju Terbitkan 120 Set Data Baru'],
    ]),
  });
}
