import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import formatsPlugin from 'ajv-formats';
import { teksSkemaJSON } from '../../scripts/skema-json.js';
import { validasiDIP } from './validasi.js';

const berkas = (p: string): string => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');
const skema = JSON.parse(berkas('schema/dip-v1.schema.json')) as Record<string, unknown>;
const sukamaju = JSON.parse(berkas('fixtures/sukamaju/dip.json')) as Record<string, unknown>;

// ajv-formats is CommonJS: under NodeNext its default import is the module object.
const tambahFormat = ((formatsPlugin as unknown as { default?: unknown }).default ?? formatsPlugin) as (
  a: Ajv,
) => Ajv;
const ajv = new Ajv({ allErrors: true, strict: false });
tambahFormat(ajv);
const cek = ajv.compile(skema);

test('the committed JSON Schema is exactly what `npm run schema` generates now', () => {
  assert.equal(berkas('schema/dip-v1.schema.json'), teksSkemaJSON());
  assert.equal(skema['$id'], 'https://unpkg.com/@terbuka/sdk/schema/dip-v1.schema.json');
  assert.match(String(skema['title']), /DIP/);
});

test('ajv accepts the sample documents', () => {
  assert.equal(cek(sukamaju), true, JSON.stringify(cek.errors));
  const minimal = {
    format: 'terbuka-dip',
    version: 1,
    agency: { id: 'x', name: 'X', kind: 'desa' },
    items: [],
    tambahan: 'kolom tak dikenal hanya peringatan',
  };
  assert.equal(cek(minimal), true, JSON.stringify(cek.errors));
});

// Test documents are edited freely by path, so they are loosely typed on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Dok = Record<string, any>;

test('ajv and validasiDIP both refuse each broken document', () => {
  const salin = (): Dok => structuredClone(sukamaju) as Dok;
  const rusak: [string, (d: Dok) => void][] = [
    ['javascript link', (d) => (d.items[0].links[0].url = 'javascript:alert(1)')],
    ['data link', (d) => (d.items[0].links[0].url = 'data:text/html,x')],
    ['relative link', (d) => (d.items[0].links[0].url = '/ppid/profil')],
    ['ftp link', (d) => (d.items[0].links[0].url = 'ftp://x.example/a')],
    ['impossible date', (d) => (d.items[0].updated = '2026-02-30')],
    ['date format', (d) => (d.items[0].updated = '05/03/2026')],
    ['category', (d) => (d.items[0].category = 'rahasia')],
    ['empty title', (d) => (d.items[0].title = ' ')],
    ['no title', (d) => delete d.items[0].title],
    [
      'DIK without exclusion',
      (d) => delete d.items.find((i: { category: string }) => i.category === 'dikecualikan').exclusion,
    ],
    [
      'exclusion without number',
      (d) => delete d.items.find((i: { exclusion?: unknown }) => i.exclusion).exclusion.decisionNumber,
    ],
    [
      'Pasal 17 letter',
      (d) => (d.items.find((i: { exclusion?: unknown }) => i.exclusion).exclusion.grounds = ['z']),
    ],
    ['version', (d) => (d.version = 2)],
    ['format', (d) => (d.format = 'dip')],
    ['agency kind', (d) => (d.agency.kind = 'dinas')],
    ['time zone', (d) => (d.agency.timeZone = 'Asia/Tokyo')],
    ['channel scheme', (d) => (d.agency.channels[0].url = 'mailto:a@b.c')],
    ['year', (d) => (d.items[0].made = { year: 20.5 })],
  ];
  for (const [nama, ubah] of rusak) {
    const d = salin();
    ubah(d);
    assert.equal(cek(d), false, `ajv: ${nama}`);
    assert.equal(validasiDIP(d).ok, false, `validasiDIP: ${nama}`);
  }
});
