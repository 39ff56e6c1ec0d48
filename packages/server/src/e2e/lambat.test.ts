import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { after, before, test } from 'node:test';
import { direktoriUji, kirim, mulaiServer, type ProsesServer } from '../uji/proses.js';

// Slow and idle clients (slowloris) on a real `terbuka serve`, with short timeouts from the configuration.
const { dir, hapus } = direktoriUji();
let s: ProsesServer;
before(async () => {
  s = await mulaiServer({
    dir,
    konfigurasi: {
      timeouts: { requestSeconds: 2, headersSeconds: 1, keepAliveSeconds: 1 },
      maxConnections: 4,
    },
  });
});
const terbuka: Socket[] = [];
after(async () => {
  // The client side first: a server without timeouts would wait for these connections before it exits.
  terbuka.forEach((k) => k.destroy());
  await s?.berhenti();
  hapus();
});

/** A raw connection to the server; resolves with everything it was sent once the server closes it. */
async function sambung(): Promise<{ soket: Socket; ditutup: Promise<{ data: string; detik: number }> }> {
  const { port } = new URL(s.alamat);
  const soket = connect(Number(port), '127.0.0.1');
  terbuka.push(soket);
  await new Promise<void>((ok, gagal) => soket.once('connect', ok).once('error', gagal));
  const mulai = Date.now();
  let data = '';
  soket.on('data', (d) => (data += d));
  soket.on('error', () => {});
  const ditutup = new Promise<{ data: string; detik: number }>((ok) =>
    soket.on('close', () => ok({ data, detik: (Date.now() - mulai) / 1000 })),
  );
  return { soket, ditutup };
}

/** Sends one byte every 200 ms until the connection closes (or 8 s pass). */
function tetes(soket: Socket) {
  const t = setInterval(() => {
    if (!soket.destroyed) soket.write('a');
  }, 200);
  const henti = setTimeout(() => clearInterval(t), 8_000);
  soket.on('close', () => {
    clearInterval(t);
    clearTimeout(henti);
  });
}

/** Fails if the connection is still open after `detik` seconds. */
async function tertutupDalam<T>(p: Promise<T>, detik: number): Promise<T> {
  let t: NodeJS.Timeout | undefined;
  const batas = new Promise<never>((_, gagal) => {
    t = setTimeout(() => gagal(new Error(`connection still open after ${detik} s`)), detik * 1000);
  });
  try {
    return await Promise.race([p, batas]);
  } finally {
    clearTimeout(t);
  }
}

test('a body dripped one byte at a time is cut off at requestSeconds with 408', async () => {
  const { soket, ditutup } = await sambung();
  soket.write(
    'POST /v1/permintaan HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 10000\r\n\r\n{"',
  );
  tetes(soket);
  const r = await tertutupDalam(ditutup, 6);
  assert.match(r.data, /^HTTP\/1\.1 408 /);
  assert.ok(r.detik >= 1.9, `closed after ${r.detik} s, before the 2 s timeout`);
});

test('headers dripped one byte at a time are cut off at headersSeconds', async () => {
  const { soket, ditutup } = await sambung();
  soket.write('GET /v1/agensi HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Lambat: ');
  tetes(soket);
  const r = await tertutupDalam(ditutup, 5);
  assert.match(r.data, /^HTTP\/1\.1 408 /);
  assert.ok(r.detik < 2.5, `headers took ${r.detik} s`);
});

test('an idle kept-alive connection is closed after keepAliveSeconds', async () => {
  const { soket, ditutup } = await sambung();
  soket.write('GET /v1/tidak-ada HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
  const r = await tertutupDalam(ditutup, 5);
  assert.match(r.data, /^HTTP\/1\.1 404 /);
});

test('beyond maxConnections a new connection is closed at once; the server answers again afterwards', async () => {
  const penuh = await Promise.all([1, 2, 3, 4].map(() => sambung()));
  for (const { soket } of penuh) soket.write('GET /v1/x HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Lambat: ');
  const lebih = await sambung();
  const r = await tertutupDalam(lebih.ditutup, 1);
  assert.equal(r.data, '');
  for (const { soket } of penuh) soket.destroy();
  await Promise.all(penuh.map((p) => p.ditutup));
  const jawab = await kirim(s.alamat, '/v1/tidak-ada', undefined, {}, 'GET');
  assert.equal(jawab.status, 404);
});
