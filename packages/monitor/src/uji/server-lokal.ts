// Test helper: a real node:http server on 127.0.0.1 with a port of its own, for the fetcher and scan tests.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';

export interface ServerLokal {
  readonly server: Server | HttpsServer;
  /** `http://127.0.0.1:<port>` (`https://` for `mulaiServerTls`) */
  readonly base: string;
  /** Paths requested, in order. */
  readonly log: string[];
  /** Requests and sockets open at once, at most. */
  readonly puncak: { permintaan: number; koneksi: number };
  tutup(): Promise<void>;
}

export async function mulaiServer(
  handler: (req: IncomingMessage, res: ServerResponse) => unknown,
  port = 0,
): Promise<ServerLokal> {
  const log: string[] = [];
  const puncak = { permintaan: 0, koneksi: 0 };
  let permintaan = 0;
  const soket = new Set<Socket>();
  const server = createServer((req, res) => {
    log.push(req.url ?? '');
    permintaan++;
    puncak.permintaan = Math.max(puncak.permintaan, permintaan);
    res.on('close', () => permintaan--);
    Promise.resolve(handler(req, res)).catch(() => res.destroy());
  });
  server.on('connection', (s) => {
    soket.add(s);
    puncak.koneksi = Math.max(puncak.koneksi, soket.size);
    s.on('close', () => soket.delete(s));
  });
  await new Promise<void>((r, gagal) => {
    server.once('error', gagal);
    server.listen(port, '127.0.0.1', r);
  });
  const alamat = server.address() as AddressInfo;
  return {
    server,
    base: `http://127.0.0.1:${alamat.port}`,
    log,
    puncak,
    tutup: () =>
      new Promise<void>((r) => {
        for (const s of soket) s.destroy();
        server.close(() => r());
      }),
  };
}

/** A port nothing listens on: bound once, then closed. */
export async function portMati(): Promise<string> {
  const s = await mulaiServer(() => undefined);
  await s.tutup();
  return s.base;
}

export const jeda = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
