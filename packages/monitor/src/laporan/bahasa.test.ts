// The report in both languages, as published: every page has its twin, says its language, links to the
// twin (and every other relative link resolves), and an English page carries no Indonesian sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { DASAR, terbitContoh } from './contoh.test.js';
import type { DataLaporan } from './data.js';
import { halamanMetode } from './metode.js';

const dunia = terbitContoh();

/** The relative links of a page (`href`, `src`), resolved against its path; fragments and queries cut. */
function tautanRelatif(halaman: string, isi: string): string[] {
  return [...isi.matchAll(/\s(?:href|src)="([^"]*)"/g)]
    .map((m) => m[1]!.replace(/&amp;/g, '&'))
    .filter((u) => !/^[a-z][a-z0-9+.-]*:/i.test(u) && !u.startsWith('#'))
    .map((u) => posix.normalize(posix.join(posix.dirname(halaman), u.split(/[#?]/)[0]!)));
}

/** What a reader sees or hears of a page: its text and the attributes read aloud or shown on hover. */
function yangTerbaca(isi: string): string {
  const atribut = [
    ...isi.matchAll(/\s(?:aria-label|title|alt|data-status-urut|data-naik|data-turun)="([^"]*)"/g),
  ].map((m) => m[1]);
  const teks = isi.replace(/<[^>]*>/g, ' ');
  return `${teks} ${atribut.join(' ')}`.replace(/&[a-z#0-9]+;/g, ' ').replace(/\s+/g, ' ');
}

test('every report page exists in Indonesian (root) and English (en/), each with its language', async () => {
  const { keluar, files } = await dunia;
  const html = files.filter((f) => f.endsWith('.html'));
  const id = html.filter((f) => !f.startsWith('en/'));
  const en = html.filter((f) => f.startsWith('en/'));
  assert.ok(id.includes('index.html') && id.includes('metode.html') && id.includes('agensi/dinkes.html'));
  assert.deepEqual(en.sort(), id.map((f) => `en/${f}`).sort());
  for (const f of html) {
    const isi = await readFile(join(keluar, f), 'utf8');
    assert.match(isi, new RegExp(`<html lang="${f.startsWith('en/') ? 'en' : 'id'}">`), f);
  }
  // The feed, its signature, keys and badges are one set at the root, for both languages.
  for (const f of ['feed.json', 'feed.json.sig', 'keys.json', 'lencana/dinkes.svg', 'lencana/dinkes.json'])
    assert.ok(files.includes(f), f);
  assert.deepEqual(
    files.filter((f) => f.startsWith('en/') && !f.endsWith('.html')),
    [],
  );
});

test('each page names its twin (hreflang alternates and its canonical address, absolute under --base-url; a visible switch) and every relative link resolves', async () => {
  const { keluar, files } = await dunia;
  const ada = new Set(files);
  for (const f of files.filter((x) => x.endsWith('.html'))) {
    const isi = await readFile(join(keluar, f), 'utf8');
    const en = f.startsWith('en/');
    const id = en ? f.slice(3) : f;
    const kembaran = en ? id : `en/${f}`;
    const alternatif = Object.fromEntries(
      [...isi.matchAll(/<link rel="alternate" hreflang="(\w+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]),
    );
    // Search engines want absolute alternates; the monitor knows where the report is published.
    assert.deepEqual(alternatif, { id: DASAR + id, en: `${DASAR}en/${id}` }, f);
    assert.deepEqual(
      [...isi.matchAll(/<link rel="canonical" href="([^"]+)"/g)].map((m) => m[1]),
      [DASAR + f],
      f,
    );
    const saklar = [...isi.matchAll(/<a href="([^"]+)" hreflang="(\w+)" lang="\w+">([^<]+)<\/a>/g)];
    assert.equal(saklar.length, 1, f);
    const [, href, hreflang, nama] = saklar[0]!;
    assert.equal(hreflang, en ? 'id' : 'en', f);
    assert.equal(nama, en ? 'Bahasa Indonesia' : 'English', f);
    assert.equal(posix.normalize(posix.join(posix.dirname(f), href!)), kembaran, f);
    for (const u of tautanRelatif(f, isi))
      assert.ok(ada.has(u), `${f} links to ${u}, which was not published`);
  }
});

test('English pages carry no Indonesian words of the report; dates and numbers are written the English way', async () => {
  const { keluar, files } = await dunia;
  // Words of the report's Indonesian text that no English sentence of it contains (agency names excluded).
  const KATA_ID =
    /\b(dan|yang|tidak|pada|dari|untuk|pemindaian|peringkat|badan publik|diterbitkan|dinilai|kualifikasi|sumber|hari|halaman|situs|bukti|lencana|skor dari|metode|jumlah|bobot|naik|turun|galat|pemantau|terjangkau|diurutkan)\b/i;
  const halamanEn = files.filter((f) => f.startsWith('en/') && f.endsWith('.html'));
  assert.ok(halamanEn.length >= 8);
  for (const f of halamanEn) {
    // Names are data, codes are identifiers, a law's title is its name: none of them is translated.
    const teks = yangTerbaca(await readFile(join(keluar, f), 'utf8'))
      .replace(
        /Dinas Kesehatan|Badan Perencanaan Pembangunan Daerah|Kecamatan Barat|Kelurahan Mekar|Desa (?:Asri|script alert\(1\) \/script Mulya)|Dinas Tertutup|Diskominfo Kabupaten Sukamaju/g,
        '',
      )
      .replace(/\((?:[a-z]+-)*[a-z]+\)/g, '')
      .replace(/Perki \d+\/\d+ \([^)]*\)/g, '');
    const ketemu = KATA_ID.exec(teks);
    assert.equal(
      ketemu,
      null,
      `${f}: “${ketemu?.[0]}” in …${teks.slice(Math.max(0, (ketemu?.index ?? 0) - 60), (ketemu?.index ?? 0) + 60)}…`,
    );
  }
  // The same check finds the words on the Indonesian pages: it is not blind.
  for (const f of ['index.html', 'metode.html', 'agensi/dinkes.html'])
    assert.match(yangTerbaca(await readFile(join(keluar, f), 'utf8')), KATA_ID, f);

  const bukti = yangTerbaca(await readFile(join(keluar, 'en/agensi/dinkes.html'), 'utf8'));
  assert.match(bukti, /91\.2 out of 100/);
  assert.doesNotMatch(bukti, /91,2/);
  assert.match(bukti, /27 Nov 2026, 08:00 WIB/);
  assert.match(bukti, /Score history: 3 scans, from 70\.1 on 1 Oct 2026 to 91\.2 on 27 Nov 2026/);
  const buktiId = yangTerbaca(await readFile(join(keluar, 'agensi/dinkes.html'), 'utf8'));
  assert.match(buktiId, /91,2 dari 100/);
  assert.match(buktiId, /27 Nov 2026, 08\.00 WIB/);
  const papan = yangTerbaca(await readFile(join(keluar, 'en/index.html'), 'utf8'));
  assert.match(papan, /Information openness ranking: 7 public bodies/);
  assert.match(papan, /Cannot be assessed/);
  assert.match(papan, /Sorted by \{kolom\}, \{arah\}\. ascending descending/);
});

test('a page built without the public address of the report names its twin and itself by relative addresses', () => {
  const data: DataLaporan = {
    issuer: { id: 'd', name: 'D' },
    generatedAt: '2026-11-28T00:00:00Z',
    methodVersions: [],
    agencies: [],
  };
  for (const [b, f] of [
    ['id', 'metode.html'],
    ['en', 'en/metode.html'],
  ] as const) {
    const isi = halamanMetode(data, b);
    const terurai = (re: RegExp) =>
      [...isi.matchAll(re)].map((m) => posix.normalize(posix.join(posix.dirname(f), m[1]!)));
    assert.deepEqual(terurai(/<link rel="alternate" hreflang="\w+" href="([^"]+)"/g), [
      'metode.html',
      'en/metode.html',
    ]);
    assert.deepEqual(terurai(/<link rel="canonical" href="([^"]+)"/g), [f]);
    assert.doesNotMatch(isi, /<link rel="(?:alternate|canonical)"[^>]*href="[a-z]+:/);
  }
});
