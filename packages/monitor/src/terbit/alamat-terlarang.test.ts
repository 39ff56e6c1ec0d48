// A body whose DIP resolves to a local/private address is refused by the monitor's own guard
// (alamat-terlarang). The monitor did not look at the DIP, so, as for a DIP robots.txt keeps out, the scan
// is "tidak dapat dinilai": no 0 is published. Scanned with the real pieces against sites on 127.0.0.1
// (allowed as ip:port for the sites only, so the guard itself refuses the rest: an IP written in the URL, or
// the name `localhost` at connect time), then published.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SARAN_ALAMAT_TERLARANG } from '../ambil/kegagalan.js';
import { buatKunci } from '../kunci/index.js';
import { pindaiRegistri } from '../pindai.js';
import { tabelRingkasan } from '../ringkasan.js';
import { bacaRiwayat } from '../riwayat/index.js';
import { mulaiServer, type ServerLokal } from '../uji/server-lokal.js';
import { REGISTRI_FORMAT, REGISTRI_VERSION, type Agensi, type CatatanPindai } from '../types.js';
import { agensiOpd as agensi, rata } from './contoh.test.js';
import { terbitkan } from './terbitkan.js';

const dip = readFileSync(new URL('../../../sdk/fixtures/sukamaju/dip.json', import.meta.url));
const JAM = 3_600_000;
const T0 = new Date('2026-03-02T03:00:00Z');
const T1 = new Date(T0.getTime() + 24 * JAM);

const servers: ServerLokal[] = [];
after(() => Promise.all(servers.map((s) => s.tutup())));

async function situs(): Promise<ServerLokal> {
  const s = await mulaiServer((req, res) => {
    if (req.url === '/dip.json') return res.writeHead(200, { 'content-type': 'application/json' }).end(dip);
    if (req.url === '/')
      return res.writeHead(200, { 'content-type': 'text/html' }).end('<title>Dinas</title>');
    return res.writeHead(404).end();
  });
  servers.push(s);
  return s;
}

/** The same server under a name that resolves to loopback: refused by the guard when the socket connects. */
const diLocalhost = (s: ServerLokal): string => `http://localhost:${new URL(s.base).port}/dip.json`;

async function siap() {
  const tmp = mkdtempSync(join(tmpdir(), 'terbuka-alamat-terlarang-'));
  const kunci = join(tmp, 'kunci');
  await buatKunci(kunci, { now: new Date('2026-01-01T00:00:00Z') });
  return { tmp, riwayat: join(tmp, 'riwayat.jsonl'), kunci, keluar: join(tmp, 'publik') };
}

const scan = (riwayat: string, agencies: Agensi[], now: Date, izinkan: readonly string[]) =>
  pindaiRegistri(
    { format: REGISTRI_FORMAT, version: REGISTRI_VERSION, agencies },
    {
      riwayat,
      now,
      progress: false,
      pengambil: { izinkanAlamatLokal: izinkan, timeoutMs: 5000, retries: 0, backoffMs: 1 },
    },
  );

const terbit = (d: Awaited<ReturnType<typeof siap>>, now: Date) =>
  terbitkan({
    riwayat: [d.riwayat],
    keluar: d.keluar,
    kunci: d.kunci,
    baseUrl: 'https://monitor.sukamajukab.go.id/',
    issuer: { id: 'diskominfo', name: 'Diskominfo' },
    now,
  });

async function catatanDari(riwayat: string): Promise<CatatanPindai[]> {
  const semua: CatatanPindai[] = [];
  for await (const c of bacaRiwayat([riwayat])) semua.push(c);
  return semua;
}

const barisPapan = (papan: string, agency: string): string =>
  new RegExp(`<tr role="row">(?:(?!</tr>).)*${agency}\\.html(?:(?!</tr>).)*</tr>`).exec(papan)?.[0] ?? '';

test('a DIP refused as a local/private address while the home page is read: not assessed, no 0 published; the report says why and what Dinkominfo can do', async () => {
  const d = await siap();
  const lokal = await situs();
  const kemarin = await situs();
  const izinkan = [new URL(lokal.base).host, new URL(kemarin.base).host];
  // First night: dinas-kemarin's DIP is read and scored.
  await scan(
    d.riwayat,
    [
      agensi('dinas-dip-lokal', 'Dinas DIP Lokal', lokal.base, diLocalhost(lokal)),
      agensi('dinas-kemarin', 'Dinas Kemarin', kemarin.base),
    ],
    T0,
    izinkan,
  );
  // Second night: its DIP has moved to a name that resolves to a private address.
  const r = await scan(
    d.riwayat,
    [
      agensi('dinas-dip-lokal', 'Dinas DIP Lokal', lokal.base, diLocalhost(lokal)),
      agensi('dinas-kemarin', 'Dinas Kemarin', kemarin.base, diLocalhost(kemarin)),
    ],
    T1,
    izinkan,
  );
  // The home pages were read; the refused DIPs were never asked for (the guard refused the connection).
  assert.ok(lokal.log.includes('/'));
  assert.equal(lokal.log.filter((p) => p === '/dip.json').length, 0);
  assert.equal(kemarin.log.filter((p) => p === '/dip.json').length, 1);
  assert.deepEqual([r.notAssessed, r.unreachable, r.failures['alamat-terlarang']], [2, 0, 2]);
  assert.match(tabelRingkasan(r, 'id'), /2 tidak dapat dinilai \(pemantau tidak membaca DIP-nya/);
  assert.match(tabelRingkasan(r, 'en'), /2 not assessed \(the monitor did not read the DIP/);

  const semua = await catatanDari(d.riwayat);
  const c = semua.filter((x) => x.agencyId === 'dinas-dip-lokal').at(-1)!;
  assert.deepEqual(
    [c.notAssessed?.reason, c.notAssessed?.scope, c.notAssessed?.blocked],
    ['alamat-terlarang', 'dip', [diLocalhost(lokal)]],
  );
  assert.match(c.notAssessed!.message.id, /mengarah ke alamat jaringan lokal atau privat.*Ini bukan skor 0/);
  assert.match(c.notAssessed!.message.en, /resolved to a local or private network address.*not a score of 0/);
  assert.match(c.notAssessed!.action.id, /--izinkan-alamat-lokal.*catatan DNS-nya/);
  assert.match(c.notAssessed!.action.en, /--izinkan-alamat-lokal.*DNS records/);

  const h = await terbit(d, new Date(T1.getTime() + JAM));
  // No signed 0: dinas-dip-lokal is left out of the feed; dinas-kemarin's result of the first night stands.
  const skor = Object.fromEntries(h.feed.entries.map((e) => [e.agencyId, e.score]));
  assert.deepEqual(Object.keys(skor), ['dinas-kemarin']);
  assert.ok(skor['dinas-kemarin']! > 50);
  assert.equal(h.feed.entries[0]!.evaluatedAt.slice(0, 10), T0.toISOString().slice(0, 10));
  assert.ok(h.skipped.some((m) => m.code === 'feed.not-assessed' && m.path === 'dinas-dip-lokal'));
  const svg = await readFile(join(d.keluar, 'lencana/dinas-dip-lokal.svg'), 'utf8');
  assert.match(svg, /Tidak dapat dinilai/);

  const bukti = rata(await readFile(join(d.keluar, 'agensi/dinas-dip-lokal.html'), 'utf8'));
  assert.match(
    bukti,
    /<strong>Tidak dapat dinilai pada pemindaian terakhir:<\/strong> Alamat DIP \(http:\/\/localhost:\d+\/dip\.json\) mengarah ke alamat jaringan lokal atau privat/,
  );
  assert.match(
    bukti,
    /Alamat yang ditolak sebagai alamat lokal\/privat: <a class="url" href="http:\/\/localhost:/,
  );
  assert.match(
    bukti,
    /<strong>Yang dapat dilakukan Dinkominfo:<\/strong> Bila situs ini memang berada di intranet, jalankan pindaian dengan --izinkan-alamat-lokal/,
  );
  // Said once: not again as a separate refused-address note, and no robots.txt User-Agent to allow.
  assert.equal(bukti.split('mengarah ke alamat jaringan lokal atau privat').length, 2);
  assert.doesNotMatch(bukti, /User-Agent pemantau|token robots\.txt|Alamat lokal\/privat ditolak:/);
  const lalu = rata(await readFile(join(d.keluar, 'agensi/dinas-kemarin.html'), 'utf8'));
  assert.match(
    lalu,
    /<strong>Situs tidak dapat dinilai pada pemindaian terakhir \([^)]+\):<\/strong> Alamat DIP \(http:\/\/localhost:/,
  );
  assert.match(lalu, /Yang dapat dilakukan Dinkominfo:/);

  const papan = rata(await readFile(join(d.keluar, 'index.html'), 'utf8'));
  assert.match(
    barisPapan(papan, 'dinas-dip-lokal'),
    /Tidak dapat dinilai.*DIP: alamat lokal\/privat ditolak<br \/><span class="kecil"\s*>tanpa skor/,
  );
  assert.match(
    barisPapan(papan, 'dinas-kemarin'),
    /Tidak dapat dinilai pada pemindaian terakhir<br \/><span class="kecil">skor dari pemindaian sebelumnya<\/span><br \/><span class="kecil">alamat lokal\/privat ditolak/,
  );

  // A history line written before this rule (no notAssessed) is read back by it: never published as a 0.
  const lama = join(d.tmp, 'lama.jsonl');
  const { notAssessed: _, ...tanpa } = c;
  await writeFile(lama, `${JSON.stringify(tanpa)}\n`);
  const [dibaca] = await catatanDari(lama);
  assert.deepEqual(dibaca?.notAssessed, c.notAssessed);
});

test('home page and DIP refused as local/private addresses: not assessed (the whole site); the summary, --json and the report say so in words, with what Dinkominfo can do', async () => {
  const d = await siap();
  const intranet = await situs();
  const kemarin = await situs();
  const semua = [
    agensi('dinas-intranet', 'Dinas Intranet', intranet.base),
    agensi('dinas-kemarin', 'Dinas Kemarin', kemarin.base),
  ];
  // First night: only dinas-kemarin's host is allowed (as Dinkominfo would list an intranet host).
  const r = await scan(d.riwayat, semua, T0, [new URL(kemarin.base).host]);
  assert.deepEqual(intranet.log, []);
  assert.deepEqual(JSON.parse(JSON.stringify(r)).failures, { 'alamat-terlarang': 1 });
  assert.deepEqual([r.notAssessed, r.unreachable], [1, 0]);
  const id = tabelRingkasan(r, 'id');
  assert.match(id, /│ Alamat lokal\/privat ditolak\s+│ 1\s+│/);
  assert.match(id, /│ dinas-intranet\s+│[^\n]+│ —\s+│ tidak dapat dinilai, Alamat lokal\/privat ditolak\s+│/);
  const en = tabelRingkasan(r, 'en');
  assert.match(en, /│ Local\/private address refused\s+│ 1\s+│/);
  assert.match(en, /│ dinas-intranet\s+│[^\n]+│ —\s+│ not assessed, Local\/private address refused\s+│/);
  const c = (await catatanDari(d.riwayat)).find((x) => x.agencyId === 'dinas-intranet')!;
  assert.deepEqual(
    [c.notAssessed?.reason, c.notAssessed?.scope, c.notAssessed?.blocked],
    ['alamat-terlarang', 'site', [`${intranet.base}/`, `${intranet.base}/dip.json`]],
  );
  // Second night: no allowance at all; dinas-kemarin's result of the first night stands.
  await scan(d.riwayat, semua, T1, []);

  const h = await terbit(d, new Date(T1.getTime() + JAM));
  const skor = Object.fromEntries(h.feed.entries.map((e) => [e.agencyId, e.score]));
  assert.deepEqual(Object.keys(skor), ['dinas-kemarin']);
  assert.ok(skor['dinas-kemarin']! > 50);

  const bukti = rata(await readFile(join(d.keluar, 'agensi/dinas-intranet.html'), 'utf8'));
  assert.match(
    bukti,
    /<strong>Tidak dapat dinilai pada pemindaian terakhir:<\/strong> Alamat beranda dan DIP situs ini \(http:\/\/127\.0\.0\.1:\d+\/, http:\/\/127\.0\.0\.1:\d+\/dip\.json\) mengarah ke alamat jaringan lokal atau privat/,
  );
  assert.ok(bukti.includes('jalankan pindaian dengan --izinkan-alamat-lokal'), bukti);
  const lalu = rata(await readFile(join(d.keluar, 'agensi/dinas-kemarin.html'), 'utf8'));
  assert.match(lalu, /Situs tidak dapat dinilai pada pemindaian terakhir/);
  assert.match(lalu, /Alamat beranda dan DIP situs ini/);
  assert.ok(lalu.includes('--izinkan-alamat-lokal'));

  // Its static badge, its shields JSON and the ranking's explanation say the real cause, not robots.txt.
  const svg = await readFile(join(d.keluar, 'lencana/dinas-intranet.svg'), 'utf8');
  assert.match(svg, /<text[^>]*>alamat lokal ditolak<\/text>/);
  assert.match(svg, /aria-label="[^"]*karena alamat situsnya mengarah ke jaringan lokal\/privat/);
  assert.doesNotMatch(svg, /robots/);
  const shields = JSON.parse(await readFile(join(d.keluar, 'lencana/dinas-intranet.json'), 'utf8')) as {
    message: string;
  };
  assert.equal(shields.message, 'tidak dapat dinilai (alamat lokal ditolak)');
  const papan = rata(await readFile(join(d.keluar, 'index.html'), 'utf8'));
  const penjelasan = /<p class="kecil">Tidak dapat dinilai: [^<]*<\/p>/.exec(papan)?.[0] ?? '';
  assert.match(
    penjelasan,
    /karena alamat situsnya mengarah ke jaringan lokal\/privat, yang tidak diambil pemantau\./,
  );
  assert.doesNotMatch(penjelasan, /robots/);
  assert.match(
    rata(await readFile(join(d.keluar, 'en/index.html'), 'utf8')),
    /<p class="kecil">Cannot be assessed: the monitor did not read these public bodies’ DIP because the site’s address leads to a local\/private network, which the monitor does not fetch\./,
  );
  assert.match(
    barisPapan(papan, 'dinas-intranet'),
    /Alamat lokal\/privat ditolak<br \/><span class="kecil"\s*>tanpa skor/,
  );
  assert.match(
    barisPapan(papan, 'dinas-kemarin'),
    /Tidak dapat dinilai pada pemindaian terakhir<br \/><span class="kecil">skor dari pemindaian sebelumnya<\/span><br \/><span class="kecil">alamat lokal\/privat ditolak/,
  );
  // The same words in English, for the record's readers and the docs.
  assert.match(
    SARAN_ALAMAT_TERLARANG.en,
    /resolved to a local or private network address .* --izinkan-alamat-lokal/,
  );
});
