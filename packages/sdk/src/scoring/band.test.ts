import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BAND_MONEV, bandMonev, type KodeBand } from './band.js';
import { rasioKontras } from './warna.js';

test('bandMonev follows the Perki 1/2022 limits exactly and continuously', () => {
  const cases: [number, KodeBand][] = [
    [100, 'informatif'],
    [90, 'informatif'],
    [89.99, 'menuju-informatif'],
    [89.95, 'menuju-informatif'],
    [89.9, 'menuju-informatif'],
    [80, 'menuju-informatif'],
    [79.99, 'cukup-informatif'],
    [60, 'cukup-informatif'],
    [59.99, 'kurang-informatif'],
    [40, 'kurang-informatif'],
    [39.999, 'tidak-informatif'],
    [0.1, 'tidak-informatif'],
    [0, 'tidak-informatif'],
  ];
  for (const [skor, kode] of cases) assert.equal(bandMonev(skor).code, kode, `skor ${skor}`);
});

test('bandMonev refuses NaN, infinities and scores outside 0–100', () => {
  for (const skor of [Number.NaN, -0.1, 100.01, 101, Infinity, -Infinity]) {
    assert.throws(() => bandMonev(skor), RangeError, `skor ${skor}`);
  }
});

test('bands carry Indonesian and English labels, descending limits and their basis', () => {
  assert.deepEqual(
    BAND_MONEV.map((b) => [b.label.id, b.min]),
    [
      ['Informatif', 90],
      ['Menuju Informatif', 80],
      ['Cukup Informatif', 60],
      ['Kurang Informatif', 40],
      ['Tidak Informatif', 0],
    ],
  );
  for (const b of BAND_MONEV) {
    assert.ok(b.label.en.length > 0);
    assert.match(b.basis[0]?.instrument ?? '', /Perki 1\/2022/);
  }
});

test('every band colour pair meets WCAG AA contrast (≥ 4.5:1) and the fills differ', () => {
  for (const b of BAND_MONEV) {
    const r = rasioKontras(b.colour.fill, b.colour.text);
    assert.ok(r >= 4.5, `${b.code}: ${r.toFixed(2)}`);
  }
  assert.equal(new Set(BAND_MONEV.map((b) => b.colour.fill.toLowerCase())).size, BAND_MONEV.length);
});

test('rasioKontras matches the WCAG reference values', () => {
  assert.equal(rasioKontras('#000000', '#FFFFFF'), 21);
  assert.equal(rasioKontras('#777777', '#777777'), 1);
  // #767676 on white is the well-known smallest grey that passes AA (4.54:1).
  assert.equal(rasioKontras('#767676', '#ffffff').toFixed(2), '4.54');
  assert.ok(rasioKontras('#777777', '#FFFFFF') < 4.5);
  assert.throws(() => rasioKontras('red', '#fff'), RangeError);
});
