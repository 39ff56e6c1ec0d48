import { test } from 'node:test';
import assert from 'node:assert/strict';
import { imporCSV } from './csv.js';
import { dekodeBerkas } from './pengodean.js';
import { halamanWeb } from './halaman-web.js';

/** The first bytes of each kind of file, then binary filler as such files have. */
const awal = (...b: number[]): Uint8Array =>
  Uint8Array.from([...b, 0x00, 0x14, 0x06, 0x9c, 0xff, 0x80, 0x0a]);
const teks = (s: string): number[] => [...new TextEncoder().encode(s)];
const BERKAS: [string, Uint8Array, RegExp, RegExp][] = [
  ['xlsx', awal(0x50, 0x4b, 0x03, 0x04), /dokumen Office \(buku kerja \.xlsx/, /an Office document/],
  ['xls', awal(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), /dokumen Office lama \(\.xls/, /old Office/],
  ['pdf', awal(...teks('%PDF-1.7\n')), /dokumen PDF/, /a PDF document/],
  ['pdf after a BOM', awal(0xef, 0xbb, 0xbf, ...teks('%PDF-1.4\n')), /dokumen PDF/, /a PDF document/],
  ['gzip', awal(0x1f, 0x8b, 0x08, 0x00), /terkompresi \(gzip\)/, /compressed \(gzip\)/],
  // Excel's "Web Page" (Windows-1252), a published sheet's pubhtml page, "XML Spreadsheet 2003".
  [
    'htm',
    awal(...teks('<html xmlns:o="urn:schemas-microsoft-com:office:office">\r\n<head>'), 0xe9),
    /halaman web/,
    /a web page/,
  ],
  ['pubhtml', awal(...teks('\n <!DOCTYPE html><html lang="id">')), /halaman web/, /a web page/],
  ['xml', awal(...teks('<?xml version="1.0"?>\r\n<Workbook>')), /berkas XML/, /an XML file/],
  [
    'html after a comment',
    awal(...teks('<!-- saved from url -->\n<body><table>')),
    /halaman web/,
    /a web page/,
  ],
  ['html fragment', awal(...teks('<table border=1><tr><td>No</td>')), /halaman web/, /a web page/],
];

test('an Office document, a PDF, a web page, an XML or a gzip file given as the register is named, with the way to a CSV', () => {
  for (const [jenis, bytes, id, en] of BERKAS) {
    // As the CLI, the monitor and the lists read it (Windows-1252: none is valid UTF-8 past its first
    // bytes), and as plain UTF-8 (a list whose decoder chunk did not load).
    const dibaca = dekodeBerkas(bytes);
    for (const teks of [dibaca.teks, new TextDecoder().decode(bytes)]) {
      // The encoding it was read in is not worth a warning: it is no text.
      const r = imporCSV(teks, { pengodean: dibaca.pengodean });
      assert.deepEqual(r.warnings, [], jenis);
      assert.equal(r.ok, false, jenis);
      assert.deepEqual(
        r.errors.map((m) => m.code),
        ['csv.not-csv'],
        jenis,
      );
      assert.match(r.errors[0]!.message.id, id, jenis);
      assert.match(r.errors[0]!.message.id, /bukan CSV.*Simpan Sebagai → jenis berkas "CSV UTF-8"/, jenis);
      assert.match(r.errors[0]!.message.en, en, jenis);
    }
  }
});

test('a file that fails as a whole gets no warning about its letters, even when read as Windows-1252', () => {
  const ansi = Uint8Array.from([0x4a, 0x75, 0x64, 0x75, 0x6c, 0xe9, 0x0a]); // "Judulé": no header row
  const { teks, pengodean } = dekodeBerkas(ansi);
  assert.equal(pengodean, 'windows-1252');
  const r = imporCSV(teks, { pengodean });
  assert.deepEqual(
    r.errors.map((m) => m.code),
    ['csv.header-not-found'],
  );
  assert.deepEqual(r.warnings, []);
});

test('a CSV whose first cell happens to start like those files is still a CSV', () => {
  const r = imporCSV('Judul;Kategori\nPK 2026 Pedoman;Berkala\n');
  assert.equal(
    r.errors.some((m) => m.code === 'csv.not-csv'),
    false,
  );
  assert.equal(r.document?.items[0]?.title, 'PK 2026 Pedoman');
});

test('a page told after many comments, and text with many comments that is no page, both answered at once', () => {
  assert.equal(halamanWeb(`${'<!-- bagian -->\n'.repeat(50)}<html lang="id">`), true);
  // Each comment ends at its own "-->": no comment spans the next, so a miss does not try every split
  // (the first pattern doubled its time with each comment: 30 took a minute).
  assert.equal(halamanWeb(`${'<!-- c -->\n'.repeat(1000)}<meta charset="utf-8">`), false);
});
