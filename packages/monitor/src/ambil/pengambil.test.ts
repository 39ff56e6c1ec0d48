import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { jeda, mulaiServer, portMati, type ServerLokal } from '../uji/server-lokal.js';
import { Pengambil, bacaRetryAfter, buatUserAgent, VERSI_MONITOR, type HasilAmbil } from './index.js';
import { klasifikasiGalat } from './kegagalan.js';

const servers: ServerLokal[] = [];
const pengambils: Pengambil[] = [];
after(async () => {
  await Promise.all(pengambils.map((p) => p.tutup()));
  await Promise.all(servers.map((s) => s.tutup()));
});

async function server(h: Parameters<typeof mulaiServer>[0]): Promise<ServerLokal> {
  const s = await mulaiServer(h);
  servers.push(s);
  return s;
}
function pengambil(opsi: ConstructorParameters<typeof Pengambil>[0] = {}): Pengambil {
  const p = new Pengambil({ izinkanAlamatLokal: true, backoffMs: 5, ...opsi });
  pengambils.push(p);
  return p;
}
function gagal(h: HasilAmbil): Extract<HasilAmbil, { ok: false }> {
  assert.equal(h.ok, false, `expected a failure, got ${JSON.stringify(h).slice(0, 200)}`);
  return h as Extract<HasilAmbil, { ok: false }>;
}
function berhasil(h: HasilAmbil): Extract<HasilAmbil, { ok: true }> {
  assert.equal(h.ok, true, `expected success, got ${JSON.stringify(h).slice(0, 300)}`);
  return h as Extract<HasilAmbil, { ok: true }>;
}

describe('Pengambil', () => {
  it('fetches a page with its User-Agent, headers and the SHA-256 of the body', async () => {
    let ua = '';
    const s = await server((req, res) => {
      if (req.url === '/robots.txt') return void res.writeHead(404).end();
      ua = req.headers['user-agent'] ?? '';
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        etag: '"v1"',
        'last-modified': 'Wed, 01 Jan 2025 00:00:00 GMT',
      });
      res.end('<p>Halo dunia</p>');
    });
    const p = pengambil({ userAgent: buatUserAgent('https://kominfo.example/monitor') });
    const h = berhasil(await p.ambil(`${s.base}/`, { kind: 'beranda' }));
    assert.equal(h.status, 200);
    assert.equal(h.body, '<p>Halo dunia</p>');
    assert.equal(h.hash, createHash('sha256').update('<p>Halo dunia</p>').digest('hex'));
    assert.deepEqual(h.headers, {
      etag: '"v1"',
      lastModified: 'Wed, 01 Jan 2025 00:00:00 GMT',
      contentType: 'text/html; charset=utf-8',
    });
    assert.equal(h.notModified, false);
    assert.equal(ua, `TerbukaMonitor/${VERSI_MONITOR} (+https://kominfo.example/monitor)`);
  });

  it('reads a body as the SDK reads a file: UTF-8 when it is, whatever the header; else the charset named; else Windows-1252', async () => {
    // "Café – ’" in Windows-1252 (Excel's "CSV (Comma delimited)"): invalid as UTF-8.
    const ansi = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x92]);
    const s = await server((req, res) => {
      if (req.url === '/robots.txt') return void res.writeHead(404).end();
      if (req.url === '/ansi.csv') return void res.writeHead(200, { 'content-type': 'text/csv' }).end(ansi);
      // An old server labelling every text file ISO-8859-1, over a file saved as UTF-8.
      res.writeHead(200, { 'content-type': 'text/csv; charset=ISO-8859-1' }).end(Buffer.from('Café – ’'));
    });
    const p = pengambil();
    const a = berhasil(await p.ambil(`${s.base}/ansi.csv`, { kind: 'dip' }));
    assert.equal(a.body, 'Café – ’');
    assert.equal(a.pengodean, 'windows-1252');
    const u = berhasil(await p.ambil(`${s.base}/utf8.csv`, { kind: 'dip' }));
    assert.equal(u.body, 'Café – ’');
    assert.equal(u.pengodean, 'utf-8');
  });

  it('asks for compression and unpacks gzip, deflate and brotli, even sent unasked; limit and hash are of the content', async () => {
    const isi = 'No;Judul;Kategori\r\n' + '1;Laporan Keuangan – Café;Berkala\r\n'.repeat(200);
    const kemas: Record<string, (b: Buffer) => Buffer> = {
      gzip: (b) => gzipSync(b),
      deflate: (b) => deflateSync(b),
      br: (b) => brotliCompressSync(b),
    };
    const diminta: string[] = [];
    const s = await server((req, res) => {
      if (req.url === '/robots.txt') return void res.writeHead(404).end();
      diminta.push(String(req.headers['accept-encoding']));
      const jenis = (req.url ?? '').slice(1).split('.')[0]!;
      // Labelled compressed, and not: gzip, brotli; and an empty body labelled gzip, which is just empty.
      if (jenis === 'rusak' || jenis === 'rusakbr')
        return void res
          .writeHead(200, { 'content-encoding': jenis === 'rusak' ? 'gzip' : 'br' })
          .end(Buffer.from('bukan kemasan, teks biasa yang cukup panjang untuk dicoba dibuka'));
      if (jenis === 'kosong')
        return void res.writeHead(200, { 'content-encoding': 'gzip', 'content-length': '0' }).end();
      res.writeHead(200, { 'content-type': 'text/csv', 'content-encoding': jenis });
      res.end(kemas[jenis]!(Buffer.from(isi)));
    });
    const p = pengambil();
    for (const jenis of Object.keys(kemas)) {
      const h = berhasil(await p.ambil(`${s.base}/${jenis}.csv`, { kind: 'dip' }));
      assert.equal(h.body, isi, jenis);
      assert.equal(h.hash, createHash('sha256').update(isi).digest('hex'), jenis);
    }
    assert.ok(
      diminta.every((a) => /gzip/.test(a) && /br/.test(a) && !/deflate/.test(a)),
      diminta.join(' | '),
    );
    // The size limit counts what the content unpacks to (a small gzip can hold a huge body).
    const kecil = pengambil({ maxBytes: 1024 });
    assert.equal(
      gagal(await kecil.ambil(`${s.base}/gzip.csv`, { kind: 'dip' })).failure.reason,
      'terlalu-besar',
    );
    // A body that says gzip or brotli and is not: a clear failure, not a connection problem retried.
    for (const [jenis, nama] of [
      ['rusak', 'gzip'],
      ['rusakbr', 'br'],
    ]) {
      const r = gagal(await p.ambil(`${s.base}/${jenis}.csv`, { kind: 'dip' }));
      assert.equal(r.failure.reason, 'isi-tidak-sah', jenis);
      assert.match(r.failure.message.id, new RegExp(`terkompresi \\(${nama}\\) tetapi tidak dapat dibuka`));
    }
    assert.equal(berhasil(await p.ambil(`${s.base}/kosong.csv`, { kind: 'dip' })).body, '');
  });

  it('a compressed body that stops or is cut off fails (timeout, connection) instead of waiting for good', async () => {
    const awal = gzipSync(Buffer.from('No;Judul;Kategori\r\n'.repeat(500))).subarray(0, 40);
    const s = await server((req, res) => {
      if (req.url === '/robots.txt') return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/csv', 'content-encoding': 'gzip' });
      res.write(awal);
      if (req.url === '/putus') setTimeout(() => req.socket.destroy(), 50);
    });
    // A short timeout only where the timeout is the expected end; the cut body gets the default (10 s), so
    // on a loaded machine a late cut cannot be overtaken by the timeout and read as one.
    const singkat = pengambil({ timeoutMs: 500, retries: 0, robots: false });
    const lapang = pengambil({ retries: 0, robots: false });
    const [berhenti, putus] = await Promise.all([
      singkat.ambil(`${s.base}/berhenti`, { kind: 'dip' }),
      lapang.ambil(`${s.base}/putus`, { kind: 'dip' }),
    ]);
    assert.equal(gagal(berhenti).failure.reason, 'waktu-habis');
    assert.equal(gagal(putus).failure.reason, 'koneksi');
  });

  it('hashes but does not keep the body when asked not to', async () => {
    const s = await server((_req, res) => res.end('isi'));
    const h = berhasil(
      await pengambil({ robots: false }).ambil(`${s.base}/`, { kind: 'beranda', body: false }),
    );
    assert.equal(h.body, '');
    assert.equal(h.hash, createHash('sha256').update('isi').digest('hex'));
  });

  it('times out a server slower than the timeout, for headers and for the body', async () => {
    const s = await server(async (req, res) => {
      if (req.url === '/lambat-header') {
        await jeda(3000);
        return void res.end('terlambat');
      }
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('awal…');
      await jeda(3000);
      res.end('akhir');
    });
    // Without robots.txt: read under the same 300 ms, on a loaded machine it could time out itself, and every
    // URL of the host would then fail with its timeout before being requested. Only the slow paths are sent.
    const p = pengambil({ timeoutMs: 300, robots: false });
    for (const path of ['/lambat-header', '/lambat-isi']) {
      const h = gagal(await p.ambil(`${s.base}${path}`, { kind: 'beranda' }));
      assert.equal(h.failure.reason, 'waktu-habis', path);
      // The seconds as each language writes them: a decimal comma in Indonesian.
      assert.match(h.failure.message.id, /dalam 0,3 detik\./);
      assert.match(h.failure.message.en, /within 0\.3 s\./);
    }
    // Timeouts are not retried by default: one request per path.
    assert.deepEqual(s.log, ['/lambat-header', '/lambat-isi']);
  });

  it('stops a redirect loop and a chain longer than the limit', async () => {
    const s = await server((req, res) => {
      const u = req.url ?? '/';
      if (u === '/robots.txt') return void res.writeHead(404).end();
      if (u === '/a') return void res.writeHead(302, { location: '/b' }).end();
      if (u === '/b') return void res.writeHead(301, { location: '/a' }).end();
      const n = /^\/rantai\/(\d+)$/.exec(u);
      if (n) return void res.writeHead(307, { location: `/rantai/${Number(n[1]) + 1}` }).end();
      if (u === '/pindah') return void res.writeHead(308, { location: '/tujuan' }).end();
      res.end(`di ${u}`);
    });
    const p = pengambil({ maxRedirects: 3 });
    const loop = gagal(await p.ambil(`${s.base}/a`, { kind: 'beranda' }));
    assert.equal(loop.failure.reason, 'terlalu-banyak-alihan');
    assert.match(loop.failure.message.en, /loop/);
    const rantai = gagal(await p.ambil(`${s.base}/rantai/0`, { kind: 'beranda' }));
    assert.equal(rantai.failure.reason, 'terlalu-banyak-alihan');
    assert.match(rantai.failure.message.en, /more than 3 times/);
    assert.equal(s.log.filter((l) => l.startsWith('/rantai/')).length, 4);
    const ok = berhasil(await p.ambil(`${s.base}/pindah`, { kind: 'beranda' }));
    assert.equal(ok.url, `${s.base}/tujuan`);
    assert.equal(ok.body, 'di /tujuan');
  });

  it('cuts a huge body off at maxBytes, with or without Content-Length', async () => {
    let dikirim = 0;
    const s = await server(async (req, res) => {
      if (req.url === '/robots.txt') return void res.writeHead(404).end();
      const potong = Buffer.alloc(64 * 1024, 'a');
      if (req.url === '/dinyatakan') res.writeHead(200, { 'content-length': String(50 * 1024 * 1024) });
      else res.writeHead(200);
      // 50 MiB if nobody stops it; backpressure makes write() wait for the reader.
      let putus = false;
      res.once('close', () => (putus = true));
      for (let i = 0; i < 800 && !putus; i++) {
        if (!res.write(potong)) await Promise.race([new Promise((r) => res.once('drain', r)), jeda(200)]);
        dikirim += potong.length;
      }
      res.end();
    });
    const p = pengambil({ maxBytes: 1024 * 1024 });
    for (const path of ['/dinyatakan', '/mengalir']) {
      const h = gagal(await p.ambil(`${s.base}${path}`, { kind: 'beranda' }));
      assert.equal(h.failure.reason, 'terlalu-besar', path);
      assert.match(h.failure.message.id, /1 MiB/);
    }
    await jeda(50);
    assert.ok(dikirim < 20 * 1024 * 1024, `the server was stopped early (sent ${dikirim} bytes)`);
    // A body under a per-request cap passes.
    const kecil = await server((_req, res) => res.end('x'.repeat(1000)));
    assert.equal(
      berhasil(await p.ambil(`${kecil.base}/`, { kind: 'dip', maxBytes: 2000 })).body.length,
      1000,
    );
  });

  it('honours robots.txt: a disallowed URL is not requested; robots.txt is read once per origin', async () => {
    const s = await server((req, res) => {
      if (req.url === '/robots.txt')
        return void res.end(
          'User-agent: *\nDisallow: /admin\n\nUser-agent: TerbukaMonitor\nDisallow: /rahasia\n',
        );
      res.end('boleh');
    });
    const p = pengambil();
    const dilarang = gagal(await p.ambil(`${s.base}/rahasia/dip.json`, { kind: 'dip' }));
    assert.equal(dilarang.failure.reason, 'robots');
    assert.equal(dilarang.failure.robotsTxt, `${s.base}/robots.txt`);
    assert.ok(!s.log.includes('/rahasia/dip.json'));
    // Our own group applies, not the `*` one.
    berhasil(await p.ambil(`${s.base}/admin`, { kind: 'beranda' }));
    await Promise.all([1, 2, 3].map((i) => p.ambil(`${s.base}/halaman/${i}`, { kind: 'beranda' })));
    assert.equal(s.log.filter((l) => l === '/robots.txt').length, 1);
    assert.equal(p.statistik.robotsFetched, 1);
    // robots: false skips it.
    const bebas = pengambil({ robots: false });
    berhasil(await bebas.ambil(`${s.base}/rahasia/dip.json`, { kind: 'dip' }));
  });

  it('treats robots.txt answering 5xx as disallowing the whole site (RFC 9309), counted as a server error', async () => {
    const s = await server((req, res) => {
      if (req.url === '/robots.txt') return void res.writeHead(503).end();
      res.end('isi');
    });
    const p = pengambil({ retries: 0 });
    const h = gagal(await p.ambil(`${s.base}/`, { kind: 'beranda' }));
    // The server failed; robots.txt set no rule: a server error, not "disallowed by robots.txt".
    assert.equal(h.failure.reason, 'server');
    assert.equal(h.failure.status, 503);
    assert.equal(h.failure.robotsTxt, `${s.base}/robots.txt`);
    assert.match(h.failure.message.id, /^Server galat: .*robots\.txt menjawab HTTP 503/);
    assert.match(h.failure.message.en, /^Server error: .*robots\.txt answered HTTP 503/);
    assert.deepEqual(s.log, ['/robots.txt']);
    const info = await p.infoRobots(`${s.base}/`);
    assert.deepEqual([info?.status, info?.failure?.reason], [503, 'server']);
  });

  it('sends conditional requests and reports 304 as notModified', async () => {
    const s = await server((req, res) => {
      if (req.url === '/robots.txt') return void res.writeHead(404).end();
      if (req.url === '/etag') {
        if (req.headers['if-none-match'] === '"abc"') return void res.writeHead(304, { etag: '"abc"' }).end();
        return void res.writeHead(200, { etag: '"abc"' }).end('isi etag');
      }
      const lm = 'Mon, 02 Jun 2025 03:04:05 GMT';
      if (req.headers['if-modified-since'] === lm) return void res.writeHead(304).end();
      res.writeHead(200, { 'last-modified': lm }).end('isi tanggal');
    });
    const p = pengambil();
    const pertama = berhasil(await p.ambil(`${s.base}/etag`, { kind: 'dip' }));
    assert.equal(pertama.notModified, false);
    const kedua = berhasil(await p.ambil(`${s.base}/etag`, { kind: 'dip', etag: pertama.headers.etag }));
    assert.equal(kedua.status, 304);
    assert.equal(kedua.notModified, true);
    assert.equal(kedua.hash, undefined);
    assert.equal(kedua.headers.etag, '"abc"');

    const a = berhasil(await p.ambil(`${s.base}/lm`, { kind: 'beranda' }));
    const b = berhasil(
      await p.ambil(`${s.base}/lm`, { kind: 'beranda', lastModified: a.headers.lastModified }),
    );
    assert.equal(b.notModified, true);
    // The validator sent is kept when the 304 does not repeat it.
    assert.equal(b.headers.lastModified, 'Mon, 02 Jun 2025 03:04:05 GMT');
  });

  it('retries 5xx and 429 with backoff, then succeeds', async () => {
    let n = 0;
    const s = await server((req, res) => {
      if (req.url === '/robots.txt') return void res.writeHead(404).end();
      n++;
      if (n === 1) return void res.writeHead(503).end();
      if (n === 2) return void res.writeHead(429, { 'retry-after': '0' }).end();
      res.end('akhirnya');
    });
    const p = pengambil();
    const h = berhasil(await p.ambil(`${s.base}/x`, { kind: 'beranda' }));
    assert.equal(h.body, 'akhirnya');
    assert.equal(n, 3);
    assert.equal(p.statistik.retries, 2);
  });

  it('gives up after the retries with the HTTP status; 4xx and a long Retry-After are not retried', async () => {
    const s = await server((req, res) => {
      if (req.url === '/robots.txt') return void res.writeHead(404).end();
      if (req.url === '/rusak') return void res.writeHead(500).end();
      if (req.url === '/sibuk') return void res.writeHead(429, { 'retry-after': '3600' }).end();
      res.writeHead(404).end();
    });
    const p = pengambil({ retries: 2 });
    const rusak = gagal(await p.ambil(`${s.base}/rusak`, { kind: 'beranda' }));
    assert.deepEqual([rusak.failure.reason, rusak.failure.status, rusak.status], ['server', 500, 500]);
    assert.equal(rusak.failure.robotsTxt, undefined);
    assert.equal(s.log.filter((l) => l === '/rusak').length, 3);
    const hilang = gagal(await p.ambil(`${s.base}/hilang`, { kind: 'dip' }));
    assert.deepEqual([hilang.failure.reason, hilang.failure.status], ['http', 404]);
    assert.match(hilang.failure.message.id, /status HTTP 404/);
    assert.equal(s.log.filter((l) => l === '/hilang').length, 1);
    const sibuk = gagal(await p.ambil(`${s.base}/sibuk`, { kind: 'beranda' }));
    assert.equal(sibuk.failure.status, 429);
    assert.equal(s.log.filter((l) => l === '/sibuk').length, 1);
  });

  it('keeps to the per-host limit (counted as connections and requests on the server)', async () => {
    const s = await server(async (req, res) => {
      if (req.url === '/robots.txt') return void res.writeHead(404).end();
      await jeda(40);
      res.end('ok');
    });
    const p = pengambil({ perHost: 2, global: 16 });
    const hasil = await Promise.all(
      Array.from({ length: 12 }, (_, i) => p.ambil(`${s.base}/h/${i}`, { kind: 'beranda' })),
    );
    assert.ok(hasil.every((h) => h.ok));
    assert.ok(s.puncak.permintaan <= 2, `requests at once: ${s.puncak.permintaan}`);
    assert.ok(s.puncak.koneksi <= 2, `connections at once: ${s.puncak.koneksi}`);
    // Finished hosts leave no semaphore behind (memory must not grow with the number of sites).
    assert.equal((p as unknown as { host: Map<string, unknown> }).host.size, 0);
  });

  it('keeps to the global limit across hosts', async () => {
    const lambat = async (_req: unknown, res: ServerResponse) => {
      await jeda(40);
      res.end('ok');
    };
    const a = await server(lambat);
    const b = await server(lambat);
    let aktif = 0;
    let puncak = 0;
    const hitung = async (req: IncomingMessage, res: ServerResponse) => {
      aktif++;
      puncak = Math.max(puncak, aktif);
      res.on('close', () => aktif--);
      await lambat(req, res);
    };
    a.server.removeAllListeners('request').on('request', hitung);
    b.server.removeAllListeners('request').on('request', hitung);
    const p = pengambil({ perHost: 4, global: 3, robots: false });
    const urls = [...Array(8).keys()].flatMap((i) => [`${a.base}/${i}`, `${b.base}/${i}`]);
    const hasil = await Promise.all(urls.map((u) => p.ambil(u, { kind: 'beranda' })));
    assert.ok(hasil.every((h) => h.ok));
    assert.ok(puncak <= 3, `requests at once across hosts: ${puncak}`);
  });

  it('records a dead port as a refused connection, after its retries, without throwing', async () => {
    const base = await portMati();
    const p = pengambil({ retries: 1 });
    const h = gagal(await p.ambil(`${base}/`, { kind: 'beranda' }));
    assert.equal(h.failure.reason, 'koneksi');
    assert.match(h.failure.message.en, /refused/);
    // The robots.txt failure stands for the whole origin: the page itself is not tried again.
    const lagi = gagal(await p.ambil(`${base}/dip.json`, { kind: 'dip' }));
    assert.equal(lagi.failure.reason, 'koneksi');
    assert.equal(p.statistik.robotsFetched, 1);
    assert.equal(p.statistik.requests, 2);
  });

  it('rejects addresses that are not http(s)', async () => {
    const p = pengambil();
    for (const u of ['bukan alamat', 'ftp://127.0.0.1/x', 'javascript:alert(1)']) {
      const h = gagal(await p.ambil(u, { kind: 'dip' }));
      assert.equal(h.failure.reason, 'isi-tidak-sah', u);
    }
  });
});

describe('klasifikasiGalat', () => {
  const u = new URL('https://desa-contoh.go.id/');
  const galat = (code: string) =>
    Object.assign(new Error('x'), { cause: Object.assign(new Error(code), { code }) });
  it('names DNS failures; only a temporary one is retried', () => {
    assert.deepEqual(
      [
        klasifikasiGalat(galat('ENOTFOUND'), u, 1000).failure.reason,
        klasifikasiGalat(galat('ENOTFOUND'), u, 1000).sementara,
      ],
      ['dns', false],
    );
    const sementara = klasifikasiGalat(galat('EAI_AGAIN'), u, 1000);
    assert.deepEqual([sementara.failure.reason, sementara.sementara], ['dns', true]);
    assert.match(sementara.failure.message.id, /desa-contoh\.go\.id/);
  });
  it('names refused and reset connections and undici timeouts', () => {
    assert.match(klasifikasiGalat(galat('ECONNREFUSED'), u, 1000).failure.message.id, /ditolak/);
    assert.match(klasifikasiGalat(galat('ECONNRESET'), u, 1000).failure.message.id, /terputus/);
    assert.equal(klasifikasiGalat(galat('UND_ERR_CONNECT_TIMEOUT'), u, 1000).failure.reason, 'waktu-habis');
    assert.equal(klasifikasiGalat(galat('UND_ERR_HEADERS_TIMEOUT'), u, 1000).failure.reason, 'waktu-habis');
  });
});

describe('bacaRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    assert.equal(bacaRetryAfter('120'), 120_000);
    const now = Date.parse('2026-01-01T00:00:00Z');
    assert.equal(bacaRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now), 30_000);
    assert.equal(bacaRetryAfter('nanti'), undefined);
    assert.equal(bacaRetryAfter(undefined), undefined);
  });
});

describe('Pengambil: local and private addresses (SSRF)', () => {
  it('without the allowance, a redirect from an allowed site to another 127.0.0.1 port is refused, never requested', async () => {
    let rahasiaDiminta = 0;
    const rahasia = await server((_req, res) => {
      rahasiaDiminta++;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"rahasia":"kunci-admin"}');
    });
    const situs = await server((req, res) => {
      if (req.url === '/robots.txt') return void res.writeHead(404).end();
      res.writeHead(302, { location: `${rahasia.base}/secret` }).end();
    });
    // Only the site itself is allowed (as an ip:port), as a public site would be.
    const p = pengambil({ izinkanAlamatLokal: [new URL(situs.base).host] });
    const h = gagal(await p.ambil(`${situs.base}/dip.json`, { kind: 'dip' }));
    assert.equal(h.failure.reason, 'alamat-terlarang');
    assert.match(h.failure.message.id, /alamat lokal atau privat \(127\.0\.0\.1\)/);
    assert.match(h.failure.message.en, /local or private address \(127\.0\.0\.1\)/);
    assert.equal(rahasiaDiminta, 0);
    // The same fetch with the allowance follows the redirect (what every other test relies on).
    const boleh = berhasil(await pengambil().ambil(`${situs.base}/dip.json`, { kind: 'dip' }));
    assert.equal(boleh.body, '{"rahasia":"kunci-admin"}');
  });

  it('a name that resolves to loopback is refused at connect time (localhost), IPv6 loopback too', async () => {
    let diminta = 0;
    const s = await server((_req, res) => {
      diminta++;
      res.writeHead(200).end('ok');
    });
    const port = new URL(s.base).port;
    const p = pengambil({ izinkanAlamatLokal: false, retries: 0 });
    for (const url of [`http://localhost:${port}/`, `http://[::1]:${port}/`, `${s.base}/`]) {
      const h = gagal(await p.ambil(url, { kind: 'beranda' }));
      assert.equal(h.failure.reason, 'alamat-terlarang', url);
    }
    assert.equal(diminta, 0);
  });
});
