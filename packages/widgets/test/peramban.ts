// Test and benchmark helpers that drive the built widgets as a visitor's browser meets them: a tiny static
// server on loopback (not the test runner's dev server) and Debian's Chromium through playwright-core.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.mjs';

/** One file the server answers with; `tundaMs` delays the answer (a slow network). */
export interface Berkas {
  readonly body: string | Buffer;
  readonly type: string;
  readonly tundaMs?: number;
  /**
   * The body sent in `bagian` pieces `jedaMs` apart (a slow line); `macet`: only the first, the connection
   * then held open with nothing more (a download that stalls).
   */
  readonly tetes?: { readonly bagian: number; readonly jedaMs: number; readonly macet?: boolean };
}

export interface Peladen {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** Paths requested so far, in order. */
  readonly permintaan: string[];
  tutup(): Promise<void>;
}

const JENIS: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

/** A file from disk, its content type from its extension. */
export function dariBerkas(url: URL, tundaMs?: number): Berkas {
  const ext = url.pathname.split('.').pop() ?? '';
  return {
    body: readFileSync(url),
    type: JENIS[ext] ?? 'application/octet-stream',
    ...(tundaMs ? { tundaMs } : {}),
  };
}

export const halaman = (html: string): Berkas => ({ body: html, type: JENIS['html']! });

/** Serves exactly the given paths (query strings ignored) on 127.0.0.1; anything else is 404. */
export async function layani(rute: Readonly<Record<string, Berkas>>): Promise<Peladen> {
  const permintaan: string[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    permintaan.push(path);
    const b = rute[path];
    if (!b) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const kirim = (): void => {
      res.writeHead(200, { 'content-type': b.type, 'cache-control': 'no-store' });
      if (!b.tetes) return void res.end(b.body);
      const { bagian, jedaMs, macet } = b.tetes;
      const isi = Buffer.from(b.body);
      const ukuran = Math.ceil(isi.length / bagian);
      let i = 0;
      let pewaktu: ReturnType<typeof setTimeout> | undefined;
      const tulis = (): void => {
        res.write(isi.subarray(i * ukuran, ++i * ukuran));
        if (i >= bagian) res.end();
        else if (!macet) pewaktu = setTimeout(tulis, jedaMs);
      };
      res.on('close', () => clearTimeout(pewaktu));
      tulis();
    };
    if (b.tundaMs) setTimeout(kirim, b.tundaMs);
    else kirim();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    permintaan,
    tutup: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** Debian's Chromium (CHROME_PATH), headless, with the flags this closed network needs. */
export function bukaPeramban(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
}

/** The built files, read from packages/widgets/dist (run the build first: `npm test` does). */
export const dist = new URL('../dist/', import.meta.url);
/** The SDK's sample documents. */
export const fixtures = new URL('../../sdk/fixtures/', import.meta.url);
