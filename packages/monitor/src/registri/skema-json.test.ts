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
