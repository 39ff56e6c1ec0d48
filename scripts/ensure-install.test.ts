// scripts/ensure-install.mjs, run as `npm test`, `npm start`, `npm run lint`, `docs` and `bench` run it:
// on a fresh clone (no node_modules) it installs with `npm ci`, once installed it does nothing. Run here in
// a temporary copy of the repository's layout, with a fake `npm` first on PATH that writes down how it was
// called (the real one is never reached).
import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SKRIP = fileURLToPath(new URL('./ensure-install.mjs', import.meta.url));

let akar: string;
let bin: string;
/** Where the fake npm writes each call: its working directory, then its arguments, one a line. */
let catatan: string;

beforeEach(() => {
  const tmp = realpathSync(mkdtempSync(join(tmpdir(), 'terbuka-ensure-')));
  akar = join(tmp, 'repo');
  bin = join(tmp, 'bin');
  catatan = join(tmp, 'npm-dipanggil.txt');
  mkdirSync(join(akar, 'scripts'), { recursive: true });
  copyFileSync(SKRIP, join(akar, 'scripts', 'ensure-install.mjs'));
  mkdirSync(bin);
  const npm = join(bin, 'npm');
  writeFileSync(
    npm,
    '#!/bin/sh\n{ echo "--- $(pwd -P)"; for a in "$@"; do echo "$a"; done; } >> "$NPM_CATATAN"\nexit "${NPM_KELUAR:-0}"\n',
  );
  chmodSync(npm, 0o755);
});

afterEach(() => rmSync(join(akar, '..'), { recursive: true, force: true }));

/** Runs the copied script from `cwd` (default: the copy's root) with the fake npm first on PATH. */
function jalankan(cwd = akar, keluar = 0): { status: number | null; stdout: string; panggilan: string[][] } {
  const r = spawnSync(process.execPath, [join(akar, 'scripts', 'ensure-install.mjs')], {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      PATH: `${bin}${delimiter}${process.env['PATH'] ?? ''}`,
      NPM_CATATAN: catatan,
      NPM_KELUAR: String(keluar),
    },
  });
  const panggilan = existsSync(catatan)
    ? readFileSync(catatan, 'utf8')
        .split('--- ')
        .filter(Boolean)
        .map((p) => p.trimEnd().split('\n'))
    : [];
  return { status: r.status, stdout: r.stdout, panggilan };
}

test('a fresh clone (no node_modules): npm ci at the repository root, whatever the directory it is run from', () => {
  const r = jalankan(tmpdir());
  assert.equal(r.status, 0);
  assert.deepEqual(r.panggilan, [[akar, 'ci', '--no-audit', '--no-fund']]);
  assert.match(r.stdout, /node_modules belum ada — menjalankan npm ci \/ installing dependencies/);
});

test('node_modules left by an install that did not finish (no .package-lock.json): installs again', () => {
  mkdirSync(join(akar, 'node_modules', 'lit'), { recursive: true });
  const r = jalankan();
  assert.equal(r.status, 0);
  assert.deepEqual(r.panggilan, [[akar, 'ci', '--no-audit', '--no-fund']]);
});

test('installed (node_modules/.package-lock.json, which npm writes last): does nothing, says nothing', () => {
  mkdirSync(join(akar, 'node_modules'));
  writeFileSync(join(akar, 'node_modules', '.package-lock.json'), '{}');
  const r = jalankan();
  assert.equal(r.status, 0);
  assert.deepEqual(r.panggilan, []);
  assert.equal(r.stdout, '');
});

test('npm ci fails: the script fails with its exit code, so the command that ran it stops', () => {
  const r = jalankan(akar, 7);
  assert.equal(r.panggilan.length, 1);
  assert.equal(r.status, 7);
});
