import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { bacaDIP } from '../dip/index.js';
import { itemWajibBelumTercakup } from '../standard/index.js';
import { nilaiDIP } from './nilai.js';
import { jelaskan } from './jelaskan.js';

// The fixtures as a user would feed them: the fictional Sukamaju office and a real register.
const NOW = '2026-11-28';
const baca = (path: string, format: 'json' | 'csv') => {
  const r = bacaDIP(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8'), { format });
  assert.ok(r.document, `${path}: ${JSON.stringify(r.errors.slice(0, 3))}`);
  return r.document;
};

test('the Sukamaju DIP (some items stale, some missing) scores mid-range', () => {
  const doc = baca('sukamaju/dip.json', 'json');
  const h = nilaiDIP(doc, NOW);
  assert.ok(h.total >= 50 && h.total < 80, `total ${h.total}`);
  assert.equal(h.band.code, 'cukup-informatif');
  assert.ok(h.missing.length > 0);
  assert.ok(h.counts.current < h.counts.covered, 'some covered items are stale');
  // The score's missing list and the standard's coverage query agree.
  assert.deepEqual(
    h.missing.map((k) => k.id),
    itemWajibBelumTercakup(doc).map((k) => k.id),
  );
  const p = jelaskan(h);
  for (const k of h.missing) assert.ok(p.rows[0]?.reason.id.includes(k.title.id), k.id);
});

test('the Sukamaju CSV export scores like its JSON, the SK DIP read from its title row', () => {
  const json = nilaiDIP(baca('sukamaju/dip.json', 'json'), NOW);
  const csv = nilaiDIP(baca('sukamaju/dip-excel.csv', 'csv'), NOW);
  const poin = (h: typeof json) => Object.fromEntries(h.contributions.map((c) => [c.code, c.points]));
  const [a, b] = [poin(json), poin(csv)];
  for (const code of ['cakupan-berkala', 'berkala-terkini', 'dip', 'dik', 'pembaruan'])
    assert.equal(b[code], a[code], code);
  assert.equal(b['dip'], 10);
  assert.equal(csv.total, json.total);
  assert.deepEqual(
    csv.missing.map((k) => k.id),
    json.missing.map((k) => k.id),
  );
});

test('the Food Station register scores as incomplete: low band, most mandatory items missing', () => {
  const doc = baca('real/bumd-foodstation-2026.csv', 'csv');
  const h = nilaiDIP(doc, NOW);
  assert.ok(h.total < 40, `total ${h.total}`);
  assert.equal(h.band.code, 'tidak-informatif');
  assert.ok(h.missing.length >= 8, `missing ${h.missing.length}`);
  assert.ok(h.missing.some((k) => k.id === 'berkala.laporan-keuangan'));
  assert.ok(h.missing.some((k) => k.id === 'berkala.pengadaan'));
  const poin = Object.fromEntries(h.contributions.map((c) => [c.code, c.points]));
  // No dates at all: nothing can be current or recent; no DIK list.
  assert.equal(poin['berkala-terkini'], 0);
  assert.equal(poin.pembaruan, 0);
  assert.equal(poin.dik, 0);
  assert.equal(h.counts.byStatus.unknown, h.counts.byCategory.berkala);
});
