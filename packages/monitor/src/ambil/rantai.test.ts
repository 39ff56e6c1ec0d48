// Real HTTPS servers on 127.0.0.1 with the test CA of fixtures/tls: a server that sends its certificate
// without the intermediate is read as a browser reads it (the intermediate fetched from the AIA address,
// the chain verified in full), and every other certificate problem is a failure said in words.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ServerLokal } from '../uji/server-lokal.js';
import {
  AKAR_UJI,
  ALAMAT_AIA,
  ANTARA_UJI,
  mulaiServerAia,
  mulaiServerTls,
  P7C_UJI,
  type SertifikatUji,
} from '../uji/server-tls.js';
import { bacaBerkasSertifikat } from './berkas-sertifikat.js';
import { Pengambil, type HasilAmbil } from './index.js';
import { alamatPenerbit } from './rantai.js';

const servers: ServerLokal[] = [];
const pengambils: Pengambil[] = [];
after(async () => {
  await Promise.all(pengambils.map((p) => p.tutup()));
  await Promise.all(servers.map((s) => s.tutup()));
});

async function situs(sertifikat: SertifikatUji): Promise<ServerLokal> {
  const s = await mulaiServerTls(sertifikat, (req, res) => {
    if (req.url === '/robots.txt') return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<p>Halo</p>');
  });
  servers.push(s);
  return s;
}

/** The AIA server for one test, closed at its end: the fixed port is free for the next. */
async function denganAia<T>(
  f: (aia: ServerLokal) => Promise<T>,
  isi?: Buffer | string | null,
  contentType?: string,
): Promise<T> {
  const aia = await mulaiServerAia(isi, contentType);
  try {
    return await f(aia);
  } finally {
    await aia.tutup();
  }
}

function pengambil(opsi: ConstructorParameters<typeof Pengambil>[0] = {}): Pengambil {
  const p = new Pengambil({
    izinkanAlamatLokal: true,
    akarTepercaya: [AKAR_UJI],
    backoffMs: 1,
    timeoutMs: 3000,
    ...opsi,
  });
  pengambils.push(p);
  return p;
}

function berhasil(h: HasilAmbil): Extract<HasilAmbil, { ok: true }> {
  assert.equal(h.ok, true, `expected success, got ${JSON.stringify(h).slice(0, 400)}`);
  return h as Extract<HasilAmbil, { ok: true }>;
}
function gagal(h: HasilAmbil): Extract<HasilAmbil, { ok: false }> {
  assert.equal(h.ok, false, `expected a failure, got ${JSON.stringify(h).slice(0, 200)}`);
  return h as Extract<HasilAmbil, { ok: false }>;
}

describe('certificate chains', () => {
  it('reads a site that sends the full chain, with nothing noted and nothing fetched from AIA', async () => {
    await denganAia(async (aia) => {
      const s = await situs('lengkap');
      const h = berhasil(await pengambil().ambil(`${s.base}/`, { kind: 'beranda' }));
      assert.equal(h.body, '<p>Halo</p>');
      assert.equal(h.chainCompleted, undefined);
      assert.deepEqual(aia.log, []);
    });
  });

  it('completes a chain sent without its intermediate from the AIA address, once per run, and notes it', async () => {
    await denganAia(async (aia) => {
      const s1 = await situs('daun');
      const s2 = await situs('daun');
      const p = pengambil();
      const h = berhasil(await p.ambil(`${s1.base}/`, { kind: 'beranda' }));
      assert.equal(h.body, '<p>Halo</p>');
      assert.deepEqual(h.chainCompleted, [ALAMAT_AIA]);
      // The same host again, and another site of the same CA: the intermediate is not fetched again.
      assert.deepEqual(berhasil(await p.ambil(`${s1.base}/dip.json`, { kind: 'dip' })).chainCompleted, [
        ALAMAT_AIA,
      ]);
      assert.deepEqual(berhasil(await p.ambil(`${s2.base}/`, { kind: 'beranda' })).chainCompleted, [
        ALAMAT_AIA,
      ]);
      assert.deepEqual(aia.log, ['/antara.der']);
      assert.deepEqual(s1.log, ['/robots.txt', '/', '/dip.json']);
    });
  });

  it('takes the intermediate as PEM too', async () => {
    await denganAia(async () => {
      const s = await situs('daun');
      const h = berhasil(await pengambil().ambil(`${s.base}/`, { kind: 'beranda' }));
      assert.deepEqual(h.chainCompleted, [ALAMAT_AIA]);
    }, ANTARA_UJI);
  });

  it('takes a PKCS#7 "certs-only" bundle (.p7c), keeping the certificate that issued the leaf, not the first', async () => {
    await denganAia(
      async (aia) => {
        const s = await situs('daun');
        const h = berhasil(await pengambil().ambil(`${s.base}/`, { kind: 'beranda' }));
        assert.equal(h.body, '<p>Halo</p>');
        assert.deepEqual(h.chainCompleted, [ALAMAT_AIA]);
        assert.deepEqual(aia.log, ['/antara.der']);
      },
      P7C_UJI,
      'application/pkcs7-mime',
    );
  });

  it('takes a PEM-armoured PKCS#7 bundle too, whatever its content type says', async () => {
    const pem = `-----BEGIN PKCS7-----\n${P7C_UJI.toString('base64').replace(/.{64}/g, '$&\n')}\n-----END PKCS7-----\n`;
    await denganAia(
      async () => {
        const s = await situs('daun');
        const h = berhasil(await pengambil().ambil(`${s.base}/`, { kind: 'beranda' }));
        assert.deepEqual(h.chainCompleted, [ALAMAT_AIA]);
      },
      pem,
      'application/octet-stream',
    );
  });

  it('reads every certificate of an AIA file, in order; nothing from what is not one', () => {
    assert.deepEqual(
      bacaBerkasSertifikat(P7C_UJI).map((c) => c.subject),
      ['O=Terbuka Uji\nCN=Terbuka Uji Akar', 'O=Terbuka Uji\nCN=Terbuka Uji Antara'],
    );
    assert.deepEqual(
      bacaBerkasSertifikat(Buffer.from(ANTARA_UJI)).map((c) => c.subject),
      ['O=Terbuka Uji\nCN=Terbuka Uji Antara'],
    );
    assert.deepEqual(
      bacaBerkasSertifikat(Buffer.from(AKAR_UJI + ANTARA_UJI)).map((c) => c.subject),
      ['O=Terbuka Uji\nCN=Terbuka Uji Akar', 'O=Terbuka Uji\nCN=Terbuka Uji Antara'],
    );
    assert.deepEqual(bacaBerkasSertifikat(Buffer.from('<html>404</html>')), []);
    assert.deepEqual(bacaBerkasSertifikat(P7C_UJI.subarray(0, 300)), []);
  });

  it('verifies a completed chain against the roots of NODE_EXTRA_CA_CERTS too (a national or internal root)', async () => {
    await denganAia(async (aia) => {
      const s = await situs('daun');
      // In a child process: Node reads NODE_EXTRA_CA_CERTS at its start. Without the variable, the test
      // root is no root of the child's store and the chain cannot be completed.
      const tanpa = gagal(await ambilDiAnak(`${s.base}/`, undefined));
      assert.match(tanpa.failure.message.en, /does not lead to a trusted root authority/);
      const h = berhasil(
        await ambilDiAnak(
          `${s.base}/`,
          fileURLToPath(new URL('../../fixtures/tls/akar.pem', import.meta.url)),
        ),
      );
      assert.equal(h.body, '<p>Halo</p>');
      assert.deepEqual(h.chainCompleted, [ALAMAT_AIA]);
      assert.deepEqual(aia.log, ['/antara.der', '/antara.der']);
    });
  });

  it('an intermediate that does not lead to a trusted root is not trusted', async () => {
    await denganAia(async (aia) => {
      const s = await situs('daun');
      // The test root is not trusted here (another root is): the fetched intermediate cannot reach one.
      const p = pengambil({ akarTepercaya: [readPemLain()] });
      const h = gagal(await p.ambil(`${s.base}/`, { kind: 'beranda' }));
      assert.equal(h.failure.reason, 'sertifikat');
      assert.match(h.failure.message.id, /rantai sertifikat TLS yang tidak lengkap/);
      assert.match(h.failure.message.id, /tidak berujung pada otoritas akar tepercaya/);
      assert.match(h.failure.message.en, /does not lead to a trusted root authority/);
      assert.deepEqual(aia.log, ['/antara.der']);
    });
  });

  it('a leaf without an AIA address: the incomplete chain said in words, not a raw code alone', async () => {
    const s = await situs('daun-tanpa-aia');
    const p = pengambil();
    const h = gagal(await p.ambil(`${s.base}/`, { kind: 'beranda' }));
    assert.equal(h.failure.reason, 'sertifikat');
    assert.match(
      h.failure.message.id,
      /^Server 127\.0\.0\.1:\d+ mengirim rantai sertifikat TLS yang tidak lengkap/,
    );
    assert.match(h.failure.message.id, /tidak menyebut alamat penerbit \(AIA\)/);
    assert.match(h.failure.message.id, /pasang rantai sertifikat lengkap/);
    assert.match(h.failure.message.en, /sends an incomplete TLS certificate chain/);
    assert.match(h.failure.message.en, /install the full certificate chain/);
    // A certificate does not change on a retry: none is made.
    assert.equal(p.statistik.retries, 0);
  });

  it('an AIA address that does not answer: the incomplete chain said in words', async () => {
    await denganAia(async (aia) => {
      const s = await situs('daun');
      const h = gagal(await pengambil().ambil(`${s.base}/`, { kind: 'beranda' }));
      assert.equal(h.failure.reason, 'sertifikat');
      assert.match(h.failure.message.id, /tidak dapat diambil dari alamat penerbit \(AIA\)/);
      assert.match(h.failure.message.en, /could not be fetched from the issuer address \(AIA\)/);
      assert.deepEqual(aia.log, ['/antara.der']);
    }, null);
  });

  it('the AIA fetch goes through the local-address guard', async () => {
    await denganAia(async (aia) => {
      const s = await situs('daun');
      // Only the site itself is allowed on loopback; the AIA address (127.0.0.1:39187) is not.
      const p = pengambil({ izinkanAlamatLokal: [new URL(s.base).host] });
      const h = gagal(await p.ambil(`${s.base}/`, { kind: 'beranda' }));
      assert.equal(h.failure.reason, 'sertifikat');
      assert.match(h.failure.message.id, /tidak dapat diambil dari alamat penerbit \(AIA\)/);
      assert.deepEqual(aia.log, []);
    });
  });

  it('an AIA answer that is not a certificate, or too large, is not used', async () => {
    await denganAia(
      async (aia) => {
        const s = await situs('daun');
        const h = gagal(await pengambil().ambil(`${s.base}/`, { kind: 'beranda' }));
        assert.match(h.failure.message.id, /tidak dapat diambil dari alamat penerbit \(AIA\)/);
        assert.deepEqual(aia.log, ['/antara.der']);
      },
      Buffer.alloc(70 * 1024, 0x30),
    );
  });

  for (const [sertifikat, id, en] of [
    ['kedaluwarsa', /^Sertifikat TLS 127\.0\.0\.1:\d+ sudah kedaluwarsa/, /has expired/],
    ['salah-nama', /dibuat untuk nama lain, bukan untuk 127\.0\.0\.1:\d+/, /was issued for another name/],
    ['swatanda', /ditandatangani sendiri/, /is self-signed/],
  ] as const)
    it(`${sertifikat}: a failure with its reason in words, no retry, no AIA fetch`, async () => {
      await denganAia(async (aia) => {
        const s = await situs(sertifikat);
        const p = pengambil();
        const h = gagal(await p.ambil(`${s.base}/`, { kind: 'beranda' }));
        assert.equal(h.failure.reason, 'sertifikat');
        assert.match(h.failure.message.id, id);
        assert.match(h.failure.message.id, /Peramban warga juga menampilkan peringatan keamanan/);
        assert.match(h.failure.message.en, en);
        assert.equal(p.statistik.retries, 0);
        assert.deepEqual(aia.log, []);
        assert.deepEqual(s.log, []);
      });
    });

  it('reads the CA Issuers addresses of a certificate (http only)', () => {
    assert.deepEqual(alamatPenerbit(new X509Certificate(readPem('daun.pem'))), [ALAMAT_AIA]);
    assert.deepEqual(alamatPenerbit(new X509Certificate(readPem('daun-tanpa-aia.pem'))), []);
  });
});

/** One fetch by a Pengambil of a child process, with Node's own store (no `akarTepercaya`). */
function ambilDiAnak(url: string, akarTambahan: string | undefined): Promise<HasilAmbil> {
  const modul = new URL('./index.ts', import.meta.url).href;
  const kode = `
    const { Pengambil } = await import(${JSON.stringify(modul)});
    const p = new Pengambil({ izinkanAlamatLokal: true, timeoutMs: 3000, backoffMs: 1 });
    const h = await p.ambil(${JSON.stringify(url)}, { kind: 'beranda' });
    await p.tutup();
    process.stdout.write(JSON.stringify(h));`;
  const env = { ...process.env };
  delete env['NODE_EXTRA_CA_CERTS'];
  if (akarTambahan) env['NODE_EXTRA_CA_CERTS'] = akarTambahan;
  return new Promise((selesai, gagalkan) =>
    execFile(
      process.execPath,
      ['--conditions=@terbuka/source', '--import', 'tsx', '--input-type=module', '-e', kode],
      { env },
      (e, out, err) =>
        e ? gagalkan(new Error(`${e.message}\n${err}`)) : selesai(JSON.parse(out) as HasilAmbil),
    ),
  );
}

function readPem(nama: string): string {
  return readFileSync(new URL(`../../fixtures/tls/${nama}`, import.meta.url), 'latin1');
}
/** A root that did not issue the test intermediate. */
function readPemLain(): string {
  return readPem('swatanda.pem');
}
