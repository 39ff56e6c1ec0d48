// The monitor in `npm start`: the sample agency sites as services of their own (one loopback origin
// each), then — once every service listens — one scan of the demo registry (appended to the history in
// the demo's data folder), one signed publication (keys made on the first start and kept), and the
// published files served: on their own port as Dinkominfo's static host would (CORS open), and mirrored
// by the demo site under /pemantauan/ so the footer badge reads the feed from its own origin (CSP 'self').
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import {
  bacaPenanda,
  bacaRegistri,
  bacaSetKunci,
  buatKunci,
  pindaiRegistri,
  tandatangani,
  terbitkan,
} from '@terbuka/monitor';
import { JENIS, pelayanBerkas } from '../kirim.mjs';
import { folderData } from '../penerima.mjs';
import { situsDinkes, situsKecamatan } from './situs-contoh.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const templatRegistri = fileURLToPath(new URL('./registri.json', import.meta.url));
const feedContoh = fileURLToPath(new URL('../situs/data/feed.json', import.meta.url));

/** When `npm start` began: the sample sites' dates count back from it. */
export const MULAI = new Date();

export const ISSUER = {
  id: 'diskominfo-sukamaju',
  name: 'Dinas Komunikasi dan Informatika Kabupaten Sukamaju',
};

/** The monitor's folders inside the demo's data folder. */
export function folderPemantauan() {
  const dasar = join(folderData(), 'pemantauan');
  return {
    dasar,
    registri: join(dasar, 'registri.json'),
    riwayat: join(dasar, 'riwayat.jsonl'),
    kunci: join(dasar, 'kunci'),
    terbit: join(dasar, 'terbit'),
  };
}

/**
 * The published folder as static files (read from disk on each request, so a re-publish shows); its text
 * compressed as the client accepts (demo/kirim.mjs), anything else as it is.
 */
export function pelayanTerbitan(folder, { cors = false } = {}) {
  const layani = pelayanBerkas(
    folder,
    sirv(folder, {
      dev: true,
      etag: true,
      dotfiles: false,
      setHeaders(res, pathname) {
        const jenis = JENIS[extname(pathname) || '.html'];
        if (jenis) res.setHeader('Content-Type', jenis);
        res.setHeader('Cache-Control', 'no-cache');
      },
    }),
  );
  return (req, res, berikut) => {
    if (cors) res.setHeader('Access-Control-Allow-Origin', '*');
    return layani(req, res, berikut);
  };
}

function situsSebagaiLayanan(nama, judul, portBawaan, buat, halaman) {
  let penangan;
  return {
    nama,
    judul,
    portBawaan,
    penanganan(req, res) {
      if (penangan) return penangan(req, res);
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('belum siap / not ready');
    },
    halaman,
    sambung(alamat) {
      penangan = buat(alamat[nama], MULAI);
    },
  };
}

/** The sample agency sites, each an npm start service on its own port. */
export const layananSitusContoh = [
  situsSebagaiLayanan(
    'situs-dinkes',
    'Situs contoh yang dipantau: Dinas Kesehatan (WordPress, aktif)',
    8791,
    situsDinkes,
    [
      { path: '/', title: 'beranda / home' },
      { path: '/wp-json/wp/v2/posts', title: 'WordPress REST API' },
      { path: '/ppid/dip.json', title: 'DIP' },
    ],
  ),
  situsSebagaiLayanan(
    'situs-kecamatan',
    'Situs contoh yang dipantau: Kecamatan Sukamaju Barat (RSS, tidak aktif sejak lama / stale)',
    8792,
    situsKecamatan,
    [
      { path: '/', title: 'beranda / home' },
      { path: '/berita.rss', title: 'RSS' },
      { path: '/ppid/dip.json', title: 'DIP' },
    ],
  ),
];

/** A loopback port nothing listens on: the unreachable sample agency (connection refused, at once). */
function portTertutup() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** The demo registry with the services' real addresses in place of `{nama}`. */
export function isiRegistri(templat, alamat) {
  return templat.replace(/\{([a-z-]+)\}/g, (m, nama) => {
    if (!(nama in alamat)) throw new Error(`registri demo: alamat {${nama}} tidak dikenal / unknown address`);
    return alamat[nama];
  });
}

/** The published files' handler, set once published; the public keys the badge pins. */
let pelayan;
let kunciPublik = [];
let sigContoh;
export const terbitanSiap = () => pelayan !== undefined;
export const kunciLencana = () => kunciPublik;
/** `feed.json.sig` for the sample feed of demo/situs/data (its expired entry shows the stale badge). */
export const tandaTanganFeedContoh = () => sigContoh;

/** Serves the published folder under `awalan` (the demo's /pemantauan/); 503 until published. */
export function layaniPemantauan(req, res, awalan, tidakAda) {
  if (!pelayan) {
    res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '2' });
    return res.end('Laporan pemantauan belum terbit / monitoring report not published yet');
  }
  const asli = req.url;
  req.url = req.url.slice(awalan.length - 1) || '/';
  return pelayan.demo(req, res, () => {
    req.url = asli;
    tidakAda();
  });
}

/** Scan, sign and publish; returns the lines npm start prints. */
async function pindaiDanTerbitkan(alamat) {
  const f = folderPemantauan();
  mkdirSync(f.dasar, { recursive: true });
  const teks = isiRegistri(readFileSync(templatRegistri, 'utf8'), {
    ...alamat,
    tertutup: `http://127.0.0.1:${await portTertutup()}`,
  });
  writeFileSync(f.registri, teks);
  const hasil = bacaRegistri(teks, { format: 'json' });
  if (!hasil.ok || !hasil.registry) {
    const galat = hasil.errors.map((e) => `${e.path}: ${e.message.id}`).join('; ');
    throw new Error(`registri demo tidak sah / invalid demo registry: ${galat}`);
  }
  const now = new Date();
  const ringkasan = await pindaiRegistri(hasil.registry, {
    riwayat: f.riwayat,
    now,
    progress: false,
    // Loopback sites answer at once; the unreachable one refuses the connection. Short limits keep
    // npm start quick even on a busy machine. The sample sites are on loopback, which the monitor
    // refuses unless allowed.
    pengambil: { timeoutMs: 4000, retries: 0, izinkanAlamatLokal: true },
  });
  if ((await bacaSetKunci(f.kunci)).every((k) => k.status === 'pensiun')) {
    await buatKunci(f.kunci, { now });
  }
  const baseUrl = `${alamat.demo}/pemantauan/`;
  const terbit = await terbitkan({
    riwayat: [f.riwayat],
    keluar: f.terbit,
    kunci: f.kunci,
    baseUrl,
    issuer: { ...ISSUER, url: baseUrl },
    now,
  });
  kunciPublik = (await bacaSetKunci(f.kunci)).filter((k) => k.status !== 'pensiun').map((k) => k.x);
  const penanda = await bacaPenanda(f.kunci, now);
  sigContoh = `${JSON.stringify(tandatangani(readFileSync(feedContoh), penanda, 'feed.json'), null, 2)}\n`;
  pelayan = {
    demo: pelayanTerbitan(f.terbit),
    sendiri: pelayanTerbitan(f.terbit, { cors: true }),
  };
  const rel = (p) => relative(root, p) || p;
  return { ringkasan, terbit, rel, f, baseUrl };
}

/** The monitor's published files as their own host (Dinkominfo's), with CORS open. */
export const layananPemantauan = {
  nama: 'pemantauan',
  judul: 'Hasil pemantauan Diskominfo (berkas statis terbitan monitor, CORS terbuka)',
  portBawaan: 8790,
  penanganan(req, res) {
    if (!pelayan) {
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '2' });
      return res.end('Laporan pemantauan belum terbit / monitoring report not published yet');
    }
    pelayan.sendiri(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('tidak ditemukan / not found');
    });
  },
  halaman: [
    { path: '/', title: 'peringkat / leaderboard' },
    { path: '/metode.html', title: 'metode / method' },
    { path: '/feed.json', title: 'feed (+ feed.json.sig, keys.json)' },
  ],
  async sambung(alamat) {
    const t0 = Date.now();
    let hasil;
    try {
      hasil = await pindaiDanTerbitkan(alamat);
    } catch (e) {
      // The rest of the demo still works; the footer badge shows "not verified" (no key, no feed).
      return [`  PEMANTAUAN GAGAL / MONITOR FAILED: ${e?.stack ?? e}`];
    }
    const { ringkasan, rel, f, baseUrl } = hasil;
    const detik = ((Date.now() - t0) / 1000).toFixed(1);
    const band = Object.entries(ringkasan.bands)
      .filter(([, n]) => n > 0)
      .map(([kode, n]) => `${kode} ${n}`)
      .join(', ');
    return [
      `  dipindai / scanned: ${ringkasan.scanned} badan publik / agencies (${band}; tidak terjangkau / unreachable: ${ringkasan.unreachable}) dalam / in ${detik} s`,
      `  riwayat / history: ${rel(f.riwayat)}`,
      `  kunci / keys: ${rel(f.kunci)} (dibuat sekali / made once); kunci publik lencana / badge key: ${kunciPublik.join(' ')}`,
      `  laporan di situs demo / report on the demo site: ${baseUrl}`,
    ];
  },
};
