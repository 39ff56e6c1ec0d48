import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import Papa from 'papaparse';
import { imporCSV, imporCSVDengan } from './csv.js';
import type { BadanPublik } from './types.js';
import { validasiDIP, validasiDIPTerjamin } from './validasi.js';
import type { HasilBaca } from './validasi.js';

/**
 * The CSV importer does not run the schema again on items it vouches for (built only from values the
 * shared rules accepted). These properties hold that shortcut to the full check: on generated registers,
 * full of the mistakes offices make, the shortcut and `validasiDIP` on the same built document give the
 * same errors, warnings and document, and so does the whole import.
 */

const HEADER: Record<string, string> = {
  no: 'No',
  judul: 'Judul',
  ringkasan: 'Ringkasan Isi Informasi',
  unit: 'Pejabat/Unit/Satker yang Menguasai Informasi',
  pj: 'Penanggung Jawab Pembuatan/Penerbitan Informasi',
  waktu: 'Waktu dan Tempat Pembuatan Informasi',
  bentuk: 'Bentuk/Format Informasi',
  retensi: 'Jangka Waktu Penyimpanan',
  media: 'Jenis Media',
  kategori: 'Kategori',
  tautan: 'Tautan',
  diperbarui: 'Diperbarui',
  wajib: 'Item Wajib',
  pasal: 'Dasar Pengecualian (Pasal 17)',
  lain: 'Dasar Hukum Lain',
  konsekuensi: 'Konsekuensi',
  jangka: 'Jangka Waktu Pengecualian',
  nomorSK: 'Nomor SK',
  tanggalSK: 'Tanggal Penetapan',
  asing: 'Keterangan',
  ganda: 'Link',
};

// Each cell is mostly what a careful office writes, sometimes a mistake, sometimes noise.
const sering = <T>(baik: fc.Arbitrary<T>, buruk: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  fc.oneof({ arbitrary: baik, weight: 5 }, { arbitrary: buruk, weight: 1 });
const kosong = ['', ' ', '-', '—', 'n/a', 'N/A', 'Tidak ada', '\u00a0', '\u3000'];
const teks = sering(
  fc.constantFrom('Laporan Keuangan', 'Profil PPID', 'Tata cara', 'Bidang; Umum', 'baris\nbaru', 'Tahunan'),
  fc.oneof(fc.constantFrom(...kosong), fc.string({ maxLength: 12 })),
);
const tanggal = sering(
  fc.constantFrom(
    '2026-03-05',
    '05/03/2026',
    '5-3-2026',
    '5 Maret 2026',
    'Kamis, 5 Mar 2026',
    '29/02/2024',
    '',
  ),
  fc.constantFrom('31/02/2026', '2026-02-30', '0000-01-01', '15/13/2026', 'kemarin', '-'),
);
const POOL: Record<string, fc.Arbitrary<string>> = {
  no: sering(fc.nat({ max: 30 }).map(String), fc.constantFrom('', 'A-1', '!!!', ' 7 ', 'p3', '１')),
  judul: teks,
  ringkasan: teks,
  unit: teks,
  pj: teks,
  waktu: sering(
    fc.constantFrom(
      '2025, Sukamaju',
      'Sukamaju, 2024',
      '2025',
      '5 Maret 2026, Kantor Dinas',
      'Sukamaju 2025',
      '',
    ),
    fc.constantFrom('0000, Sukamaju', '0000', '31 Februari 2026, Kantor', 'Tahun anggaran lalu'),
  ),
  bentuk: fc.constantFrom('Cetak, Digital', 'hardcopy', 'PDF', 'lainnya', '', 'softcopy dan kertas'),
  retensi: teks,
  media: fc.constantFrom('Website, Papan Pengumuman', 'Website dan Buku', ';;', '', 'Buku / Brosur'),
  kategori: sering(
    fc.constantFrom('Berkala', 'serta merta', 'Setiap Saat', 'BERKALA ', '1', '2', '3'),
    fc.constantFrom('DIK', 'Dikecualikan', '4', '', 'rahasia negara', '-'),
  ),
  tautan: sering(
    fc.constantFrom(
      'https://ppid.sukamajukab.go.id/a.pdf',
      'www.sukamajukab.go.id/dok',
      'mailto:ppid@sukamajukab.go.id',
      'tel:+62-21-555',
      'https://a.id/1 ; https://b.id/2',
      '',
    ),
    fc.oneof(
      fc.constantFrom(
        'http://x.id/b c',
        'javascript:alert(1)',
        'JaVaScRiPt:alert(1)',
        'tel:abc',
        'ftp://x.id/a',
        'data:text/html,x',
        'https://a.id/1, javascript:alert(1)',
        '/relatif/saja',
        'tidak ada tautan',
        'https://',
        'https://a.id/\u0007',
      ),
      fc.string({ maxLength: 10 }),
    ),
  ),
  diperbarui: tanggal,
  wajib: fc.constantFrom('berkala.profil', 'berkala.profil, berkala.tidak-ada', ';;', '', 'x y'),
  pasal: fc.constantFrom('Pasal 17 huruf h', 'huruf b dan j', 'UU 14 Tahun 2008', '', 'z'),
  lain: teks,
  konsekuensi: teks,
  jangka: teks,
  nomorSK: teks,
  tanggalSK: tanggal,
  asing: teks,
  ganda: teks,
};

const register = fc
  .record({
    kolom: fc.uniqueArray(fc.constantFrom(...Object.keys(HEADER)), { minLength: 1, maxLength: 12 }),
    judulAda: fc.constantFrom('judul', 'ringkasan'),
    pemisah: fc.constantFrom(';', ','),
    baris: fc.nat({ max: 15 }),
    judulDokumen: fc.boolean(),
  })
  .chain(({ kolom, judulAda, pemisah, baris, judulDokumen }) => {
    const semua = kolom.includes(judulAda) ? kolom : [judulAda, ...kolom];
    const sel = fc.record(Object.fromEntries(semua.map((k) => [k, POOL[k] as fc.Arbitrary<string>])));
    return fc.array(sel, { minLength: baris, maxLength: baris }).map((rows) => {
      const data = [semua.map((k) => HEADER[k] ?? k), ...rows.map((r) => semua.map((k) => r[k] ?? ''))];
      const isi = Papa.unparse(data, { delimiter: pemisah, newline: '\r\n' });
      return judulDokumen ? `DAFTAR INFORMASI PUBLIK\r\nTahun 2026\r\n\r\n${isi}` : isi;
    });
  });

const agencies: (BadanPublik | undefined)[] = [
  { id: 'diskominfo', name: 'Dinas Kominfo', kind: 'opd' },
  undefined,
  { id: 'desa-x', name: 'Desa X', kind: 'desa', website: 'javascript:alert(1)' } as BadanPublik,
  { id: 'x', name: ' ', kind: 'dinas', warna: 'merah' } as unknown as BadanPublik,
];

test('vouched CSV items: the shortcut and validasiDIP give the same problems and document', () => {
  let dijaminDilihat = 0;
  let tidakDijaminDilihat = 0;
  let galatDilihat = 0;
  fc.assert(
    fc.property(register, fc.constantFrom(...agencies), (teksCSV, agency) => {
      const opsi = agency ? { agency } : {};
      const cepat = imporCSVDengan(teksCSV, opsi, (dok, dijamin) => {
        const items = (dok as { items: unknown[] }).items;
        for (let i = 0; i < items.length; i++) {
          if (dijamin(i)) dijaminDilihat++;
          else tidakDijaminDilihat++;
        }
        const pintas = validasiDIPTerjamin(dok, dijamin);
        const penuh = validasiDIP(dok);
        assert.deepStrictEqual(pintas, penuh);
        galatDilihat += penuh.errors.length;
        return pintas;
      });
      const penuh = imporCSVDengan(teksCSV, opsi, (dok) => validasiDIP(dok));
      assert.deepStrictEqual(cepat, penuh);
      assert.deepStrictEqual(imporCSV(teksCSV, opsi), penuh);
    }),
    { numRuns: 400 },
  );
  // The generator must reach both kinds of item, and faulty ones, or the property proves nothing.
  assert.ok(dijaminDilihat > 200, `vouched items: ${dijaminDilihat}`);
  assert.ok(tidakDijaminDilihat > 200, `items left to the schema: ${tidakDijaminDilihat}`);
  assert.ok(galatDilihat > 200, `schema errors: ${galatDilihat}`);
});

test('an item vouched for wrongly would be caught: the shortcut only skips, it never judges', () => {
  // Vouching for an item with a javascript: link hides its error: this is exactly what the builder
  // must never do, and what the property above would expose.
  const dok = {
    format: 'terbuka-dip',
    version: 1,
    agency: { id: 'x', name: 'X', kind: 'opd' },
    items: [
      { id: 'a', title: 'A', category: 'berkala', links: [{ label: 'A', url: 'javascript:alert(1)' }] },
    ],
  };
  const salah: HasilBaca = validasiDIPTerjamin(dok, () => true);
  const benar = validasiDIP(dok);
  assert.equal(salah.ok, true);
  assert.equal(benar.ok, false);
  assert.deepStrictEqual(
    validasiDIPTerjamin(dok, () => false),
    benar,
    'an item not vouched for is checked in full',
  );
});

test('the shortcut keeps every problem of a document with unvouched items in the order validasiDIP gives', () => {
  const dok = {
    format: 'terbuka-dip',
    version: 1,
    agency: { id: ' ', name: 'X', kind: 'opd', catatan: 1 },
    items: [
      undefined,
      { id: 'a', title: ' ', category: 'x', warna: 'merah', links: [{ label: '', url: 'ftp://a' }] },
      { id: 'a', title: 'B', category: 'dikecualikan', updated: '2026-02-30' },
    ],
    catatan: 'x',
  };
  assert.deepStrictEqual(
    validasiDIPTerjamin(dok, () => false),
    validasiDIP(dok),
  );
});

/**
 * A file whose every line break is CRLF (Excel's) is parsed as it is, with CRLF as the line break; any
 * other file with a CR is parsed from a copy with LFs. Both must read the same: the records, the cells
 * (line breaks inside quoted cells become LFs), the lines in the problems and the top of the file where
 * the separator and the header are looked for.
 */
const keLF = (t: string): string => t.replace(/\r\n?/g, '\n');
const keCRLF = (t: string): string => keLF(t).replaceAll('\n', '\r\n');

test('a file of CRLFs only reads as the same file with LFs', () => {
  let denganBarisDalamSel = 0;
  fc.assert(
    fc.property(register, fc.constantFrom(...agencies), (teksCSV, agency) => {
      const opsi = agency ? { agency } : {};
      const lf = keLF(teksCSV);
      if (/"[^"]*\n/.test(lf)) denganBarisDalamSel++;
      assert.deepStrictEqual(imporCSV(keCRLF(teksCSV), opsi), imporCSV(lf, opsi));
    }),
    { numRuns: 300 },
  );
  assert.ok(denganBarisDalamSel > 20, `files with a line break inside a cell: ${denganBarisDalamSel}`);
});

test('a CRLF file: the header is looked for in the same top of the file as with LFs', () => {
  // Long lines above the header put it near the 20,000th character: with CRLFs counted as two, it would
  // fall out of the top (or be cut) at other places than with LFs.
  const kepala = 'No;Judul;Kategori;Diperbarui';
  const badan = ['1;Profil PPID;Berkala;2026-03-05', '2;Laporan Keuangan;Serta Merta;05/03/2026'];
  let dilihat = 0;
  for (let geser = -40; geser <= 40; geser++) {
    // 39 lines of 500 characters (19,539 with their LFs), then a filler line putting the header's end at
    // about 20,000 + geser.
    const atas = Array.from({ length: 39 }, (_, i) => `Catatan ${i} `.padEnd(500, 'x'));
    const isiAtas = 20_000 - 39 * 501 - kepala.length - 1 + geser;
    const lf = [...atas, 'y'.repeat(Math.max(0, isiAtas)), kepala, ...badan, ''].join('\n');
    const hasilLF = imporCSV(lf);
    if (hasilLF.ok) dilihat++;
    assert.deepStrictEqual(imporCSV(keCRLF(lf)), hasilLF, `geser ${geser}`);
  }
  // Both sides of the edge are reached: a header found, and one beyond the top.
  assert.ok(dilihat > 0 && dilihat < 81, `headers found: ${dilihat}`);
});

test('an entry whose only mistake is its update date is never dropped: it reads undated, with a warning', () => {
  const agency: BadanPublik = { id: 'x', name: 'X', kind: 'opd' };
  fc.assert(
    fc.property(
      fc.oneof(tanggal, fc.tuple(fc.nat(40), fc.nat(40), fc.integer({ min: 1990, max: 2030 }))),
      (sel) => {
        const s = typeof sel === 'string' ? sel : `${sel[0]}/${sel[1]}/${sel[2]}`;
        const r = imporCSV(`Judul;Kategori;Tautan;Diperbarui\r\nProfil;Berkala;https://a.id/p.pdf;${s}`, {
          agency,
        });
        assert.equal(r.ok, true, `${s}: ${JSON.stringify(r.errors)}`);
        assert.equal(r.document?.items.length, 1);
        // Undated: said once (the CSV's own warning or the validator's "no date"), never twice.
        if (r.document?.items[0]?.updated === undefined)
          assert.equal(r.warnings.filter((w) => w.path === 'items[0].updated').length, 1, s);
      },
    ),
    { numRuns: 300 },
  );
});

test('a repeated row is said against the first row with the same content, whatever rows come between', () => {
  // Few titles and few values, so titles repeat with other content and rows repeat after others; each
  // entry is the same as the first earlier entry whose content (all but its id) is the same.
  const agency: BadanPublik = { id: 'x', name: 'X', kind: 'opd' };
  let dilihat = 0;
  fc.assert(
    fc.property(
      fc.array(
        fc.tuple(
          fc.constantFrom('1', '2', ''),
          fc.constantFrom('Profil', 'Renstra', 'profil'),
          fc.constantFrom('Berkala', 'Setiap Saat'),
          fc.constantFrom('2026-03-05', '2026-03-06'),
        ),
        { maxLength: 12 },
      ),
      (baris) => {
        const r = imporCSV(['No;Judul;Kategori;Diperbarui', ...baris.map((b) => b.join(';'))].join('\n'), {
          agency,
        });
        const items = r.document?.items ?? [];
        assert.equal(items.length, baris.length);
        const isiItem = items.map(({ id: _id, ...isi }) => JSON.stringify(isi));
        const harapan = isiItem.flatMap((k, i) => {
          const j = isiItem.indexOf(k);
          return j < i ? [[i + 2, `items[${i}]`, `baris ${j + 2} `]] : [];
        });
        const ganda = r.warnings.filter((w) => w.code === 'csv.duplicate-row');
        assert.deepEqual(
          ganda.map((w) => [w.row, w.path, /baris \d+ /.exec(w.message.id)?.[0]]),
          harapan,
        );
        dilihat += ganda.length;
      },
    ),
    { numRuns: 300 },
  );
  assert.ok(dilihat > 100, `repeated rows: ${dilihat}`);
});
