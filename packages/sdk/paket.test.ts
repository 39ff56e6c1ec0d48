// What npm would publish: the built code, its types, the JSON Schema files — and no tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

function isiPaket(workspace: string): string[] {
  const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', '-w', workspace], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  const [paket] = JSON.parse(r.stdout) as { files: { path: string }[] }[];
  return paket!.files.map((f) => f.path);
}

test('@terbuka/sdk ships its built code, types and JSON Schemas, and no test files', () => {
  const files = isiPaket('@terbuka/sdk');
  for (const wajib of [
    'dist/index.js',
    'dist/index.d.ts',
    'dist/dip/csv.js',
    'schema/dip-v1.schema.json',
    'schema/feed-v1.schema.json',
    'package.json',
  ])
    assert.ok(files.includes(wajib), `${wajib} missing from the package`);
  assert.deepEqual(
    files.filter((f) => /\.test\.|tsbuildinfo/.test(f)),
    [],
  );
});

test('@terbuka/cli ships its binary and built code', () => {
  const files = isiPaket('@terbuka/cli');
  for (const wajib of ['bin/terbuka.js', 'dist/main.js', 'package.json'])
    assert.ok(files.includes(wajib), `${wajib} missing from the package`);
  assert.deepEqual(
    files.filter((f) => /\.test\.|tsbuildinfo/.test(f)),
    [],
  );
});
