// A host page's script may add enumerable members to Object.prototype (old json.js's `toJSONString`, a
// hand-written `Object.prototype.extend`). What the browser runs from the SDK reads the same then. This file
// pollutes the prototype of its own process (node --test runs each file apart) and cleans up after.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { bacaDIP } from './baca.js';
import { nilaiDIP } from '../scoring/nilai.js';
import { validasiPermintaan } from '../request/validasi.js';
import { contohPermintaan } from '../request/contoh.test.js';
import type { DokumenDIP } from './types.js';

const baca = (p: string): string => readFileSync(new URL(`../../fixtures/${p}`, import.meta.url), 'utf8');
const json = baca('sukamaju/dip.json');
const csv = baca('sukamaju/dip-excel.csv');
const agency = (JSON.parse(json) as DokumenDIP).agency;
const KINI = new Date('2026-11-28T03:00:00Z');

function semua() {
  const j = bacaDIP(json);
  return {
    json: j,
    csv: bacaDIP(csv, { agency }),
    nilai: j.document ? nilaiDIP(j.document, KINI) : undefined,
    permintaan: validasiPermintaan(contohPermintaan()),
  };
}

const bersih = semua();
const proto = Object.prototype as unknown as Record<string, unknown>;
after(() => {
  delete proto['toJSONString'];
  delete proto['extend'];
});

test('with Object.prototype polluted, a DIP (JSON and CSV), its score, and a request read as on a clean page', () => {
  assert.equal(bersih.json.ok, true);
  assert.equal(bersih.csv.ok, true);
  assert.equal(bersih.permintaan.ok, true);
  assert.equal(typeof bersih.nilai?.total, 'number');
  proto['toJSONString'] = function (): string {
    return '{}';
  };
  proto['extend'] = 'bukan fungsi';
  const tercemar = semua();
  assert.equal(tercemar.json.ok, true, JSON.stringify(tercemar.json.errors));
  assert.deepEqual(tercemar, bersih);
});
