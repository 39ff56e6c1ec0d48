import { test } from 'node:test';
import assert from 'node:assert/strict';
import { imporCSV } from './csv.js';
import type { BadanPublik } from './types.js';

// Update dates as spreadsheets export them that the importer once left out with `csv.date-unreadable`.

const agency: BadanPublik = { id: 'desa-sukamaju', name: 'Desa Sukamaju', kind: 'desa' };
const csv = (...baris: string[]): string => baris.join('\r\n');
const tanggal = (...sel: string[]) => {
  const r = imporCSV(csv('Judul;Kategori;Diperbarui', ...sel.map((s, i) => `Info ${i + 1};Berkala;${s}`)), {
    agency,
  });
  assert.equal(r.ok, true, JSON.stringify(r.errors));
  return {
    updated: r.document!.items.map((i) => i.updated),
    masalah: r.warnings.filter((w) => w.code.startsWith('csv.date')).map((w) => [w.code, w.row]),
  };
};

test('a Sheets date-time in the update column is its day, the time left out, with no warning', () => {
  assert.deepEqual(tanggal('05/03/2026 10:30', '06/03/2026 08:00:00', '2026-03-07 16:45'), {
    updated: ['2026-03-05', '2026-03-06', '2026-03-07'],
    masalah: [],
  });
  // A month-first sheet's date-times decide its column's order as its dates do.
  assert.deepEqual(
    tanggal('11/30/2026 10:30:00 AM', '12/15/2026 1:05:00 PM', '03/05/2026 9:00:00 AM').updated,
    ['2026-11-30', '2026-12-15', '2026-03-05'],
  );
});

test('Indonesian abbreviations (Mrt, Agst) and English month-first dates are read, with no warning', () => {
  assert.deepEqual(
    tanggal('5 Mrt 2026', '1 Agst 2026', '17 Agt 2026', '1 Nop 2026', 'March 5, 2026', 'Aug 17, 2026'),
    {
      updated: ['2026-03-05', '2026-08-01', '2026-08-17', '2026-11-01', '2026-03-05', '2026-08-17'],
      masalah: [],
    },
  );
});

test("Excel's mmm-yy (Mar-26, Mar-2026) is a month without its day, read as Nov 2026 is: its first day, said", () => {
  assert.deepEqual(tanggal('Mar-26', 'Mar-2026', 'Nov 2026', 'Agst-26'), {
    updated: ['2026-03-01', '2026-03-01', '2026-11-01', '2026-08-01'],
    masalah: [
      ['csv.date-month-only', 2],
      ['csv.date-month-only', 3],
      ['csv.date-month-only', 4],
      ['csv.date-month-only', 5],
    ],
  });
  // Still not a date: said as before.
  assert.deepEqual(tanggal('Marit-26').masalah, [['csv.date-unreadable', 2]]);
});

test('a plain "Tahun" header is the year the information was made, unless a Waktu dan Tempat column is there', () => {
  const r = imporCSV(
    csv('No;Judul;Kategori;Tahun', '1;Profil Desa;Berkala;2026', '2;APB Desa;Berkala;2025-2026'),
    {
      agency,
    },
  );
  assert.equal(r.ok, true, JSON.stringify(r.errors));
  assert.deepEqual(
    r.document!.items.map((i) => i.made),
    [{ year: 2026 }, { text: '2025-2026' }],
  );
  assert.deepEqual(
    r.warnings.filter((w) => w.code === 'csv.unknown-column'),
    [],
  );
  // Beside "Waktu dan Tempat Pembuatan", before or after it, "Tahun" may be any year: not read.
  for (const kepala of [
    'No;Tahun;Judul;Kategori;Waktu dan Tempat Pembuatan',
    'No;Judul;Kategori;Waktu dan Tempat Pembuatan;Tahun',
  ]) {
    const sel = kepala.startsWith('No;Tahun')
      ? '1;2024;Profil Desa;Berkala;2026, Balai Desa'
      : '1;Profil Desa;Berkala;2026, Balai Desa;2024';
    const dua = imporCSV(csv(kepala, sel), { agency });
    assert.deepEqual(dua.document!.items[0]!.made, { year: 2026, place: 'Balai Desa' }, kepala);
    assert.deepEqual(
      dua.warnings.filter((w) => w.code === 'csv.unknown-column').map((w) => w.column),
      ['Tahun'],
      kepala,
    );
  }
  // "Tahun Anggaran" names something else: still not known.
  const lain = imporCSV(csv('No;Judul;Kategori;Tahun Anggaran', '1;Profil Desa;Berkala;2026'), { agency });
  assert.deepEqual(
    lain.warnings.filter((w) => w.code === 'csv.unknown-column').map((w) => w.column),
    ['Tahun Anggaran'],
  );
});

test('a year Excel wrote with a thousands dot or comma (2.026, 2,026) is the year, with no warning', () => {
  const sel = [
    '2.026',
    '"2,026"',
    '2.026, Balai Desa',
    '"2,026, Balai Desa"',
    '"Balai Desa, 2,026"',
    '1.998',
    // Not a year alone: kept as written, as before (with the one year its words name).
    '1.500',
    '5.2026',
    '20.26',
    'Perbup No. 5.2026',
  ];
  for (const kepala of ['Tahun', 'Waktu dan Tempat Pembuatan']) {
    const r = imporCSV(
      `No;Judul;Kategori;${kepala}\n${sel.map((s, i) => `${i + 1};Info ${i + 1};Berkala;${s}`).join('\n')}`,
      { agency },
    );
    assert.equal(r.ok, true, JSON.stringify(r.errors));
    assert.deepEqual(
      r.document!.items.map((i) => i.made),
      [
        { year: 2026 },
        { year: 2026 },
        { year: 2026, place: 'Balai Desa' },
        { year: 2026, place: 'Balai Desa' },
        { year: 2026, place: 'Balai Desa' },
        { year: 1998 },
        { text: '1.500' },
        { text: '5.2026', year: 2026 },
        { text: '20.26' },
        { text: 'Perbup No. 5.2026', year: 2026 },
      ],
      kepala,
    );
    assert.deepEqual(
      r.warnings.filter((w) => w.code.startsWith('csv.')).map((w) => [w.code, w.row]),
      [],
      kepala,
    );
  }
  // The two-row header's time part: 2.026 | Sukamaju.
  const dua = imporCSV(
    csv(
      'Judul;Waktu dan Tempat Pembuatan Informasi;;Kategori',
      ';Waktu;Tempat;',
      'Profil;2.026;Sukamaju;Berkala',
    ),
    { agency },
  );
  assert.deepEqual(dua.document!.items[0]!.made, { year: 2026, place: 'Sukamaju' });
});

test('among words, a year with a thousands separator is the year when it ends its part; a count is not', () => {
  const kasus: [string, Record<string, unknown>][] = [
    ['Sukamaju, Maret 2.026', { year: 2026, text: 'Sukamaju, Maret 2.026' }],
    ['"Sukamaju, Maret 2,026"', { year: 2026, text: 'Sukamaju, Maret 2,026' }],
    ['Semester II 2.026', { year: 2026, text: 'Semester II 2.026' }],
    ['Tahun Anggaran 1.998', { year: 1998, text: 'Tahun Anggaran 1.998' }],
    ['Kantor Desa (2.026)', { year: 2026, text: 'Kantor Desa (2.026)' }],
    ['"Maret 2.026; Balai Desa"', { year: 2026, text: 'Maret 2.026; Balai Desa' }],
    // A count before its unit, part of a longer number, two years, or out of 1.900–2.099: no year.
    ['2.050 eksemplar', { text: '2.050 eksemplar' }],
    ['Rp 2.026.000', { text: 'Rp 2.026.000' }],
    ['Nomor 12.026', { text: 'Nomor 12.026' }],
    ['2.025–2.026', { text: '2.025–2.026' }],
    ['2025 dan 2.026', { text: '2025 dan 2.026' }],
    ['Gudang 1.899', { text: 'Gudang 1.899' }],
    ['Gudang 2.100', { text: 'Gudang 2.100' }],
  ];
  const r = imporCSV(
    csv(
      'No;Judul;Kategori;Waktu dan Tempat Pembuatan',
      ...kasus.map(([s], i) => `${i + 1};Info ${i + 1};Berkala;${s}`),
    ),
    { agency },
  );
  assert.equal(r.ok, true, JSON.stringify(r.errors));
  assert.deepEqual(
    r.document!.items.map((i) => i.made),
    kasus.map(([, made]) => made),
  );
});
