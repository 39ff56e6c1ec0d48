// From scan to published report with the real pieces: pindaiRegistri on loopback sites (one answering
// with the Sukamaju DIP, one dead), twice, then terbitkan. The report shows what the scan recorded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifikasiFeed, type SetKunci } from '@terbuka/sdk';
import { buatKunci } from '../kunci/index.js';
import { esc } from '../laporan/html.js';
import { pindaiRegistri } from '../pindai.js';
import { bacaRiwayat } from '../riwayat/index.js';
import { mulaiServer, portMati } from '../uji/server-lokal.js';
import {
  REGISTRI_FORMAT,
  REGISTRI_VERSION,
  type Agensi,
  type CatatanPindai,
  type Registri,
} from '../types.js';
import { terbitkan } from './terbitkan.js';

const agensi = (id: string, name: string, website: string): Agensi => ({
  id,
  name,
  kind: 'desa',
  website,
  dipUrls: [`${website}/dip.json`],
  wordpress: false,
  social: [{ platform: 'instagram', url: 'https://www.instagram.com/desa.contoh' }],
});

test('scan twice, publish: the feed carries the scan results and the evidence page their reasons', async () => {
  const tmp = mkdtempSync(join(tmpdir(), 'terbuka-e2e-'));
  const dip = readFileSync(new URL('../../../sdk/fixtures/sukamaju/dip.json', import.meta.url));
  const hidup = await mulaiServer((req, res) => {
    if (req.url === '/dip.json') res.writeHead(200, { 'content-type': 'application/json' }).end(dip);
    else if (req.url === '/')
      res
        .writeHead(200, { 'content-type': 'text/html', 'last-modified': 'Mon, 09 Mar 2026 01:00:00 GMT' })
        .end('<!doctype html><title>Desa</title>');
    else res.writeHead(404).end();
  });
  const mati = await portMati();
  try {
    const registri: Registri = {
      format: REGISTRI_FORMAT,
      version: REGISTRI_VERSION,
      agencies: [
        agensi('desa-hidup', 'Desa <b>Hidup</b>', hidup.base),
        agensi('desa-mati', 'Desa Mati', mati),
      ],
    };
    const riwayat = join(tmp, 'riwayat.jsonl');
    const opsi = {
      riwayat,
      progress: false,
      pengambil: { izinkanAlamatLokal: true, timeoutMs: 5000, retries: 0, backoffMs: 1 },
    };
    await pindaiRegistri(registri, { ...opsi, now: new Date('2026-03-03T03:00:00Z') });
    await pindaiRegistri(registri, { ...opsi, now: new Date('2026-03-10T03:00:00Z') });
    const catatan: CatatanPindai[] = [];
    for await (const c of bacaRiwayat([riwayat])) catatan.push(c);
    assert.equal(catatan.length, 4);

    const kunci = join(tmp, 'kunci');
    await buatKunci(kunci);
    const keluar = join(tmp, 'publik');
    const h = await terbitkan({
      riwayat: [riwayat],
      keluar,
      kunci,
      baseUrl: 'https://monitor.example.id/',
      issuer: { id: 'diskominfo', name: 'Diskominfo' },
      now: new Date('2026-03-10T04:00:00Z'),
    });
    const terakhir = catatan.filter((c) => c.scannedAt.startsWith('2026-03-10'));
    for (const c of terakhir) {
      const e = h.feed.entries.find((x) => x.agencyId === c.agencyId);
      assert.ok(e, c.agencyId);
      assert.equal(e.score, c.score);
      assert.equal(e.band, c.band);
      assert.equal(e.methodVersion, c.methodVersion);
      const halaman = (await readFile(join(keluar, `agensi/${c.agencyId}.html`), 'utf8')).replace(
        /\s+/g,
        ' ',
      );
      for (const k of c.contributions)
        assert.ok(halaman.includes(esc(k.reason.id).replace(/\s+/g, ' ')), k.code);
      for (const m of c.missing) assert.ok(halaman.includes(esc(m.title.id)), m.id);
      assert.equal(halaman.includes('Situs tidak dapat dijangkau'), c.unreachable, c.agencyId);
      // Two scans in the history.
      assert.match(halaman, /Riwayat skor: 2 pemindaian/);
    }
    const keys = JSON.parse(await readFile(join(keluar, 'keys.json'), 'utf8')) as SetKunci;
    const r = await verifikasiFeed(
      new Uint8Array(await readFile(join(keluar, 'feed.json'))),
      await readFile(join(keluar, 'feed.json.sig'), 'utf8'),
      keys.keys.map((k) => k.x),
    );
    assert.equal(r.verified, true);
    assert.match(await readFile(join(keluar, 'index.html'), 'utf8'), /Desa &lt;b&gt;Hidup&lt;\/b&gt;/);
  } finally {
    await hidup.tutup();
  }
});
