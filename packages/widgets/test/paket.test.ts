// The published package as a consumer sees it: fields, exports that resolve to built files, side effects.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const paket = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
  exports: Record<string, string | Record<string, string>>;
  sideEffects: string[];
  dependencies: Record<string, string>;
};
const ada = (p: string): boolean => existsSync(new URL(`../${p}`, import.meta.url));

test('VERSI equals the package version (the define clash warning names it)', () => {
  const src = readFileSync(new URL('../src/internal/versi.ts', import.meta.url), 'utf8');
  assert.match(src, new RegExp(`VERSI = '${paket.version.replace(/\./g, '\\.')}'`));
});

test('every export resolves to a built file, with types for the ES modules', () => {
  for (const [nama, tujuan] of Object.entries(paket.exports)) {
    if (typeof tujuan === 'string') {
      if (!tujuan.includes('*')) assert.ok(ada(tujuan), `${nama} → ${tujuan}`);
      continue;
    }
    assert.ok(ada(tujuan['default'] as string), `${nama} → ${tujuan['default']}`);
    assert.ok(ada(tujuan['types'] as string), `${nama} types → ${tujuan['types']}`);
    if (tujuan['@terbuka/source']) assert.ok(ada(tujuan['@terbuka/source']), `${nama} source`);
  }
});

test('only registration files have side effects; lit is a dependency', () => {
  assert.ok(paket.sideEffects.length > 0);
  // Besides registration: a built-in the fallback verifier adds where old browsers lack it
  // (src/badge/pelengkap-hasown.ts), which must not be tree-shaken away.
  for (const s of paket.sideEffects)
    assert.match(
      s,
      /define(-permintaan)?\.(js|ts)$|terbuka(-permintaan)?\.min\.js$|\/cdn\/\*\.js$|\/pelengkap-[\w-]+\.ts$/,
      s,
    );
  assert.ok(paket.dependencies['lit']);
  const kelas = readFileSync(
    new URL('../dist/informasi-berkala/informasi-berkala.js', import.meta.url),
    'utf8',
  );
  assert.doesNotMatch(kelas, /customElements\.define/);
});
