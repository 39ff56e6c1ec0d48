import { test } from 'node:test';
import assert from 'node:assert/strict';
import { imporCSV } from './csv.js';
import { dekodeBerkas } from './pengodean.js';

/** The first bytes of each kind of file, then binary filler as such files have. */
const awal = (...b: number[]): Uint8Array =>
  Uint8Array.from([...b, 0x00, 0x14, 0x06, 0x9c, 0xff, 0x80, 0x0a]);
const BERKAS: [string, Uint8Array, RegExp, RegExp][] = [
  ['xlsx', awal(0x50, 0x4b, 0x03, 0x04), /buku kerja Excel \(\.xlsx\)/, /an Excel \(\.xlsx\)/],
  [
    'xls',
    awal(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1),
    /berkas Excel lama \(\.xls\)/,
    /old Excel file/,
  ],
  ['pdf', awal(...new TextEncoder().encode('%PDF-1.7\n')), /dokumen PDF/, /a PDF document/],
];

test('a workbook, an old Excel file or a PDF given as the register is named, with the way to a CSV', () => {
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
      assert.match(r.errors[0]!.message.id, /bukan CSV.*Simpan Sebagai → "CSV UTF-8/, jenis);
      assert.match(r.errors[0]!.message.en, en, jenis);
    }
  }
});

test('a CSV whose first cell happens to start like those files is still a CSV', () => {
  const r = imporCSV('Judul;Kategori\nPK 2026 Pedoman;Berkala\n');
  assert.equal(
    r.errors.some((m) => m.code === 'csv.not-csv'),
    false,
  );
  assert.equal(r.document?.items[0]?.title, 'PK 2026 Pedoman');
});
