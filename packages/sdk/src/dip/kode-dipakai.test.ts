import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { KodeDipakai, nomorKanonik } from './kode-dipakai.js';

test('nomorKanonik: a number in its one form only', () => {
  assert.equal(nomorKanonik('0'), 0);
  assert.equal(nomorKanonik('12'), 12);
  assert.equal(nomorKanonik('999999999'), 999_999_999);
  for (const s of ['', '012', '00', '1a', '-1', '1.5', ' 1', '1000000000', '１'])
    assert.equal(nomorKanonik(s), -1, s);
});

test('KodeDipakai gives the same answers as one Set of the id strings', () => {
  // The CSV importer's use: `dip-<slug>` from the No column (numbers, zero-padded ones, codes), then the
  // next free `-<n>` suffix of a repeated id.
  const slug = fc.oneof(
    fc.nat({ max: 8 }).map(String),
    fc.nat({ max: 8 }).map((n) => `0${n}`),
    fc.constantFrom('0', '00', '1-2', '3-2', '12-2', 'p3', 'a-1', '1000000000', '999999999'),
    fc.stringMatching(/^[0-9]{1,12}$/),
  );
  let ulang = 0;
  fc.assert(
    fc.property(fc.array(slug, { minLength: 10, maxLength: 60 }), (slugs) => {
      const kode = new KodeDipakai();
      const semua = new Set<string>();
      const lanjutan = new Map<string, number>();
      for (const s of slugs) {
        let id = `dip-${s}`;
        const baru = !semua.has(id);
        semua.add(id);
        assert.equal(kode.tambah(id, nomorKanonik(s)), baru, id);
        if (baru) continue;
        ulang++;
        let n = lanjutan.get(id) ?? 2;
        for (;;) {
          const ada = semua.has(`${id}-${n}`);
          assert.equal(kode.adaTeks(`${id}-${n}`), ada, `${id}-${n}`);
          if (!ada) break;
          n++;
        }
        lanjutan.set(id, n + 1);
        id = `${id}-${n}`;
        semua.add(id);
        assert.equal(kode.tambah(id), true, id);
      }
    }),
    { numRuns: 500 },
  );
  assert.ok(ulang > 500, `repeated ids: ${ulang}`);
});
