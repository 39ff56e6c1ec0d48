// Runs every test suite of the workspace and ends with one line CI recognises:
// `N passed, N failed`, counting all suites together.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH } from './chromium.mjs';

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

/**
 * The widgets' tests in headless Chromium (web-test-runner). Its own summary is not a line CI reads, so
 * a reporter in the config writes exact counts to a file, which are added to the final line.
 */
function browserSuite(files) {
  return new Promise((resolve) => {
    const chrome = CHROMIUM_PATH;
    if (!existsSync(chrome)) {
      console.error(
        `[terbuka] Chromium tidak ditemukan di ${chrome} / not found: set CHROME_PATH or install chromium`,
      );
      resolve({ name: 'browser', passed: 0, failed: 1, skipped: 0 });
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'terbuka-wtr-'));
    const countsFile = join(dir, 'counts.json');
    const child = spawn(
      'node',
      [
        join(root, 'node_modules/@web/test-runner/dist/bin.js'),
        '--config',
        'packages/widgets/web-test-runner.config.mjs',
        '--files',
        ...files,
      ],
      { cwd: root, stdio: 'inherit', env: { ...process.env, TERBUKA_WTR_COUNTS: countsFile } },
    );
    child.on('close', (code) => {
      let counts = { passed: 0, failed: 0, skipped: 0 };
      try {
        counts = JSON.parse(readFileSync(countsFile, 'utf8'));
      } catch {
        counts.failed = 1; // the runner died before reporting
      }
      rmSync(dir, { recursive: true, force: true });
      if (code !== 0 && counts.failed === 0) counts.failed = 1;
      resolve({ name: 'browser', ...counts });
    });
  });
}

const filter = process.argv.slice(2);
const matches = (f) => filter.length === 0 || filter.some((p) => f.includes(p));
// Tests under packages/widgets/src run in the browser; every other *.test.ts runs in Node.
const isBrowserTest = (f) => f.startsWith(join('packages', 'widgets', 'src'));
// demo/ holds the tests of `npm start` and the demo site (Node, driving Chromium itself); scripts/ those of
// the workspace's own scripts.
const all = [
  ...findTests(join(root, 'packages')),
  ...findTests(join(root, 'demo')),
  ...findTests(join(root, 'scripts')),
].filter(matches);
const nodeFiles = all.filter((f) => !isBrowserTest(f));
const browserFiles = all.filter(isBrowserTest);
const suites = [];
if (nodeFiles.length > 0 || browserFiles.length === 0) suites.push(await nodeSuite(nodeFiles));
if (browserFiles.length > 0) suites.push(await browserSuite(browserFiles));

const passed = suites.reduce((n, s) => n + s.passed, 0);
const failed = suites.reduce((n, s) => n + s.failed, 0);
const skipped = suites.reduce((n, s) => n + s.skipped, 0);
console.log('');
for (const s of suites) console.log(`suite ${s.name}: ${s.passed} passed, ${s.failed} failed`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
