// Test helpers: `npm start` as a real process on loopback (without its install and build steps, which
// `npm test` has already done), and Debian's Chromium through playwright-core.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const situs = new URL('./situs/', import.meta.url);

export interface Demo {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** The demo site's page paths `npm start` printed, in order. */
  readonly halaman: string[];
  /** The intake server's URL (`http://127.0.0.1:<port>`), the second service `npm start` prints. */
  readonly penerima: string | undefined;
  /** Everything printed so far. */
  keluaran(): string;
  /**
   * The demo's data folder (SQLite file, token, the monitor's history, keys and report): a fresh
   * temporary one removed by `tutup`, or `env.TERBUKA_DEMO_DATA` when given (kept).
   */
  readonly data: string;
  proses: ChildProcess;
  tutup(): Promise<number | null>;
}

/** Runs scripts/start.mjs and resolves once it prints the demo's URL and pages. */
export function mulaiDemo(args: string[] = [], env: Record<string, string> = { PORT: '0' }): Promise<Demo> {
  const dataSendiri = env['TERBUKA_DEMO_DATA'];
  const data = dataSendiri ?? mkdtempSync(join(tmpdir(), 'terbuka-demo-'));
  const lingkungan: Record<string, string | undefined> = {
    ...process.env,
    TERBUKA_DEMO_DATA: data,
    ...env,
  };
  if (!('PORT' in env)) delete lingkungan['PORT'];
  const proses = spawn('node', ['scripts/start.mjs', '--tanpa-build', ...args], {
    cwd: root,
    env: lingkungan,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let keluaran = '';
  const selesai = new Promise<number | null>((ok) =>
    proses.on('exit', (code) => {
      if (!dataSendiri) rmSync(data, { recursive: true, force: true });
      ok(code);
    }),
  );
  return new Promise((resolve, reject) => {
    // The monitor scans and publishes before the last line: allow for a busy machine.
    const batas = setTimeout(() => reject(new Error(`npm start did not print its URL:\n${keluaran}`)), 30000);
    const baca = (d: Buffer): void => {
      keluaran += d.toString();
      const url = keluaran.match(/\[terbuka\] [^\n]*: (http:\/\/127\.0\.0\.1:\d+)\/\n/)?.[1];
      if (!url || !keluaran.includes('Ctrl+C')) return;
      clearTimeout(batas);
      const halaman = [...keluaran.matchAll(/^ {2}(http:\/\/127\.0\.0\.1:\d+)(\/\S*)/gm)]
        .filter((m) => m[1] === url)
        .map((m) => m[2]!);
      const layanan = [...keluaran.matchAll(/\[terbuka\] [^\n]*: (http:\/\/127\.0\.0\.1:\d+)\/\n/g)];
      resolve({
        url,
        halaman,
        penerima: layanan[1]?.[1],
        data,
        keluaran: () => keluaran,
        proses,
        tutup: async () => {
          if (proses.exitCode === null) proses.kill('SIGTERM');
          return selesai;
        },
      });
    };
    proses.stdout.on('data', baca);
    proses.stderr.on('data', (d: Buffer) => (keluaran += d.toString()));
    proses.on('exit', (code) => {
      clearTimeout(batas);
      reject(new Error(`npm start exited (${code}) before serving:\n${keluaran}`));
    });
  });
}

/** Debian's Chromium (CHROME_PATH), headless, with the flags this closed network needs. */
export function bukaPeramban(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
}

export interface Kunjungan {
  page: Page;
  konteks: BrowserContext;
  /** Console errors, page errors, CSP violations, failed or off-origin requests. */
  masalah: string[];
}

/** Opens `path` of the demo in a new context, collecting every problem the page meets. */
export async function kunjungi(
  peramban: Browser,
  asal: string,
  path: string,
  lebar = 1280,
  sebelum?: (page: Page) => Promise<void>,
): Promise<Kunjungan> {
  const konteks = await peramban.newContext({ viewport: { width: lebar, height: 800 } });
  const page = await konteks.newPage();
  const masalah: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') masalah.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => masalah.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => masalah.push(`request failed (${r.failure()?.errorText}): ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400) masalah.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(`${asal}/`)) masalah.push(`off-origin request: ${r.url()}`);
  });
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  await sebelum?.(page);
  await page.goto(`${asal}${path}`, { waitUntil: 'load' });
  return { page, konteks, masalah };
}
