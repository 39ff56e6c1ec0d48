// HTTPS sites on 127.0.0.1 with the test CA of fixtures/tls, scanned with the real pieces (pindaiRegistri)
// and published (terbitkan): a server sending an incomplete chain is read and scored, with a note on its
// evidence page; an expired certificate is a failure said in words, and the site unreachable.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buatKunci } from '../kunci/index.js';
import { pindaiRegistri } from '../pindai.js';
import { bacaRiwayat } from '../riwayat/index.js';
import type { ServerLokal } from '../uji/server-lokal.js';
import {
  AKAR_UJI,
  ALAMAT_AIA,
  mulaiServerAia,
  mulaiServerTls,
  type SertifikatUji,
} from '../uji/server-tls.js';
import { REGISTRI_FORMAT, REGISTRI_VERSION, type CatatanPindai } from '../types.js';
import { agensiOpd as agensi, rata } from './contoh.test.js';
import { terbitkan } from './terbitkan.js';

const dip = readFileSync(new URL('../../../sdk/fixtures/sukamaju/dip.json', import.meta.url));
const T0 = new Date('2026-03-02T03:00:00Z');

const servers: ServerLokal[] = [];
after(() => Promise.all(servers.map((s) => s.tutup())));

async function situs(sertifikat: SertifikatUji): Promise<ServerLokal> {
  const s = await mulaiServerTls(sertifikat, (req, res) => {
    if (req.url === '/dip.json') return res.writeHead(200, { 'content-type': 'application/json' }).end(dip);
    if (req.url === '/')
      return res
        .writeHead(200, { 'content-type': 'text/html', 'last-modified': 'Mon, 23 Feb 2026 01:00:00 GMT' })
        .end('<!doctype html><title>Dinas</title>');
    return res.writeHead(404).end();
  });
  servers.push(s);
  return s;
}

test('an incomplete chain is completed from AIA and the site scored, with a note; an expired certificate is said in words', async () => {
  const tmp = mkdtempSync(join(tmpdir(), 'terbuka-rantai-'));
  const riwayat = join(tmp, 'riwayat.jsonl');
  const kunci = join(tmp, 'kunci');
  const keluar = join(tmp, 'publik');
  await buatKunci(kunci, { now: new Date('2026-01-01T00:00:00Z') });
  const tanpaPerantara = await situs('daun');
  const kedaluwarsa = await situs('kedaluwarsa');
  const aia = await mulaiServerAia();
  servers.push(aia);
  const r = await pindaiRegistri(
    {
      format: REGISTRI_FORMAT,
      version: REGISTRI_VERSION,
      agencies: [
        agensi('dinas-rantai', 'dinas-rantai', tanpaPerantara.base),
        agensi('dinas-kedaluwarsa', 'dinas-kedaluwarsa', kedaluwarsa.base),
      ],
    },
    {
      riwayat,
      now: T0,
      progress: false,
      pengambil: { izinkanAlamatLokal: true, akarTepercaya: [AKAR_UJI], timeoutMs: 5000, retries: 0 },
    },
  );
  assert.equal(r.unreachable, 1);
  assert.equal(r.failures.sertifikat, 1);
  const semua: CatatanPindai[] = [];
  for await (const c of bacaRiwayat([riwayat])) semua.push(c);
  const rantai = semua.find((c) => c.agencyId === 'dinas-rantai')!;
  assert.equal(rantai.unreachable, false);
  assert.ok(rantai.dip, 'the DIP was read');
  assert.ok(rantai.score > 0);
  const dipObs = rantai.observations.find((o) => o.kind === 'dip')!;
  assert.deepEqual([dipObs.failure, dipObs.chainCompleted], [undefined, [ALAMAT_AIA]]);
  const mati = semua.find((c) => c.agencyId === 'dinas-kedaluwarsa')!;
  assert.equal(mati.unreachable, true);
  assert.deepEqual(
    [...new Set(mati.observations.filter((o) => !o.optional).map((o) => o.failure?.reason))],
    ['sertifikat'],
  );

  await terbitkan({
    riwayat: [riwayat],
    keluar,
    kunci,
    baseUrl: 'https://monitor.sukamajukab.go.id/',
    issuer: { id: 'diskominfo', name: 'Diskominfo' },
    now: new Date(T0.getTime() + 3_600_000),
  });
  const bukti = rata(await readFile(join(keluar, 'agensi/dinas-rantai.html'), 'utf8'));
  assert.match(
    bukti,
    /Rantai sertifikat TLS tidak lengkap \(catatan\):<\/strong> Server situs ini mengirim rantai sertifikat TLS yang tidak lengkap/,
  );
  assert.match(bukti, /Ini catatan, bukan pengurang nilai/);
  assert.match(bukti, /pasang rantai sertifikat lengkap/);
  assert.ok(bukti.includes(`href="${ALAMAT_AIA}"`));
  assert.match(bukti, /Berhasil dibaca\. Rantai sertifikat TLS-nya tidak lengkap dan dilengkapi pemantau/);
  assert.doesNotMatch(bukti, /Situs tidak dapat dijangkau/);

  const buktiMati = rata(await readFile(join(keluar, 'agensi/dinas-kedaluwarsa.html'), 'utf8'));
  assert.match(buktiMati, /Situs tidak dapat dijangkau pada pemindaian terakhir/);
  assert.match(buktiMati, /<strong>Gagal:<\/strong> Sertifikat TLS 127\.0\.0\.1:\d+ sudah kedaluwarsa/);
  assert.match(buktiMati, /Peramban warga juga menampilkan peringatan keamanan/);
  assert.doesNotMatch(buktiMati, /Rantai sertifikat TLS tidak lengkap \(catatan\)/);
});
