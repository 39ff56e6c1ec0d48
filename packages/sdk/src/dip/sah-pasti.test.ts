import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import * as v from 'valibot';
import { BERKAS_SAH_PASTI, teksSahPasti } from '../../scripts/sah-pasti.js';
import { dipSahPasti } from './sah-pasti.js';
import { dokumenSahPasti } from '../dip-publik/sah-pasti.js';
import { validasiDIPMentah } from './validasi-mentah.js';
import { imporCSV } from './csv.js';
import { objek } from './objek-skema.js';
import type { DokumenDIP } from './types.js';
import { proksiJebakan, terbacaSekali } from './jebakan.test.js';

const baca = (p: URL): string => readFileSync(p, 'utf8');
const fixture = (p: string): URL => new URL(`../../fixtures/${p}`, import.meta.url);
const json = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

test('the committed sah-pasti.ts is what the generator writes now (else run `npm run schema`)', async () => {
  assert.equal(
    baca(BERKAS_SAH_PASTI),
    await teksSahPasti(),
    'src/dip/sah-pasti.ts is stale: run `npm run schema` and commit it',
  );
});

test('the generator fails on a part of a schema it does not know, rather than guess', async () => {
  const tak = [
    objek({ a: v.pipe(v.string(), v.maxLength(3)) }),
    objek({ a: v.pipe(v.string(), v.trim()) }),
    objek({
      a: v.pipe(
        v.string(),
        v.check((s) => s !== 'x'),
      ),
    }),
    objek({ a: v.optional(v.string(), 'x') }),
    objek({ a: v.nullable(v.string()) }),
    objek({ a: v.pipe(v.string(), v.regex(/a/g)) }),
  ];
  for (const s of tak) await assert.rejects(teksSahPasti(s), /not known to scripts\/sah-pasti\.ts/);
});

/** The registers at hand, as JSON: the SDK's fixtures and the real samples (CSV, imported). */
function contoh(): [string, unknown][] {
  const out: [string, unknown][] = [
    ['sukamaju/dip.json', JSON.parse(baca(fixture('sukamaju/dip.json')))],
    [
      'demo/situs/data/dip.json',
      JSON.parse(baca(new URL('../../../../demo/situs/data/dip.json', import.meta.url))),
    ],
  ];
  const agency = { id: 'uji', name: 'Badan Uji', kind: 'opd' as const };
  for (const p of [
    fixture('sukamaju/dip-excel.csv'),
    fixture('real/bumd-foodstation-2026.csv'),
    new URL('../../../../../shared/data/dip-samples/bumd-foodstation-2026.csv', import.meta.url),
  ]) {
    let teks: string;
    try {
      teks = baca(p);
    } catch {
      continue; // ../shared is beside the repository on the project's machines only
    }
    const r = imporCSV(teks, { agency });
    if (r.document) out.push([p.pathname, json(r.document)]);
  }
  return out;
}

/** `x` without the fields at `jalur` (`items[3].links[0].xyz`, `$schema`): a deep copy. */
function tanpa(x: unknown, jalur: readonly string[]): unknown {
  // Without a field to remove, `x` itself: deep equality also compares prototypes.
  if (jalur.length === 0) return x;
  const y = json(x);
  for (const j of jalur) {
    const kunci = j.split(/\.|\[(\d+)\]/).filter((k) => k !== undefined && k !== '');
    delete di(y, kunci.slice(0, -1))[kunci[kunci.length - 1]!];
  }
  return y;
}

/**
 * What the validator says of `x`: whether it is ok, without an error, with a document deep-equal to `x`
 * without the fields it warns are not the format's (`field.unknown`; a root `$schema`, which it always
 * allows, too). Deep equality does not look at the order of keys, nor does any reader of a DIP: the
 * shortcut takes a register whose keys are in another order than the format's, or with fields of its own.
 */
function penuh(x: unknown): boolean {
  const r = validasiDIPMentah(x);
  const asing = r.warnings.filter((m) => m.code === 'field.unknown').map((m) => m.path);
  const akar = typeof x === 'object' && x !== null && '$schema' in x ? ['$schema'] : [];
  return r.ok && r.errors.length === 0 && isDeepStrictEqual(r.document, tanpa(x, [...asing, ...akar]));
}

test('the valid registers at hand are sure without the validator (the shortcut is really taken)', () => {
  const semua = contoh();
  assert.ok(semua.length >= 4);
  for (const [nama, x] of semua) {
    assert.ok(penuh(x), `${nama} is not valid as given`);
    assert.equal(dipSahPasti(x), true, nama);
    assert.equal(dokumenSahPasti(x), x, nama);
  }
});

/** A register with every field of the format, each kind of entry. */
function lengkap(): DokumenDIP {
  const s = JSON.parse(baca(fixture('sukamaju/dip.json'))) as DokumenDIP;
  const pilih = [
    s.items.find((i) => i.fulfils && i.links && i.media && i.updated)!,
    s.items.find((i) => i.exclusion)!,
    s.items.find((i) => i.category === 'serta-merta')!,
  ];
  const made = { date: '2026-03-01', year: 2026, place: 'Sukamaju', text: '1 Maret 2026' };
  return json({ ...s, items: [...pilih, { ...pilih[2]!, id: 'baru', made }] });
}

/** Every object, list and value in `x`, with the path to it. */
function jalur(x: unknown, p: (string | number)[] = []): (string | number)[][] {
  const out = [p];
  if (Array.isArray(x)) x.forEach((y, i) => out.push(...jalur(y, [...p, i])));
  else if (typeof x === 'object' && x !== null)
    for (const [k, y] of Object.entries(x)) out.push(...jalur(y, [...p, k]));
  return out;
}

/** An object or a list of JSON, read by key. */
type Wadah = Record<string | number, unknown> & unknown[];
/** What `x` holds at path `p`. */
const di = (x: unknown, p: readonly (string | number)[]): Wadah =>
  p.reduce<Wadah>((a, k) => a[k] as Wadah, x as Wadah);

/** A deep copy of `x` with `f` applied to the object holding the last key of `p`. */
function ubah(
  x: unknown,
  p: readonly (string | number)[],
  f: (induk: Wadah, k: string | number) => void,
): unknown {
  const y = json(x);
  const o = di(y, p.slice(0, -1));
  f(o, p[p.length - 1]!);
  return y;
}

const GANTI: unknown[] = [
  7,
  1.5,
  0,
  -1,
  10000,
  true,
  null,
  [],
  {},
  '',
  '   ',
  'x',
  '2026-02-30',
  '2026-13-01',
  '2026-1-1',
  'javascript:alert(1)',
  'www.contoh.go.id',
  'ftp://contoh.go.id',
  'https://contoh.go.id/a',
  'mailto:a@b.id',
  'a@b',
  'a@b.id',
  'berkala',
  'dikecualikan',
  'desa',
  'Asia/Makassar',
  'UTC',
  'instagram',
  'digital',
  'k',
  'c',
  ['berkala.profil'],
  [''],
  ['a', 'b'],
];

/** Each mutation of a valid register the issue names, and more: every value of every field replaced. */
function mutasi(dasar: DokumenDIP): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const p of jalur(dasar)) {
    const nama = p.join('.');
    if (p.length === 0) continue;
    for (const g of GANTI) out.push([`${nama} = ${JSON.stringify(g)}`, ubah(dasar, p, (o, k) => (o[k] = g))]);
    out.push([
      `${nama} removed`,
      ubah(dasar, p, (o, k) => (Array.isArray(o) ? o.splice(Number(k), 1) : delete o[k])),
    ]);
  }
  for (const p of jalur(dasar)) {
    const o = di(dasar, p);
    if (typeof o !== 'object' || o === null || Array.isArray(o)) continue;
    const ks = Object.keys(o);
    const nama = p.join('.') || '(root)';
    const susun = (urut: string[]): unknown => {
      const y = json(dasar);
      const t = p.length ? di(y, p.slice(0, -1)) : undefined;
      const baru = Object.fromEntries(urut.map((k) => [k, o[k]]));
      if (t) t[p[p.length - 1]!] = baru;
      return t ? y : baru;
    };
    out.push([`${nama}: an unknown key`, ubah(dasar, [...p, 'xyz'], (q, k) => (q[k] = 'x'))]);
    out.push([`${nama}: keys reversed`, susun([...ks].reverse())]);
    for (let i = 0; i + 1 < ks.length; i++) {
      const s = [...ks];
      [s[i], s[i + 1]] = [s[i + 1]!, s[i]!];
      out.push([`${nama}: ${s[i]} before ${s[i + 1]}`, susun(s)]);
    }
  }
  const d = json(dasar);
  out.push([
    'an excluded entry without exclusion',
    json({ ...d, items: d.items.map((i) => ({ ...i, exclusion: undefined })) }),
  ]);
  out.push(['a repeated id', json({ ...d, items: [...d.items, d.items[0]] })]);
  out.push([
    'a repeated id, other fields',
    json({ ...d, items: [...d.items, { ...d.items[2]!, id: d.items[0]!.id }] }),
  ]);
  out.push([
    'ids differing by a space',
    json({ ...d, items: [...d.items, { ...d.items[2]!, id: ` ${d.items[0]!.id}` }] }),
  ]);
  out.push(['no items', { ...d, items: [] }]);
  out.push(['version 2', { ...d, version: 2 }]);
  out.push([
    'an item of another prototype',
    { ...d, items: [Object.assign(Object.create(null), d.items[0])] },
  ]);
  out.push(['a list item undefined', { ...d, items: [d.items[0], undefined] }]);
  // Not JSON, but a page's script can build `data` so: a hole is read as undefined, as valibot reads it.
  const berlubang = (...isi: unknown[]): unknown[] => {
    const l = new Array<unknown>(isi.length + 1);
    isi.forEach((y, i) => (l[i === 0 ? 0 : i + 1] = y));
    return l;
  };
  const [a, b] = [d.items[0]!, d.items[1]!];
  out.push(['a hole in items', { ...d, items: berlubang(a, d.items[2]) }]);
  out.push(['a hole in fulfils', { ...d, items: [{ ...a, fulfils: berlubang(...a.fulfils!) }] }]);
  out.push(['a hole in links', { ...d, items: [{ ...a, links: berlubang(...a.links!) }] }]);
  const grounds = berlubang(...b.exclusion!.grounds);
  out.push([
    'a hole in exclusion.grounds',
    { ...d, items: [{ ...b, exclusion: { ...b.exclusion!, grounds } }] },
  ]);
  out.push(['not an object', d.items]);
  out.push(['null', null]);
  return out;
}

test('whenever the shortcut is sure, the validator agrees: ok, no error, the document equal to the input', () => {
  const dasar = lengkap();
  assert.ok(dipSahPasti(dasar));
  let sah = 0;
  let tidak = 0;
  for (const [nama, x] of mutasi(dasar)) {
    const p = dipSahPasti(x);
    if (p) {
      sah++;
      assert.ok(penuh(x), `sure of ${nama}, but the validator does not take it as given`);
    } else tidak++;
    // And it is not needlessly unsure: a JSON register the validator takes as given is sure here too.
    if (!p) assert.ok(!penuh(x), `not sure of ${nama}, which the validator takes as given`);
  }
  // Both answers are met many times (the mutations are not all of one kind).
  assert.ok(sah > 50 && tidak > 500, `${sah} sure, ${tidak} not`);
});

test("a register whose keys are in another order than the format's is sure all the same", () => {
  const d = lengkap();
  const balik = (o: object): Record<string, unknown> => Object.fromEntries(Object.entries(o).reverse());
  // As CMS exports and hand-written JSON have it: `updated` before `fulfils`, the agency's name first.
  const x = {
    ...balik({ ...d, agency: balik(d.agency) }),
    items: d.items.map((i) => balik(i)),
  };
  assert.notEqual(JSON.stringify(x), JSON.stringify(d));
  assert.ok(penuh(x));
  assert.equal(dipSahPasti(x), true);
  assert.equal(dokumenSahPasti(x), x);
});

test('a root $schema and fields of its own (a CMS export) still take the shortcut', () => {
  const d = lengkap();
  const x = { $schema: 'https://unpkg.com/@terbuka/sdk/schema/dip-v1.schema.json', ...d, createdAt: 1 };
  const items = x.items.map((i) => ({
    ...i,
    wpPostId: 7,
    ...(i.links ? { links: i.links.map((l) => ({ ...l, target: '_blank' })) } : {}),
  }));
  const y = { ...x, items };
  for (const z of [x, y]) {
    assert.ok(penuh(z));
    assert.equal(dokumenSahPasti(z), z);
  }
  assert.equal(dokumenSahPasti({ ...x, format: 'lain' }), undefined);
});

test("a name Object.prototype lends (a host page's non-enumerable title) is not the item's own", () => {
  const d = lengkap();
  const tanpaJudul = json({ ...d, items: d.items.map((i) => ({ ...i, title: undefined })) });
  const tanpaRingkasan = json({ ...d, items: d.items.map((i) => ({ ...i, summary: undefined })) });
  Object.defineProperty(Object.prototype, 'title', { value: () => 'x', configurable: true });
  Object.defineProperty(Object.prototype, 'summary', { value: () => 'x', configurable: true });
  try {
    for (const x of [tanpaJudul, tanpaRingkasan]) {
      assert.equal(penuh(x), false);
      assert.equal(dipSahPasti(x), false);
    }
  } finally {
    delete (Object.prototype as Record<string, unknown>)['title'];
    delete (Object.prototype as Record<string, unknown>)['summary'];
  }
  assert.equal(dipSahPasti(tanpaRingkasan), true);
});

test('the generator refuses a literal or option JSON would write as another value', async () => {
  for (const s of [
    objek({ a: v.literal(Number.POSITIVE_INFINITY) }),
    objek({ a: v.picklist([Number.NaN]) }),
    objek({ a: v.literal(-0) }),
  ])
    await assert.rejects(teksSahPasti(s), /cannot be written as JSON/);
});

test('sure on a page whose script gave Object.prototype enumerable properties, and the validator agrees', () => {
  // Old json.js and hand-written helpers do this; such pages loaded the validator for every register.
  const d = lengkap();
  const proto = Object.prototype as Record<string, unknown>;
  proto['extend'] = 1;
  proto['toJSONString'] = () => '';
  try {
    assert.equal(dipSahPasti(d), true);
    assert.ok(penuh(d));
    for (const [nama, x] of mutasi(d).slice(0, 400)) {
      if (dipSahPasti(x)) assert.ok(penuh(x), `sure of ${nama} on the polluted page`);
    }
  } finally {
    delete proto['extend'];
    delete proto['toJSONString'];
  }
});

test('an input that throws when read is "not sure", never a throw (the repeated-id rule reads again)', () => {
  const d = lengkap();
  const aneh: Record<string, () => unknown> = {
    'a proxy that throws on every read': () => proksiJebakan(d),
    // The schema's walk reads `items` and each id once; the rule of repeated ids reads them again.
    'items throwing on the second read': () => terbacaSekali(d, 'items'),
    "an entry's id throwing on the second read": () => ({
      ...d,
      items: [terbacaSekali(d.items[0]!, 'id'), ...d.items.slice(1)],
    }),
  };
  for (const [nama, buat] of Object.entries(aneh)) {
    assert.equal(dipSahPasti(buat()), false, nama);
    assert.equal(dokumenSahPasti(buat()), undefined, nama);
    assert.equal(validasiDIPMentah(buat()).errors[0]?.code, 'document.unreadable', nama);
  }
});
