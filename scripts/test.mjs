// Runs every test suite of the workspace and ends with one line CI recognises:
// `N passed, N failed`, counting all suites together.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit' }).status ?? 1;

if (run('node', ['scripts/ensure-install.mjs']) !== 0) process.exit(1);
// The CLI tests run the built binary, as a user would.
if (run('npm', ['run', '--silent', 'build']) !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

function findTests(dir, out = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) findTests(path, out);
    else if (/\.test\.ts$/.test(name)) out.push(relative(root, path));
  }
  return out;
}

/** Node's test runner over the TypeScript sources (SDK, CLI, and later the server and monitor). */
function nodeSuite(files) {
  return new Promise((resolve) => {
    const child = spawn(
      'node',
      ['--conditions=@terbuka/source', '--import', 'tsx', '--test', '--test-reporter=spec', ...files],
      { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (d) => {
      process.stdout.write(d);
      out += d;
    });
    child.on('close', (code) => {
      const count = (label) => Number(out.match(new RegExp(`^ℹ ${label} (\\d+)`, 'm'))?.[1] ?? 0);
      const passed = count('pass');
      const failed = count('fail') + count('cancelled') + (code !== 0 && count('fail') === 0 ? 1 : 0);
      resolve({ name: 'node', passed, failed, skipped: count('skipped') + count('todo') });
    });
  });
}

const filter = process.argv.slice(2);
const files = findTests(join(root, 'packages')).filter(
  (f) => filter.length === 0 || filter.some((p) => f.includes(p)),
);
const suites = [await nodeSuite(files)];

const passed = suites.reduce((n, s) => n + s.passed, 0);
const failed = suites.reduce((n, s) => n + s.failed, 0);
const skipped = suites.reduce((n, s) => n + s.skipped, 0);
console.log('');
for (const s of suites) console.log(`suite ${s.name}: ${s.passed} passed, ${s.failed} failed`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
