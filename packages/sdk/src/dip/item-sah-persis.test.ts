import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as v from 'valibot';
import { itemSahPersis } from './sah-persis.js';
import { SkemaItemDIP } from './skema.js';
import { validasiDIP } from './validasi.js';

/**
 * `validasiDIP` takes an item `itemSahPersis` (the generated check of sah-pasti.ts, strict) finds valid as
 * it is without running the schema on it. These properties hold that shortcut to the schema, on generated
 * items full of the mistakes producers make: whenever it says yes, the schema accepts the item with an
 * output equal to it, keys in the same order, and no property is unknown; and whole documents get the same
 * result as from the schema's one run.
 */

/**
 * `y` with its lists' properties other than their elements left out: valibot's copy drops them, the
 * shortcut does not look at them (no JSON has them).
 */
const tanpaLebihDaftar = (y: unknown): unknown =>
  Array.isArray(y)
    ? Array.from(y, tanpaLebihDaftar)
    : typeof y === 'object' && y !== null && Object.getPrototypeOf(y) === Object.prototype
      ? Object.fromEntries(Object.entries(y).map(([k, z]) => [k, tanpaLebihDaftar(z)]))
      : y;

// Each value is mostly right, sometimes wrong in a way the schema has a rule for.
const sering = <T>(baik: fc.Arbitrary<T>, buruk: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.oneof({ arbitrary: baik, weight: 25 }, { arbitrary: buruk, weight: 1 });
const teks = sering(
  fc.constantFrom('Laporan Keuangan', 'Profil PPID', ' x ', 'Rencana\nKerja'),
  fc.constantFrom('', ' ', '\u00a0', 3, null, ['a'], undefined),
);
const teksBebas = sering(fc.constantFrom('Sekretariat', '', '5 tahun'), fc.constantFrom(7, null, {}));
const tanggal = sering(
  fc.constantFrom('2026-03-05', '2024-02-29', '2025-12-31'),
  fc.constantFrom('2026-02-30', '2025-02-29', '05/03/2026', '2026-3-5', '', 20260305),
);
const kategori = sering(
  fc.constantFrom('berkala', 'serta-merta', 'setiap-saat', 'dikecualikan'),
  fc.constantFrom('Berkala', 'lainnya', '', 1),
);
const url = sering(
  fc.constantFrom('https://ppid.sukamajukab.go.id/a.pdf', 'mailto:ppid@sukamajukab.go.id', 'tel:+62-21-555'),
  fc.constantFrom('javascript:alert(1)', 'www.a.id', 'https://', '', 5),
);
const tahun = sering(fc.constantFrom(2025, 1, 9999), fc.constantFrom(0, 10000, 2025.5, '2025', Number.NaN));
const asing = fc.constantFrom('catatan', 'id2', '0', '__proto__x', 'Title');

/** An object of these fields, some left out, sometimes in another order or with a field the format lacks. */
function objek(
  bidang: Record<string, fc.Arbitrary<unknown>>,
  wajib: readonly string[],
): fc.Arbitrary<object> {
  return fc
    .record(bidang, { requiredKeys: wajib as never[] })
    .chain((o) =>
      fc.record({
        o: fc.constant(o as Record<string, unknown>),
        acak: fc.oneof(
          { arbitrary: fc.constant(false), weight: 20 },
          { arbitrary: fc.constant(true), weight: 1 },
        ),
        lain: fc.oneof({ arbitrary: fc.constant(undefined), weight: 30 }, { arbitrary: asing, weight: 1 }),
        // Now and then a required field left out.
        hapus: wajib.length
          ? fc.oneof(
              { arbitrary: fc.constant(undefined), weight: 30 },
              { arbitrary: fc.constantFrom(...wajib), weight: 1 },
            )
          : fc.constant(undefined),
        bentuk: fc.oneof(
          { arbitrary: fc.constant('polos'), weight: 40 },
          { arbitrary: fc.constantFrom('tanpa-prototipe', 'kelas', 'tak-terhitung', 'daftar'), weight: 1 },
        ),
      }),
    )
    .map(({ o, acak, lain, hapus, bentuk }) => {
      let kunci = Object.keys(o).filter((k) => k !== hapus);
      if (acak) kunci = kunci.reverse();
      const hasil: Record<string, unknown> =
        bentuk === 'tanpa-prototipe' ? Object.create(null) : bentuk === 'kelas' ? new (class {})() : {};
      for (const k of kunci) hasil[k] = o[k];
      if (lain !== undefined) hasil[lain] = 'x';
      if (bentuk === 'tak-terhitung' && kunci[0] !== undefined)
        Object.defineProperty(hasil, kunci[0], { value: hasil[kunci[0]], enumerable: false });
      if (bentuk === 'daftar') return Object.assign([], hasil);
      return hasil;
    });
}

/** A list, now and then with a property besides its elements, or a hole. */
const daftar = <T>(isi: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  sering(
    fc.array(isi, { maxLength: 3 }),
    fc.oneof(
      fc.array(isi, { minLength: 1, maxLength: 2 }).map((a) => Object.assign(a, { catatan: 'x' })),
      fc.array(isi, { minLength: 1, maxLength: 2 }).map((a) => {
        const b = [...a];
        b.length += 1;
        return b;
      }),
      fc.constant('cetak'),
    ),
  );

const tautan = objek({ label: teks, url }, ['label', 'url']);
const pengecualian = objek(
  {
    grounds: sering(
      fc.uniqueArray(fc.constantFrom('a', 'b', 'h', 'j'), { maxLength: 3 }),
      fc.constantFrom(['k'], 'h'),
    ),
    otherBasis: teksBebas,
    consequence: teks,
    period: teks,
    decisionNumber: teks,
    decisionDate: tanggal,
  },
  ['grounds', 'consequence', 'period', 'decisionNumber', 'decisionDate'],
);
const item = objek(
  {
    id: teks,
    title: teks,
    summary: teksBebas,
    category: kategori,
    fulfils: daftar(teks),
    unit: teksBebas,
    responsible: teksBebas,
    made: objek({ date: tanggal, year: tahun, place: teksBebas, text: teksBebas }, []),
    formats: daftar(sering(fc.constantFrom('cetak', 'digital'), fc.constant('pdf'))),
    retention: teksBebas,
    media: daftar(teks),
    links: daftar(tautan),
    updated: tanggal,
    exclusion: sering(pengecualian, fc.constant(undefined)),
  },
  ['id', 'title', 'category'],
);

test('an item valid as it is passes the schema with itself as the output, and has no unknown property', () => {
  let ya = 0;
  let tidak = 0;
  fc.assert(
    fc.property(item, (x) => {
      if (!itemSahPersis(x)) return void tidak++;
      ya++;
      const h = v.safeParse(SkemaItemDIP, x, { abortEarly: false });
      assert.equal(h.success, true, JSON.stringify(h.issues?.map((i) => i.message)));
      assert.deepStrictEqual(h.output, tanpaLebihDaftar(x));
      // The same keys in the same order: a document written out again reads the same.
      assert.equal(JSON.stringify(h.output), JSON.stringify(x));
      const doc = validasiDIP({
        format: 'terbuka-dip',
        version: 1,
        agency: { id: 'a', name: 'A', kind: 'opd' },
        items: [x],
      });
      assert.deepEqual(
        doc.warnings.filter((m) => m.code === 'field.unknown'),
        [],
      );
    }),
    { numRuns: 3000 },
  );
  // Both answers are common, so both branches above were tried.
  assert.ok(ya > 300 && tidak > 300, `yes ${ya}, no ${tidak}`);
});

test('a document reads the same with the shortcut as from one run of the schema', () => {
  // A document without a prototype is checked by one run of the schema (validasi in periksa.ts): the
  // reference for the same document as JSON gives it.
  const dokumen = fc.array(item, { maxLength: 6 }).map((items) => ({
    format: 'terbuka-dip',
    version: 1,
    agency: { id: 'a', name: 'A', kind: 'opd' },
    items,
  }));
  fc.assert(
    fc.property(dokumen, (d) => {
      const satuJalan = validasiDIP(Object.assign(Object.create(null) as object, d));
      assert.deepStrictEqual(tanpaLebihDaftar(validasiDIP(d)), tanpaLebihDaftar(satuJalan));
    }),
    { numRuns: 1500 },
  );
});

test('an item valid as it is is recognised so: the shortcut is taken for what producers write', () => {
  const x = {
    id: 'item-1',
    title: 'Profil PPID',
    category: 'berkala',
    made: { year: 2025, place: 'Sukamaju' },
    formats: ['cetak', 'digital'],
    links: [{ label: 'Dokumen', url: 'https://ppid.sukamajukab.go.id/1.pdf' }],
    updated: '2026-03-05',
  };
  assert.equal(itemSahPersis(x), true);
  assert.equal(itemSahPersis(JSON.parse(JSON.stringify(x))), true);
  // valibot would copy these in the schema's order or leave them out: the schema runs.
  assert.equal(itemSahPersis({ title: x.title, id: x.id, category: x.category }), false);
  assert.equal(itemSahPersis({ ...x, catatan: 'x' }), false);
  assert.equal(itemSahPersis({ ...x, category: 'dikecualikan' }), false);
  // validasiDIP takes it: the document's item is the one given (validasiDIP's documented sharing).
  const doc = { format: 'terbuka-dip', version: 1, agency: { id: 'a', name: 'A', kind: 'opd' }, items: [x] };
  assert.equal(validasiDIP(doc).document?.items[0], x);
  // A field a host page put on Object.prototype, not enumerable: for…in misses it, valibot's `in` reads it.
  Object.defineProperty(Object.prototype, 'summary', { value: 7, configurable: true });
  try {
    assert.equal(itemSahPersis({ ...x }), false);
  } finally {
    delete (Object.prototype as Record<string, unknown>)['summary'];
  }
});
