// Test helper: real HTTPS servers on 127.0.0.1 with the test CA of fixtures/tls (see its README), and the
// loopback http server its leaves name as their AIA "CA Issuers" address.
import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { jeda, mulaiServer, type ServerLokal } from './server-lokal.js';

const berkas = (nama: string): string =>
  readFileSync(new URL(`../../fixtures/tls/${nama}`, import.meta.url), 'latin1');

/** The test root, for the Pengambil's `akarTepercaya`. */
export const AKAR_UJI = berkas('akar.pem');
export const ANTARA_UJI = berkas('antara.pem');
/** The port the leaves' AIA address names (fixed in the certificates). */
export const PORT_AIA = 39187;
export const ALAMAT_AIA = `http://127.0.0.1:${PORT_AIA}/antara.der`;

/** Which certificate the server sends: `lengkap` is the leaf with its intermediate (a correct server). */
export type SertifikatUji = 'lengkap' | 'daun' | 'daun-tanpa-aia' | 'salah-nama' | 'kedaluwarsa' | 'swatanda';

export async function mulaiServerTls(
  sertifikat: SertifikatUji,
  handler: (req: IncomingMessage, res: ServerResponse) => unknown,
): Promise<ServerLokal> {
  const cert =
    sertifikat === 'lengkap'
      ? berkas('daun.pem') + ANTARA_UJI
      : sertifikat === 'kedaluwarsa' || sertifikat === 'salah-nama'
        ? berkas(`${sertifikat}.pem`) + ANTARA_UJI
        : berkas(`${sertifikat}.pem`);
  const log: string[] = [];
  const soket = new Set<Socket>();
  const server = createHttpsServer({ key: berkas('daun.key'), cert }, (req, res) => {
    log.push(req.url ?? '');
    Promise.resolve(handler(req, res)).catch(() => res.destroy());
  });
  server.on('secureConnection', (s) => {
    soket.add(s);
    s.on('close', () => soket.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    base: `https://127.0.0.1:${port}`,
    log,
    puncak: { permintaan: 0, koneksi: 0 },
    tutup: () =>
      new Promise<void>((r) => {
        for (const s of soket) s.destroy();
        server.close(() => r());
      }),
  };
}

/** The root and the intermediate in one PKCS#7 "certs-only" bundle (DER), the root first. */
export const P7C_UJI: Buffer = readFileSync(new URL('../../fixtures/tls/antara.p7c', import.meta.url));

/**
 * The AIA server on its fixed port, serving the intermediate as `isi` (DER by default) at /antara.der
 * with `contentType`; `null`: it cuts every connection without an answer (an AIA address that does not
 * answer). Test files may run at once: while another holds the port, this waits for it (up to 20 s).
 */
export async function mulaiServerAia(
  isi: Buffer | string | null = berkasDer(),
  contentType = 'application/pkix-cert',
): Promise<ServerLokal> {
  for (let coba = 0; ; coba++) {
    try {
      return await mulaiServer((req, res) => {
        if (isi === null) return res.socket?.destroy();
        if (req.url !== '/antara.der') return res.writeHead(404).end();
        res.writeHead(200, { 'content-type': contentType }).end(isi);
      }, PORT_AIA);
    } catch (e) {
      if ((e as { code?: unknown }).code !== 'EADDRINUSE' || coba >= 400) throw e;
      await jeda(50);
    }
  }
}

function berkasDer(): Buffer {
  return readFileSync(new URL('../../fixtures/tls/antara.der', import.meta.url));
}
