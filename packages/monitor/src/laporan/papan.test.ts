// The leaderboard and the method page as published, in both languages: their tables are the stacking
// tables of tabel.ts (one block per row on a phone, measured in Chromium by laporan.peramban.test.ts), and
// the style sheet sizes text in rem/em so that it follows the reader's default font size.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { rata } from '../terbit/contoh.test.js';
import { cssLaporan, JS_URUT } from './aset.js';
import { terbitContoh } from './contoh.test.js';

const dunia = terbitContoh();
const baca = async (f: string): Promise<string> =>
  rata(await readFile(join((await dunia).keluar, f), 'utf8'));

/** A row's cells: [the column name a phone shows before it, or undefined, then the cell's content]. */
const sel = (baris: string): [string | undefined, string][] =>
  [
    ...baris.matchAll(
      /<td role="cell"[^>]*>(?:<span class="label-sempit" aria-hidden="true">([^<]*): <\/span>)?(.*?)<\/td>/g,
    ),
  ].map((m) => [m[1], m[2]!]);

test('the leaderboard is a stacking table for the sorting script: the rank before the name, then the score, its band and the date of the scan; on a phone no column name before the rank and the band', async () => {
  for (const [f, kolom, label] of [
    [
      'index.html',
      [
        'angka:Peringkat',
        'teks:Badan publik',
        'angka:Skor',
        'angka:Kualifikasi',
        'angka:Dipindai',
        'teks:Jenis',
        'angka:Hari sejak pembaruan situs',
        'angka:Situs',
      ],
      [undefined, 'Skor', undefined, 'Dipindai', 'Jenis', 'Hari sejak pembaruan situs', 'Situs'],
    ],
    [
      'en/jenis-desa.html',
      [
        'angka:Ranking',
        'teks:Public body',
        'angka:Score',
        'angka:Qualification',
        'angka:Scanned',
        'teks:Kind',
        'angka:Days since site update',
        'angka:Site',
      ],
      [undefined, 'Score', undefined, 'Scanned', 'Kind', 'Days since site update', 'Site'],
    ],
  ] as const) {
    const isi = await baca(f);
    const tabel =
      /<table class="tumpuk lebar" role="table" aria-labelledby="tabel-peringkat" data-urut>.*?<\/table>/.exec(
        isi,
      )?.[0] ?? '';
    assert.ok(tabel, f);
    const kepala = /<thead role="rowgroup">(.*?)<\/thead>/.exec(tabel)?.[1] ?? '';
    assert.deepEqual(
      [
        ...kepala.matchAll(/<th scope="col" role="columnheader"[^>]* data-jenis="(\w+)"[^>]*>([^<]*)<\/th>/g),
      ].map((m) => `${m[1]}:${m[2]}`),
      kolom,
      f,
    );
    // Published in score order, and says so.
    assert.match(kepala, /data-jenis="angka" aria-sort="descending">(?:Skor|Score)<\/th>/);
    const baris = [...tabel.matchAll(/<tbody role="rowgroup">(.*?)<\/tbody>/g)]
      .flatMap((t) => [...t[1]!.matchAll(/<tr role="row">(.*?)<\/tr>/g)])
      .map((m) => m[1]!);
    assert.ok(baris.length >= 2, f);
    for (const r of baris) {
      // The rank shares the name's line on a phone: a cell before the row's header.
      assert.match(
        r,
        /^ <td role="cell" class="angka sebaris" data-nilai="\d*">(?:\d+|—)<\/td><th scope="row" role="rowheader"><a href="agensi\/[a-z-]+\.html">/,
        f,
      );
      assert.deepEqual(
        sel(r).map(([l]) => l),
        label,
        f,
      );
      // The score shares its line with the band.
      assert.match(r, /<\/th> <td role="cell" class="angka sebaris" data-nilai="[\d.]*">/);
      assert.match(sel(r)[2]![1], /^<span class="band (?:band-[a-z-]+|tidak-dinilai)">/);
      assert.match(sel(r)[3]![1], /^<time datetime="2026-11-27T0[12]:00:00Z">27 Nov 2026<\/time/);
    }
  }
  const isi = await baca('index.html');
  assert.match(
    isi,
    /<td role="cell" class="angka sebaris" data-nilai="1">1<\/td><th scope="row" role="rowheader"><a href="agensi\/dinkes\.html">Dinas Kesehatan<\/a><\/th> <td role="cell" class="angka sebaris" data-nilai="91.2"><span class="label-sempit" aria-hidden="true">Skor: <\/span>91,2<\/td><td role="cell" data-nilai="5"><span class="band band-informatif">Informatif<\/span><\/td><td role="cell" class="angka" data-nilai="\d+"><span class="label-sempit" aria-hidden="true">Dipindai: <\/span><time datetime="2026-11-27T01:00:00Z">27 Nov 2026<\/time ><\/td><td role="cell" data-nilai="OPD"><span class="label-sempit" aria-hidden="true">Jenis: <\/span>OPD<\/td>/,
  );
});

test('every table of the report, on every page in both languages, is a stacking table', async () => {
  const { files } = await dunia;
  const halaman = files.filter((f) => f.endsWith('.html'));
  assert.ok(halaman.includes('metode.html') && halaman.includes('en/jenis-kelurahan.html'));
  for (const f of halaman) {
    const isi = await baca(f);
    const tabel = [...isi.matchAll(/<table[^>]*>/g)].map((m) => m[0]);
    assert.ok(tabel.length > 0, f);
    // The leaderboard alone is a wide one, which stacks up to 60em.
    for (const t of tabel)
      assert.match(
        t,
        /aria-labelledby="tabel-peringkat"/.test(t)
          ? /^<table class="tumpuk lebar" role="table" aria-labelledby="tabel-peringkat"/
          : /^<table class="tumpuk" role="table" aria-labelledby="[^"]+"/,
        f,
      );
  }
  // The method page's three: components and weights, interval classes, bands.
  for (const f of ['metode.html', 'en/metode.html']) {
    assert.deepEqual(
      [...(await baca(f)).matchAll(/<table class="tumpuk" role="table" aria-labelledby="([^"]+)"/g)].map(
        (m) => m[1],
      ),
      ['tabel-komponen', 'tabel-interval', 'tabel-kualifikasi'],
    );
  }
  assert.match(
    await baca('en/metode.html'),
    /<th scope="row" role="rowheader"><span class="band band-informatif">Informative<\/span><\/th> <td role="cell"><span class="label-sempit" aria-hidden="true">Score range: <\/span>90\.0 – 100<\/td>/,
  );
});

test('the style sheet sizes text and spacing in rem/em, so text follows the reader’s default font size; only hairlines (borders, outlines, rounded corners) and the visually hidden boxes are in px', () => {
  const css = cssLaporan().replace(/\/\*.*?\*\//gs, '');
  const px: string[] = [];
  for (const [, sifat, nilai] of css.matchAll(/([a-z-]+):([^;{}]+)/g)) {
    if (!/\dpx/.test(nilai!)) continue;
    const garis = /^(?:border(?:-[a-z]+)?|outline(?:-offset)?)$/.test(sifat!);
    const tersembunyi = /^(?:width|height)$/.test(sifat!)
      ? nilai === '1px'
      : sifat === 'left' && nilai === '-9999px';
    if (!garis && !tersembunyi) px.push(`${sifat}:${nilai}`);
  }
  assert.deepEqual(px, []);
  // Every font size is relative; the body's is the reader's own.
  const ukuran = [...css.matchAll(/font-size:([^;}]+)/g)].map((m) => m[1]!);
  assert.ok(ukuran.length >= 8);
  for (const u of ukuran) assert.match(u, /^(?:\d*\.?\d+r?em|100%)$/);
  assert.match(css, /body\{[^}]*font-size:1rem/);
  // The breakpoints are in em too (a larger default font size reaches the phone layout sooner).
  assert.deepEqual(
    [...css.matchAll(/@media \(max-width:([^)]+)\)/g)].map((m) => m[1]),
    ['48em', '60em', '37.5em'],
  );
});

test('a wide stacking table (the leaderboard) has the same narrow layout, up to 60em: the rules written once for both', () => {
  const css = cssLaporan();
  const sempit = /@media \(max-width:48em\)\{(.*)\}$/m.exec(css)?.[1] ?? '';
  const lebar = /@media \(max-width:60em\)\{(.*)\}$/m.exec(css)?.[1] ?? '';
  assert.ok(sempit.length > 500 && lebar.length > 500);
  assert.equal(lebar.replaceAll('.tumpuk.lebar', '.tumpuk').replace('.tumpuk .band{', '.band{'), sempit);
  // Column names wrap when a table is tight (it would otherwise scroll sideways); so does a band's name
  // in the summary cards.
  assert.doesNotMatch(css, /thead th\{[^}]*nowrap/);
  assert.match(css, /\.ringkas \.band\{white-space:normal\}/);
});

test("the narrow layout: a .sebaris cell floats beside the next cell (a row header beside it as a column, a cell's content below it when too wide); an empty cell is not shown; with the sorting script the header row of sort buttons is shown", () => {
  const sempit = /@media \(max-width:48em\)\{(.*)\}$/m.exec(cssLaporan())?.[1] ?? '';
  assert.match(sempit, /\.tumpuk \.sebaris\{float:left;/);
  assert.match(
    sempit,
    /\.tumpuk \.sebaris\+\*\{clear:none\}\.tumpuk \.sebaris\+th\{display:flow-root;padding-left:0\}/,
  );
  assert.match(sempit, /\.tumpuk th,\.tumpuk td\{clear:left;/);
  assert.match(sempit, /\.tumpuk td:empty\{display:none\}/);
  assert.match(sempit, /\.tumpuk\.urut-aktif thead\{position:static;[^}]*clip-path:none/);
  // The script marks the tables it gives buttons to.
  assert.match(JS_URUT, /tabel\.classList\.add\('urut-aktif'\)/);
});
