import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bacaJenisBadan } from '../index.js';

test('kinds as people write them: any case and spacing, regional names, common OPD words', () => {
  const kasus: [string, string][] = [
    ['opd', 'opd'],
    [' OPD ', 'opd'],
    ['Dinas', 'opd'],
    ['Perangkat Daerah', 'opd'],
    ['Distrik', 'kecamatan'],
    ['Kelurahan', 'kelurahan'],
    ['DESA', 'desa'],
    ['nagari', 'desa'],
    ['Gampong', 'desa'],
    ['Lain-lain', 'lainnya'],
  ];
  for (const [teks, jenis] of kasus) assert.equal(bacaJenisBadan(teks), jenis, teks);
});

test('anything else is no kind (not even a property every object has)', () => {
  for (const teks of ['kabupaten', '', 'desaa', 'constructor', '__proto__', 'toString'])
    assert.equal(bacaJenisBadan(teks), undefined, teks);
});
