import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bacaDIP } from './baca.js';
import { imporCSV } from './csv.js';
import type { BadanPublik } from './types.js';

const agency: BadanPublik = { id: 'x', name: 'Dinas X', kind: 'opd' };
const json = JSON.stringify({
  format: 'terbuka-dip',
  version: 1,
  agency,
  items: [{ id: 'a', title: 'A', category: 'setiap-saat', updated: '2026-01-02' }],
});

test('detects JSON and CSV by content, or takes the format given', () => {
  assert.equal(bacaDIP(json).document?.items[0]?.id, 'a');
  assert.equal(bacaDIP(`\uFEFF  ${json}`).ok, true);
  const c = bacaDIP('No;Judul;Kategori\n1;A;Berkala', { agency });
  assert.equal(c.document?.agency.id, 'x');
  assert.equal(c.document?.items[0]?.id, 'dip-1');
  assert.equal(bacaDIP(json, { format: 'csv' }).ok, false);
});

test('options given as null are none, as JavaScript callers pass them: read, not thrown', () => {
  assert.equal(bacaDIP(json, null).document?.items[0]?.id, 'a');
  const csv = 'No;Judul;Kategori\n1;A;Berkala';
  for (const r of [bacaDIP(csv, null), imporCSV(csv, null)]) {
    assert.equal(r.document?.items[0]?.id, 'dip-1');
    assert.deepEqual(r, imporCSV(csv));
  }
});

test('a JSON syntax error is one error with its line and column', () => {
  const r = bacaDIP('{\n  "format": "terbuka-dip",\n  "version": 1,\n  "items": [,]\n}');
  assert.equal(r.ok, false);
  assert.equal(r.errors.length, 1);
  assert.equal(r.errors[0]?.code, 'json.syntax');
  assert.equal(r.errors[0]?.row, 4);
  assert.equal(r.errors[0]?.column, '13');
  assert.match(r.errors[0]?.message.id ?? '', /^Baris 4 — Karakter ke-13 pada baris itu: /);
  const akhir = bacaDIP('{"format": "terbuka-dip"');
  assert.equal(akhir.errors[0]?.code, 'json.syntax');
  assert.equal(akhir.errors[0]?.row, 1);
  assert.equal(bacaDIP('[1, 2]').errors[0]?.code, 'document.type');
  assert.equal(bacaDIP(undefined as unknown as string).ok, false);
});

test('a web page read as JSON (a login or "not found" page sent as .json) is named as a web page, as the CSV importer names it', () => {
  for (const halaman of [
    '<html><body>bukan json\u0000\u0001</body></html>',
    '<!DOCTYPE html>\n<html lang="id"><head><title>Masuk</title></head></html>',
  ]) {
    const r = bacaDIP(halaman, { format: 'json' });
    assert.equal(r.ok, false);
    assert.deepEqual(
      r.errors.map((m) => [m.code, m.row]),
      [['json.syntax', undefined]],
    );
    assert.match(r.errors[0]!.message.id, /^Berkas ini halaman web atau berkas XML, bukan JSON: /);
    assert.match(r.errors[0]!.message.en, /^This file is a web page or an XML file, not JSON: /);
    // As the CSV path says it.
    assert.match(
      bacaDIP(halaman, { format: 'csv' }).errors[0]!.message.id,
      /halaman web atau berkas XML, bukan CSV/,
    );
  }
  // Malformed JSON is still a comma out of place, where it is.
  assert.match(bacaDIP('{"a": 1,}', { format: 'json' }).errors[0]!.message.id, /^Baris 1 — Karakter ke-/);
});

test('bytes are decoded first, a parsed document is validated, anything else is named (JavaScript callers)', () => {
  const berkas = Buffer.from(json); // readFileSync(path) without 'utf8'
  assert.equal(bacaDIP(berkas).document?.items[0]?.id, 'a');
  const ab = new TextEncoder().encode(json).buffer; // res.arrayBuffer()
  assert.equal(bacaDIP(ab).document?.items[0]?.id, 'a');
  // An ANSI CSV read as bytes: decoded as Windows-1252, with its encoding warning.
  const ansi = Uint8Array.from([...'No;Judul;Kategori\n1;Caf\xe9;Berkala\n'].map((c) => c.charCodeAt(0)));
  const c = bacaDIP(ansi, { agency });
  assert.equal(c.document?.items[0]?.title, 'Café');
  assert.ok(c.warnings.some((m) => m.code === 'file.encoding'));
  // JSON.parse(text): the object is the document.
  const objek = bacaDIP(JSON.parse(json) as object);
  assert.equal(objek.ok, true);
  assert.equal(objek.document?.items[0]?.id, 'a');
  assert.equal(bacaDIP({ format: 'terbuka-dip' }).errors[0]?.code === 'csv.empty', false);
  for (const [nilai, nama] of [
    [undefined, 'undefined'],
    [null, 'null'],
    [42, 'number 42'],
    [true, 'boolean true'],
  ] as const) {
    const r = bacaDIP(nilai as unknown as string);
    assert.equal(r.ok, false);
    assert.equal(r.errors.length, 1);
    assert.equal(r.errors[0]?.code, 'document.type');
    assert.match(
      r.errors[0]?.message.id ?? '',
      new RegExp(`^bacaDIP: teks harus teks berkas JSON .*, bukan ${nama}\\.$`),
    );
    assert.match(
      r.errors[0]?.message.en ?? '',
      new RegExp(`^bacaDIP: teks must be a JSON or CSV .*, not ${nama}\\.$`),
    );
  }
  // An object given as CSV is no CSV text: named too.
  assert.match(bacaDIP({}, { format: 'csv' }).errors[0]?.message.en ?? '', /not object\.$/);
});
