import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bacaJenisBadan, bacaSebutanJenisBadan, JENIS_BADAN_PUBLIK, SEBUTAN_JENIS_BADAN } from '../index.js';

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
    // Yogyakarta (DIY): a desa, a kabupaten's kecamatan, Kota Yogyakarta's kecamatan.
    ['Kalurahan', 'desa'],
    ['Kapanewon', 'kecamatan'],
    ['kemantren', 'kecamatan'],
    // Maluku's desa adat; Tulang Bawang Barat's desa (Lampung).
    ['Negeri', 'desa'],
    ['tiyuh', 'desa'],
  ];
  for (const [teks, jenis] of kasus) {
    assert.equal(bacaJenisBadan(teks), jenis, teks);
    assert.equal(bacaSebutanJenisBadan(teks)?.jenis, jenis, teks);
  }
});

test('anything else is no kind (not even a property every object has)', () => {
  for (const teks of ['kabupaten', '', 'desaa', 'constructor', '__proto__', 'toString', 'banjar', 'dusun']) {
    assert.equal(bacaJenisBadan(teks), undefined, teks);
    assert.equal(bacaSebutanJenisBadan(teks), undefined, teks);
  }
});

test('kalurahan (a desa in DIY) is read with a note: it is one letter from kelurahan, which is no desa', () => {
  for (const teks of ['kalurahan', ' KALURAHAN ', 'Kalurahan'])
    assert.deepEqual(bacaSebutanJenisBadan(teks), { jenis: 'desa', catatan: 'kalurahan' }, teks);
  // Every other name, kelurahan itself included, is read without one.
  for (const teks of ['Kelurahan', 'desa', 'nagari', 'Kapanewon', 'negeri', 'opd'])
    assert.equal(bacaSebutanJenisBadan(teks)?.catatan, undefined, teks);
});

test('bacaJenisBadan and bacaSebutanJenisBadan: a value that is not a string is undefined (no TypeError)', () => {
  for (const v of [undefined, null, 42, {}, [], true]) {
    assert.equal(bacaJenisBadan(v as unknown as string), undefined, String(v));
    assert.equal(bacaSebutanJenisBadan(v as unknown as string), undefined, String(v));
  }
  assert.equal(bacaJenisBadan(' Desa '), 'desa');
});

test('SEBUTAN_JENIS_BADAN: the five codes first, then every name the reader takes, each read back as a kind', () => {
  assert.deepEqual(SEBUTAN_JENIS_BADAN.slice(0, 5), [...JENIS_BADAN_PUBLIK]);
  for (const nama of SEBUTAN_JENIS_BADAN) assert.notEqual(bacaJenisBadan(nama), undefined, nama);
  for (const nama of ['dinas', 'nagari', 'kalurahan', 'distrik', 'lain lain'])
    assert.ok(SEBUTAN_JENIS_BADAN.includes(nama), nama);
});
