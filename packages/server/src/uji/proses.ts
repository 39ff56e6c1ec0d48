// Test helpers: a real `terbuka serve` process on a random loopback port, its captured logs, and
// request bodies. Not part of the package build.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const AKAR = fileURLToPath(new URL('../../../../', import.meta.url));
export const BIN_TERBUKA = join(AKAR, 'packages/cli/bin/terbuka.js');

export interface ProsesServer {
  readonly alamat: string;
  readonly proses: ChildProcess;
  readonly database: string;
  readonly dir: string;
  readonly konfigurasiBerkas: string;
  /** Everything the process wrote to stdout (JSON log lines) and stderr. */
  log(): string;
  /** SIGTERM and wait (clean shutdown), or SIGKILL. */
  berhenti(sinyal?: NodeJS.Signals): Promise<number | null>;
}

export function direktoriUji(): { dir: string; hapus: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'terbuka-server-'));
  return { dir, hapus: () => rmSync(dir, { recursive: true, force: true }) };
}

export const AGENSI_UJI = {
  id: 'diskominfo',
  name: 'Dinas Komunikasi dan Informatika Kabupaten Sukamaju',
  code: 'DISKOMINFO',
  origins: ['https://diskominfo.sukamajukab.go.id'],
};

export const TOKEN_PETUGAS = 'tbk_uji_token_petugas_yang_panjang_sekali_0123456789';
export const SHA_TOKEN_PETUGAS = createHash('sha256').update(TOKEN_PETUGAS).digest('hex');

/** Starts `terbuka serve` with the configuration given (merged over a default), port 0. */
export async function mulaiServer(o: {
  dir: string;
  konfigurasi?: Record<string, unknown>;
  now?: string;
  env?: Record<string, string>;
  database?: string;
  /** A fixed port, e.g. to bring a server back at the address a client already holds. Default: any free port. */
  port?: number;
}): Promise<ProsesServer> {
  const database = o.database ?? join(o.dir, 'terbuka.sqlite');
  const konfigurasiBerkas = join(o.dir, `konfigurasi-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(
    konfigurasiBerkas,
    JSON.stringify({
      database,
      agencies: [AGENSI_UJI],
      rateLimit: { perMinute: 100_000, statusPerMinute: 100_000 },
      ...o.konfigurasi,
    }),
  );
  const proses = spawn(
    process.execPath,
    [
      BIN_TERBUKA,
      'serve',
      '--config',
      konfigurasiBerkas,
      '--port',
      String(o.port ?? 0),
      ...(o.now ? ['--now', o.now] : []),
    ],
    { env: { ...process.env, NODE_ENV: 'test', ...o.env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  proses.stdout!.on('data', (d) => (log += d));
  proses.stderr!.on('data', (d) => (log += d));
  const selesai = new Promise<number | null>((r) => proses.on('exit', (code) => r(code)));
  const alamat = await new Promise<string>((ok, gagal) => {
    const t = setTimeout(() => gagal(new Error(`server did not start:\n${log}`)), 15_000);
    const periksa = () => {
      const m = /"alamat":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(log);
      if (m) {
        clearTimeout(t);
        ok(m[1]!);
      }
    };
    proses.stdout!.on('data', periksa);
    proses.on('exit', () => {
      clearTimeout(t);
      gagal(new Error(`server exited:\n${log}`));
    });
  });
  return {
    alamat,
    proses,
    database,
    dir: o.dir,
    konfigurasiBerkas,
    log: () => log,
    berhenti: async (sinyal = 'SIGTERM') => {
      if (proses.exitCode === null && proses.signalCode === null) proses.kill(sinyal);
      return selesai;
    },
  };
}

export interface Jawaban {
  readonly status: number;
  readonly body: unknown;
  readonly headers: Headers;
}

export async function kirim(
  alamat: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
  method = 'POST',
): Promise<Jawaban> {
  const res = await fetch(`${alamat}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    ...(method === 'GET' ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const teks = await res.text();
  let json: unknown = teks;
  try {
    json = JSON.parse(teks);
  } catch {
    // CSV and other text stay as text.
  }
  return { status: res.status, body: json, headers: res.headers };
}

/** Values the log-redaction test searches for: they must never appear in a log line. */
export const RAHASIA = {
  nik: '3201014509900001',
  phone: '081234567890',
  phoneE164: '+6281234567890',
  email: 'siti.aminah@contoh.id',
};

export function contohPermintaan(o: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'terbuka-permintaan',
    version: 1,
    requester: {
      kind: 'perorangan',
      name: 'Siti Aminah',
      nik: RAHASIA.nik,
      address: 'Jl. Merdeka No. 1, Sukamaju',
      occupation: 'Guru',
      phone: RAHASIA.phone,
      email: RAHASIA.email,
    },
    information: 'Salinan laporan realisasi APBD 2025 Dinas Kesehatan',
    purpose: 'Bahan kajian kelompok warga',
    obtain: ['membaca', 'salinan-softcopy'],
    delivery: 'email',
    ...o,
  };
}

export function contohKeberatan(
  requestNumber: string,
  o: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    format: 'terbuka-keberatan',
    version: 1,
    requestNumber,
    requester: contohPermintaan().requester as Record<string, unknown>,
    purpose: 'Bahan kajian kelompok warga',
    grounds: ['a'],
    caseSummary: 'Permintaan ditolak tanpa uji konsekuensi.',
    ...o,
  };
}

/**
 * The officer API as one officer's tests call it: GET without a body, POST with one, the token as a bearer.
 * `alamat` is read at each call (the server starts in a `before`).
 */
export function klienPetugas(alamat: () => string, token = TOKEN_PETUGAS) {
  const petugas = (path: string, body?: unknown) =>
    kirim(alamat(), path, body, { authorization: `Bearer ${token}` }, body === undefined ? 'GET' : 'POST');
  /** The id of the record numbered `number`, as an officer finds it. */
  const idDari = async (number: string): Promise<number> =>
    (
      (await petugas(`/v1/petugas/pengajuan?number=${encodeURIComponent(number)}`)).body as {
        items: { id: number }[];
      }
    ).items[0]!.id;
  return {
    petugas,
    peristiwa: (id: number, body: unknown) => petugas(`/v1/petugas/pengajuan/${id}/peristiwa`, body),
    rinci: async <R>(id: number) => (await petugas(`/v1/petugas/pengajuan/${id}`)).body as R,
    idDari,
    /** A request submitted as a citizen would (its key `kunci`), which must be stored: its id and number. */
    ajukan: async (information: string, kunci: string): Promise<{ id: number; number: string }> => {
      const r = await kirim(
        alamat(),
        `/v1/permintaan?agency=${AGENSI_UJI.id}`,
        contohPermintaan({ information }),
        {
          'idempotency-key': kunci,
        },
      );
      if (r.status !== 201)
        throw new Error(`permintaan uji tidak tersimpan: ${r.status} ${JSON.stringify(r.body)}`);
      const number = (r.body as { number: string }).number;
      return { id: await idDari(number), number };
    },
  };
}
