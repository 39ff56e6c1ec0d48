import { test } from 'node:test';
import assert from 'node:assert/strict';
import { imporCSV, csvItemSah } from './csv.js';
import { bacaDIP } from './baca.js';
import type { BadanPublik } from './types.js';

// The SK DIP of a spreadsheet register: the PPID decision the DIP is an attachment to, written on the
// title rows above the table.

const agency: BadanPublik = { id: 'desa-sukamaju', name: 'Desa Sukamaju', kind: 'desa' };
const csv = (...baris: string[]): string => baris.join('\r\n');
const TABEL = ['No;Judul;Kategori', '1;Profil Desa;Berkala'];
const keputusan = (...judul: string[]) => {
  const r = imporCSV(csv(...judul, ...TABEL), { agency });
  assert.equal(r.ok, true, JSON.stringify(r.errors));
  return {
    decision: r.document?.decision,
    masalah: r.warnings
      .filter((w) => w.code === 'csv.decision-unreadable')
      .map((w) => [w.severity, w.row, w.message.id, w.message.en]),
  };
};

test('the attachment\'s title ("Lampiran Keputusan PPID … Nomor … Tanggal …") sets the decision, in one cell or over several rows and cells', () => {
  assert.deepEqual(
    keputusan(
      'LAMPIRAN KEPUTUSAN PPID KABUPATEN SUKAMAJU NOMOR: 045/12/PPID/2026 TANGGAL: 15 JANUARI 2026 TENTANG DAFTAR INFORMASI PUBLIK;;',
    ),
    { decision: { number: '045/12/PPID/2026', date: '2026-01-15' }, masalah: [] },
  );
  // As a decision's attachment is laid out: label and value in cells of their own, a row each.
  assert.deepEqual(
    keputusan(
      'DAFTAR INFORMASI PUBLIK;;',
      ';LAMPIRAN KEPUTUSAN PPID KABUPATEN SUKAMAJU;',
      ';NOMOR;: 045/12/PPID/2026',
      ';TANGGAL;: 15/01/2026',
      ';TENTANG;: DAFTAR INFORMASI PUBLIK',
      ';;',
    ),
    { decision: { number: '045/12/PPID/2026', date: '2026-01-15' }, masalah: [] },
  );
  // "NOMOR :" ending its row, the number on the next one.
  assert.deepEqual(keputusan('Lampiran Keputusan PPID Nomor :;;', '800/012/DISKOMINFO/2026;;').decision, {
    number: '800/012/DISKOMINFO/2026',
  });
});

test('"Ditetapkan dengan Keputusan … Nomor … tanggal …": the date in words or in dd/mm/yyyy, or no date', () => {
  assert.deepEqual(
    keputusan('Ditetapkan dengan Keputusan PPID Desa Nomor 5 Tahun 2026 tanggal 15 Januari 2026;;').decision,
    { number: '5 Tahun 2026', date: '2026-01-15' },
  );
  assert.deepEqual(
    keputusan('Ditetapkan dengan Keputusan PPID Desa Nomor 5 Tahun 2026 tanggal 15/01/2026;;').decision,
    { number: '5 Tahun 2026', date: '2026-01-15' },
  );
  assert.deepEqual(keputusan('Ditetapkan dengan Keputusan PPID Desa Nomor 5 Tahun 2026;;'), {
    decision: { number: '5 Tahun 2026' },
    masalah: [],
  });
  // "SK" for "Keputusan", "No." for "Nomor", the day's name before the date.
  assert.deepEqual(keputusan('SK PPID Desa No. 12/2026, tanggal Kamis, 15 Januari 2026;;').decision, {
    number: '12/2026',
    date: '2026-01-15',
  });
});

test('no "Nomor" after "Keputusan": nothing set, nothing said; a number that cannot be read is said, with its line', () => {
  assert.deepEqual(keputusan('DAFTAR INFORMASI PUBLIK;;', 'Keputusan PPID Desa Sukamaju;;'), {
    decision: undefined,
    masalah: [],
  });
  // An address's "No." under the decision's row is not its number.
  assert.deepEqual(keputusan('Keputusan PPID Desa Sukamaju;;', 'Jl. Merdeka No. 5, Sukamaju;;'), {
    decision: undefined,
    masalah: [],
  });
  // "Nomor" more than three rows below names something else.
  assert.deepEqual(
    keputusan('Keputusan PPID Desa Sukamaju;;', 'a;;', 'b;;', 'c;;', 'Nomor 5;;').decision,
    undefined,
  );
  assert.deepEqual(keputusan('DAFTAR INFORMASI PUBLIK TAHUN 2026;;', 'PPID DESA SUKAMAJU;;'), {
    decision: undefined,
    masalah: [],
  });
  const titik = keputusan('DAFTAR INFORMASI PUBLIK;;', 'Lampiran Keputusan PPID Desa Nomor: ……… Tahun ……;;');
  assert.equal(titik.decision, undefined);
  assert.equal(titik.masalah.length, 1);
  const [severity, row, id, en] = titik.masalah[0]!;
  assert.equal(severity, 'warning');
  assert.equal(row, 2);
  assert.match(
    id as string,
    /^Baris 2 — Keputusan PPID disebut di atas tabel, tetapi nomornya tidak terbaca \("……… Tahun ……"\), jadi DIP ini tidak mencantumkan keputusan yang menetapkannya \(SK DIP\)\. Tulis nomornya/,
  );
  assert.match(
    en as string,
    /^Row 2 — A PPID decision is named above the table, but its number cannot be read/,
  );
  // A date that does not exist: the number kept, the date said.
  const tgl = keputusan('Keputusan PPID Desa Nomor 5 Tahun 2026 tanggal 31 Februari 2026;;');
  assert.deepEqual(tgl.decision, { number: '5 Tahun 2026' });
  assert.deepEqual(
    tgl.masalah.map((m) => [m[1], m[2]]),
    [
      [
        1,
        'Baris 1 — Tanggal keputusan PPID "31 Februari 2026" tidak terbaca sebagai tanggal (atau tidak ada di kalender); nomornya, "5 Tahun 2026", dipakai tanpa tanggal. Tulis misalnya 15 Januari 2026 atau 15/01/2026.',
      ],
    ],
  );
});

test('the decision given by the caller stands over the title rows; a JSON document keeps its own', () => {
  const teks = csv('Lampiran Keputusan PPID Nomor 1/2025 tanggal 2 Januari 2025;;', ...TABEL);
  const r = imporCSV(teks, { agency, decision: { number: '045/12/PPID/2026', date: '2026-01-15' } });
  assert.deepEqual(r.document?.decision, { number: '045/12/PPID/2026', date: '2026-01-15' });
  assert.deepEqual(bacaDIP(csv(...TABEL), { agency, decision: { number: '5/2026' } }).document?.decision, {
    number: '5/2026',
  });
  const json = JSON.stringify({ format: 'terbuka-dip', version: 1, agency, items: [] });
  assert.equal(bacaDIP(json, { decision: { number: '5/2026' } }).document?.decision, undefined);
  // A wrong date given is the validator's error on that field, not lost.
  const salah = imporCSV(csv(...TABEL), { agency, decision: { number: '5/2026', date: '2026-02-30' } });
  assert.equal(salah.ok, false);
  assert.deepEqual(
    salah.errors.map((m) => m.path),
    ['decision.date'],
  );
  // The public reading (the widgets') reads the title rows the same way.
  assert.deepEqual(csvItemSah(teks, (t, o) => imporCSV(t, { ...o, agency })).document?.decision, {
    number: '1/2025',
    date: '2025-01-02',
  });
});
