// The intake server (@terbuka/server) as a service of `npm start`: the demo agency, a local SQLite file
// and one officer token, for trying the whole request loop on 127.0.0.1. Demo only: a real office runs
// `terbuka serve --config …` with its own configuration (docs/id/server.md).
import { randomBytes, createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buatAplikasi, bukaBasisData, jamSistem, periksaKonfigurasi } from '@terbuka/server';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Where the demo keeps its data (git-ignored); TERBUKA_DEMO_DATA moves it (the tests use a temp dir). */
export const folderData = () =>
  process.env.TERBUKA_DEMO_DATA || fileURLToPath(new URL('./.data/', import.meta.url));

export const AGENSI_DEMO = {
  id: 'diskominfo-sukamaju',
  name: 'Dinas Komunikasi dan Informatika Kabupaten Sukamaju',
  kind: 'opd',
  code: 'DISKOMINFO',
  timeZone: 'Asia/Jakarta',
  numberTemplate: '{seq:3}/PPID/{agency}/{jenis}/{yyyy}',
};

/**
 * The officer token: TERBUKA_DEMO_TOKEN, else one made on first start and kept in the data folder so
 * it survives restarts. Only its SHA-256 goes into the server's configuration.
 */
function tokenDemo(folder) {
  if (process.env.TERBUKA_DEMO_TOKEN) return { token: process.env.TERBUKA_DEMO_TOKEN, berkas: undefined };
  const berkas = `${folder}/token-petugas.txt`;
  if (existsSync(berkas)) return { token: readFileSync(berkas, 'utf8').trim(), berkas };
  const token = `tbk_demo_${randomBytes(24).toString('base64url')}`;
  writeFileSync(berkas, `${token}\n`, { mode: 0o600 });
  return { token, berkas };
}

/** The demo site's origins (127.0.0.1 and localhost on its port): the only sites allowed to submit. */
export function asalDemo(urlDemo) {
  const port = new URL(urlDemo).port;
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

/** The server configuration of the demo, checked by the server's own schema. */
export function konfigurasiDemo({ database, origins, tokenSha256 }) {
  return periksaKonfigurasi({
    host: '127.0.0.1',
    port: 0,
    database,
    agencies: [{ ...AGENSI_DEMO, origins }],
    officers: [{ name: 'Petugas PPID (demo)', tokenSha256 }],
    // Every visitor of the demo comes through its proxy from 127.0.0.1: one shared, looser limit.
    rateLimit: { perMinute: 300, statusPerMinute: 60 },
    logLevel: process.env.TERBUKA_LOG_LEVEL || 'warn',
  });
}

let app;
let db;

/** A service for scripts/start.mjs; ready once `sambung` has the demo's address. */
export const layananPenerima = {
  nama: 'penerima',
  judul: 'Server penerima permohonan (demo, SQLite)',
  portBawaan: 8787,
  penanganan(req, res) {
    if (app) return app.routing(req, res);
    res.statusCode = 503;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.setHeader('Retry-After', '1');
    res.end('Server penerima belum siap / intake server not ready');
  },
  halaman: [
    { path: '/v1/kesehatan', title: 'kesehatan / health (API: /v1/permintaan, /v1/status, /v1/petugas/…)' },
  ],
  async sambung(alamat) {
    const folder = folderData();
    mkdirSync(folder, { recursive: true });
    const database = `${folder}/terbuka.sqlite`;
    const { token, berkas } = tokenDemo(folder);
    const konfigurasi = konfigurasiDemo({
      database,
      origins: asalDemo(alamat.demo),
      tokenSha256: createHash('sha256').update(token).digest('hex'),
    });
    db = bukaBasisData(database);
    const dibuat = await buatAplikasi({ konfigurasi, db, jam: jamSistem });
    await dibuat.app.ready();
    app = dibuat.app;
    const rel = (p) => relative(root, p) || p;
    return [
      `  basis data / database: ${rel(database)} (hapus folder ${rel(dirname(database))}/ untuk mengulang / delete it to reset)`,
      `  token petugas / officer token (HANYA DEMO / DEMO ONLY, jangan dipakai di server sungguhan):`,
      `    ${token}${berkas ? `   (${rel(berkas)})` : ''}`,
      `  halaman petugas / officer page: ${alamat.demo}/petugas.html`,
    ];
  },
  async tutup() {
    await app?.close();
    db?.close();
  },
};
