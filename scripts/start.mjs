// `npm start`: installs dependencies when a fresh clone has none, builds the SDK and the widgets, then
// starts the local services in one process, on 127.0.0.1 only: the demo site, the intake server (with
// the demo's SQLite file), the sample agency sites the monitor scans, and the monitor's published report
// (scanned, signed and published at start; demo/pemantauan/).
//
//   node scripts/start.mjs [--tanpa-build] [--port N]
//   PORT=N   the demo on exactly this port (0: any free port); otherwise 8080, or the next free one.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const HOST = '127.0.0.1';
const args = process.argv.slice(2);

function jalankan(cmd, cmdArgs) {
  const r = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!args.includes('--tanpa-build')) {
  jalankan('node', ['scripts/ensure-install.mjs']);
  console.log('[terbuka] membangun SDK dan widget / building the SDK and widgets…');
  jalankan('npm', ['run', '--silent', 'build']);
}

/**
 * Each service: { nama, judul, portBawaan, penanganan(req, res), halaman: {path, title}[] }, optionally
 * `sambung(alamat)` — called once every service listens, with their URLs by nama (the demo learns where
 * to pass /api/, the intake server the demo's origin); it may return lines to print — and `tutup()`.
 * Imported only after the install step above, since they load dependencies.
 */
const pemantauan = await import('../demo/pemantauan/layanan.mjs');
// Order matters for `sambung`: the monitor comes last, when every site it scans is ready.
const LAYANAN = [
  (await import('../demo/server.mjs')).layananDemo,
  (await import('../demo/penerima.mjs')).layananPenerima,
  ...pemantauan.layananSitusContoh,
  pemantauan.layananPemantauan,
];

function dengarkan(server, port) {
  return new Promise((resolve, reject) => {
    const gagal = (e) => {
      server.off('listening', berhasil);
      reject(e);
    };
    const berhasil = () => {
      server.off('error', gagal);
      resolve(server.address().port);
    };
    server.once('error', gagal);
    server.once('listening', berhasil);
    server.listen(port, HOST);
  });
}

/** The preferred port, or the next free one of the following 20 when `cadangan` allows it. */
async function dengarkanDenganCadangan(server, port, cadangan) {
  for (let p = port; ; p++) {
    try {
      return await dengarkan(server, p);
    } catch (e) {
      if (e.code !== 'EADDRINUSE' || !cadangan || p >= port + 20) throw e;
      console.log(
        `[terbuka] port ${p} sedang dipakai, mencoba ${p + 1} / port ${p} is busy, trying ${p + 1}`,
      );
    }
  }
}

function portDiminta(layanan, urutan) {
  const i = args.indexOf('--port');
  // PORT and --port apply to the first service (the demo); later ones take the ports after it.
  if (urutan === 0 && process.env.PORT !== undefined && process.env.PORT !== '') {
    return { port: Number(process.env.PORT), cadangan: false };
  }
  if (urutan === 0 && i >= 0) return { port: Number(args[i + 1]), cadangan: true };
  return { port: layanan.portBawaan, cadangan: true };
}

// Handlers first: a signal that arrives before them would kill the process without closing anything.
const berjalan = [];
async function berhenti(kode = 0) {
  for (const server of berjalan) {
    server.closeAllConnections();
    server.close();
  }
  // The intake server closes its SQLite file (WAL checkpoint); never wait long for it.
  setTimeout(() => process.exit(kode), 2000).unref();
  await Promise.allSettled(LAYANAN.map((l) => l.tutup?.()));
  process.exit(kode);
}
process.on('SIGINT', () => berhenti());
process.on('SIGTERM', () => berhenti());
/** URL of each service by nama, for `sambung`. */
const alamat = {};
for (const [urutan, layanan] of LAYANAN.entries()) {
  const { port, cadangan } = portDiminta(layanan, urutan);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`[terbuka] port tidak sah / invalid port: ${port}`);
    process.exit(2);
  }
  const server = createServer(layanan.penanganan);
  let portNyata;
  try {
    portNyata = await dengarkanDenganCadangan(server, port, cadangan);
  } catch (e) {
    console.error(
      `[terbuka] ${layanan.nama}: tidak dapat membuka port ${port} / cannot listen: ${e.message}`,
    );
    process.exit(1);
  }
  berjalan.push(server);
  alamat[layanan.nama] = `http://${HOST}:${portNyata}`;
}
for (const layanan of LAYANAN) {
  const url = alamat[layanan.nama];
  let catatan = [];
  try {
    catatan = (await layanan.sambung?.(alamat)) ?? [];
  } catch (e) {
    console.error(`[terbuka] ${layanan.nama}: gagal menyiapkan / cannot start: ${e.message}`);
    await berhenti(1);
  }
  console.log(`\n[terbuka] ${layanan.judul}: ${url}/`);
  const lebar = Math.max(...layanan.halaman.map((h) => h.path.length));
  for (const h of layanan.halaman) console.log(`  ${url}${h.path.padEnd(lebar)}  ${h.title}`);
  for (const baris of catatan) console.log(baris);
}
console.log('\n[terbuka] Tekan Ctrl+C untuk berhenti / press Ctrl+C to stop');
