// Test helpers: the built `terbuka` binary run as an officer against a real `terbuka serve` (see
// ../../../server/src/uji/proses.ts), and a request submitted to it as a citizen would. Not part of the
// package build (tsconfig `exclude`) nor of the packed files (package.json `files`).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AGENSI_UJI,
  contohPermintaan,
  kirim,
  TOKEN_PETUGAS,
  type ProsesServer,
} from '../../../server/src/uji/proses.js';

/** The binary a user runs (the CLI tests run the built code, as a user would). */
export const BIN = join(fileURLToPath(new URL('../../../..', import.meta.url)), 'node_modules/.bin/terbuka');

export interface HasilTerbuka {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
}

/**
 * The officer's commands against the server `server()` gives (read at each call: it starts in a `before`),
 * run in `dir`; `awalanKunci` starts the idempotency keys of `ajukan`.
 */
export function petugasUji(dir: string, server: () => ProsesServer, awalanKunci: string) {
  /** `terbuka …` with the officer's token, the server's address (or `alamat`), no language set. */
  function terbuka(args: readonly string[], alamat = server().alamat): HasilTerbuka {
    const r = spawnSync(BIN, args, {
      cwd: dir,
      env: { ...process.env, TERBUKA_LANG: '', TERBUKA_SERVER: alamat, TERBUKA_TOKEN: TOKEN_PETUGAS },
    });
    return { code: r.status, out: r.stdout.toString('utf8'), err: r.stderr.toString('utf8') };
  }
  /** `terbuka --json petugas …`, which must succeed (else its stderr and the server log's end are said). */
  function json(...args: string[]): unknown {
    const r = terbuka(['--json', 'petugas', ...args]);
    assert.equal(r.code, 0, `${r.err}\n${server().log().slice(-3000)}`);
    return JSON.parse(r.out);
  }
  /** A request submitted as a citizen would, then found by its number: its id and number. */
  async function ajukan(information: string): Promise<{ id: number; number: string }> {
    const r = await kirim(
      server().alamat,
      `/v1/permintaan?agency=${AGENSI_UJI.id}`,
      contohPermintaan({ information }),
      { 'idempotency-key': `${awalanKunci}-${information.replace(/\s/g, '-')}` },
    );
    assert.equal(r.status, 201, JSON.stringify(r.body));
    const number = (r.body as { number: string }).number;
    const d = json('daftar', '--nomor', number) as { items: { id: number }[] };
    return { id: d.items[0]!.id, number };
  }
  return { terbuka, json, ajukan };
}
