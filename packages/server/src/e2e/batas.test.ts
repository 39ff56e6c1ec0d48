import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { contohPermintaan, direktoriUji, kirim, mulaiServer, type ProsesServer } from '../uji/proses.js';

const { dir, hapus } = direktoriUji();
let s: ProsesServer;
before(async () => {
  s = await mulaiServer({ dir, konfigurasi: { rateLimit: { perMinute: 5, statusPerMinute: 2 } } });
});
after(async () => {
  await s?.berhenti();
  hapus();
});

type Galat = { errors: { code: string }[] };

test('per-IP limit on submissions: the sixth in a minute → 429 with Retry-After, and nothing stored', async () => {
  const kode = [];
  for (let i = 0; i < 6; i++) {
    const r = await kirim(s.alamat, '/v1/permintaan', contohPermintaan({ information: `Batas ${i}` }), {
      'idempotency-key': `batas-${i}-kunci`,
    });
    kode.push(r.status);
    if (i === 5) {
      assert.equal((r.body as Galat).errors[0]!.code, 'rate-limit');
      assert.ok(Number(r.headers.get('retry-after')) > 0);
      assert.equal(r.headers.get('x-ratelimit-remaining'), '0');
    } else {
      // Within the limit an answer carries no rate-limit headers (aplikasi.ts: they cost the hot path).
      assert.deepEqual(
        [...r.headers.keys()].filter((h) => h.startsWith('x-ratelimit')),
        [],
        `answer ${i + 1}`,
      );
    }
  }
  assert.deepEqual(kode, [201, 201, 201, 201, 201, 429]);
});

test('status lookups have their own, tighter limit', async () => {
  const kode = [];
  for (let i = 0; i < 3; i++) {
    kode.push((await kirim(s.alamat, '/v1/status', { number: `00${i}/X/2026`, contact: 'a@b.id' })).status);
  }
  assert.deepEqual(kode, [404, 404, 429]);
});
