import { test } from 'node:test';
import assert from 'node:assert/strict';
import { imporCSV, imporCSVIntiDengan, BADAN_PUBLIK_SEMENTARA, csvItemSah } from './csv.js';
import { katalogIntiBadanPublik } from '../standard/katalog-inti.js';
import { katalogIntiUntuk } from '../standard/katalog-inti-desa.js';
import { kenaliKolom } from './csv-kolom.js';
import { JUDUL_KOLOM_BARU } from './kata-csv.js';
import { validasiDIP } from './validasi.js';
import { kutip } from './kutip.js';
import { kelompokkanMasalah } from './masalah.js';
import type { BadanPublik, Masalah } from './types.js';

const agency: BadanPublik = { id: 'diskominfo-sukamaju', name: 'Dinas Kominfo Sukamaju', kind: 'opd' };
const csv = (...baris: string[]): string => baris.join('\r\n');
const kode = (ms: readonly Masalah[]): string[] => ms.map((m) => m.code);

test("a line written with another separator is a warning naming the file's separator, not dropped in silence", () => {
  const r = imporCSV(
    csv(
      'No;Judul;Kategori',
      '1;Profil;Berkala',
      '2,Renstra,Berkala',
      '3',
      'No. 5',
      '1/2026',
      '4;Agenda;Setiap Saat',
    ),
    {
      agency,
    },
  );
  assert.deepEqual(
    r.document?.items.map((i) => i.title),
    ['Profil', 'Agenda'],
  );
  const w = r.warnings.filter((x) => x.code === 'csv.row-skipped');
  // A number alone (lines 4–6) is a numbered empty row: skipped quietly.
  assert.deepEqual(
    w.map((x) => x.row),
    [3],
  );
  assert.match(w[0]!.message.id, /"2,Renstra,Berkala".*berkas ini memakai titik koma \(;\)/);
  assert.match(w[0]!.message.en, /this file uses semicolons \(;\)/);
});

test('a header cell longer than any column name names no column (a paragraph is not "Waktu … pembuatan")', () => {
  const panjang = `Waktu ${'dan tempat '.repeat(30)}pembuatan`;
  assert.equal(kenaliKolom(panjang), undefined);
  assert.equal(kenaliKolom('Waktu dan Tempat Pembuatan Informasi'), 'waktuTempat');
  const r = imporCSV(csv(`No;Judul;${panjang};Kategori`, '1;Profil;2026;Berkala'), { agency });
  assert.equal(r.ok, true, JSON.stringify(r.errors));
  assert.equal(r.document?.items[0]?.made, undefined);
});

test('header variants are recognised whatever their case, punctuation and spacing', () => {
  const cases: [string, string][] = [
    ['No', 'no'],
    ['NO.', 'no'],
    ['Nomor Urut', 'no'],
    ['Judul', 'judul'],
    ['JUDUL INFORMASI', 'judul'],
    ['Ringkasan Isi Informasi', 'ringkasan'],
    ['ringkasan  isi   informasi', 'ringkasan'],
    ['Pejabat/Unit/Satker yang Menguasai Informasi', 'unit'],
    ['Pejabat / Unit / Satuan Kerja yang menguasai informasi', 'unit'],
    ['Penanggung Jawab Pembuatan/Penerbitan Informasi', 'penanggungJawab'],
    ['Penanggungjawab Pembuatan atau Penerbitan Informasi', 'penanggungJawab'],
    ['Waktu dan Tempat Pembuatan Informasi', 'waktuTempat'],
    ['Waktu & Tempat Pembuatan', 'waktuTempat'],
    ['Bentuk/Format Informasi (cetak/hardcopy, digital/softcopy)', 'bentuk'],
    ['Bentuk Informasi yang Tersedia', 'bentuk'],
    ['Jangka Waktu Penyimpanan (retensi)', 'retensi'],
    ['Retensi Arsip', 'retensi'],
    ['Jenis Media yang Memuat Informasi', 'media'],
    ['Kategori', 'kategori'],
    ['Kategori Informasi', 'kategori'],
    ['Tautan', 'tautan'],
    ['Link', 'tautan'],
    ['URL Dokumen', 'tautan'],
    ['Diperbarui', 'diperbarui'],
    ['Tanggal Pembaruan', 'diperbarui'],
    ['Terakhir Diperbarui', 'diperbarui'],
    ['Item Wajib', 'itemWajib'],
    ['Kode Item', 'itemWajib'],
    ['Dasar Pengecualian (Pasal 17)', 'dasarPengecualian'],
    ['Dasar Hukum Pengecualian', 'dasarPengecualian'],
    ['Dasar Hukum Lain', 'dasarHukumLain'],
    ['Konsekuensi', 'konsekuensi'],
    ['Jangka Waktu Pengecualian', 'jangkaPengecualian'],
    ['Nomor SK', 'nomorPenetapan'],
    ['Tanggal Penetapan', 'tanggalPenetapan'],
  ];
  for (const [header, kolom] of cases) assert.equal(kenaliKolom(header), kolom, header);
  for (const header of ['Keterangan', '', 'Warna', 'Catatan Tambahan'])
    assert.equal(kenaliKolom(header), undefined);
});

test('finds the header below title rows, reads a semicolon file with BOM, CRLF and a multi-line cell', () => {
  const teks =
    '\uFEFF' +
    csv(
      'DAFTAR INFORMASI PUBLIK;;;',
      'DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN SUKAMAJU;;;',
      'Tahun 2026;;;',
      ';;;',
      'No;Judul;Kategori;Tautan;Diperbarui',
      '1;Profil Dinas;Berkala;https://a.example/profil;05/03/2026',
      '2;"Laporan Keuangan; Audit";berkala;"https://a.example/lk',
      'https://drive.google.com/file/d/1x/view";5 Maret 2026',
      ';;;;',
      '3;Data Pribadi Pemohon;Setiap Saat;;2026-03-05',
    );
  const r = imporCSV(teks, { agency });
  assert.equal(r.ok, true, JSON.stringify(r.errors, null, 1));
  const items = r.document?.items ?? [];
  assert.equal(items.length, 3);
  assert.equal(items[1]?.title, 'Laporan Keuangan; Audit');
  assert.deepEqual(
    items[1]?.links?.map((l) => l.url),
    ['https://a.example/lk', 'https://drive.google.com/file/d/1x/view'],
  );
  assert.deepEqual(
    items.map((i) => i.updated),
    ['2026-03-05', '2026-03-05', '2026-03-05'],
  );
  assert.deepEqual(
    items.map((i) => i.id),
    ['dip-1', 'dip-2', 'dip-3'],
  );
  // Item 3 is row 9 of the spreadsheet (its record's number): item 2's cell spans two lines of the file,
  // one row of the sheet, and row 8 is empty.
  const tanpaTautan = r.warnings.find((w) => w.code === 'item.no-link');
  assert.equal(tanpaTautan, undefined, 'item 3 is setiap-saat: no link warning');
  const r2 = imporCSV(teks.replace('2026-03-05', ''), { agency });
  const w = r2.warnings.find((x) => x.code === 'item.no-date');
  assert.equal(w?.row, 9);
  assert.match(w?.message.id ?? '', /^Baris 9, Item ke-3 — /);
  assert.equal(w?.column, 'Diperbarui');
  assert.equal(w?.path, 'items[2].updated');
});

test('mixed line breaks lose no row: a CRLF header above LF rows, LF above CRLF, old Mac CR', () => {
  const baris = ['No;Judul;Kategori', '1;Profil;Berkala', '2;Renstra;Berkala', '3;LKjIP;Berkala'];
  for (const [nama, teks] of [
    ['CRLF header, LF rows', `${baris[0]}\r\n${baris.slice(1).join('\n')}\n`],
    ['LF header, CRLF rows', `${baris[0]}\n${baris.slice(1).join('\r\n')}\r\n`],
    ['CR only', `${baris.join('\r')}\r`],
  ] as const) {
    const r = imporCSV(teks, { agency });
    assert.equal(r.ok, true, `${nama}: ${JSON.stringify(r.errors)}`);
    assert.deepEqual(
      r.document?.items.map((i) => i.title),
      ['Profil', 'Renstra', 'LKjIP'],
      nama,
    );
  }
  // A faulty row keeps its file line whatever the line breaks.
  const salah = imporCSV(`${baris[0]}\r\n1;Profil;Berkala\n2;Renstra;Planet\n`, { agency });
  assert.deepEqual(
    salah.errors.map((m) => [m.row, m.code]),
    [[3, 'csv.category-unknown']],
  );
});

test('filled cells past the header are a warning on their line, not dropped in silence', () => {
  const r = imporCSV(
    csv('No;Judul;Kategori', '1;Profil;Berkala;;', '2;Renstra;Berkala;Bappeda; 2025', '3;LKjIP;Berkala'),
    { agency },
  );
  assert.equal(r.ok, true);
  assert.equal(r.document?.items.length, 3);
  const w = r.warnings.filter((m) => m.code === 'csv.cells-outside-header');
  assert.deepEqual(
    w.map((m) => m.row),
    [3],
  );
  assert.match(
    w[0]!.message.id,
    /^Baris 3 — 2 sel berisi di luar kolom judul \(mis\. "Bappeda"\) tidak dibaca/,
  );
  assert.match(w[0]!.message.en, /2 filled cells beyond the header's columns \(.*\) are not read/);
});

test('comma-separated files, LF only, no BOM', () => {
  const r = imporCSV('No,Judul,Kategori\n1,"Profil, lengkap",Berkala\n2,Renstra,1\n', { agency });
  assert.equal(r.ok, true);
  assert.deepEqual(
    r.document?.items.map((i) => [i.title, i.category]),
    [
      ['Profil, lengkap', 'berkala'],
      ['Renstra', 'berkala'],
    ],
  );
});

test('title is Judul and summary Ringkasan when both exist; otherwise Ringkasan is the title', () => {
  const both = imporCSV(csv('Judul;Ringkasan Isi Informasi;Kategori', 'Renstra;Rencana lima tahun;Berkala'), {
    agency,
  });
  assert.equal(both.document?.items[0]?.title, 'Renstra');
  assert.equal(both.document?.items[0]?.summary, 'Rencana lima tahun');
  const one = imporCSV(csv('No;Ringkasan Isi Informasi;Kategori', '1;Rencana lima tahun;Berkala'), {
    agency,
  });
  assert.equal(one.document?.items[0]?.title, 'Rencana lima tahun');
  assert.equal(one.document?.items[0]?.summary, undefined);
});

test('categories as registers write them', () => {
  const kat = [
    'Berkala',
    'serta merta',
    'Setiap Saat',
    'DIK',
    'Dikecualikan',
    '1',
    '2',
    '3',
    'Informasi Berkala',
  ];
  const baris = kat.map((k, i) =>
    [
      i + 1,
      `Info ${i}`,
      k,
      k.match(/dik|^4$/i) ? 'Pasal 17 huruf h' : '',
      'x',
      '5 thn',
      'SK 1',
      '1 Jan 2026',
    ].join(';'),
  );
  const r = imporCSV(
    csv(
      'No;Judul;Kategori;Dasar Pengecualian;Konsekuensi;Jangka Waktu Pengecualian;Nomor SK;Tanggal SK',
      ...baris,
    ),
    { agency },
  );
  assert.equal(r.ok, true, JSON.stringify(r.errors, null, 1));
  assert.deepEqual(
    r.document?.items.map((i) => i.category),
    [
      'berkala',
      'serta-merta',
      'setiap-saat',
      'dikecualikan',
      'dikecualikan',
      'berkala',
      'serta-merta',
      'setiap-saat',
      'berkala',
    ],
  );
  assert.deepEqual(r.document?.items[3]?.exclusion, {
    grounds: ['h'],
    consequence: 'x',
    period: '5 thn',
    decisionNumber: 'SK 1',
    decisionDate: '2026-01-01',
  });
});

test('cell problems carry the spreadsheet row, the column as written, and the path', () => {
  const r = imporCSV(
    csv(
      'Daftar Informasi Publik',
      'No;Judul Informasi;Kategori Informasi;Link;Tgl. Pembaruan;Warna',
      '1;Profil;;https://a.example;2026-03-05;merah',
      '2;Renstra;Rahasia Negara;javascript:alert(1);31/02/2026;',
      '3;;Berkala;https://a.example;kemarin;',
      '4;LKjIP;DIK;https://a.example;1 Jan 2026;',
    ),
    { agency },
  );
  assert.equal(r.ok, false);
  assert.equal(r.document, undefined);
  const e = r.errors.map((m) => [m.row, m.column, m.code, m.path]);
  assert.deepEqual(e, [
    [3, 'Kategori Informasi', 'csv.category-missing', 'items[0].category'],
    [4, 'Kategori Informasi', 'csv.category-unknown', 'items[1].category'],
    [4, 'Link', 'link.scheme', 'items[1].links[0].url'],
    [5, 'Judul Informasi', 'field.empty', 'items[2].title'],
    [6, undefined, 'exclusion.missing', 'items[3].exclusion'],
  ]);
  // Words in the update column, or a day the calendar does not have, keep the entry, without its date,
  // and say so.
  const [tidakAda, kata, ...lagi] = r.warnings.filter((w) => w.code === 'csv.date-unreadable');
  assert.equal(lagi.length, 0);
  assert.deepEqual(
    [tidakAda?.row, tidakAda?.column, tidakAda?.path],
    [4, 'Tgl. Pembaruan', 'items[1].updated'],
  );
  assert.match(
    tidakAda?.message.id ?? '',
    /^Baris 4, Item ke-2 — Tanggal pembaruan "31\/02\/2026" tidak ada di kalender, jadi informasi ini tampil tanpa tanggal pembaruan dan kebaruannya tidak dinilai\. Tulis misalnya 05\/03\/2026 \(hari\/bulan\/tahun\)\.$/,
  );
  assert.match(
    tidakAda?.message.en ?? '',
    /"31\/02\/2026" does not exist in the calendar, so this entry shows without one .* Write e\.g\. 05\/03\/2026 \(day\/month\/year\)\.$/,
  );
  assert.deepEqual([kata?.row, kata?.column, kata?.path], [5, 'Tgl. Pembaruan', 'items[2].updated']);
  assert.match(kata?.message.en ?? '', /"kemarin" cannot be read as a date, so this entry shows without one/);
  const unknown = r.warnings.find((w) => w.code === 'csv.unknown-column');
  assert.deepEqual([unknown?.row, unknown?.column], [2, 'Warna']);
  // An impossible date is reported once, not again as "no date".
  assert.equal(r.warnings.filter((w) => w.code === 'item.no-date').length, 0);
  // One pattern for the CSV's own problems and the validator's: "Baris 4, Item ke-2 …".
  for (const m of r.errors) {
    assert.ok(m.message.id.startsWith(`Baris ${m.row}, `), m.message.id);
    assert.ok(m.message.en.startsWith(`Row ${m.row}, `), m.message.en);
  }
  assert.match(r.errors[2]?.message.id ?? '', /^Baris 4, Item ke-2, tautan ke-1 — /);
});

test('fully empty rows and pre-numbered empty rows are skipped; signature lines are skipped with a warning', () => {
  const r = imporCSV(
    csv(
      'No;Judul;Kategori;Penanggung Jawab',
      '1;Profil;Berkala;Sekretaris',
      ';;;',
      '2;;;',
      '',
      ';;;Sukamaju, 5 Maret 2026',
      ';;;PPID Pelaksana',
    ),
    { agency },
  );
  assert.equal(r.ok, true, JSON.stringify(r.errors));
  assert.equal(r.document?.items.length, 1);
  assert.deepEqual(
    r.warnings.filter((w) => w.code === 'csv.row-skipped').map((w) => w.row),
    [6, 7],
  );
});

test('ids come from the No column, or the position when No is empty; repeats get a suffix', () => {
  const r = imporCSV(
    csv('No;Judul;Kategori', '1;A;Berkala', ';B;Berkala', '1;C;Serta Merta', 'I.a;D;Berkala'),
    { agency },
  );
  assert.deepEqual(
    r.document?.items.map((i) => i.id),
    ['dip-1', 'dip-p2', 'dip-1-2', 'dip-i-a'],
  );
  // A register numbered "1" on every row, with "1-3" written out once: each repeat takes the next free id.
  const ulang = imporCSV(
    csv('No;Judul;Kategori', '1;A;Berkala', '1-3;B;Berkala', '1;C;Berkala', '1;D;Berkala', '1;E;Berkala'),
    { agency },
  );
  assert.deepEqual(
    ulang.document?.items.map((i) => i.id),
    ['dip-1', 'dip-1-3', 'dip-1-2', 'dip-1-4', 'dip-1-5'],
  );
  const tanpaNo = imporCSV(csv('Judul;Kategori', 'A;Berkala', '', 'B;Berkala'), { agency });
  assert.deepEqual(
    tanpaNo.document?.items.map((i) => i.id),
    ['dip-p1', 'dip-p2'],
  );
});

test('formats, media, retention, made, catalog ids and several links per cell', () => {
  const r = imporCSV(
    csv(
      'No;Judul;Kategori;Bentuk Informasi;Jenis Media;Retensi;Waktu dan Tempat Pembuatan;Item Wajib;Tautan',
      '1;A;Berkala;Hardcopy / Softcopy;Website, Papan Pengumuman;5 tahun;2026, Sukamaju;berkala.profil, berkala.peraturan;https://a.example/1 https://a.example/2',
      '2;B;Berkala;Softcopy;Instagram;Permanen;5 Maret 2026, Kantor Dinas;;mailto:ppid@a.example',
      '3;C;Berkala;Cetak;;;Setiap tahun;;tel:+62261555',
      '4;D;Berkala;Lisan;;;2025;;www.a.example',
    ),
    { agency },
  );
  // Line 5 has a link without its scheme (read as https://, a warning) and an unknown format (a warning).
  assert.equal(r.ok, true, JSON.stringify(r.errors));
  assert.deepEqual(r.document?.items[3]?.links, [{ label: 'D', url: 'https://www.a.example' }]);
  const www = r.warnings.find((x) => x.code === 'csv.link-https-added');
  assert.deepEqual([www?.row, www?.column, www?.path], [5, 'Tautan', 'items[3].links[0].url']);
  assert.match(
    www?.message.id ?? '',
    /"www\.a\.example" ditulis tanpa https:\/\/; dibaca sebagai "https:\/\/www\.a\.example"/,
  );
  assert.match(
    www?.message.en ?? '',
    /^Row 5, Item 4, link 1 — Link "www\.a\.example" has no https:\/\/; read as "https:\/\/www\.a\.example"/,
  );
  assert.equal(r.warnings.find((x) => x.code === 'csv.format-unknown')?.row, 5);
  const ok = imporCSV(
    csv(
      'No;Judul;Kategori;Bentuk Informasi;Jenis Media;Retensi;Waktu dan Tempat Pembuatan;Item Wajib;Tautan',
      '1;A;Berkala;Hardcopy / Softcopy;Website, Papan Pengumuman;5 tahun;2026, Sukamaju;berkala.profil, berkala.peraturan;https://a.example/1 https://a.example/2',
      '2;B;Berkala;Softcopy;Instagram;Permanen;5 Maret 2026, Kantor Dinas;;mailto:ppid@a.example',
      '3;C;Berkala;Cetak;;;Setiap tahun;;tel:+62261555',
    ),
    { agency },
  );
  assert.equal(ok.ok, true, JSON.stringify(ok.errors));
  const [i1, i2, i3] = ok.document?.items ?? [];
  assert.deepEqual(i1?.formats, ['cetak', 'digital']);
  assert.deepEqual(i1?.media, ['Website', 'Papan Pengumuman']);
  assert.equal(i1?.retention, '5 tahun');
  assert.deepEqual(i1?.made, { year: 2026, place: 'Sukamaju' });
  assert.deepEqual(i1?.fulfils, ['berkala.profil', 'berkala.peraturan']);
  assert.deepEqual(i1?.links, [
    { label: 'A (a.example 1)', url: 'https://a.example/1' },
    { label: 'A (a.example 2)', url: 'https://a.example/2' },
  ]);
  assert.deepEqual(i2?.made, { date: '2026-03-05', place: 'Kantor Dinas' });
  assert.deepEqual(i2?.links, [{ label: 'B', url: 'mailto:ppid@a.example' }]);
  assert.deepEqual(i3?.made, { text: 'Setiap tahun' });
  assert.deepEqual(i3?.formats, ['cetak']);
});

test('no agency: a placeholder and a warning, not an error; a given agency is validated', () => {
  const r = imporCSV(csv('No;Judul;Kategori', '1;A;Setiap Saat'));
  assert.equal(r.ok, true);
  assert.deepEqual(r.document?.agency, BADAN_PUBLIK_SEMENTARA);
  assert.ok(kode(r.warnings).includes('csv.agency-missing'));
  const salah = imporCSV(csv('No;Judul;Kategori', '1;A;Setiap Saat'), {
    agency: { id: '', name: 'X', kind: 'opd' },
  });
  assert.deepEqual(
    salah.errors.map((e) => [e.path, e.code, e.row]),
    [['agency.id', 'field.empty', undefined]],
  );
});

test('exclusion columns: Pasal 17 letters are read from free text', () => {
  const r = imporCSV(
    csv(
      'No;Judul;Kategori;Dasar Hukum Pengecualian;Konsekuensi;Jangka Waktu Pengecualian;Nomor Penetapan;Tanggal Penetapan',
      '1;A;DIK;Pasal 17 huruf a dan j jo. UU 27/2022;x;5 tahun;SK 1;15/01/2026',
      '2;B;DIK;UU KIP;x;5 tahun;SK 1;15/01/2026',
      '3;C;4;Pasal 17 huruf h;x;;SK 1;31/02/2026',
    ),
    { agency },
  );
  assert.deepEqual(
    r.errors.map((e) => [e.row, e.code, e.path, e.column]),
    [
      [3, 'csv.grounds-unreadable', 'items[1].exclusion.grounds', 'Dasar Hukum Pengecualian'],
      [4, 'csv.date-invalid', 'items[2].exclusion.decisionDate', 'Tanggal Penetapan'],
      [4, 'field.required', 'items[2].exclusion.period', 'Jangka Waktu Pengecualian'],
    ],
  );
  const ok = imporCSV(
    csv(
      'No;Judul;Kategori;Dasar Pengecualian;Konsekuensi;Jangka Waktu Pengecualian;Nomor SK;Tanggal SK',
      '1;A;DIK;Pasal 17 huruf a dan j jo. UU 27/2022;x;5 tahun;SK 1;15/01/2026',
    ),
    { agency },
  );
  assert.deepEqual(ok.document?.items[0]?.exclusion?.grounds, ['a', 'j']);
});

test('exclusion columns: markup in the grounds cell names no letter ("<b>" is not huruf b)', () => {
  const kepala =
    'No;Judul;Kategori;Dasar Hukum Pengecualian;Konsekuensi;Jangka Waktu Pengecualian;Nomor SK;Tanggal SK';
  const ok = imporCSV(
    csv(kepala, '1;A;DIK;Pasal 17 huruf c <img src=x><b>tebal</b>;x;5 tahun;SK 1;15/01/2026'),
    {
      agency,
    },
  );
  assert.deepEqual(ok.document?.items[0]?.exclusion?.grounds, ['c']);
  const r = imporCSV(csv(kepala, '1;B;DIK;<b><i>x</i></b>;x;5 tahun;SK 1;15/01/2026'), { agency });
  assert.deepEqual(kode(r.errors), ['csv.grounds-unreadable']);
});

test('a missing Kategori column is one error, not one per row', () => {
  const r = imporCSV(csv('No;Judul;Tautan', '1;A;https://a.example', '2;B;https://a.example'), { agency });
  assert.deepEqual(kode(r.errors), ['csv.column-missing']);
});

test('hostile input: empty, title only, header only, wrong separator, garbage, unclosed quote', () => {
  assert.deepEqual(kode(imporCSV('').errors), ['csv.empty']);
  assert.deepEqual(kode(imporCSV('\uFEFF  \r\n \r\n').errors), ['csv.empty']);
  assert.deepEqual(kode(imporCSV('DAFTAR INFORMASI PUBLIK TAHUN 2026\r\n').errors), ['csv.header-not-found']);
  const header = imporCSV('No;Judul;Kategori\r\n', { agency });
  assert.equal(header.ok, true);
  assert.deepEqual(header.document?.items, []);
  assert.ok(kode(header.warnings).includes('items.empty'));
  assert.deepEqual(kode(imporCSV('No|Judul|Kategori\n1|A|Berkala').errors), ['csv.header-not-found']);
  let acak = '';
  let s = 7;
  for (let i = 0; i < 5000; i++) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    acak += String.fromCharCode(s % 0xffff);
  }
  const g = imporCSV(acak);
  assert.equal(g.ok, false);
  assert.ok(g.errors.length > 0);
  const q = imporCSV('No;Judul;Kategori\n1;"Profil;Berkala\n2;B;Berkala\n', { agency });
  assert.ok(kode(q.errors).includes('csv.quote'), JSON.stringify(q.errors));
  assert.equal(imporCSV(null as unknown as string).errors[0]?.code, 'csv.empty');
});

test('10,000 rows import quickly', () => {
  const baris = ['No;Judul;Ringkasan Isi Informasi;Kategori;Tautan;Diperbarui'];
  for (let i = 1; i <= 10_000; i++)
    baris.push(`${i};Informasi ${i};Ringkasan ${i};Berkala;https://a.example/${i};${(i % 28) + 1}/03/2026`);
  const mulai = performance.now();
  const r = imporCSV(baris.join('\r\n'), { agency });
  const lama = performance.now() - mulai;
  assert.equal(r.ok, true);
  assert.equal(r.document?.items.length, 10_000);
  assert.ok(lama < 3000, `${lama} ms`);
});

test('a second column with the same meaning is a warning; a link cell with no address is an error', () => {
  const r = imporCSV(
    csv('No;Judul;Judul Informasi;Kategori;Tautan', '1;A;B;Berkala;lihat di papan pengumuman'),
    {
      agency,
    },
  );
  const dup = r.warnings.find((w) => w.code === 'csv.duplicate-column');
  assert.deepEqual([dup?.row, dup?.column], [1, 'Judul Informasi']);
  assert.deepEqual(
    r.errors.map((e) => [e.row, e.code, e.column, e.path]),
    [[2, 'link.scheme', 'Tautan', 'items[0].links']],
  );
});

test('an impossible date inside "Waktu dan Tempat" is a warning on that cell: the entry stays, without the date, its place kept', () => {
  const r = imporCSV(
    csv(
      'No;Judul;Kategori;Waktu dan Tempat Pembuatan Informasi',
      '1;Profil;Berkala;31/02/2026',
      '2;Renstra;Berkala;Sukamaju, 31 Februari 2026',
      '3;LKjIP;Berkala;Sukamaju, 5 Maret 2026',
      '4;SOP;Berkala;Ruang Rapat Lt. 2',
      '5;RKA;Berkala;31 Februari, 2026',
    ),
    { agency },
  );
  assert.equal(r.ok, true, JSON.stringify(r.errors));
  assert.deepEqual(
    r.document?.items.map((i) => [i.title, i.made]),
    [
      ['Profil', undefined],
      ['Renstra', { place: 'Sukamaju' }],
      ['LKjIP', { date: '2026-03-05', place: 'Sukamaju' }],
      ['SOP', { text: 'Ruang Rapat Lt. 2' }],
      ['RKA', undefined],
    ],
  );
  const w = r.warnings.filter((m) => m.code === 'csv.date-unreadable');
  assert.deepEqual(
    w.map((m) => [m.severity, m.row, m.column, m.path]),
    [
      ['warning', 2, 'Waktu dan Tempat Pembuatan Informasi', 'items[0].made'],
      ['warning', 3, 'Waktu dan Tempat Pembuatan Informasi', 'items[1].made'],
      ['warning', 6, 'Waktu dan Tempat Pembuatan Informasi', 'items[4].made'],
    ],
  );
  assert.match(
    w[0]!.message.id,
    /^Baris 2, .*"31\/02\/2026" tidak ada di kalender, jadi informasi ini tampil tanpa tanggal pembuatan\. Tulis misalnya 05\/03\/2026 \(hari\/bulan\/tahun\)\.$/,
  );
  assert.match(
    w[1]!.message.id,
    /"Sukamaju, 31 Februari 2026" .*\(tempatnya, "Sukamaju", tetap dicantumkan\)/,
  );
  assert.match(
    w[1]!.message.en,
    /^Row 3, .*"Sukamaju, 31 Februari 2026" does not exist in the calendar, so this entry shows without it \(its place, "Sukamaju", is kept\)\. Write e\.g\. 05\/03\/2026 \(day\/month\/year\)\.$/,
  );

  // The admin's row: a mandatory item with its link and update date is shown to the public, not hidden
  // over a typo in the optional "when and where" (as the same typo in the update column never hid it).
  const teks = csv(
    'Judul;Kategori;Waktu dan Tempat Pembuatan;Tautan;Tanggal Diperbarui',
    'Profil Desa;Berkala;29/02/2026, Kantor Desa;https://desa.id/profil;05/03/2026',
  );
  const publik = csvItemSah(teks, (t, o) => imporCSV(t, { ...o, agency }));
  assert.equal(publik.omitted, 0);
  assert.deepEqual(publik.errors, []);
  assert.deepEqual(
    publik.document?.items.map((i) => [i.title, i.made, i.updated, i.links?.[0]?.url]),
    [['Profil Desa', { place: 'Kantor Desa' }, '2026-03-05', 'https://desa.id/profil']],
  );
  assert.deepEqual(
    publik.warnings.filter((m) => m.code.startsWith('csv.date')).map((m) => [m.code, m.row, m.column]),
    [['csv.date-unreadable', 2, 'Waktu dan Tempat Pembuatan']],
  );
  // Under the template's two-row header, Waktu | Tempat: the place kept the same way.
  const dua = imporCSV(
    csv('Judul;Kategori;Waktu dan Tempat Pembuatan;', ';;Waktu;Tempat', 'A;Berkala;30/02/2026;Sukamaju'),
    { agency },
  );
  assert.equal(dua.ok, true, JSON.stringify(dua.errors));
  assert.deepEqual(dua.document?.items[0]?.made, { place: 'Sukamaju' });
  const ok = imporCSV(
    csv(
      'No;Judul;Kategori;Waktu dan Tempat',
      '3;LKjIP;Berkala;Sukamaju, 5 Maret 2026',
      '4;SOP;Berkala;Ruang Rapat',
    ),
    { agency },
  );
  assert.deepEqual(
    ok.document?.items.map((i) => i.made),
    [{ date: '2026-03-05', place: 'Sukamaju' }, { text: 'Ruang Rapat' }],
  );
});

test('a link cell with words before the address keeps the address without a false error', () => {
  const r = imporCSV(
    csv('No;Judul;Kategori;Tautan', '1;Profil;Berkala;Dokumen: https://ppid.example.go.id/profil.pdf'),
    {
      agency,
    },
  );
  assert.equal(r.ok, true, JSON.stringify(r.errors));
  assert.deepEqual(
    r.document?.items[0]?.links?.map((l) => l.url),
    ['https://ppid.example.go.id/profil.pdf'],
  );
});

test('an empty Judul beside a filled Ringkasan is kept as the title, with a warning for the admin', () => {
  const r = imporCSV(csv('No;Judul;Ringkasan Isi Informasi;Kategori', '1;;Profil singkat dinas;Berkala'), {
    agency,
  });
  assert.equal(r.ok, true);
  assert.equal(r.document?.items[0]?.title, 'Profil singkat dinas');
  const w = r.warnings.find((m) => m.code === 'csv.title-from-summary');
  assert.deepEqual([w?.row, w?.column, w?.path], [2, 'Judul', 'items[0].title']);
});

test('links the allow-list refuses stay errors of the strict import, with no document', () => {
  const r = imporCSV(
    csv(
      'No;Judul;Kategori;Tautan',
      '1;A;Berkala;/wp-content/uploads/a.pdf',
      '2;B;Berkala;javascript:alert(1)',
      '3;C;Berkala;data:text/html,x',
      '4;D;Berkala;www.a.example/\u0007',
      '5;E;Berkala;WWW.A.EXAMPLE/e.pdf',
    ),
    { agency },
  );
  assert.equal(r.ok, false);
  assert.equal(r.document, undefined);
  assert.deepEqual(
    r.errors.map((e) => [e.row, e.code, e.path]),
    [
      [2, 'link.scheme', 'items[0].links[0].url'],
      [3, 'link.scheme', 'items[1].links[0].url'],
      [4, 'link.scheme', 'items[2].links[0].url'],
      [5, 'link.scheme', 'items[3].links[0].url'],
    ],
  );
  // Only an address that is right once https:// is put in front is completed, whatever its case.
  assert.deepEqual(
    r.warnings.filter((w) => w.code === 'csv.link-https-added').map((w) => w.row),
    [6],
  );
});

test('a host name and path without a scheme (desa.id/…, drive.google.com/…) is read as https://, with a warning', () => {
  const r = imporCSV(
    csv(
      'Daftar Informasi Publik;;;',
      'No;Judul;Kategori;Tautan Dokumen',
      '1;Perdes APB;Berkala;desa.id/perdes.pdf',
      '2;DIP;Berkala;sukamaju.go.id/ppid/dip.pdf',
      '3;Renstra;Berkala;drive.google.com/file/d/1x/view',
      '4;Profil;Berkala;PPID.Sukamaju.Desa.ID:8443/profil',
      '5;Dua;Berkala;https://sukamaju.go.id/a.pdf ppid.sukamaju.sch.id/b.pdf',
      '6;Lain;Berkala;"kominfo.co.id/x; unpad.ac.id/y; lsm.or.id/z; a.com/1 | a.org/2 | a.net/3"',
    ),
    { agency },
  );
  assert.equal(r.ok, true, JSON.stringify(r.errors, null, 1));
  assert.deepEqual(
    r.document!.items.map((i) => i.links?.map((l) => l.url)),
    [
      ['https://desa.id/perdes.pdf'],
      ['https://sukamaju.go.id/ppid/dip.pdf'],
      ['https://drive.google.com/file/d/1x/view'],
      ['https://PPID.Sukamaju.Desa.ID:8443/profil'],
      // A host name after a link and a space starts a link of its own, not a file name with a space.
      ['https://sukamaju.go.id/a.pdf', 'https://ppid.sukamaju.sch.id/b.pdf'],
      [
        'https://kominfo.co.id/x',
        'https://unpad.ac.id/y',
        'https://lsm.or.id/z',
        'https://a.com/1',
        'https://a.org/2',
        'https://a.net/3',
      ],
    ],
  );
  const w = r.warnings.filter((x) => x.code === 'csv.link-https-added');
  // Rows as the spreadsheet numbers them: the title row above the header counts.
  assert.deepEqual(
    w.map((x) => [x.row, x.column, x.path]),
    [
      [3, 'Tautan Dokumen', 'items[0].links[0].url'],
      [4, 'Tautan Dokumen', 'items[1].links[0].url'],
      [5, 'Tautan Dokumen', 'items[2].links[0].url'],
      [6, 'Tautan Dokumen', 'items[3].links[0].url'],
      [7, 'Tautan Dokumen', 'items[4].links[1].url'],
      ...[0, 1, 2, 3, 4, 5].map((k) => [8, 'Tautan Dokumen', `items[5].links[${k}].url`]),
    ],
  );
  assert.equal(
    w[0]!.message.id,
    'Baris 3, Item ke-1, tautan ke-1 — Tautan "desa.id/perdes.pdf" ditulis tanpa https://; dibaca sebagai "https://desa.id/perdes.pdf". Periksa alamatnya dan tulis lengkap.',
  );
  assert.equal(
    w[0]!.message.en,
    'Row 3, Item 1, link 1 — Link "desa.id/perdes.pdf" has no https://; read as "https://desa.id/perdes.pdf". Check the address and write it in full.',
  );
  assert.deepEqual(
    r.warnings.filter((x) => x.code === 'csv.link-space'),
    [],
  );
});

test('no link is made of a regulation number, a file name or a host without a path; the allow-list still decides', () => {
  const r = imporCSV(
    csv(
      'No;Judul;Kategori;Tautan',
      '1;A;Berkala;Perbup No. 5.2026',
      '2;B;Berkala;SK.01/2026',
      '3;C;Berkala;laporan.pdf',
      '4;D;Berkala;sukamaju.desa.id',
      '5;E;Berkala;laporan.pdf/2026',
      '6;F;Berkala;desa.id/a\u0007b',
      '7;G;Berkala;-sukamaju.go.id/x',
    ),
    { agency },
  );
  assert.equal(r.ok, false);
  assert.deepEqual(
    r.errors.map((e) => [e.row, e.code, e.column]),
    [2, 3, 4, 5, 6, 7, 8].map((row) => [row, 'link.scheme', 'Tautan']),
  );
  assert.deepEqual(
    r.warnings.filter((w) => w.code === 'csv.link-https-added'),
    [],
  );
  // The public reading shows those entries with the cell as written: no address is made up for them.
  const publik = csvItemSah(
    csv('No;Judul;Kategori;Tautan', '1;A;Berkala;SK.01/2026', '2;B;Berkala;desa.id/b.pdf'),
    (t, o) => imporCSV(t, { ...o, agency }),
  );
  assert.deepEqual(
    publik.document?.items.map((i) => i.links?.[0]?.url),
    ['SK.01/2026', 'https://desa.id/b.pdf'],
  );
});

test('a catalog id of another category in Kode Item Wajib is a warning on that cell, and the row is kept', () => {
  const r = imporCSV(
    csv(
      'No;Judul;Kategori;Kode Item Wajib;Tanggal Pembaruan;Tautan',
      '1;Pengumuman Pengadaan Darurat;Serta Merta;berkala.pengadaan;2026-03-05;',
      '2;Profil Dinas;Berkala;berkala.profil;2026-03-05;https://a.example/profil.pdf',
    ),
    { agency },
  );
  assert.equal(r.ok, true, JSON.stringify(r.errors));
  assert.equal(r.document?.items.length, 2);
  assert.deepEqual(
    r.warnings.map((w) => [w.row, w.column, w.code, w.path]),
    [[2, 'Kode Item Wajib', 'fulfils.other-category', 'items[0].fulfils[0]']],
  );
  assert.match(
    r.warnings[0]?.message.id ?? '',
    /^Baris 2, .*"berkala\.pengadaan" adalah item wajib kategori "berkala", sedangkan item informasi ini berkategori "serta-merta"/,
  );
});

test('a quoted value is cut before what shows nothing is named, so no name is cut in half', () => {
  const k = kutip(`${'x'.repeat(76)}\u202Eyyyyyyyyyy`);
  assert.equal(k, `"${'x'.repeat(76)}⟨U+202E⟩…"`);
});

test('a quoted value is never cut between the two halves of an emoji', () => {
  assert.equal(kutip(`${'x'.repeat(76)}😀${'y'.repeat(10)}`), `"${'x'.repeat(76)}…"`);
  assert.equal(kutip(`${'x'.repeat(75)}😀${'y'.repeat(10)}`), `"${'x'.repeat(75)}😀…"`);
});

test('a quoted value shows every control character as a space, C1 (U+0080–U+009F) as C0', () => {
  assert.equal(
    kutip('a\u0000b\u001Fc\u007Fd\u0085e\u009Bf\u0080g\u009Fh\u00A0i'),
    '"a b c d e f g h\u00A0i"',
  );
});

test('dates written month first (a sheet in an English (US) locale) are read so, and said, per column', () => {
  const r = imporCSV(
    csv(
      'No;Judul;Kategori;Waktu dan Tempat Pembuatan;Tanggal Pembaruan',
      '1;Profil;Berkala;11/5/2026, Sukamaju;11/5/2026',
      '2;LKjIP;Berkala;2026;11/30/2026',
      '4;Renja;Berkala;;12/15/2026',
      '3;Renstra;Berkala;;2026-03-05',
    ),
    { agency },
  );
  assert.equal(r.ok, true, JSON.stringify(r.errors));
  const items = r.document!.items;
  assert.deepEqual(
    items.map((i) => i.updated),
    ['2026-11-05', '2026-11-30', '2026-12-15', '2026-03-05'],
  );
  // No cell of the made column says which order it is in: it stays day first.
  assert.deepEqual(items[0]!.made, { date: '2026-05-11', place: 'Sukamaju' });
  const w = r.warnings.filter((m) => m.code === 'csv.date-month-first');
  assert.equal(w.length, 1);
  assert.equal(w[0]!.column, 'Tanggal Pembaruan');
  assert.match(w[0]!.message.id, /bulan dulu .*11\/30\/2026.*lokal Google Sheets ke Indonesia/);
  assert.match(w[0]!.message.en, /month first/);

  // The made column decides for itself: 11/30/2026 and 12/15/2026 there make it month first too.
  const dibuat = imporCSV(
    csv(
      'Judul;Kategori;Waktu dan Tempat Pembuatan',
      'Profil;Berkala;11/5/2026, Sukamaju',
      'LKj;Berkala;Sukamaju, 11/30/2026',
      'Renja;Berkala;12/15/2026',
    ),
    { agency },
  );
  assert.deepEqual(
    dibuat.document!.items.map((i) => i.made?.date),
    ['2026-11-05', '2026-11-30', '2026-12-15'],
  );
  assert.deepEqual(
    dibuat.warnings.filter((m) => m.code === 'csv.date-month-first').map((m) => m.column),
    ['Waktu dan Tempat Pembuatan'],
  );
});

test('dates in numbers stay day first when the column says so, or says nothing', () => {
  const baca = (...tanggal: string[]) =>
    imporCSV(
      csv('Judul;Kategori;Tanggal Pembaruan', ...tanggal.map((t, i) => `Informasi ${i};Berkala;${t}`)),
      {
        agency,
      },
    );
  // Day first shown by 30/11: 11/5 is 11 May.
  const hari = baca('30/11/2026', '11/5/2026');
  assert.deepEqual(
    hari.document!.items.map((i) => i.updated),
    ['2026-11-30', '2026-05-11'],
  );
  assert.deepEqual(
    kode(hari.warnings).filter((c) => c === 'csv.date-month-first'),
    [],
  );
  // Nothing tells: the Indonesian order.
  assert.equal(baca('11/5/2026').document!.items[0]!.updated, '2026-05-11');
  // Both orders in one column: day first, and the cell only month first can be is read so, and said.
  const campur = baca('30/11/2026', '11/30/2026');
  assert.equal(campur.ok, true);
  assert.deepEqual(
    campur.document!.items.map((i) => i.updated),
    ['2026-11-30', '2026-11-30'],
  );
  assert.deepEqual(
    campur.warnings.filter((w) => w.code === 'csv.date-order-mixed').map((w) => w.row),
    [3],
  );
});

test('a time of making in words keeps its words and gives its one year to the year filter', () => {
  const r = imporCSV(
    csv(
      'Judul;Kategori;Waktu dan Tempat Pembuatan',
      'LKPJ;Berkala;Semester II 2025',
      'APBD;Berkala;Tahun Anggaran 2026, Sukamaju',
      'Renstra;Berkala;2024–2029',
      'Profil;Berkala;Setiap tahun',
      'Arsip;Berkala;Desember 2025',
    ),
    { agency },
  );
  assert.equal(r.ok, true, JSON.stringify(r.errors));
  assert.deepEqual(
    r.document!.items.map((i) => i.made),
    [
      { year: 2025, text: 'Semester II 2025' },
      { year: 2026, text: 'Tahun Anggaran 2026, Sukamaju' },
      { text: '2024–2029' },
      { text: 'Setiap tahun' },
      { year: 2025, text: 'Desember 2025' },
    ],
  );
});

test('the classic template: categories as section rows, title rows above, the row of column numbers', () => {
  const r = imporCSV(
    csv(
      'DAFTAR INFORMASI PUBLIK;;;;',
      'DINAS KOMUNIKASI DAN INFORMATIKA;;;;',
      ';;;;',
      'No;Ringkasan Isi Informasi;Pejabat/Unit yang Menguasai Informasi;Waktu dan Tempat Pembuatan;Bentuk Informasi',
      '1;2;3;4;5',
      'A;INFORMASI YANG WAJIB DISEDIAKAN DAN DIUMUMKAN SECARA BERKALA;;;',
      '1;Profil Dinas;Sekretariat;2026, Sukamaju;Softcopy',
      '2;Laporan Berkala Kinerja;Subbag Program;2026;Softcopy',
      ';B. INFORMASI YANG WAJIB DIUMUMKAN SECARA SERTA MERTA;;;',
      '1;Peringatan dini bencana;Bidang Informasi;2026;Softcopy',
      'III;Informasi yang Wajib Tersedia Setiap Saat;;;',
      '1;Daftar Informasi Publik;PPID;2026;Softcopy',
    ),
    { agency },
  );
  assert.equal(r.ok, true, JSON.stringify(r.errors));
  assert.deepEqual(
    r.document!.items.map((i) => [i.id, i.title, i.category]),
    [
      ['dip-1', 'Profil Dinas', 'berkala'],
      // An entry whose title says "berkala" is an entry, not a heading.
      ['dip-2', 'Laporan Berkala Kinerja', 'berkala'],
      ['dip-1-2', 'Peringatan dini bencana', 'serta-merta'],
      ['dip-1-3', 'Daftar Informasi Publik', 'setiap-saat'],
    ],
  );
  // Neither the column numbers nor the headings are entries or problems.
  assert.deepEqual(kode(r.errors), []);
  assert.deepEqual(
    r.warnings.filter((w) => w.code === 'csv.row-skipped' || w.code === 'csv.format-unknown'),
    [],
  );
});

test('section rows: an entry above the first is named; a Kategori cell wins over its section', () => {
  const atas = imporCSV(csv('No;Judul', '1;Profil', 'A;Informasi Berkala', '1;LKjIP'), { agency });
  assert.equal(atas.ok, false);
  assert.deepEqual(
    atas.errors.map((m) => [m.code, m.row]),
    [['csv.category-missing', 2]],
  );
  assert.match(atas.errors[0]!.message.id, /di atas baris judul kategori pertama/);

  const campur = imporCSV(
    csv(
      'No;Judul;Kategori',
      ';INFORMASI YANG WAJIB DIUMUMKAN SECARA BERKALA;',
      '1;Profil;',
      '2;Agenda;Setiap Saat',
    ),
    { agency },
  );
  assert.equal(campur.ok, true, JSON.stringify(campur.errors));
  assert.deepEqual(
    campur.document!.items.map((i) => i.category),
    ['berkala', 'setiap-saat'],
  );

  // No column and no heading: one problem for the file, naming both ways to give a category.
  const tanpa = imporCSV(csv('No;Judul', '1;Profil', '2;Agenda'), { agency });
  assert.deepEqual(kode(tanpa.errors), ['csv.column-missing']);
  assert.match(tanpa.errors[0]!.message.en, /no category heading row/);
});

test('section headings merged across the row (in the No column) or written without their letter', () => {
  const kolomA = imporCSV(
    csv(
      'No;Ringkasan Isi Informasi;Unit',
      '"A. Informasi yang Wajib Disediakan dan Diumumkan Secara Berkala";;',
      '1;Profil;Sekretariat',
      '"B. Informasi yang Wajib Diumumkan Secara Serta Merta";;',
      '1;Peringatan dini;Bidang',
    ),
    { agency },
  );
  assert.equal(kolomA.ok, true, JSON.stringify(kolomA.errors));
  assert.deepEqual(
    kolomA.document!.items.map((i) => [i.title, i.category]),
    [
      ['Profil', 'berkala'],
      ['Peringatan dini', 'serta-merta'],
    ],
  );
  const tanpaHuruf = (...lagi: string[]) =>
    imporCSV(
      csv(
        'No;Ringkasan Isi Informasi;Unit',
        ';INFORMASI YANG WAJIB DISEDIAKAN DAN DIUMUMKAN SECARA BERKALA (PASAL 9);',
        '1;Profil;Sekretariat',
        ';INFORMASI YANG WAJIB DISEDIAKAN DAN DIUMUMKAN SECARA SERTA MERTA;',
        '1;Peringatan dini;Bidang',
        ...lagi,
      ),
      { agency },
    );
  assert.deepEqual(
    tanpaHuruf().document!.items.map((i) => [i.title, i.category]),
    [
      ['Profil', 'berkala'],
      ['Peringatan dini', 'serta-merta'],
    ],
  );
  // An excluded entry is excluded — refused here for its missing record (Pasal 17 …) — never berkala.
  const dik = tanpaHuruf('INFORMASI YANG DIKECUALIKAN;;', '1;Data pribadi pegawai;Kepegawaian');
  assert.equal(dik.ok, false);
  assert.ok(dik.errors.length > 0);
  assert.ok(
    dik.errors.every((m) => m.path.startsWith('items[2].exclusion')),
    JSON.stringify(dik.errors.map((m) => m.path)),
  );
});

test('cells merged down a block (category, unit, official) fill the empty cells below, said per column', () => {
  const teks = csv(
    'No;Judul;Kategori;Unit;Penanggung Jawab',
    '1;Profil;Berkala;Sekretariat;Sekretaris',
    '2;Struktur organisasi;;;',
    '3;LKjIP;;Bidang Program;',
    '4;Agenda;Setiap Saat;;Kabid',
    'Sukamaju, 5 Januari 2026;;;;',
  );
  const r = imporCSV(teks, { agency });
  assert.equal(r.ok, true, JSON.stringify(r.errors));
  assert.deepEqual(
    r.document!.items.map((i) => [i.title, i.category, i.unit, i.responsible]),
    [
      ['Profil', 'berkala', 'Sekretariat', 'Sekretaris'],
      ['Struktur organisasi', 'berkala', 'Sekretariat', 'Sekretaris'],
      ['LKjIP', 'berkala', 'Bidang Program', 'Sekretaris'],
      ['Agenda', 'setiap-saat', 'Bidang Program', 'Kabid'],
    ],
  );
  const w = r.warnings.filter((m) => m.code === 'csv.filled-from-above');
  assert.deepEqual(
    w.map((m) => [m.column, m.message.id.split(' (')[0]]),
    [
      ['Kategori', '2 sel kosong di kolom "Kategori"'],
      ['Unit', '2 sel kosong di kolom "Unit"'],
      ['Penanggung Jawab', '2 sel kosong di kolom "Penanggung Jawab"'],
    ],
  );
  assert.match(w[0]!.message.id, /\(baris 3, 4\)/);

  // The public reading fills the same cells when it leaves a faulty entry out (B: no title).
  const publik = csvItemSah(
    csv('Judul;Kategori;Unit;Waktu Pembuatan', 'A;Berkala;Sekretariat;', ';Berkala;Bidang;2026', 'C;;;'),
    (t, o) => imporCSV(t, { ...o, agency }),
  );
  assert.equal(publik.omitted, 1);
  assert.deepEqual(
    publik.document!.items.map((i) => [i.title, i.category, i.unit]),
    [
      ['A', 'berkala', 'Sekretariat'],
      ['C', 'berkala', 'Bidang'],
    ],
  );

  // Nothing above: the empty category is still a problem; a section heading starts a new block.
  assert.deepEqual(kode(imporCSV(csv('Judul;Kategori', 'A;', 'B;Berkala'), { agency }).errors), [
    'csv.category-missing',
  ]);
  const blok = imporCSV(
    csv(
      'No;Judul;Unit',
      'A;Informasi Berkala;',
      '1;Profil;Sekretariat',
      'B;Informasi Serta Merta;',
      '1;Bencana;',
    ),
    { agency },
  );
  assert.equal(blok.document!.items[1]!.unit, undefined);
});

test("the template's two-row header: Waktu | Tempat and Softcopy | Hardcopy marked with ✓", () => {
  const r = imporCSV(
    csv(
      'No;Ringkasan Isi Informasi;Waktu dan Tempat Pembuatan Informasi;;Bentuk Informasi yang Tersedia;;Kategori',
      ';;Waktu;Tempat;Softcopy;Hardcopy;',
      '1;Profil;2026;Sukamaju;✓;✓;Berkala',
      '2;LKjIP;5 Maret 2026;Kantor Dinas;√;;Berkala',
      '3;Renstra;;Sukamaju;;X;Berkala',
      '4;Agenda;2025;;Tidak;Ada;Setiap Saat',
    ),
    { agency },
  );
  assert.equal(r.ok, true, JSON.stringify(r.errors));
  assert.deepEqual(
    r.document!.items.map((i) => [i.title, i.made, i.formats]),
    [
      ['Profil', { year: 2026, place: 'Sukamaju' }, ['cetak', 'digital']],
      ['LKjIP', { date: '2026-03-05', place: 'Kantor Dinas' }, ['digital']],
      ['Renstra', { place: 'Sukamaju' }, ['cetak']],
      ['Agenda', { year: 2025 }, ['cetak']],
    ],
  );
  // The parts in other words a Bentuk cell may hold: Cetak | PDF.
  const lain = imporCSV(csv('Judul;Kategori;Bentuk Informasi;', ';;Cetak;PDF', 'Profil;Berkala;;v'), {
    agency,
  });
  assert.deepEqual(lain.document!.items[0]!.formats, ['digital']);
  // The row of parts is no entry, and a mark is no unknown format.
  assert.deepEqual(
    r.warnings.filter((w) => ['csv.row-skipped', 'csv.format-unknown'].includes(w.code)),
    [],
  );
});

test("a Kategori cell in longer words is read; a link cell with only a hyperlink's text says why", () => {
  const r = imporCSV(
    csv(
      'Judul;Kategori;Tautan',
      'Profil;Berkala (Pasal 9);https://a.example/p',
      'Bencana;Informasi yang Wajib Disediakan dan Diumumkan Secara Serta Merta;https://a.example/b',
      'Agenda;Berkala / Setiap Saat;https://a.example/a',
      'LKjIP;Berkala;Klik di sini',
    ),
    { agency },
  );
  assert.deepEqual(
    r.errors.map((m) => [m.code, m.row]),
    [
      ['csv.category-unknown', 4],
      ['link.scheme', 5],
    ],
  );
  assert.match(r.errors[1]!.message.id, /CSV hanya menyimpan teksnya, bukan alamatnya/);
  const publik = csvItemSah(
    csv('Judul;Kategori', 'Profil;Berkala (Pasal 9)', 'Bencana;Informasi Serta Merta'),
    (t, o) => imporCSV(t, { ...o, agency }),
  );
  assert.deepEqual(
    publik.document!.items.map((i) => i.category),
    ['berkala', 'serta-merta'],
  );
});

test("an update written as a month without its day reads as that month's first day, said", () => {
  const r = imporCSV(
    csv(
      'Judul;Kategori;Tanggal Pembaruan',
      'A;Berkala;Januari 2026',
      'B;Berkala;Nov 2026',
      'C;Berkala;Setiap Tahun',
    ),
    { agency },
  );
  // A cadence in words is no date: the entry stays, without one (csv.date-unreadable).
  assert.deepEqual(
    r.document?.items.map((i) => i.updated),
    ['2026-01-01', '2026-11-01', undefined],
  );
  assert.deepEqual(
    r.warnings.filter((m) => m.code === 'csv.date-unreadable').map((m) => m.row),
    [4],
  );
  const w = r.warnings.filter((m) => m.code === 'csv.date-month-only');
  assert.deepEqual(
    w.map((m) => [m.row, m.column, m.path]),
    [
      [2, 'Tanggal Pembaruan', 'items[0].updated'],
      [3, 'Tanggal Pembaruan', 'items[1].updated'],
    ],
  );
  assert.match(
    w[0]!.message.id,
    /"Januari 2026" tanpa hari dibaca sebagai hari pertama bulan itu \(2026-01-01\)/,
  );
  const ok = imporCSV(
    csv('Judul;Kategori;Tanggal Pembaruan', 'A;Berkala;Januari 2026', 'B;Berkala;Nov 2026'),
    {
      agency,
    },
  );
  assert.deepEqual(
    ok.document!.items.map((i) => i.updated),
    ['2026-01-01', '2026-11-01'],
  );
});

test('a table per category, each with its heading and header; notes and signatures under the table', () => {
  const r = imporCSV(
    csv(
      'A. INFORMASI YANG WAJIB DISEDIAKAN DAN DIUMUMKAN SECARA BERKALA;;',
      'No;Ringkasan Isi Informasi;Unit',
      '1;Profil;Sekretariat',
      ';;',
      'B. INFORMASI YANG WAJIB DIUMUMKAN SECARA SERTA MERTA;;',
      'No;Ringkasan Isi Informasi;Unit',
      '1;Peringatan dini;Bidang',
      ';Catatan: dokumen tercetak dapat dilihat di kantor.;',
      ';Kepala Dinas;',
    ),
    { agency },
  );
  assert.equal(r.ok, true, JSON.stringify(r.errors));
  assert.deepEqual(
    r.document!.items.map((i) => [i.title, i.category]),
    [
      ['Profil', 'berkala'],
      ['Peringatan dini', 'serta-merta'],
    ],
  );
  // The second header is structure; the note and the signature are said, not published.
  const lewat = r.warnings.filter((w) => w.code === 'csv.row-skipped');
  assert.deepEqual(
    lewat.map((w) => w.row),
    [8, 9],
  );
  assert.match(lewat[0]!.message.id, /"Catatan: dokumen tercetak dapat dilihat di kantor\." dilewati/);
});

test('English column names are read; a bare Tahun column stays unknown (it may sit beside Waktu dan Tempat)', () => {
  const kasus: [string, string | undefined][] = [
    ['Title', 'judul'],
    ['Summary', 'ringkasan'],
    ['Category', 'kategori'],
    ['Unit', 'unit'],
    ['Responsible', 'penanggungJawab'],
    ['Retention', 'retensi'],
    ['Format', 'bentuk'],
    ['Link', 'tautan'],
    ['Last updated', 'diperbarui'],
    ['Date and place', 'waktuTempat'],
    ['Tahun', undefined],
  ];
  for (const [h, k] of kasus) assert.equal(kenaliKolom(h), k, h);
  const r = imporCSV(
    csv(
      'No;Tahun;Title;Category;Waktu dan Tempat Pembuatan;Last updated',
      '1;2026;Profile;Berkala;5 Maret 2026, Kantor Dinas;2026-03-05',
    ),
    { agency },
  );
  assert.equal(r.ok, true, JSON.stringify(r.errors));
  assert.deepEqual(
    [r.document!.items[0]!.title, r.document!.items[0]!.made, r.document!.items[0]!.updated],
    ['Profile', { date: '2026-03-05', place: 'Kantor Dinas' }, '2026-03-05'],
  );
});

test('a DIK table with its own columns, under the DIP or alone', () => {
  const dik = [
    'No;Informasi yang Dikecualikan;Dasar Hukum (Pasal 17);Konsekuensi;Jangka Waktu Pengecualian;Nomor SK;Tanggal SK',
    '1;Data pribadi pegawai;Pasal 17 huruf h;Melanggar privasi;Selama pegawai aktif;188/5/PPID/2025;2025-02-10',
  ];
  const bawah = imporCSV(
    csv('No;Ringkasan Isi Informasi;Kategori;Unit', '1;Profil;Berkala;Sekretariat', ';;;', ...dik),
    { agency },
  );
  assert.equal(bawah.ok, true, JSON.stringify(bawah.errors));
  const [profil, data] = bawah.document!.items;
  assert.deepEqual([profil!.title, profil!.category, profil!.unit], ['Profil', 'berkala', 'Sekretariat']);
  assert.deepEqual(
    [data!.title, data!.category, data!.unit, data!.exclusion],
    [
      'Data pribadi pegawai',
      'dikecualikan',
      undefined,
      {
        grounds: ['h'],
        consequence: 'Melanggar privasi',
        period: 'Selama pegawai aktif',
        decisionNumber: '188/5/PPID/2025',
        decisionDate: '2025-02-10',
      },
    ],
  );
  const sendiri = imporCSV(csv(...dik), { agency });
  assert.equal(sendiri.ok, true, JSON.stringify(sendiri.errors));
  assert.equal(sendiri.document!.items[0]!.category, 'dikecualikan');
});

test('group labels between the entries (I | Informasi tentang Profil) are no entries', () => {
  const r = imporCSV(
    csv(
      'No;Ringkasan Isi Informasi;Unit;Penanggung Jawab;Bentuk Informasi',
      'A;INFORMASI YANG WAJIB DISEDIAKAN DAN DIUMUMKAN SECARA BERKALA;;;',
      'I;Informasi tentang Profil Badan Publik;;;',
      '1;Struktur organisasi;Sekretariat;Sekretaris;Softcopy',
      'II;Ringkasan Laporan Keuangan;;;',
      '1;LRA 2025;Keuangan;Kasubbag;Softcopy',
    ),
    { agency },
  );
  assert.equal(r.ok, true, JSON.stringify(r.errors));
  assert.deepEqual(
    r.document!.items.map((i) => i.title),
    ['Struktur organisasi', 'LRA 2025'],
  );
  assert.deepEqual(
    r.warnings.filter((w) => w.code === 'csv.row-skipped').map((w) => w.row),
    [3, 5],
  );
  // A sparse register (title and one more column) keeps such lines as entries.
  const jarang = imporCSV(csv('No;Judul;Kategori', 'a;Profil;Berkala', 'b;Struktur;'), { agency });
  assert.deepEqual(
    jarang.document!.items.map((i) => i.title),
    ['Profil', 'Struktur'],
  );
});

test('registers the day-diff review built: each reads as it did, or better', () => {
  // A DIK table below a register whose Unit is merged down: no crash, each table's problems at its columns.
  const dikBawah = imporCSV(
    csv(
      'No;Ringkasan Isi Informasi;Kategori;Unit;Tautan',
      '1;Profil;Berkala;Sekretariat;Klik di sini',
      '2;Struktur;Berkala;;https://a.example/s',
      ';;;;',
      'No;Informasi yang Dikecualikan;Pasal 17;Konsekuensi;Jangka Waktu Pengecualian;Nomor SK;Tanggal SK',
      '1;Data pribadi pegawai;huruf h;Melanggar privasi;Selama aktif;188/5/PPID/2025;2025-02-10',
    ),
    { agency },
  );
  assert.deepEqual(
    dikBawah.errors.map((m) => [m.code, m.row, m.column]),
    [['link.scheme', 2, 'Tautan']],
  );
  assert.deepEqual(
    dikBawah.warnings.filter((w) => w.code === 'csv.filled-from-above').map((w) => w.column),
    ['Unit'],
  );
  const publik = csvItemSah(
    csv(
      'No;Ringkasan Isi Informasi;Kategori;Unit',
      '1;Profil;Berkala;Sekretariat',
      '2;Struktur;Berkala;',
      ';;;',
      'No;Judul Informasi;Dasar Hukum Pengecualian (Pasal 17);Konsekuensi;Jangka Waktu Pengecualian;Nomor SK;Tanggal SK',
      '1;Data pribadi pegawai;huruf h;Melanggar privasi;Selama aktif;188/5/PPID/2025;2025-02-10',
    ),
    (t, o) => imporCSV(t, { ...o, agency }),
  );
  // A table of exclusion records is a DIK table, whatever its title column is called.
  assert.deepEqual(
    publik.document!.items.map((i) => [i.title, i.category, i.unit]),
    [
      ['Profil', 'berkala', 'Sekretariat'],
      ['Struktur', 'berkala', 'Sekretariat'],
      ['Data pribadi pegawai', 'dikecualikan', undefined],
    ],
  );

  // A recap table on top is not the register's header.
  const rekap = imporCSV(
    csv(
      'No;Kategori;Jumlah Judul Informasi',
      '1;Berkala;2',
      '2;Setiap Saat;1',
      ';;;;',
      'No;Ringkasan Isi Informasi;Kategori;Unit;Tautan',
      '1;Profil;Berkala;Sekretariat;https://a.example/p',
      '2;LKjIP;Berkala;Program;https://a.example/l',
      '3;Agenda;Setiap Saat;Umum;https://a.example/a',
    ),
    { agency },
  );
  assert.deepEqual(
    rekap.document?.items.map((i) => [i.id, i.title]),
    [
      ['dip-1', 'Profil'],
      ['dip-2', 'LKjIP'],
      ['dip-3', 'Agenda'],
    ],
  );

  // One cell month first (03/15) in a day-first column does not turn the column: the other dates stay
  // day first, and that one is read the only way it exists, and said.
  const ketik = imporCSV(
    csv('Judul;Kategori;Diperbarui', 'A;Berkala;01/03/2026', 'B;Berkala;10/02/2026', 'C;Berkala;03/15/2026'),
    { agency },
  );
  assert.deepEqual(ketik.errors, []);
  assert.deepEqual(
    ketik.document?.items.map((i) => i.updated),
    ['2026-03-01', '2026-02-10', '2026-03-15'],
  );
  assert.deepEqual(
    ketik.warnings.filter((w) => w.code.startsWith('csv.date')).map((m) => [m.code, m.row]),
    [['csv.date-order-mixed', 4]],
  );
  assert.equal(
    csvItemSah(
      csv(
        'Judul;Kategori;Diperbarui',
        'A;Berkala;01/03/2026',
        'B;Berkala;10/02/2026',
        'C;Berkala;03/15/2026',
      ),
      (t, o) => imporCSV(t, { ...o, agency }),
    ).document!.items[1]!.updated,
    '2026-02-10',
  );

  // Lettered sub-entries whose cells are merged stay entries.
  const huruf = imporCSV(
    csv(
      'No;Ringkasan Isi Informasi;Kategori;Unit;Bentuk Informasi',
      '1;Profil;Berkala;Sekretariat;Softcopy',
      'a;Struktur organisasi;;;',
      'b;Visi dan misi;;;',
    ),
    { agency },
  );
  assert.deepEqual(
    huruf.document!.items.map((i) => i.title),
    ['Profil', 'Struktur organisasi', 'Visi dan misi'],
  );

  // A category denied is no category.
  assert.deepEqual(
    kode(imporCSV(csv('Judul;Kategori', 'A;Tidak Dikecualikan', 'B;Bukan Berkala'), { agency }).errors),
    ['csv.category-unknown', 'csv.category-unknown'],
  );
});

test('a signature under the table in the No column is no "separator" problem; a row in another separator is', () => {
  const r = imporCSV(
    csv(
      'No;Judul;Kategori',
      '1;Profil;Berkala',
      'Sukamaju, 5 Januari 2026;;',
      'PPID Utama;;',
      '2,LKjIP,Berkala;;',
    ),
    { agency },
  );
  const lewat = r.warnings.filter((w) => w.code === 'csv.row-skipped');
  assert.deepEqual(
    lewat.map((w) => w.row),
    [5],
  );
  assert.match(lewat[0]!.message.id, /periksa pemisah kolomnya/);
});

test('"Jenis Informasi" beside a Kategori column is the title (or, with a Judul column, not known)', () => {
  const r = imporCSV(
    csv(
      'No;Jenis Informasi;Kategori;Unit',
      '1;Profil Dinas;Berkala;Sekretariat',
      '2;Agenda Kepala Dinas;Setiap Saat;Sekretariat',
    ),
    { agency },
  );
  assert.equal(r.ok, true, JSON.stringify(r.errors));
  assert.deepEqual(
    r.document?.items.map((i) => [i.title, i.category]),
    [
      ['Profil Dinas', 'berkala'],
      ['Agenda Kepala Dinas', 'setiap-saat'],
    ],
  );
  assert.deepEqual(
    kode(r.warnings).filter((c) => c.startsWith('csv.')),
    [],
  );

  const denganJudul = imporCSV(csv('No;Judul;Jenis Informasi;Kategori', '1;Profil Dinas;Profil;Berkala'), {
    agency,
  });
  assert.equal(denganJudul.document?.items[0]?.category, 'berkala');
  const w = denganJudul.warnings.find((x) => x.code === 'csv.unknown-column');
  assert.equal(w?.column, 'Jenis Informasi');
  assert.ok(!denganJudul.warnings.some((x) => x.code === 'csv.duplicate-column'));

  // Alone, "Jenis Informasi" is still the category column.
  const sendiri = imporCSV(csv('No;Judul;Jenis Informasi', '1;Profil Dinas;Berkala'), { agency });
  assert.equal(sendiri.document?.items[0]?.category, 'berkala');

  // The cells decide: "Jenis Informasi" holding the categories beside a topic column named "Kategori"
  // (or "Klasifikasi": Terbuka/Tertutup) stays the category.
  for (const [kolom, topik] of [
    ['Kategori', 'Keuangan'],
    ['Klasifikasi', 'Terbuka'],
  ])
    assert.deepEqual(
      imporCSV(csv(`No;Judul;Jenis Informasi;${kolom}`, `1;Laporan Keuangan;Berkala;${topik}`), {
        agency,
      }).document?.items.map((i) => [i.title, i.category]),
      [['Laporan Keuangan', 'berkala']],
      kolom,
    );
  // Kategori first, the name after it: the same reading.
  assert.deepEqual(
    imporCSV(csv('No;Kategori;Jenis Informasi;Unit', '1;Serta Merta;Peringatan Dini Bencana;BPBD'), {
      agency,
    }).document?.items.map((i) => [i.title, i.category]),
    [['Peringatan Dini Bencana', 'serta-merta']],
  );
  // A DIK table below, its header naming more columns (Jenis Informasi, Kategori, Pasal 17 …): the
  // register above it is still the register (its entries were dropped in silence).
  const dik = imporCSV(
    csv(
      'No;Judul;Kategori;Unit',
      '1;Profil PPID;Berkala;Diskominfo',
      '2;Renstra;Berkala;Bappeda',
      ';;;',
      'No;Jenis Informasi;Kategori;Pasal 17;Konsekuensi;Jangka Waktu Pengecualian;Nomor SK;Tanggal SK',
      '1;Data pribadi pemohon;Dikecualikan;Pasal 17 huruf h;Melanggar privasi;5 tahun;188/2025;05/03/2025',
    ),
    { agency },
  );
  assert.equal(dik.ok, true, JSON.stringify(dik.errors));
  assert.deepEqual(
    dik.document?.items.map((i) => [i.title, i.category]),
    [
      ['Profil PPID', 'berkala'],
      ['Renstra', 'berkala'],
      ['Data pribadi pemohon', 'dikecualikan'],
    ],
  );
});

test('without a link column, web addresses in an unknown column (Keterangan) are the links; other text is left', () => {
  const r = imporCSV(
    csv(
      'No;Judul;Kategori;Keterangan',
      '1;Profil Dinas;Berkala;https://sukamajukab.go.id/profil.pdf',
      '2;Renstra;Berkala;Tersedia di kantor',
      '3;LKIP;Berkala;https://sukamajukab.go.id/lkip-2025.pdf https://sukamajukab.go.id/lkip-2024.pdf',
      '4;Agenda;Setiap Saat;',
    ),
    { agency },
  );
  assert.equal(r.ok, true, JSON.stringify(r.errors));
  const links = r.document?.items.map((i) => i.links?.map((l) => l.url));
  assert.deepEqual(links, [
    ['https://sukamajukab.go.id/profil.pdf'],
    undefined,
    ['https://sukamajukab.go.id/lkip-2025.pdf', 'https://sukamajukab.go.id/lkip-2024.pdf'],
    undefined,
  ]);
  const w = r.warnings.find((x) => x.code === 'csv.links-from-column');
  assert.deepEqual([w?.row, w?.column], [1, 'Keterangan']);
  assert.match(w?.message.id ?? '', /Kolom "Keterangan" tidak dikenal; alamat web/);
  assert.ok(!r.warnings.some((x) => x.code === 'csv.unknown-column'));

  // With a link column, Keterangan stays an unknown column, its addresses not read.
  const adaTautan = imporCSV(
    csv(
      'No;Judul;Kategori;Tautan;Keterangan',
      '1;Profil;Berkala;https://a.go.id/p.pdf;https://b.go.id/x.pdf',
    ),
    { agency },
  );
  assert.deepEqual(
    adaTautan.document?.items[0]?.links?.map((l) => l.url),
    ['https://a.go.id/p.pdf'],
  );
  assert.equal(adaTautan.warnings.find((x) => x.code === 'csv.unknown-column')?.column, 'Keterangan');
  // An unknown column with no address in it is only unknown.
  const tanpa = imporCSV(csv('No;Judul;Kategori;Keterangan', '1;Profil;Berkala;Ada'), { agency });
  assert.equal(tanpa.warnings.find((x) => x.code === 'csv.unknown-column')?.column, 'Keterangan');
  assert.equal(tanpa.document?.items[0]?.links, undefined);
});

test("a date that exists only in the other order than its column is read so, with a warning; an impossible one is said in the column's order", () => {
  // Two cells only month first (11/30, 12/31) against one only day first (25/10): the column is read
  // month first, and the day-first cell the only way it exists — in both date columns.
  const teks = (...lagi: string[]): string =>
    csv(
      'Judul;Kategori;Waktu Pembuatan;Diperbarui',
      'A;Berkala;11/30/2025;11/30/2026',
      'B;Berkala;12/31/2025;12/15/2026',
      'C;Berkala;25/10/2025;25/11/2026',
      ...lagi,
    );
  const r = imporCSV(teks('D;Berkala;31/31/2025;31/31/2026'), { agency });
  // A date that exists in neither order: the entry stays without it, in both columns, and the example
  // is written in the column's order (month first).
  assert.deepEqual(r.errors, []);
  const tidakAda = r.warnings.filter((w) => w.code === 'csv.date-unreadable');
  assert.deepEqual(
    tidakAda.map((w) => [w.row, w.column, w.path]),
    [
      [5, 'Waktu Pembuatan', 'items[3].made'],
      [5, 'Diperbarui', 'items[3].updated'],
    ],
  );
  assert.match(tidakAda[0]!.message.id, /Tulis misalnya 03\/05\/2026 \(bulan\/hari\/tahun\)\.$/);
  assert.equal(r.document?.items[3]?.made, undefined);
  assert.match(
    tidakAda[1]!.message.id,
    /"31\/31\/2026" tidak ada di kalender, .*Tulis misalnya 03\/05\/2026 \(bulan\/hari\/tahun\)\.$/,
  );
  assert.match(tidakAda[1]!.message.en, /Write e\.g\. 03\/05\/2026 \(month\/day\/year\)\.$/);
  assert.deepEqual(
    r.warnings.filter((w) => w.code === 'csv.date-month-first').map((w) => w.column),
    ['Diperbarui', 'Waktu Pembuatan'],
  );
  const mix = r.warnings.filter((w) => w.code === 'csv.date-order-mixed');
  assert.deepEqual(
    mix.map((w) => [w.row, w.column, w.path]),
    [
      [4, 'Waktu Pembuatan', 'items[2].made.date'],
      [4, 'Diperbarui', 'items[2].updated'],
    ],
  );
  assert.match(
    mix[1]!.message.id,
    /"25\/11\/2026" hanya ada di kalender bila dibaca hari dulu \(2026-11-25\)/,
  );
  assert.match(mix[1]!.message.en, /exists only when read day first \(2026-11-25\)/);
  const sah = imporCSV(teks(), { agency });
  assert.equal(sah.ok, true, JSON.stringify(sah.errors));
  assert.deepEqual(
    sah.document?.items.map((i) => [i.made?.date, i.updated]),
    [
      ['2025-11-30', '2026-11-30'],
      ['2025-12-31', '2026-12-15'],
      ['2025-10-25', '2026-11-25'],
    ],
  );

  // The order most cells show wins: a US column (03/05 is 5 March) with one day-first typo.
  const as = imporCSV(
    csv(
      'Judul;Kategori;Diperbarui',
      'A;Berkala;03/05/2026',
      'B;Berkala;11/30/2025',
      'C;Berkala;12/15/2025',
      'D;Berkala;25/10/2025',
    ),
    { agency },
  );
  assert.deepEqual(
    as.document?.items.map((i) => i.updated),
    ['2026-03-05', '2025-11-30', '2025-12-15', '2025-10-25'],
  );
  assert.deepEqual(
    as.warnings.filter((w) => w.code.startsWith('csv.date')).map((w) => [w.code, w.row]),
    [
      ['csv.date-month-first', undefined],
      ['csv.date-order-mixed', 5],
    ],
  );

  // A "when and where" cell: the date part beside its place, in a day-first column.
  const tempat = imporCSV(
    csv(
      'Judul;Kategori;Waktu dan Tempat Pembuatan',
      'A;Berkala;25/10/2025, Sukamaju',
      'B;Berkala;11/30/2025, Kantor Dinas',
      'C;Berkala;Sukamaju, 14/12/2025',
    ),
    { agency },
  );
  assert.equal(tempat.ok, true, JSON.stringify(tempat.errors));
  assert.deepEqual(
    tempat.document?.items.map((i) => i.made),
    [
      { date: '2025-10-25', place: 'Sukamaju' },
      { date: '2025-11-30', place: 'Kantor Dinas' },
      { date: '2025-12-14', place: 'Sukamaju' },
    ],
  );
  assert.deepEqual(
    tempat.warnings.filter((w) => w.code === 'csv.date-order-mixed').map((w) => [w.row, w.path]),
    [[3, 'items[1].made.date']],
  );
});

test(
  'a long cell of addresses in an unknown column is read at once, not backtracked over',
  { timeout: 20_000 },
  () => {
    const cell = `${'http://a'.repeat(40)} lihat`;
    const r = imporCSV(
      csv(
        'No;Judul;Kategori;Keterangan',
        `1;Profil;Berkala;${cell}`,
        '2;Renstra;Berkala;https://a.go.id/r.pdf',
      ),
      {
        agency,
      },
    );
    assert.deepEqual(
      r.document?.items.map((i) => i.links?.map((l) => l.url)),
      [undefined, ['https://a.go.id/r.pdf']],
    );
  },
);

test("imporCSVIntiDengan: the entries' fulfils are checked against the core the caller gives for the body's kind; imporCSV is it with both cores", () => {
  const teks =
    'No;Judul Informasi;Kategori;Kode Item Wajib;Tanggal Pembaruan\n' +
    '1;APB Desa 2026;Informasi Berkala;berkala.apb-desa;10/09/2026\n';
  const desa: BadanPublik = { id: 'desa-uji', name: 'Desa Uji', kind: 'desa' };
  const diminta: string[] = [];
  // The widgets' way: a desa's core only when the body is a desa.
  const h = imporCSVIntiDengan(teks, { agency: desa }, (kind) => {
    diminta.push(kind);
    return katalogIntiUntuk(kind);
  });
  assert.ok(h.ok);
  assert.deepEqual(diminta, ['desa']);
  assert.deepEqual(h, imporCSV(teks, { agency: desa }));
  // The same id against the Badan Publik core (what an OPD follows) names no item.
  const salah = imporCSVIntiDengan(teks, { agency: desa }, () => katalogIntiBadanPublik);
  assert.deepEqual(
    salah.warnings.filter((m) => m.code.startsWith('fulfils.')).map((m) => [m.code, m.row, m.column]),
    [['fulfils.unknown', 2, 'Kode Item Wajib']],
  );
});

test('an update date the calendar does not have (30/02, 13/25) keeps its entry, undated, with one warning', () => {
  const teks = csv(
    'No;Judul Informasi;Kategori;Tanggal Pembaruan',
    '1;Profil;Berkala;05/03/2026',
    '2;Renstra;Berkala;30/02/2026',
    '3;LKjIP;Berkala;13/25/2025',
  );
  const r = imporCSV(teks, { agency });
  assert.equal(r.ok, true, JSON.stringify(r.errors));
  assert.deepEqual(
    r.document?.items.map((i) => [i.title, i.updated]),
    [
      ['Profil', '2026-03-05'],
      ['Renstra', undefined],
      ['LKjIP', undefined],
    ],
  );
  const w = r.warnings.filter((m) => m.path === 'items[1].updated' || m.path === 'items[2].updated');
  // Said once each, not again as the validator's "no update date".
  assert.deepEqual(
    w.map((m) => [m.code, m.row, m.column, m.severity]),
    [
      ['csv.date-unreadable', 3, 'Tanggal Pembaruan', 'warning'],
      ['csv.date-unreadable', 4, 'Tanggal Pembaruan', 'warning'],
    ],
  );
  assert.match(
    w[1]!.message.id,
    /"13\/25\/2025" tidak ada di kalender, .* Tulis misalnya 05\/03\/2026 \(hari\/bulan\/tahun\)\.$/,
  );
  // The public view lists every entry.
  const publik = csvItemSah(teks, (t, o) => imporCSV(t, { ...o, agency }));
  assert.equal(publik.omitted, 0);
  assert.equal(publik.document?.items.length, 3);
  assert.equal(publik.errors.length, 0);
});

test('a field left empty in a CSV says which column to fill, as the file heads it, or which to add', () => {
  const tanpaKolom = imporCSV(csv('Judul;Kategori', 'Profil;Berkala', 'Data pribadi;Dikecualikan'), {
    agency,
  });
  const tanggal = tanpaKolom.warnings.find((w) => w.code === 'item.no-date');
  assert.equal(
    tanggal?.message.id,
    'Baris 2, Item ke-1 — Tanggal terakhir diperbarui: belum diisi; tanpa tanggal pembaruan, kebaruan informasi tidak dapat dinilai. Tambahkan kolom "Tanggal Pembaruan" ke lembar kerja, lalu isi kolom itu.',
  );
  assert.match(
    tanggal?.message.en ?? '',
    / Add a column "Tanggal Pembaruan" to the sheet, then fill it in\.$/,
  );
  const dik = tanpaKolom.errors.find((e) => e.code === 'exclusion.missing');
  assert.equal(dik?.row, 3);
  assert.match(
    dik?.message.id ?? '',
    / Tambahkan kolom "Dasar Pengecualian \(Pasal 17 UU KIP\)", "Konsekuensi", "Jangka Waktu Pengecualian", "Nomor SK" dan "Tanggal SK" ke lembar kerja, lalu isi kolom-kolom itu\.$/,
  );
  assert.match(
    dik?.message.en ?? '',
    / Add columns "Dasar Pengecualian \(Pasal 17 UU KIP\)", "Konsekuensi", "Jangka Waktu Pengecualian", "Nomor SK" and "Tanggal SK" to the sheet, then fill them in\.$/,
  );

  // With some of the columns: those are named as headed, the others to add.
  const sebagian = imporCSV(
    csv('Judul;Kategori;Tgl. Pembaruan;Konsekuensi;No. SK', 'Profil;Berkala;', 'Data pribadi;DIK;;;'),
    { agency },
  );
  assert.match(
    sebagian.warnings.find((w) => w.code === 'item.no-date')?.message.id ?? '',
    /dapat dinilai\. Isi kolom "Tgl\. Pembaruan"\.$/,
  );
  assert.match(
    sebagian.warnings.find((w) => w.code === 'item.no-date')?.message.en ?? '',
    /is current\. Fill in column "Tgl\. Pembaruan"\.$/,
  );
  const dikSebagian = sebagian.errors.find((e) => e.code === 'exclusion.missing');
  assert.match(
    dikSebagian?.message.id ?? '',
    /penetapan\. Tambahkan kolom "Dasar Pengecualian \(Pasal 17 UU KIP\)", "Jangka Waktu Pengecualian" dan "Tanggal SK" ke lembar kerja, lalu isi kolom "Dasar Pengecualian \(Pasal 17 UU KIP\)", "Konsekuensi", "Jangka Waktu Pengecualian", "No\. SK" dan "Tanggal SK"\.$/,
  );
  assert.match(
    dikSebagian?.message.en ?? '',
    / Add columns "Dasar Pengecualian \(Pasal 17 UU KIP\)", "Jangka Waktu Pengecualian" and "Tanggal SK" to the sheet, then fill in columns "Dasar Pengecualian \(Pasal 17 UU KIP\)", "Konsekuensi", "Jangka Waktu Pengecualian", "No\. SK" and "Tanggal SK"\.$/,
  );

  // A record begun: each part left out names its own column.
  const mulai = imporCSV(
    csv('Judul;Kategori;Pasal 17;Konsekuensi;Jangka Waktu Pengecualian', 'Data pribadi;DIK;huruf h;Bocor;'),
    { agency },
  );
  const sisa = mulai.errors.map((e) => [e.code, e.path, e.message.id.replace(/^.*? — /, '')]);
  assert.deepEqual(sisa, [
    [
      'field.required',
      'items[0].exclusion.period',
      'Jangka waktu pengecualian: wajib diisi, tetapi tidak ada. Isi kolom "Jangka Waktu Pengecualian".',
    ],
    [
      'field.required',
      'items[0].exclusion.decisionNumber',
      'Nomor penetapan pengecualian: wajib diisi, tetapi tidak ada. Tambahkan kolom "Nomor SK" ke lembar kerja, lalu isi kolom itu.',
    ],
    [
      'field.required',
      'items[0].exclusion.decisionDate',
      'Tanggal penetapan pengecualian: wajib diisi, tetapi tidak ada. Tambahkan kolom "Tanggal SK" ke lembar kerja, lalu isi kolom itu.',
    ],
  ]);
});

test('a column hint grouped over many rows (a checklist) says no "this row" (audit 3: 17 rows)', () => {
  const hasil = imporCSV(
    csv('Judul;Kategori', 'Profil;Berkala', 'Renja;Berkala', 'LKjIP;Berkala', 'Data pribadi;DIK', 'Memo;DIK'),
    { agency },
  );
  const kelompok = kelompokkanMasalah([...hasil.errors, ...hasil.warnings]).filter(
    (g) => g.code === 'exclusion.missing' || g.code === 'item.no-date',
  );
  assert.deepEqual(
    kelompok.map((g) => [g.code, g.anggota.length]),
    [
      ['exclusion.missing', 2],
      ['item.no-date', 3],
    ],
  );
  for (const g of kelompok) {
    assert.doesNotMatch(g.isi.id, /baris ini/, g.isi.id);
    assert.doesNotMatch(g.isi.en, /this row/, g.isi.en);
  }
  assert.match(
    kelompok[1]!.isi.id,
    / Tambahkan kolom "Tanggal Pembaruan" ke lembar kerja, lalu isi kolom itu\.$/,
  );
  assert.match(kelompok[1]!.isi.en, / Add a column "Tanggal Pembaruan" to the sheet, then fill it in\.$/);
});

test('the headers a CSV problem asks to add are read back as their columns; a JSON DIP is told no column', () => {
  for (const [kolom, judul] of Object.entries(JUDUL_KOLOM_BARU))
    assert.equal(kenaliKolom(judul), kolom, judul);
  const json = validasiDIP({
    format: 'terbuka-dip',
    version: 1,
    agency,
    items: [
      { id: 'a', title: 'Profil', category: 'berkala', links: [{ label: 'x', url: 'https://a.id/' }] },
      { id: 'b', title: 'Data pribadi', category: 'dikecualikan' },
    ],
  });
  const kata = [...json.errors, ...json.warnings].map((m) => m.message.id);
  assert.equal(kata.length, 2);
  for (const k of kata) assert.doesNotMatch(k, /kolom|baris/i);
});

test("a problem's row is the spreadsheet's row: cells with line breaks (Alt+Enter) shift none below them", () => {
  // Row 1 a title, row 2 a header whose cells hold line breaks ("Judul⏎Informasi"), rows 3–7 entries, two
  // of them with multi-line summaries: 10 lines of the file, 7 rows of the sheet.
  const teks = csv(
    'DAFTAR INFORMASI PUBLIK;;;;',
    'No;"Judul\r\nInformasi";"Ringkasan\r\nIsi Informasi";Kategori;"Tanggal\r\nPembaruan"',
    '1;Profil;"Kedudukan,\r\nalamat\r\ndan tugas";Berkala;2026-03-05',
    '2;Renstra;Rencana lima tahun;Entah;2026-03-05',
    '3;LKjIP;"Kinerja\r\ntahunan";Berkala;',
    '4;Agenda;Agenda pimpinan;;2026-03-05',
    '5;Ulang;Tidak ada;Berkala;31/02/2026',
  );
  const r = imporCSV(teks, { agency });
  const semua = [...r.errors, ...r.warnings].filter((m) => m.code !== 'item.no-link');
  assert.deepEqual(
    semua.map((m) => [m.code, m.row, m.path]),
    [
      ['csv.category-unknown', 4, 'items[1].category'],
      ['csv.filled-from-above', undefined, ''],
      ['item.no-date', 5, 'items[2].updated'],
      ['csv.date-unreadable', 7, 'items[4].updated'],
    ],
  );
  assert.match(semua[0]!.message.id, /^Baris 4, Item ke-2 — /);
  assert.match(semua[0]!.message.en, /^Row 4, Item 2 — /);
  assert.match(semua[2]!.message.id, /^Baris 5, Item ke-3 — /);
  assert.match(semua[3]!.message.en, /^Row 7, Item 5 — /);
  // The rows filled from above are named the same way (row 6 took row 5's category).
  assert.match(semua[1]!.message.id, /\(baris 6\)/);
  assert.match(semua[1]!.message.en, /\(row 6\)/);
  // The public reading leaves out the faulty entry by the same row, and no other.
  const publik = csvItemSah(teks, (t, o) => imporCSV(t, { ...o, agency }));
  assert.equal(publik.omitted, 1);
  assert.deepEqual(
    publik.document?.items.map((i) => i.id),
    ['dip-1', 'dip-3', 'dip-4', 'dip-5'],
  );
  // An unclosed quotation mark is said at the row its record starts on.
  const kutipan = imporCSV(csv('No;Judul;Kategori', '1;"Profil\r\ndinas";Berkala', '2;"Renstra;Berkala'), {
    agency,
  });
  assert.deepEqual(
    kutipan.errors.filter((m) => m.code === 'csv.quote').map((m) => m.row),
    [3],
  );
});

test('a link written with spaces is read whole, its spaces as %20, with a warning; text before a link is not read', () => {
  const r = imporCSV(
    csv(
      'No;Judul;Kategori;Tautan',
      '1;APB Desa;Berkala;https://desa.id/wp-content/uploads/2026/03/APB Desa 2026.pdf',
      '2;Perdes;Berkala;"https://desa.id/a.pdf https://desa.id/Perdes  No 1.pdf"',
      '3;Profil;Berkala;Unduh: https://desa.id/profil.pdf',
      '4;Renstra;Berkala;https://desa.id/r1.pdf dan https://desa.id/r2.pdf',
      '5;LKjIP;Berkala;"https://desa.id/lk.pdf',
      '(versi cetak di kantor)"',
      '6;Agenda;Berkala;https://desa.id/x.pdf; lampiran',
    ),
    { agency },
  );
  assert.equal(r.ok, true, JSON.stringify(r.errors));
  assert.deepEqual(
    r.document?.items.map((i) => i.links?.map((l) => l.url)),
    [
      ['https://desa.id/wp-content/uploads/2026/03/APB%20Desa%202026.pdf'],
      ['https://desa.id/a.pdf', 'https://desa.id/Perdes%20%20No%201.pdf'],
      // Words before the link (a label) are not read, as before; the entry's title labels the link.
      ['https://desa.id/profil.pdf'],
      // A joining word between two links is part of neither.
      ['https://desa.id/r1.pdf', 'https://desa.id/r2.pdf'],
      // Only spaces join: a note on its own line, or after a semicolon, is not part of the address.
      ['https://desa.id/lk.pdf'],
      ['https://desa.id/x.pdf'],
    ],
  );
  const spasi = r.warnings.filter((w) => w.code === 'csv.link-space');
  assert.deepEqual(
    spasi.map((w) => [w.row, w.column, w.path]),
    [
      [2, 'Tautan', 'items[0].links[0].url'],
      [3, 'Tautan', 'items[1].links[1].url'],
    ],
  );
  assert.equal(
    spasi[0]?.message.id,
    'Baris 2, Item ke-1, tautan ke-1 — Tautan "https://desa.id/wp-content/uploads/2026/03/APB Desa 2026.pdf" berisi spasi; spasi dibaca sebagai bagian alamatnya: "https://desa.id/wp-content/uploads/2026/03/APB%20Desa%202026.pdf". Tulis %20 sebagai ganti spasi, atau hapus spasi dari nama berkasnya. (Bila ini dua tautan, pisahkan dengan baris baru atau titik koma.)',
  );
  assert.match(
    spasi[1]?.message.en ?? '',
    /^Row 3, Item 2, link 2 — Link "https:\/\/desa\.id\/Perdes {2}No 1\.pdf" holds a space; it is read as part of the address: "https:\/\/desa\.id\/Perdes%20%20No%201\.pdf"\. Write %20 /,
  );
  assert.equal(r.warnings.filter((w) => w.code.startsWith('csv.link') || w.code === 'link.scheme').length, 2);
});

test('Softcopy | Hardcopy: a checkbox exported unticked (FALSE, SALAH), a cross or an empty box is no mark', () => {
  const TANDA = [
    'TRUE',
    'true',
    'BENAR',
    'Benar',
    '✓',
    '✔',
    '✔️',
    '√',
    'v',
    'V',
    'x',
    'X',
    'Ya',
    'Y',
    'Ada',
    '1',
    '☑',
    '☒',
  ];
  const BUKAN = [
    'FALSE',
    'false',
    'SALAH',
    'Salah',
    'Tidak',
    'tdk',
    'Tidak tersedia',
    'No',
    'N',
    'n',
    '0',
    '✗',
    '✘',
    '❌',
    '×',
    '✕',
    '✖',
    '✖️',
    '☐',
    '',
    '-',
  ];
  const baris = [...TANDA.map((t) => [t, '']), ...BUKAN.map((t) => [t, 'TRUE'])];
  const r = imporCSV(
    csv(
      'No;Judul;Kategori;Bentuk Informasi;',
      ';;;Softcopy;Hardcopy',
      ...baris.map(([soft, hard], i) => `${i + 1};Informasi ${i + 1};Berkala;${soft};${hard}`),
    ),
    { agency },
  );
  assert.equal(r.ok, true, JSON.stringify(r.errors));
  const formats = r.document!.items.map((i) => i.formats);
  assert.deepEqual(
    formats.slice(0, TANDA.length).map((f, i) => [TANDA[i], f]),
    TANDA.map((t) => [t, ['digital']]),
  );
  assert.deepEqual(
    formats.slice(TANDA.length).map((f, i) => [BUKAN[i], f]),
    BUKAN.map((t) => [t, ['cetak']]),
  );
  // Both unticked: the entry has no format (not both).
  const kosong = imporCSV(
    csv('No;Judul;Kategori;Bentuk Informasi;', ';;;Softcopy;Hardcopy', '1;Profil;Berkala;FALSE;SALAH'),
    { agency },
  );
  assert.equal(kosong.document!.items[0]!.formats, undefined);
});

test('the same row twice is a warning naming both rows; both entries are kept, a repeated No with its suffix', () => {
  const r = imporCSV(
    csv(
      'No;Judul;Kategori;Tanggal Pembaruan;Tautan',
      '1;Profil;Berkala;2026-03-05;https://a.example/profil.pdf',
      '2;Renstra;Berkala;2026-03-05;https://a.example/renstra.pdf',
      '3;Profil;Berkala;2026-03-05;https://a.example/profil.pdf',
      '1;Profil;Berkala;2026-03-05;https://a.example/profil.pdf',
      // The same title and category, but another update or link: another entry, not a repeat.
      '5;Profil;Berkala;2026-03-06;https://a.example/profil.pdf',
      '6;Renstra;Berkala;2026-03-05;https://a.example/renstra-2.pdf',
    ),
    { agency },
  );
  assert.equal(r.ok, true, JSON.stringify(r.errors));
  assert.deepEqual(
    r.document?.items.map((i) => i.id),
    ['dip-1', 'dip-2', 'dip-3', 'dip-1-2', 'dip-5', 'dip-6'],
  );
  const ganda = r.warnings.filter((w) => w.code === 'csv.duplicate-row');
  assert.deepEqual(
    ganda.map((w) => [w.row, w.path]),
    [
      [4, 'items[2]'],
      [5, 'items[3]'],
    ],
  );
  assert.equal(
    ganda[0]?.message.id,
    'Baris 4, Item ke-3 — Baris ini sama dengan baris 2 (judul, kategori dan isi lainnya sama), jadi publik melihat informasi ini dua kali. Hapus salah satunya, atau bedakan isinya bila keduanya memang informasi yang berbeda.',
  );
  assert.match(ganda[1]?.message.en ?? '', /^Row 5, Item 4 — This row is the same as row 2 \(same title, /);
});

test('a formula error (#REF!, #N/A …) is an empty cell and said: an error when it leaves no title or category', () => {
  const GALAT = [
    '#REF!',
    '#N/A',
    '#VALUE!',
    '#DIV/0!',
    '#NAME?',
    '#NUM!',
    '#NULL!',
    '#SPILL!',
    '#CALC!',
    '#ERROR!',
  ];
  // Each error value as a title: the entry has no title (an error), and #REF! is never published.
  const judul = imporCSV(
    csv('No;Judul;Kategori', ...GALAT.map((g, i) => `${i + 1};${g};Berkala`), '99;Profil;Berkala'),
    { agency },
  );
  assert.equal(judul.ok, false);
  assert.deepEqual(
    judul.errors.map((m) => [m.code, m.row, m.column, m.path]),
    GALAT.map((_, i) => ['csv.formula-error', i + 2, 'Judul', `items[${i}].title`]),
  );
  assert.equal(
    judul.errors[0]?.message.id,
    'Baris 2, Item ke-1 — Sel kolom "Judul" berisi "#REF!": galat rumus dari lembar kerja, bukan isinya; dibaca kosong, dan informasi ini tanpa judul. Perbaiki rumusnya di Excel/Google Sheets (atau ganti dengan nilainya), lalu ekspor ulang.',
  );
  assert.match(
    judul.errors[1]?.message.en ?? '',
    /^Row 3, Item 2 — The "Judul" cell holds "#N\/A": a formula error from the spreadsheet, not its content; read as empty, and this entry has no title\. /,
  );
  // The public reading shows the other entries, none titled with an error value.
  const publik = csvItemSah(
    csv('No;Judul;Kategori', ...GALAT.map((g, i) => `${i + 1};${g};Berkala`), '99;Profil;Berkala'),
    (t, o) => imporCSV(t, { ...o, agency }),
  );
  assert.deepEqual(
    publik.document?.items.map((i) => i.title),
    ['Profil'],
  );

  const r = imporCSV(
    csv(
      'No;Judul;Ringkasan Isi Informasi;Kategori;Unit;Tanggal Pembaruan;Tautan',
      '1;Profil;;Berkala;Umum;2026-03-05;https://a.example/p',
      // A category from a broken lookup: not filled from the row above (no merged cell), an error.
      '2;Renstra;;#N/A;Umum;2026-03-05;https://a.example/r',
      '3;LKjIP;;Berkala;#VALUE!;#DIV/0!;#REF!',
      // An error in Judul beside a summary: the summary is the title, as for an empty Judul.
      '4;#NAME?;Agenda pimpinan;Berkala;Umum;2026-03-05;https://a.example/a',
      // A row of error values alone: skipped, each said.
      ';#REF!;;#REF!;;;',
    ),
    { agency },
  );
  assert.deepEqual(
    r.errors.map((m) => [m.code, m.row, m.column, m.path]),
    [['csv.formula-error', 3, 'Kategori', 'items[1].category']],
  );
  assert.match(
    r.errors[0]!.message.id,
    /"#N\/A": galat rumus .* dibaca kosong, dan informasi ini tanpa kategori\./,
  );
  assert.deepEqual(
    r.warnings.filter((m) => m.code === 'csv.formula-error').map((m) => [m.row, m.column, m.path]),
    [
      [4, 'Unit', 'items[2].unit'],
      [4, 'Tanggal Pembaruan', 'items[2].updated'],
      [4, 'Tautan', 'items[2].links'],
      [5, 'Judul', 'items[3].title'],
      [6, 'Judul', ''],
      [6, 'Kategori', ''],
    ],
  );
  assert.match(r.warnings.find((m) => m.row === 6)!.message.id, /; baris ini dilewati\./);
  assert.ok(r.warnings.some((m) => m.code === 'csv.title-from-summary' && m.row === 5));
  // An error value is no value: not published, and not a merged cell for the row below to take.
  const unit = imporCSV(
    csv(
      'No;Judul;Ringkasan Isi Informasi;Kategori;Unit;Tanggal Pembaruan;Tautan',
      '1;Profil;;Berkala;#VALUE!;2026-03-05;https://a.example/p',
      '2;Renstra;;Berkala;;2026-03-05;https://a.example/r',
    ),
    { agency },
  );
  assert.equal(unit.ok, true, JSON.stringify(unit.errors));
  assert.deepEqual(
    unit.document?.items.map((i) => i.unit),
    [undefined, undefined],
  );
  assert.doesNotMatch(JSON.stringify(unit.document), /#VALUE!/);
  // A part of the template's two-row header is named by its own name; a cell under no header by none.
  const bagian = imporCSV(
    csv('No;Judul;Kategori;Bentuk Informasi;', ';;;Softcopy;Hardcopy', '1;Profil;Berkala;#REF!;✓;#N/A'),
    { agency },
  );
  assert.deepEqual(
    bagian.warnings.filter((m) => m.code === 'csv.formula-error').map((m) => [m.column, m.path]),
    [
      ['Softcopy', 'items[0].formats'],
      [undefined, 'items[0]'],
    ],
  );
  assert.match(bagian.warnings.find((m) => m.path === 'items[0]')!.message.id, /— Sel berisi "#N\/A": /);
  assert.deepEqual(bagian.document?.items[0]?.formats, ['cetak']);
});
