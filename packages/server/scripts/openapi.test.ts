import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { BERKAS_OPENAPI, buatOpenAPI, teksOpenAPI } from './openapi.js';
import { buatAplikasi } from '../src/aplikasi.js';
import { bukaBasisData } from '../src/db/buka.js';
import { periksaKonfigurasi } from '../src/konfigurasi.js';

test('openapi.json is current (regenerate: npm run openapi -w @terbuka/server)', async () => {
  assert.equal(readFileSync(BERKAS_OPENAPI, 'utf8'), await teksOpenAPI());
});

test('every $ref resolves, and every route of the server is described', () => {
  const doc = buatOpenAPI() as {
    paths: Record<string, unknown>;
    components: { schemas: Record<string, unknown> };
  };
  const refs = JSON.stringify(doc).match(/"#\/components\/schemas\/[^"]+"/g) ?? [];
  for (const r of refs) {
    const nama = r.slice('"#/components/schemas/'.length, -1);
    assert.ok(nama in doc.components.schemas, `${nama} is not defined`);
  }
  // The request schemas are the SDK's own files, not copies.
  const {
    $schema: _s,
    $id: _i,
    ...sdk
  } = JSON.parse(
    readFileSync(new URL('../../sdk/schema/permintaan-v1.schema.json', import.meta.url), 'utf8'),
  );
  assert.deepEqual(doc.components.schemas.Permintaan, sdk);
});

test('every documented operation is a route of the server', async () => {
  const doc = buatOpenAPI() as { paths: Record<string, Record<string, unknown>> };
  const { app } = await buatAplikasi({
    konfigurasi: periksaKonfigurasi({ agencies: [{ id: 'a', name: 'A' }], logLevel: 'silent' }),
    db: bukaBasisData(':memory:'),
    jam: () => new Date(),
  });
  await app.ready();
  try {
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const method of Object.keys(ops)) {
        const url = path.replace(/\{(\w+)\}/g, ':$1');
        assert.ok(app.hasRoute({ method: method.toUpperCase() as 'GET', url }), `${method} ${path}`);
      }
    }
  } finally {
    await app.close();
  }
});
