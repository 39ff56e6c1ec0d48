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
  assert.match(papan, /Information openness ranking \(7 public bodies\)/);
  assert.match(papan, /Cannot be assessed/);
  assert.match(papan, /Sorted by \{kolom\}, \{arah\}\. ascending descending/);
});

/** The text of a page with the language it is in: each text run under the nearest `lang` around it. */
function teksBerbahasa(isi: string): { lang: string; teks: string }[] {
  const KOSONG = new Set([
    'area',
    'base',
    'br',
    'col',
    'embed',
    'hr',
    'img',
    'input',
    'link',
    'meta',
    'source',
    'wbr',
  ]);
  const tumpukan: { tag: string; lang: string }[] = [];
  const hasil: { lang: string; teks: string }[] = [];
  const badan = isi.replace(/<!--[\s\S]*?-->|<(script|style|title)\b[\s\S]*?<\/\1>/g, '');
  for (const m of badan.matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*)>|([^<]+)/g)) {
    if (m[4] !== undefined) {
      const teks = m[4].replace(/&[a-z#0-9]+;/g, ' ').replace(/\s+/g, ' ');
      if (teks.trim()) hasil.push({ lang: tumpukan.at(-1)?.lang ?? '?', teks });
      continue;
    }
    const tag = m[2]!.toLowerCase();
    if (m[1]) {
      const i = tumpukan.map((t) => t.tag).lastIndexOf(tag);
      if (i >= 0) tumpukan.length = i;
    } else if (!KOSONG.has(tag) && !m[3]!.endsWith('/')) {
      const lang = / lang="([^"]+)"/.exec(m[3]!)?.[1] ?? tumpukan.at(-1)?.lang ?? '?';
      tumpukan.push({ tag, lang });
    }
  }
  return hasil;
}

test('on English pages every Indonesian name the text keeps is marked lang="id" (WCAG 3.1.2)', async () => {
  const { keluar, files } = await dunia;
  // Names and terms English text keeps in Indonesian: the Monev regulation's title, the register's name,
  // the Monev itself, the offices, laws and decisions the SDK's reasons cite.
  const NAMA_ID =
    /Monitoring dan Evaluasi Keterbukaan Informasi Publik|Daftar Informasi Publik|Komisi Informasi|Dinkominfo|\b(?:Monev|Perki|UU KIP|PPID|SK DIP)\b/g;
  const bertanda = new Map<string, number>();
  for (const f of files.filter((x) => x.startsWith('en/') && x.endsWith('.html'))) {
    const isi = await readFile(join(keluar, f), 'utf8');
    for (const { lang, teks } of teksBerbahasa(isi))
      for (const m of teks.matchAll(NAMA_ID)) {
        assert.equal(lang, 'id', `${f}: “${m[0]}” is read as ${lang} in “${teks.trim()}”`);
        bertanda.set(`${f} ${m[0]}`, (bertanda.get(`${f} ${m[0]}`) ?? 0) + 1);
      }
    // An attribute cannot say its language: none of them carries such a name.
    assert.doesNotMatch(
      [...isi.matchAll(/\s(?:aria-label|title|alt|data-[\w-]+)="([^"]*)"/g)].map((m) => m[1]).join(' '),
      NAMA_ID,
      f,
    );
  }
  // Not blind: the names are there, each occurrence marked.
  assert.equal(bertanda.get('en/metode.html Monitoring dan Evaluasi Keterbukaan Informasi Publik'), 5);
  assert.equal(bertanda.get('en/metode.html Perki'), 10);
  assert.equal(bertanda.get('en/index.html Daftar Informasi Publik'), 1);
  assert.equal(bertanda.get('en/index.html Monev'), 1);
  assert.equal(bertanda.get('en/agensi/dinkes.html UU KIP'), 1);
  // The check sees an unmarked name as English.
  assert.deepEqual(
    teksBerbahasa('<html lang="en"><p>The <b>Monev</b> and <span lang="id">Monev</span></p></html>').map(
      (x) => x.lang,
    ),
    ['en', 'en', 'en', 'id'],
  );
  // Indonesian pages need no marks: their text is Indonesian.
  assert.doesNotMatch(await readFile(join(keluar, 'metode.html'), 'utf8'), /<span lang="id">/);
});

test('a single public body’s kind is named in the singular; the filters keep the plural', async () => {
  const { keluar } = await dunia;
  const baca = (f: string) => readFile(join(keluar, f), 'utf8');
  const jenisBaris = (isi: string, nama: string) =>
    // The kind is the cell after the row's name that a phone labels "Jenis"/"Kind".
    new RegExp(`>${nama}</a></th>[\\s\\S]*?aria-hidden="true">(?:Jenis|Kind): </span>([^<]+)</td>`).exec(
      isi,
    )?.[1];
  const jenisBukti = (isi: string) => /<dt>(?:Kind|Jenis)<\/dt>\s*<dd>([^<]+)<\/dd>/.exec(isi)?.[1];
  const en = await baca('en/index.html');
  assert.equal(jenisBaris(en, 'Kelurahan Mekar'), 'Urban village');
  assert.equal(jenisBaris(en, 'Kecamatan Barat'), 'District');
  assert.equal(jenisBaris(en, 'Dinas Kesehatan'), 'Regional agency');
  assert.equal(jenisBaris(en, 'Desa Asri'), 'Village');
  assert.match(en, />Urban villages \(1\)</);
  assert.match(en, />Villages \(2\)</);
  assert.equal(jenisBaris(await baca('en/jenis-desa.html'), 'Desa Asri'), 'Village');
  assert.equal(jenisBukti(await baca('en/agensi/kel-mekar.html')), 'Urban village');
  assert.equal(jenisBukti(await baca('en/agensi/dinas-tertutup.html')), 'Regional agency');
  assert.equal(jenisBaris(await baca('index.html'), 'Kelurahan Mekar'), 'Kelurahan');
  assert.equal(jenisBukti(await baca('agensi/kel-mekar.html')), 'Kelurahan');
});

test('a leaderboard’s count heading says the kind and the number without a second colon', async () => {
  const { keluar, files } = await dunia;
  const judul = async (f: string) =>
    /<h2 id="judul-tabel">([^<]+)<\/h2>/.exec(await readFile(join(keluar, f), 'utf8'))?.[1]?.trim();
  assert.equal(await judul('en/jenis-kelurahan.html'), 'Ranking: Urban villages (1 public body)');
  assert.equal(await judul('en/jenis-desa.html'), 'Ranking: Villages (2 public bodies)');
  assert.equal(await judul('jenis-kelurahan.html'), 'Peringkat Kelurahan (1 badan publik)');
  assert.equal(await judul('index.html'), 'Peringkat keterbukaan informasi (7 badan publik)');
  const papan = files.filter((f) => /(?:^|\/)(?:index|jenis-[a-z]+)\.html$/.test(f));
  assert.ok(papan.length >= 10);
  for (const f of papan) assert.doesNotMatch((await judul(f)) ?? '', /:.*:/, f);
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
