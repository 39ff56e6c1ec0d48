// A body whose home page and DIP resolve to a local/private address is refused by the monitor's own guard
// (alamat-terlarang): scanned with the real pieces against sites on 127.0.0.1 (allowed for one of them
// only), then published. The summary, its JSON and the report name that refusal in words, with what
// Dinkominfo can do, instead of a generic failure.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SARAN_ALAMAT_TERLARANG } from '../ambil/kegagalan.js';
import { buatKunci } from '../kunci/index.js';
import { pindaiRegistri } from '../pindai.js';
import { tabelRingkasan } from '../ringkasan.js';
import { mulaiServer, type ServerLokal } from '../uji/server-lokal.js';
import { REGISTRI_FORMAT, REGISTRI_VERSION, type Agensi } from '../types.js';
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

const agensi = (id: string, name: string, website: string): Agensi => ({
  id,
  name,
  kind: 'opd',
  website: `${website}/`,
  dipUrls: [`${website}/dip.json`],
  wordpress: false,
  social: [],
});

const rata = (s: string): string => s.replace(/\s+/g, ' ');

test('home page and DIP refused as local/private addresses: the summary, --json and the report say so in words, with what Dinkominfo can do', async () => {
  const tmp = mkdtempSync(join(tmpdir(), 'terbuka-alamat-terlarang-'));
  const riwayat = join(tmp, 'riwayat.jsonl');
  const kunci = join(tmp, 'kunci');
  const keluar = join(tmp, 'publik');
  await buatKunci(kunci, { now: new Date('2026-01-01T00:00:00Z') });
  const intranet = await situs();
  const kemarin = await situs();
  const semua = [
    agensi('dinas-intranet', 'Dinas Intranet', intranet.base),
    agensi('dinas-kemarin', 'Dinas Kemarin', kemarin.base),
  ];
  const scan = (now: Date, izinkan: readonly string[]) =>
    pindaiRegistri(
      { format: REGISTRI_FORMAT, version: REGISTRI_VERSION, agencies: semua },
      {
        riwayat,
        now,
        progress: false,
        pengambil: { izinkanAlamatLokal: izinkan, timeoutMs: 5000, retries: 0, backoffMs: 1 },
      },
    );
  // First night: only dinas-kemarin's host is allowed (as Dinkominfo would list an intranet host).
  const r = await scan(T0, [new URL(kemarin.base).host]);
  assert.deepEqual(intranet.log, []);
  assert.deepEqual(JSON.parse(JSON.stringify(r)).failures, { 'alamat-terlarang': 1 });
  const id = tabelRingkasan(r, 'id');
  assert.match(id, /│ Alamat lokal\/privat ditolak\s+│ 1\s+│/);
  assert.match(id, /│ dinas-intranet\s+│[^\n]+│ —\s+│ tak terjangkau, Alamat lokal\/privat ditolak\s+│/);
  const en = tabelRingkasan(r, 'en');
  assert.match(en, /│ Local\/private address refused\s+│ 1\s+│/);
  assert.match(en, /│ dinas-intranet\s+│[^\n]+│ —\s+│ unreachable, Local\/private address refused\s+│/);
  // Second night: no allowance at all; dinas-kemarin's result of the first night stands.
  await scan(T1, []);

  const h = await terbitkan({
    riwayat: [riwayat],
    keluar,
    kunci,
    baseUrl: 'https://monitor.sukamajukab.go.id/',
    issuer: { id: 'diskominfo', name: 'Diskominfo' },
    now: new Date(T1.getTime() + JAM),
  });
  const skor = Object.fromEntries(h.feed.entries.map((e) => [e.agencyId, e.score]));
  assert.equal(skor['dinas-intranet'], 0);
  assert.ok((skor['dinas-kemarin'] ?? 0) > 50);

  const bukti = rata(await readFile(join(keluar, 'agensi/dinas-intranet.html'), 'utf8'));
  assert.match(
    bukti,
    /<strong>Alamat lokal\/privat ditolak:<\/strong> Beranda \(<a class="url" href="http:\/\/127\.0\.0\.1:\d+\/">[^<]+<\/a>\), Daftar Informasi Publik \(DIP\) \(<a class="url" href="http:\/\/127\.0\.0\.1:\d+\/dip\.json">[^<]+<\/a>\) tidak diambil\. Alamatnya mengarah ke alamat jaringan lokal atau privat/,
  );
  assert.ok(bukti.includes('jalankan pindaian dengan --izinkan-alamat-lokal'), bukti);
  const lalu = rata(await readFile(join(keluar, 'agensi/dinas-kemarin.html'), 'utf8'));
  assert.match(lalu, /Situs tidak dapat dijangkau pada pemindaian terakhir/);
  assert.match(lalu, /<strong>Alamat lokal\/privat ditolak:<\/strong> Beranda/);
  assert.ok(lalu.includes('--izinkan-alamat-lokal'));

  const papan = rata(await readFile(join(keluar, 'index.html'), 'utf8'));
  const baris = (agency: string): string =>
    new RegExp(`<tr>(?:(?!</tr>).)*${agency}\\.html(?:(?!</tr>).)*</tr>`).exec(papan)?.[0] ?? '';
  assert.match(
    baris('dinas-intranet'),
    /Tidak terjangkau<br \/><span class="kecil">alamat lokal\/privat ditolak/,
  );
  assert.match(
    baris('dinas-kemarin'),
    /Tidak terjangkau pada pemindaian terakhir<br \/><span class="kecil">skor dari pemindaian sebelumnya<\/span><br \/><span class="kecil">alamat lokal\/privat ditolak/,
  );
  // The same words in English, for the record's readers and the docs.
  assert.match(
    SARAN_ALAMAT_TERLARANG.en,
    /resolved to a local or private network address .* --izinkan-alamat-lokal/,
  );
});
