// demo/kirim.mjs behind a real HTTP server on loopback: a static file is compressed once per encoding and
// kept (not per request), made again only when the file changes on disk; Accept-Encoding's q values.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { etagIsi, jumlahPemampatan, kirim, pelayanBerkas, pilihPengodean } from './kirim.mjs';

let folder: string;
let server: Server;
let port: number;
/** The bodies `/sekali` made, one per response that carried one. */
let dibuat = 0;
const SEKALI = Buffer.from(`<p>${'isi halaman '.repeat(200)}{tanda}</p>`);

before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'terbuka-kirim-'));
  const layani = pelayanBerkas(folder, (_req, res) => {
    res.statusCode = 404;
    res.end();
  });
  server = createServer((req, res) => {
    // A body made for each response, as the demo's pages are (each with its own nonce).
    if (req.url === '/sekali') {
      const buatBadan = (isi: Buffer): Buffer => {
        dibuat += 1;
        res.setHeader('X-Dibuat', String(dibuat));
        return Buffer.from(isi.toString().replace('{tanda}', `tanda-${dibuat}`));
      };
      return void kirim(req, res, {
        isi: SEKALI,
        jenis: 'text/html; charset=utf-8',
        etag: etagIsi(SEKALI),
        buatBadan,
      });
    }
    layani(req, res, () => {});
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  port = (server.address() as AddressInfo).port;
});

after(async () => {
  await new Promise<void>((ok) => server.close(() => ok()));
  rmSync(folder, { recursive: true, force: true });
});

function ambil(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, unknown>; isi: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const potongan: Buffer[] = [];
      res.on('data', (d: Buffer) => potongan.push(d));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, isi: Buffer.concat(potongan) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

test('a file is compressed once per encoding and kept; a change on disk makes it again', async () => {
  const teks = (n: number): string =>
    `export const daftar = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `butir ${i} ${n}`))};\n`;
  writeFileSync(join(folder, 'a.js'), teks(1));
  const br = { 'Accept-Encoding': 'br' };
  const awal = jumlahPemampatan();
  const pertama = await ambil('/a.js', br);
  assert.equal(pertama.headers['content-encoding'], 'br');
  assert.equal(brotliDecompressSync(pertama.isi).toString(), teks(1));
  assert.equal(jumlahPemampatan(), awal + 1);
  for (let i = 0; i < 5; i++) assert.ok((await ambil('/a.js', br)).isi.equals(pertama.isi));
  assert.equal(jumlahPemampatan(), awal + 1, 'not compressed again per request');
  await ambil('/a.js', { 'Accept-Encoding': 'gzip' });
  assert.equal(jumlahPemampatan(), awal + 2, 'gzip is its own variant');
  await ambil('/a.js');
  assert.equal(jumlahPemampatan(), awal + 2, 'identity needs none');
  writeFileSync(join(folder, 'a.js'), teks(22));
  const baru = await ambil('/a.js', br);
  assert.equal(brotliDecompressSync(baru.isi).toString(), teks(22), 'the edit shows without a restart');
  assert.notEqual(baru.headers['etag'], pertama.headers['etag']);
  assert.equal(jumlahPemampatan(), awal + 3);
});

test('Accept-Encoding: q values, a wildcard, brotli on a tie, identity when nothing fits', () => {
  assert.equal(pilihPengodean('gzip, deflate, br, zstd'), 'br');
  assert.equal(pilihPengodean('gzip, deflate'), 'gzip');
  assert.equal(pilihPengodean('br;q=0.5, gzip;q=0.8'), 'gzip');
  assert.equal(pilihPengodean('BR ; q=1.0'), 'br');
  assert.equal(pilihPengodean('*'), 'br');
  assert.equal(pilihPengodean('*;q=0.5, br;q=0'), 'gzip');
  assert.equal(pilihPengodean('br;q=0, gzip;q=0'), undefined);
  assert.equal(pilihPengodean('identity'), undefined);
  assert.equal(pilihPengodean(''), undefined);
  assert.equal(pilihPengodean(undefined), undefined);
});

test('a body made per response: made only when sent, compressed for it alone, the ETag of what they share', async () => {
  const awal = jumlahPemampatan();
  const a = await ambil('/sekali', { 'Accept-Encoding': 'br' });
  const b = await ambil('/sekali', { 'Accept-Encoding': 'br' });
  assert.equal(a.headers['content-encoding'], 'br');
  assert.match(brotliDecompressSync(a.isi).toString(), /tanda-1<\/p>$/);
  assert.match(brotliDecompressSync(b.isi).toString(), /tanda-2<\/p>$/);
  assert.equal(Number(a.headers['content-length']), a.isi.length);
  assert.equal(jumlahPemampatan(), awal, 'nothing compressed into the kept variants');
  assert.equal(a.headers['etag'], b.headers['etag']);
  // A 304 makes no body, so none of its headers (X-Dibuat here, a page's CSP in the demo).
  const lagi = await ambil('/sekali', {
    'Accept-Encoding': 'br',
    'If-None-Match': String(a.headers['etag']),
  });
  assert.equal(lagi.status, 304);
  assert.equal(lagi.headers['x-dibuat'], undefined);
  // A Range gets the whole body: its bytes are not those of any earlier response.
  const rentang = await ambil('/sekali', { Range: 'bytes=0-9' });
  assert.equal(rentang.status, 200);
  assert.equal(rentang.headers['accept-ranges'], undefined);
  assert.match(rentang.isi.toString(), /^<p>isi[\s\S]*tanda-3<\/p>$/);
  assert.equal(dibuat, 3);
});
