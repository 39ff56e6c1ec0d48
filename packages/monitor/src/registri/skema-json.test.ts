import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { SEBUTAN_JENIS_BADAN, ZONA_INDONESIA } from '@terbuka/sdk';
import { teksSkemaJSONRegistri } from '../../scripts/skema-json.js';
import { bacaRegistri } from './baca.js';

const berkas = (p: string): string => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');
const skema = JSON.parse(berkas('schema/registri-v1.schema.json')) as Record<string, unknown>;
const cek = new Ajv({ allErrors: true, strict: false }).compile(skema);

test('the committed registry JSON Schema is exactly what the script generates now', () => {
  assert.equal(berkas('schema/registri-v1.schema.json'), teksSkemaJSONRegistri());
  assert.equal(skema['$id'], 'https://unpkg.com/@terbuka/monitor/schema/registri-v1.schema.json');
});

test('ajv accepts the sample registry, and the JSON and CSV samples read the same', () => {
  const json = JSON.parse(berkas('fixtures/registri.json')) as unknown;
  assert.equal(cek(json), true, JSON.stringify(cek.errors));
  const dariJson = bacaRegistri(berkas('fixtures/registri.json'));
  const dariCsv = bacaRegistri(berkas('fixtures/registri.csv'));
  assert.equal(dariJson.ok, true, JSON.stringify(dariJson.errors));
  assert.deepEqual(dariJson.warnings, []);
  assert.deepEqual(dariJson.registry, dariCsv.registry);
});

test('ajv and bacaRegistri both refuse each broken registry', () => {
  const asal = JSON.parse(berkas('fixtures/registri.json')) as { agencies: Record<string, unknown>[] };
  const rusak: [string, (a: Record<string, unknown>) => void][] = [
    ['ftp website', (a) => (a['website'] = 'ftp://x.go.id')],
    ['relative DIP', (a) => (a['dipUrls'] = ['/ppid/dip.json'])],
    ['javascript endpoint', (a) => (a['requestEndpoint'] = 'javascript:alert(1)')],
    ['unknown kind', (a) => (a['kind'] = 'kementerian')],
    ['uppercase id', (a) => (a['id'] = 'Dinkes')],
    ['id with a slash', (a) => (a['id'] = '../etc')],
    ['no name', (a) => delete a['name']],
    ['blank name', (a) => (a['name'] = '  ')],
    ['wordpress as text', (a) => (a['wordpress'] = 'ya')],
    ['unknown platform', (a) => (a['social'] = [{ platform: 'myspace', url: 'https://myspace.com/x' }])],
    ['time zone', (a) => (a['timeZone'] = 'Asia/Tokyo')],
  ];
  for (const [nama, ubah] of rusak) {
    const doc = structuredClone(asal);
    ubah(doc.agencies[1] as Record<string, unknown>);
    assert.equal(cek(doc), false, `ajv accepted: ${nama}`);
    const r = bacaRegistri(JSON.stringify(doc));
    assert.equal(r.ok, false, `bacaRegistri accepted: ${nama}`);
    assert.ok(
      r.errors.every((e) => e.path.startsWith('agencies[1]')),
      `${nama}: ${JSON.stringify(r.errors)}`,
    );
  }
});

test('ajv accepts every zone name the monitor reads (WIB, WITA, WIT, and their IANA names)', () => {
  const asal = JSON.parse(berkas('fixtures/registri.json')) as { agencies: Record<string, unknown>[] };
  for (const zona of ZONA_INDONESIA.flatMap((z) => [z.zona, z.singkatan, ...z.lain])) {
    const doc = structuredClone(asal);
    (doc.agencies[1] as Record<string, unknown>)['timeZone'] = zona;
    assert.equal(cek(doc), true, `ajv refused ${zona}: ${JSON.stringify(cek.errors)}`);
    assert.equal(bacaRegistri(JSON.stringify(doc)).ok, true, `bacaRegistri refused ${zona}`);
  }
});

test('ajv accepts every name of a kind the monitor reads (opd, dinas, nagari, kalurahan …)', () => {
  const asal = JSON.parse(berkas('fixtures/registri.json')) as { agencies: Record<string, unknown>[] };
  for (const jenis of SEBUTAN_JENIS_BADAN) {
    const doc = structuredClone(asal);
    (doc.agencies[1] as Record<string, unknown>)['kind'] = jenis;
    assert.equal(cek(doc), true, `ajv refused ${jenis}: ${JSON.stringify(cek.errors)}`);
    assert.equal(bacaRegistri(JSON.stringify(doc)).ok, true, `bacaRegistri refused ${jenis}`);
  }
});

/** A registry whose second agency has `nilai` in `kolom`: what ajv and bacaRegistri each say of it. */
function keduanya(kolom: 'timeZone' | 'kind', nilai: string): { ajv: boolean; pembaca: boolean } {
  const doc = JSON.parse(berkas('fixtures/registri.json')) as { agencies: Record<string, unknown>[] };
  doc.agencies[1]![kolom] = nilai;
  return { ajv: cek(doc), pembaca: bacaRegistri(JSON.stringify(doc)).ok };
}

/** A name in alternating case: `wItA`, `aSiA/MaKaSsAr`. */
const selang = (s: string) => [...s].map((h, i) => (i % 2 ? h.toUpperCase() : h.toLowerCase())).join('');

test('the schema and the reader agree on the spellings of a zone: any case and spaces around, nothing else', () => {
  for (const nama of ZONA_INDONESIA.flatMap((z) => [z.zona, z.singkatan, ...z.lain])) {
    for (const ejaan of [nama.toUpperCase(), nama.toLowerCase(), selang(nama), ` ${nama} `, `\t${nama}\n`])
      assert.deepEqual(keduanya('timeZone', ejaan), { ajv: true, pembaca: true }, JSON.stringify(ejaan));
    const salah = [`${nama}x`, `x${nama}`, `${nama}.`, [...nama].join(' ')];
    if (nama.includes('/')) salah.push(nama.replace('/', ' '));
    for (const ejaan of salah)
      assert.deepEqual(keduanya('timeZone', ejaan), { ajv: false, pembaca: false }, JSON.stringify(ejaan));
  }
});

test('the schema and the reader agree on the spellings of a kind: any case, punctuation or spaces between words and around', () => {
  for (const nama of SEBUTAN_JENIS_BADAN) {
    const ejaan = [
      nama.toUpperCase(),
      selang(nama),
      ` ${nama} `,
      `(${nama.toUpperCase()}).`,
      nama.replaceAll(' ', '-'),
      nama.replaceAll(' ', '_'),
      nama.replaceAll(' ', ' - '),
    ];
    for (const e of ejaan)
      assert.deepEqual(keduanya('kind', e), { ajv: true, pembaca: true }, JSON.stringify(e));
    const salah = [`${nama}x`, `x${nama}`, [...nama].join(' ')];
    if (nama.includes(' ')) salah.push(nama.replaceAll(' ', ''));
    for (const e of salah)
      assert.deepEqual(keduanya('kind', e), { ajv: false, pembaca: false }, JSON.stringify(e));
  }
  // The reader also drops accents and characters that show nothing, which a portable pattern cannot say
  // (docs: registry): the schema refuses these, the one way the two differ.
  for (const e of ['Désa', 'De\u200Bsa'])
    assert.deepEqual(keduanya('kind', e), { ajv: false, pembaca: true }, JSON.stringify(e));
});
