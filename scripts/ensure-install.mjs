// Installs the workspace's dependencies when a fresh clone has none yet, so `npm test`,
// `npm run lint`, `npm run docs` and `npm run bench` work straight after `git clone`.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const marker = `${root}node_modules/.package-lock.json`;

if (!existsSync(marker)) {
  console.log('[terbuka] node_modules belum ada — menjalankan npm ci / installing dependencies…');
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
