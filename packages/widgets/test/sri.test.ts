// dist/sri.json, written by the build, holds the sha384 a pinned `<script integrity=…>` needs: recomputed
// here from the built files. (That the browser accepts it is checked in bundel.test.ts.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const dist = new URL('../dist/', import.meta.url);

test('sri.json holds the sha384 of the classic scripts and the files they load on demand, for this version', () => {
  const sri = JSON.parse(readFileSync(new URL('sri.json', dist), 'utf8')) as {
    version: string;
    integrity: Record<string, string>;
  };
  const paket = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  assert.equal(sri.version, paket.version);
  assert.deepEqual(Object.keys(sri.integrity).sort(), [
    'terbuka-baca.js',
    'terbuka-csv.js',
    'terbuka-ed25519.js',
    'terbuka-en.js',
    'terbuka-kata-lencana.js',
    'terbuka-kata.js',
    'terbuka-lencana.min.js',
    'terbuka-mandiri.js',
    'terbuka-periksa-semua.js',
    'terbuka-periksa.js',
    'terbuka-permintaan.min.js',
    'terbuka-saran.js',
    'terbuka-tenggat.js',
    'terbuka.min.js',
  ]);
  for (const [berkas, nilai] of Object.entries(sri.integrity)) {
    const hash = createHash('sha384')
      .update(readFileSync(new URL(berkas, dist)))
      .digest('base64');
    assert.equal(nilai, `sha384-${hash}`, berkas);
  }
});
