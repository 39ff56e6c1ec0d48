// A night the home page is read but the DIP's server does not answer (a timeout) does not publish a DIP of 0
// over a result that is still valid: as for a site that could not be reached at all, that result stands and
// the report says the latest scan could not reach the DIP. A DIP that answers 404 is an answer: a result.
// Real scans of sites on 127.0.0.1, then published.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buatKunci } from '../kunci/index.js';
import { pindaiRegistri } from '../pindai.js';
import { mulaiServer, type ServerLokal } from '../uji/server-lokal.js';
import { REGISTRI_FORMAT, REGISTRI_VERSION } from '../types.js';
import { agensiOpd as agensi, rata } from './contoh.test.js';
import { terbitkan } from './terbitkan.js';

const dip = readFileSync(new URL('../../../sdk/fixtures/sukamaju/dip.json', import.meta.url));
const JAM = 3_600_000;
const T0 = new Date('2026-03-02T03:00:00Z');
const T1 = new Date(T0.getTime() + 24 * JAM);
/**
 * The scans' timeout. Only the silent DIP may reach it: every other request (robots.txt, the home page, the
 * first night's DIP) is answered at once, and must stay a result however loaded the machine is. 400 ms was
 * crossed under load (a healthy DIP read on the first night timed out, so no valid earlier result stood); a
 * local answer taking 5 s would break the other scan tests too, which use the same figure.
 */
const WAKTU_HABIS_MS = 5_000;

const servers: ServerLokal[] = [];
after(() => Promise.all(servers.map((s) => s.tutup())));

/** `ok`; `diam`: the DIP never answers; `hilang`: the DIP answers 404. The home page always answers. */
async function situs(mode: { m: 'ok' | 'diam' | 'hilang' }): Promise<ServerLokal> {
  const s = await mulaiServer((req, res) => {
    if (req.url === '/dip.json') {
      // No answer: the request is held open (until the monitor's timeout aborts it, or `after` closes the
      // server), so nothing but that timeout can end it.
      if (mode.m === 'diam') return;
      if (mode.m === 'hilang') return res.writeHead(404).end();
      return res.writeHead(200, { 'content-type': 'application/json' }).end(dip);
    }
    if (req.url === '/')
      return res.writeHead(200, { 'content-type': 'text/html' }).end('<title>Dinas</title>');
    return res.writeHead(404).end();
  });
  servers.push(s);
  return s;
}

test('the DIP not answering while the home page is read: the valid earlier result stands, the report says the DIP could not be reached; a 404 is a result', async () => {
  const tmp = mkdtempSync(join(tmpdir(), 'terbuka-dip-tak-terjangkau-'));
  const riwayat = join(tmp, 'riwayat.jsonl');
  const kunci = join(tmp, 'kunci');
  const keluar = join(tmp, 'publik');
  await buatKunci(kunci, { now: new Date('2026-01-01T00:00:00Z') });
  const lambat = { m: 'ok' as 'ok' | 'diam' | 'hilang' };
  const hilang = { m: 'ok' as 'ok' | 'diam' | 'hilang' };
  const semua = [
    agensi('dinas-lambat', 'Dinas Lambat', (await situs(lambat)).base),
    agensi('dinas-hilang', 'Dinas Hilang', (await situs(hilang)).base),
  ];
  const scan = (now: Date) =>
    pindaiRegistri(
      { format: REGISTRI_FORMAT, version: REGISTRI_VERSION, agencies: semua },
      {
        riwayat,
        now,
        progress: false,
        pengambil: { izinkanAlamatLokal: true, timeoutMs: WAKTU_HABIS_MS, retries: 0, backoffMs: 1 },
      },
    );
  await scan(T0);
  lambat.m = 'diam';
  hilang.m = 'hilang';
  const r = await scan(T1);
  assert.deepEqual([r.failures['waktu-habis'], r.failures['http'], r.unreachable], [1, 1, 0]);

  const h = await terbitkan({
    riwayat: [riwayat],
    keluar,
    kunci,
    baseUrl: 'https://monitor.sukamajukab.go.id/',
    issuer: { id: 'diskominfo', name: 'Diskominfo' },
    now: new Date(T1.getTime() + JAM),
  });
  const e = Object.fromEntries(h.feed.entries.map((x) => [x.agencyId, x]));
  // The first night's result stands for the DIP that did not answer ...
  assert.ok(e['dinas-lambat']!.score > 50);
  assert.equal(e['dinas-lambat']!.evaluatedAt.slice(0, 10), T0.toISOString().slice(0, 10));
  // ... while a DIP answering 404 is the site's answer: the new, low score.
  assert.ok(e['dinas-hilang']!.score < 50);
  assert.equal(e['dinas-hilang']!.evaluatedAt.slice(0, 10), T1.toISOString().slice(0, 10));

  const bukti = rata(await readFile(join(keluar, 'agensi/dinas-lambat.html'), 'utf8'));
  assert.match(
    bukti,
    /<strong>DIP tidak dapat dijangkau pada pemindaian terakhir<\/strong> \([^)]+\): skor di bawah ini dari pemindaian sebelumnya/,
  );
  const papan = rata(await readFile(join(keluar, 'index.html'), 'utf8'));
  const baris = new RegExp(`<tr role="row">(?:(?!</tr>).)*dinas-lambat\\.html(?:(?!</tr>).)*</tr>`).exec(
    papan,
  )?.[0];
  assert.match(
    baris ?? '',
    /DIP tidak terjangkau pada pemindaian terakhir<br \/><span class="kecil">skor dari pemindaian sebelumnya/,
  );
});
