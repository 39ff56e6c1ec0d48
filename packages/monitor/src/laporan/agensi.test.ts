// The evidence page as published, in both languages: the mandatory items are named by their catalog
// titles (the ids only where a machine reads them), and its tables are the stacking tables of tabel.ts,
// which the style sheet shows as one block per row on a narrow screen (measured in Chromium by
// laporan.peramban.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { rata } from '../terbit/contoh.test.js';
import { cssLaporan } from './aset.js';
import { terbitContoh } from './contoh.test.js';

const dunia = terbitContoh();

/** What a reader sees of a page: its text (quotes unescaped), without tags or the narrow layout's labels. */
const terlihat = (isi: string): string =>
  rata(
    isi
      .replace(/<span class="label-sempit" aria-hidden="true">[^<]*<\/span>/g, '')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&'),
  );

const baca = async (f: string): Promise<string> => readFile(join((await dunia).keluar, f), 'utf8');

test('a missing mandatory item is named by its catalog title, never by its id, which stays in data-katalog; in both languages', async () => {
  const judul = {
    id: [
      'Informasi tentang pengumuman pengadaan barang dan jasa',
      'Informasi tentang prosedur peringatan dini',
    ],
    en: ['Procurement announcements', 'Early warning and emergency evacuation procedure for each office'],
  };
  for (const [b, f] of [
    ['id', 'agensi/bappeda.html'],
    ['en', 'en/agensi/bappeda.html'],
  ] as const) {
    const isi = await baca(f);
    const kurang =
      /<section class="kartu" aria-labelledby="judul-kurang">.*?<\/section>/s.exec(isi)?.[0] ?? '';
    for (const t of judul[b]) assert.ok(terlihat(kurang).includes(t), `${f}: ${t} in ${terlihat(kurang)}`);
    // The id is an attribute of the item, for a machine; a reader sees no catalog id anywhere on the page.
    assert.deepEqual(
      [...kurang.matchAll(/<li data-katalog="([^"]+)">/g)].map((m) => m[1]),
      ['berkala.pengadaan', 'berkala.peringatan-dini'],
      f,
    );
    assert.doesNotMatch(terlihat(isi), /berkala\.[a-z]/, f);
    // The reasons quote the same titles (the SDK's words).
    assert.ok(terlihat(isi).includes(`"${judul[b][0]}"`), f);
  }
  // The same holds for the short example record's item.
  assert.match(
    terlihat(await baca('agensi/dinkes.html')),
    /Item wajib berkala yang belum ada LHKPN pejabat Yang/,
  );
});

test('the score breakdown is a table with explicit roles: a row per component (name, points of its weight, reason), each cell with its column name for the narrow layout, hidden from assistive technology', async () => {
  for (const [f, poin, kolom, kaki] of [
    [
      'agensi/dinkes.html',
      ['73,0 dari 80', '18,2 dari 20', '91,2 dari 100'],
      ['Poin', 'Alasan'],
      'Kualifikasi',
    ],
    [
      'en/agensi/dinkes.html',
      ['73.0 of 80', '18.2 of 20', '91.2 of 100'],
      ['Points', 'Reason'],
      'Qualification',
    ],
  ] as const) {
    const isi = rata(await baca(f));
    const tabel = /<table class="tumpuk" role="table" aria-labelledby="tabel-sumbangan">.*?<\/table>/.exec(
      isi,
    )?.[0];
    assert.ok(tabel, f);
    assert.deepEqual(
      [...tabel.matchAll(/<th scope="col" role="columnheader"(?: class="angka")?>([^<]*)<\/th>/g)].map(
        (m) => m[1],
      ),
      [f.startsWith('en/') ? 'Component' : 'Komponen', ...kolom],
    );
    const baris = [...tabel.matchAll(/<tr role="row">(.*?)<\/tr>/g)].slice(1).map((m) => m[1]!);
    assert.equal(baris.length, 3, f);
    baris.forEach((r, i) => {
      assert.match(r, /^ <th scope="row" role="rowheader">/);
      const sel = [
        ...r.matchAll(
          /<td role="cell"(?: class="angka")?><span class="label-sempit" aria-hidden="true">([^<]*): <\/span>(.*?)<\/td>/g,
        ),
      ];
      assert.deepEqual(
        sel.map((m) => m[1]),
        i === 2 ? [kolom[0], kaki] : kolom,
        `${f} row ${i}`,
      );
      assert.equal(sel[0]?.[2], poin[i]);
    });
    assert.match(tabel, /<tfoot role="rowgroup">/);
  }
  // The sources and the history are the same kind of table, with their own column names.
  const isi = rata(await baca('agensi/dinkes.html'));
  assert.match(isi, /<table class="tumpuk" role="table" aria-labelledby="tabel-sumber">/);
  assert.match(isi, /<span class="label-sempit" aria-hidden="true">Status HTTP: <\/span>404<\/td>/);
  assert.match(isi, /<table class="tumpuk" role="table" aria-labelledby="tabel-riwayat">/);
  assert.match(isi, /<span class="label-sempit" aria-hidden="true">Skor: <\/span>91,2<\/td>/);
});

test('the style sheet: column names hidden on a wide screen; under 48em every part of a stacking table a block, its header row visually hidden, and nothing that needs a script or inline style', () => {
  const css = cssLaporan();
  assert.match(css, /^\.label-sempit\{display:none\}$/m);
  const sempit = /@media \(max-width:48em\)\{(.*)\}$/m.exec(css)?.[1] ?? '';
  assert.match(
    sempit,
    /table\.tumpuk,\.tumpuk caption,\.tumpuk tbody,\.tumpuk tfoot,\.tumpuk th,\.tumpuk td\{display:block\}/,
  );
  assert.match(sempit, /\.tumpuk tr\{display:flow-root;/);
  assert.match(
    sempit,
    /\.tumpuk thead\{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset\(50%\)/,
  );
  assert.match(sempit, /\.tumpuk \.label-sempit\{display:inline;/);
  // Long unbroken text (a decree number, a User-Agent) wraps instead of widening the page.
  assert.match(css, /body\{[^}]*overflow-wrap:break-word/);
  assert.doesNotMatch(css, /expression\(|javascript:|@import/);
});
