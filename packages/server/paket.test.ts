// The package as npm shows it: the README's minimal configuration must be one the server starts with.
// (Not named readme.test.ts: npm packs every file whose name starts with "readme".)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { periksaKonfigurasi } from '@terbuka/server';

test('the README’s minimal configuration is accepted as it is, its defaults filled in', () => {
  const teks = readFileSync(new URL('README.md', import.meta.url), 'utf8');
  const blok = [...teks.matchAll(/^```json\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
  assert.equal(blok.length, 1, 'one ```json block');
  const k = periksaKonfigurasi(JSON.parse(blok[0]!));
  assert.equal(k.port, 8787);
  assert.equal(k.host, '127.0.0.1');
  assert.deepEqual(
    k.agencies.map((a) => [a.id, a.code, a.timeZone]),
    [['diskominfo', 'DISKOMINFO', 'Asia/Jakarta']],
  );
  assert.deepEqual(k.officers, []);
});
