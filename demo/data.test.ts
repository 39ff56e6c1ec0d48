// The demo's data says what its pages claim: a valid DIP (the SDK fixture), a valid feed whose numbers the
// SDK would compute, a CSV with exactly the mistakes the admin page describes, and a snippet builder that
// escapes what it writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  bandMonev,
  csvItemSah,
  imporCSV,
  keTanggal,
  METODE_VERSI,
  nilaiDIP,
  validasiDIP,
  validasiFeed,
} from '@terbuka/sdk';
import { root, situs } from './uji-bantuan.js';

const baca = (nama: string): string => readFileSync(new URL(nama, situs), 'utf8');
const bacaJson = (nama: string): unknown => JSON.parse(baca(nama));

test('demo/situs/data/dip.json is a valid DIP, identical to the SDK fixture it was copied from', () => {
  const hasil = validasiDIP(bacaJson('data/dip.json'));
  assert.equal(hasil.ok, true, JSON.stringify(hasil.errors));
  const fixture = JSON.parse(readFileSync(`${root}packages/sdk/fixtures/sukamaju/dip.json`, 'utf8'));
  assert.deepEqual(bacaJson('data/dip.json'), fixture, 'copy packages/sdk/fixtures/sukamaju/dip.json again');
  assert.equal(
    baca('data/dip.csv'),
    readFileSync(`${root}packages/sdk/fixtures/sukamaju/dip-excel.csv`, 'utf8'),
    'copy packages/sdk/fixtures/sukamaju/dip-excel.csv again',
  );
});

interface Entri {
  agencyId: string;
  score: number;
  band: string;
  evaluatedAt: string;
  expiresAt: string;
  methodVersion: string;
}

test('demo/situs/data/feed.json is a valid terbuka-feed v1 whose bands match the scores', () => {
  const hasil = validasiFeed(bacaJson('data/feed.json'));
  assert.equal(hasil.ok, true, JSON.stringify(hasil.errors));
  for (const e of hasil.feed!.entries) {
    assert.equal(e.band, bandMonev(e.score).code, `${e.agencyId}: band of ${e.score}`);
    assert.equal(e.methodVersion, METODE_VERSI, e.agencyId);
  }
});

test("the feed's score for Diskominfo is the SDK's score of the demo DIP on the evaluation day", () => {
  const feed = bacaJson('data/feed.json') as { entries: Entri[] };
  const e = feed.entries.find((x) => x.agencyId === 'diskominfo-sukamaju')!;
  const dip = validasiDIP(bacaJson('data/dip.json')).document!;
  const hasil = nilaiDIP(dip, keTanggal(new Date(e.evaluatedAt), dip.agency.timeZone ?? 'Asia/Jakarta'));
  assert.equal(e.score, hasil.total, 'recompute the entry (npx terbuka dip score) when the method changes');
  assert.equal(e.band, hasil.band.code);
});

test('the demo feed keeps its current entries current for a year, and one expired entry for the stale badge', () => {
  const feed = bacaJson('data/feed.json') as { entries: Entri[] };
  const tahunDepan = Date.now() + 365 * 24 * 3600 * 1000;
  const kini = feed.entries.filter((e) => Date.parse(e.expiresAt) > Date.now());
  assert.ok(kini.some((e) => e.agencyId === 'diskominfo-sukamaju'));
  for (const e of kini) assert.ok(Date.parse(e.expiresAt) > tahunDepan, `${e.agencyId} expires too soon`);
  const basi = feed.entries.find((e) => e.agencyId === 'kecamatan-sukamaju-barat')!;
  assert.ok(Date.parse(basi.expiresAt) < Date.now(), 'the stale example has expired');
});

test('dip-bermasalah.csv has exactly the mistakes the admin page lists; the public keeps the valid rows, the one whose only fault is its link and the two whose update date is words or a day the calendar lacks', () => {
  const agency = {
    id: 'diskominfo-sukamaju',
    name: 'Dinas Komunikasi dan Informatika',
    kind: 'opd' as const,
  };
  const teks = baca('data/dip-bermasalah.csv');
  const hasil = imporCSV(teks, { agency });
  assert.equal(hasil.ok, false);
  assert.deepEqual(
    hasil.errors.map((m) => `${m.row}:${m.code}`),
    ['6:csv.category-unknown', '8:link.scheme', '11:exclusion.missing'],
  );
  // "kemarin" and 31/06 as the update date: the entry stays, without its date, and the admin is told.
  assert.deepEqual(
    hasil.warnings.filter((m) => m.code === 'csv.date-unreadable').map((m) => m.row),
    [3, 7],
  );
  // `www.sukamajukab.go.id/renja-2027` is read as https://www.… and said so.
  assert.ok(hasil.warnings.some((m) => m.row === 4 && m.code === 'csv.link-https-added'));
  const publik = csvItemSah(teks, (t, o) => imporCSV(t, { ...o, agency }));
  // The problems stay listed; line 8's link, its entry shown, as a warning.
  assert.deepEqual(
    publik.errors.map((m) => `${m.row}:${m.code}`),
    ['6:csv.category-unknown', '11:exclusion.missing'],
  );
  assert.ok(publik.warnings.some((m) => m.row === 8 && m.code === 'link.scheme'));
  // Line 8's javascript: link is its only fault: the entry is shown, its address as plain text.
  assert.equal(publik.omitted, 2);
  // The admin page tells the same count, in both its languages.
  const halaman = baca('admin.html');
  assert.match(halaman, /The public does not see the two rows/);
  assert.match(halaman, /Publik tidak\s+melihat dua baris/);
  assert.equal(publik.document!.items.length, 8);
  for (const judul of ['Agenda Kegiatan Kepala Dinas', 'Struktur Organisasi dan Tata Kerja']) {
    const it = publik.document!.items.find((i) => i.title === judul);
    assert.ok(it, judul);
    assert.equal(it.updated, undefined);
  }
  assert.ok(publik.document!.items.some((i) => i.title === 'Daftar Aset dan Inventaris'));
});

interface Cuplikan {
  ATRIBUT: Record<string, string[]>;
  escAtribut(v: string): string;
  buatCuplikan(o: {
    elemen: string;
    atribut?: Record<string, string>;
    skrip?: string;
    platform?: string;
  }): string;
  skripUntuk(elemen: string, alamat: string): string;
  skripDikenal(alamat: string): boolean;
  peringatanCuplikan(o: {
    elemen: string;
    atribut?: Record<string, string>;
    skrip?: string;
    platform?: string;
  }): { id: string; en: string }[];
}
const cuplikan = (await import(new URL('js/cuplikan.js', situs).href)) as Cuplikan;

test('the snippet configurator quotes and escapes every attribute value', () => {
  const jahat = `"><script>alert('x')</script><a href="`;
  const kode = cuplikan.buatCuplikan({
    elemen: 'ppid-informasi-berkala',
    atribut: { src: jahat, mode: 'periksa', 'agency-name': 'Dinas A & B', onload: 'alert(1)' },
    skrip: '/terbuka/terbuka.min.js?v="1"',
  });
  assert.equal(
    kode,
    '<script src="/terbuka/terbuka.min.js?v=&quot;1&quot;"></script>\n' +
      '<ppid-informasi-berkala src="&quot;&gt;&lt;script&gt;alert(\'x\')&lt;/script&gt;&lt;a href=&quot;" ' +
      'agency-name="Dinas A &amp; B" mode="periksa">\n' +
      // The fallback link carries the same address, escaped the same way.
      '  <a href="&quot;&gt;&lt;script&gt;alert(\'x\')&lt;/script&gt;&lt;a href=&quot;">Daftar Informasi Publik (berkas)</a>\n' +
      '</ppid-informasi-berkala>',
  );
  assert.equal(cuplikan.escAtribut('&amp;'), '&amp;amp;', 'escapes & first, so entities survive as text');
});

test("the lists' snippet carries a link to the register itself for browsers that run no widget; the badge and a list without src do not", () => {
  assert.equal(
    cuplikan.buatCuplikan({ elemen: 'ppid-daftar-informasi', atribut: { src: '/ppid/dip.csv?a=1&b=2' } }),
    '<ppid-daftar-informasi src="/ppid/dip.csv?a=1&amp;b=2">\n' +
      '  <a href="/ppid/dip.csv?a=1&amp;b=2">Daftar Informasi Publik (berkas)</a>\n' +
      '</ppid-daftar-informasi>',
  );
  assert.match(
    cuplikan.buatCuplikan({ elemen: 'ppid-informasi-berkala', atribut: { src: '/d.json', lang: 'en' } }),
    /<a href="\/d\.json">Public Information List \(file\)<\/a>/,
  );
  assert.equal(
    cuplikan.buatCuplikan({ elemen: 'ppid-informasi-berkala', atribut: { src: '  ' } }),
    '<ppid-informasi-berkala></ppid-informasi-berkala>',
  );
  assert.equal(
    cuplikan.buatCuplikan({ elemen: 'ppid-badge', atribut: { src: '/d.json' } }),
    '<ppid-badge src="/d.json"></ppid-badge>',
  );
});

test('the snippet: no script tag when not asked, the script without defer right before the element (Blogger too), badge attributes, unknown element', () => {
  assert.equal(
    cuplikan.buatCuplikan({
      elemen: 'ppid-badge',
      atribut: { feed: '/f.json', agency: 'a', key: 'k1 k2', size: 'kecil', mode: 'x' },
    }),
    '<ppid-badge feed="/f.json" agency="a" key="k1 k2" size="kecil"></ppid-badge>',
  );
  assert.match(
    cuplikan.buatCuplikan({
      elemen: 'ppid-daftar-informasi',
      skrip: 'https://x.example/t.js',
      platform: 'blogger',
    }),
    /^<script src="https:\/\/x\.example\/t\.js"><\/script>\n<ppid-daftar-informasi><\/ppid-daftar-informasi>$/,
  );
  assert.throws(() => cuplikan.buatCuplikan({ elemen: 'script' }), /unknown element/);
});

test('the WordPress snippet asks caching and optimisation plugins to leave the script alone (data-cfasync before src); other platforms do not', () => {
  const wp = cuplikan.buatCuplikan({
    elemen: 'ppid-informasi-berkala',
    atribut: { src: '/d.csv' },
    skrip: '/terbuka/terbuka.min.js',
    platform: 'wordpress',
  });
  assert.match(
    wp,
    /^<script data-cfasync="false" data-no-optimize="1" src="\/terbuka\/terbuka\.min\.js"><\/script>\n/,
  );
  for (const platform of ['html', 'blogger'])
    assert.match(
      cuplikan.buatCuplikan({
        elemen: 'ppid-badge',
        atribut: { src: '/d.json' },
        skrip: '/t/terbuka.min.js',
        platform,
      }),
      /^<script src="\/t\/terbuka-lencana\.min\.js"><\/script>\n<ppid-badge /,
      platform,
    );
});

test('the snippet of the request form and status page: their own script, endpoint, agency and mode', () => {
  assert.equal(
    cuplikan.buatCuplikan({
      elemen: 'ppid-permintaan',
      atribut: { endpoint: '/api', agency: 'diskominfo-sukamaju', mode: 'keberatan', src: '/x.json' },
      skrip: '/terbuka/terbuka.min.js',
    }),
    '<script src="/terbuka/terbuka-permintaan.min.js"></script>\n' +
      '<ppid-permintaan endpoint="/api" agency="diskominfo-sukamaju" mode="keberatan"></ppid-permintaan>',
  );
  assert.equal(
    cuplikan.buatCuplikan({
      elemen: 'ppid-status-permintaan',
      atribut: { endpoint: 'https://ppid.example.go.id/api' },
      skrip: 'https://cdn.example/terbuka/0.1.0/terbuka.min.js?x=1',
    }),
    '<script src="https://cdn.example/terbuka/0.1.0/terbuka-permintaan.min.js?x=1"></script>\n' +
      '<ppid-status-permintaan endpoint="https://ppid.example.go.id/api"></ppid-status-permintaan>',
  );
  // Back to a list: the display script again.
  assert.match(
    cuplikan.buatCuplikan({ elemen: 'ppid-daftar-informasi', skrip: '/a/terbuka-permintaan.min.js' }),
    /^<script src="\/a\/terbuka\.min\.js"><\/script>/,
  );
});

test('the snippet of the badge alone: terbuka-lencana.min.js from the same folder, and back to a list', () => {
  assert.equal(
    cuplikan.buatCuplikan({
      elemen: 'ppid-badge',
      atribut: { feed: '/f.json', agency: 'a' },
      skrip: '/terbuka/terbuka.min.js?v=1',
    }),
    '<script src="/terbuka/terbuka-lencana.min.js?v=1"></script>\n<ppid-badge feed="/f.json" agency="a"></ppid-badge>',
  );
  assert.match(
    cuplikan.buatCuplikan({
      elemen: 'ppid-badge',
      skrip: 'https://cdn.example/t/0.1.0/terbuka-permintaan.min.js',
    }),
    /^<script src="https:\/\/cdn\.example\/t\/0\.1\.0\/terbuka-lencana\.min\.js"><\/script>/,
  );
  // Each release script is switched to the element's own, in the same folder, query and fragment kept.
  for (const [elemen, skrip] of [
    ['ppid-informasi-berkala', 'terbuka.min.js'],
    ['ppid-badge', 'terbuka-lencana.min.js'],
    ['ppid-permintaan', 'terbuka-permintaan.min.js'],
    ['ppid-status-permintaan', 'terbuka-permintaan.min.js'],
  ] as const)
    for (const dari of ['terbuka.min.js', 'terbuka-lencana.min.js', 'terbuka-permintaan.min.js']) {
      assert.equal(cuplikan.skripUntuk(elemen, `/t/${dari}#x`), `/t/${skrip}#x`, `${dari} → ${elemen}`);
      assert.equal(cuplikan.skripUntuk(elemen, dari), skrip, `${dari} alone → ${elemen}`);
    }
});

test('a script address that names no release script is kept as typed, and the snippet says so', () => {
  const bukanRilis = [
    '/terbuka/cdn/lencana.js', // an ES module: it does not run from a classic script tag
    '/terbuka/cdn/terbuka.js',
    '/terbuka/', // a folder
    'https://cdn.example/terbuka/0.1.0/', // a folder
    '/aset/widget-ppid.js', // a renamed file
    '/aset/terbuka.min.js.bak',
    '/aset/lama-terbuka.min.js', // only the whole file name counts
    '/terbuka.min.js/x.js',
  ];
  for (const skrip of bukanRilis) {
    assert.equal(cuplikan.skripDikenal(skrip), false, skrip);
    for (const elemen of ['ppid-informasi-berkala', 'ppid-badge', 'ppid-permintaan']) {
      assert.equal(cuplikan.skripUntuk(elemen, skrip), skrip, `${skrip} kept for ${elemen}`);
      const [p, ...lain] = cuplikan.peringatanCuplikan({
        elemen,
        atribut: { src: '/data/dip.json', feed: '/f.json', agency: 'a', key: 'k', endpoint: '/api' },
        skrip,
        platform: 'html',
      });
      assert.deepEqual(lain, [], `${skrip}: one warning for ${elemen}`);
      assert.ok(
        p!.id.startsWith(`Alamat skrip ${skrip} tidak berakhir dengan nama berkas skrip rilis`),
        p!.id,
      );
      assert.ok(p!.en.startsWith(`The script address ${skrip} does not end`), p!.en);
    }
  }
  // The warning names the element's own script.
  const [b] = cuplikan.peringatanCuplikan({
    elemen: 'ppid-badge',
    atribut: { src: '/data/dip.json' },
    skrip: '/terbuka/cdn/lencana.js',
  });
  assert.match(b!.id, /Elemen ini memerlukan terbuka-lencana\.min\.js/);
  assert.match(b!.en, /This element needs terbuka-lencana\.min\.js/);
  // A release script, or no script tag at all: nothing to say.
  for (const skrip of ['/terbuka/terbuka.min.js', 'https://x.example/a/terbuka-permintaan.min.js?v=1', ''])
    assert.deepEqual(
      cuplikan.peringatanCuplikan({ elemen: 'ppid-daftar-informasi', atribut: { src: '/d.json' }, skrip }),
      [],
      skrip,
    );
});

test('the badge: a warning for no source, and for a feed without key or agency', () => {
  const kata = (atribut: Record<string, string>): string[] =>
    cuplikan.peringatanCuplikan({ elemen: 'ppid-badge', atribut }).map((p) => p.id);
  assert.deepEqual(kata({}), [
    'Lencana belum punya sumber: isi feed (feed pemantauan Dinkominfo, dianjurkan) beserta agency dan key, atau src (DIP Anda, untuk penilaian mandiri).',
  ]);
  assert.equal(kata({ src: ' ', feed: '' }).length, 1, 'blank is not a source');
  const tanpaKunci = kata({ feed: '/f.json', agency: 'a' });
  assert.equal(tanpaKunci.length, 1);
  assert.match(
    tanpaKunci[0]!,
    /^Isi kunci publik pemantau \(key\): tanpanya lencana feed selalu tampil Tidak terverifikasi/,
  );
  assert.match(
    cuplikan.peringatanCuplikan({ elemen: 'ppid-badge', atribut: { feed: '/f.json', agency: 'a' } })[0]!.en,
    /^Fill in the monitor's public key \(key\): without it a feed badge always shows Not verified/,
  );
  assert.deepEqual(
    kata({ feed: '/f.json' }).map((t) => t.slice(0, 20)),
    ['Isi kode badan publi', 'Isi kunci publik pem'],
    'both missing: agency first, then key',
  );
  assert.deepEqual(kata({ feed: '/f.json', agency: 'a', key: 'k' }), []);
  // A self-assessed badge needs no key.
  assert.deepEqual(kata({ src: '/data/dip.json' }), []);
});

test('a sharing link or a sheet page as the data address is named, with the address to use', () => {
  const kata = (elemen: string, atribut: Record<string, string>): string[] =>
    cuplikan.peringatanCuplikan({ elemen, atribut }).map((p) => p.id);
  const berbagi = 'https://docs.google.com/spreadsheets/d/1AbC/edit?usp=sharing';
  for (const elemen of ['ppid-informasi-berkala', 'ppid-daftar-informasi', 'ppid-badge']) {
    const [p, ...lain] = kata(elemen, { src: berbagi });
    assert.deepEqual(lain, [], elemen);
    assert.match(p!, /^src: Alamat ini halaman Google Sheets .*output=csv/, elemen);
  }
  assert.match(
    kata('ppid-permintaan', { endpoint: '/api', dip: 'https://www.dropbox.com/s/x/dip.json?dl=0' })[0]!,
    /^dip: Alamat ini tautan berbagi \(Dropbox/,
  );
  // The published CSV asks only for the body a CSV does not name; a feed badge does not read its src.
  assert.doesNotMatch(
    kata('ppid-informasi-berkala', {
      src: 'https://docs.google.com/spreadsheets/d/e/X/pub?output=csv',
    }).join(),
    /Alamat ini/,
  );
  assert.deepEqual(kata('ppid-badge', { src: berbagi, feed: '/f.json', agency: 'a', key: 'k' }), []);
});

test('a CSV source: agency-name and agency-kind are asked for (the kind selects the catalog)', () => {
  const kata = (elemen: string, atribut: Record<string, string>): { id: string; en: string }[] =>
    cuplikan.peringatanCuplikan({ elemen, atribut });
  const sheets = 'https://docs.google.com/spreadsheets/d/e/KODE/pub?output=csv';
  for (const elemen of ['ppid-informasi-berkala', 'ppid-daftar-informasi', 'ppid-badge'])
    for (const src of [
      '/data/dip.csv',
      '/data/DIP.CSV?v=2',
      sheets,
      'https://x.example/export?format=csv&gid=0',
    ]) {
      const [p, ...lain] = kata(elemen, { src });
      assert.deepEqual(lain, [], `${elemen} ${src}`);
      assert.equal(
        p!.id,
        'CSV tidak memuat data badan publik: tentukan juga nama badan publik (agency-name) dan jenisnya (agency-kind). Jenis menentukan katalog butir wajib yang dipakai.',
      );
      assert.equal(
        p!.en,
        'A CSV does not name its public body: also set the agency name (agency-name) and its kind (agency-kind). The kind selects the catalog of mandatory items.',
      );
    }
  assert.equal(
    kata('ppid-informasi-berkala', { src: '/d.csv', 'agency-name': 'Desa A' })[0]!.id,
    'CSV tidak memuat data badan publik: tentukan juga jenisnya (agency-kind). Jenis menentukan katalog butir wajib yang dipakai.',
  );
  assert.equal(
    kata('ppid-informasi-berkala', { src: '/d.csv', 'agency-kind': 'desa' })[0]!.en,
    'A CSV does not name its public body: also set the agency name (agency-name).',
  );
  assert.deepEqual(
    kata('ppid-informasi-berkala', { src: '/d.csv', 'agency-name': 'Desa A', 'agency-kind': 'desa' }),
    [],
  );
  // A JSON DIP names its body; a feed badge does not read src.
  assert.deepEqual(kata('ppid-informasi-berkala', { src: '/data/dip.json' }), []);
  assert.deepEqual(kata('ppid-informasi-berkala', { src: '/data/csv-export.json' }), []);
  assert.deepEqual(kata('ppid-badge', { src: '/d.csv', feed: '/f.json', agency: 'a', key: 'k' }), []);
});

test('a feed badge: src and the CSV body attributes are left out (ignored), agency is asked for', () => {
  const atribut = {
    src: '/data/dip.json',
    feed: '/pemantauan/feed.json',
    'agency-name': 'Dinas',
    'agency-timezone': 'Asia/Jayapura',
    key: 'abc',
  };
  assert.equal(
    cuplikan.buatCuplikan({ elemen: 'ppid-badge', atribut }),
    '<ppid-badge feed="/pemantauan/feed.json" key="abc"></ppid-badge>',
  );
  const [p] = cuplikan.peringatanCuplikan({ elemen: 'ppid-badge', atribut, platform: 'wordpress' });
  assert.match(p!.id, /^Isi kode badan publik \(agency\)/);
  assert.deepEqual(
    cuplikan.peringatanCuplikan({ elemen: 'ppid-badge', atribut: { ...atribut, agency: 'a' } }),
    [],
  );
  // A self-assessed badge from a CSV keeps them, and a list takes agency-timezone.
  assert.equal(
    cuplikan.buatCuplikan({ elemen: 'ppid-badge', atribut: { ...atribut, feed: '' } }),
    '<ppid-badge src="/data/dip.json" agency-name="Dinas" agency-timezone="Asia/Jayapura" key="abc"></ppid-badge>',
  );
  assert.match(
    cuplikan.buatCuplikan({
      elemen: 'ppid-daftar-informasi',
      atribut: { 'agency-timezone': 'Asia/Makassar' },
    }),
    /agency-timezone="Asia\/Makassar"/,
  );
});

test("the configurator offers only attributes an element declares, and every one of the badge's (custom-elements.json)", () => {
  // The manifest the widgets' build writes from their @attr comments.
  const manifest = JSON.parse(readFileSync(`${root}packages/widgets/dist/custom-elements.json`, 'utf8')) as {
    modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
  };
  const dinyatakan = new Map(
    manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.tagName)
      .map((d) => [d.tagName!, (d.attributes ?? []).map((a) => a.name)]),
  );
  for (const [elemen, atribut] of Object.entries(cuplikan.ATRIBUT))
    assert.deepEqual(
      atribut.filter((n) => !dinyatakan.get(elemen)?.includes(n)),
      [],
      `${elemen}: attributes it does not declare`,
    );
  // The badge and the lists: all but the reflected state, which is read, not written.
  for (const elemen of ['ppid-badge', 'ppid-informasi-berkala', 'ppid-daftar-informasi'])
    assert.deepEqual(
      dinyatakan.get(elemen)!.filter((n) => n !== 'state' && !cuplikan.ATRIBUT[elemen]!.includes(n)),
      [],
      `${elemen}: attributes the configurator does not offer`,
    );
});

test("the lists' timeout and stale-after: written as given; a value the element would not take is said, with the default it uses", () => {
  const elemen = 'ppid-daftar-informasi';
  const atribut = { src: '/data/dip.json', timeout: '20000', 'stale-after': '0' };
  assert.equal(
    cuplikan.buatCuplikan({ elemen, atribut }),
    '<ppid-daftar-informasi src="/data/dip.json" timeout="20000" stale-after="0">\n  <a href="/data/dip.json">Daftar Informasi Publik (berkas)</a>\n</ppid-daftar-informasi>',
  );
  assert.deepEqual(cuplikan.peringatanCuplikan({ elemen, atribut }), []);
  const salah = cuplikan.peringatanCuplikan({
    elemen: 'ppid-informasi-berkala',
    atribut: { ...atribut, timeout: '0', 'stale-after': '1,5' },
  });
  assert.deepEqual(
    salah.map((p) => p.id),
    [
      'timeout "0" bukan bilangan bulat 1 atau lebih: elemen memakai bawaannya, 10000.',
      'stale-after "1,5" bukan bilangan bulat 0 atau lebih: elemen memakai bawaannya, 365.',
    ],
  );
  assert.equal(
    salah[0]!.en,
    'timeout "0" is not a whole number of 1 or more: the element uses its default, 10000.',
  );
  // The badge's timeout, by the same rule; it has no stale-after, so none is said for it.
  assert.deepEqual(
    cuplikan
      .peringatanCuplikan({
        elemen: 'ppid-badge',
        atribut: { src: '/d.json', timeout: '1,5', 'stale-after': '0,5' },
      })
      .map((p) => p.id),
    ['timeout "1,5" bukan bilangan bulat 1 atau lebih: elemen memakai bawaannya, 10000.'],
  );
});

test('the badge snippet: evidence with src only, signature with feed only, timeout either way; Blogger names a relative signature', () => {
  const atribut = {
    src: '/data/dip.json',
    evidence: '/ppid/dip',
    signature: '/pemantauan/feed.json.sig',
    timeout: '20000',
  };
  assert.equal(
    cuplikan.buatCuplikan({ elemen: 'ppid-badge', atribut }),
    '<ppid-badge src="/data/dip.json" evidence="/ppid/dip" timeout="20000"></ppid-badge>',
  );
  const feed = { ...atribut, feed: '/pemantauan/feed.json', agency: 'a', key: 'k' };
  assert.equal(
    cuplikan.buatCuplikan({ elemen: 'ppid-badge', atribut: feed }),
    '<ppid-badge feed="/pemantauan/feed.json" agency="a" key="k" signature="/pemantauan/feed.json.sig" timeout="20000"></ppid-badge>',
  );
  const [p] = cuplikan.peringatanCuplikan({
    elemen: 'ppid-badge',
    atribut: { ...feed, feed: 'https://monitor.example.go.id/feed.json' },
    platform: 'blogger',
  });
  assert.match(p!.id, /alamat lengkap https:\/\/ untuk \/pemantauan\/feed\.json\.sig \(/);
});

test('Blogger: every site-relative address of the snippet is named, to be given as https://', () => {
  const opsi = {
    elemen: 'ppid-informasi-berkala',
    atribut: { src: '/data/dip.csv', agency: 'desa-a', 'agency-name': 'Desa A', 'agency-kind': 'desa' },
    skrip: '/terbuka/terbuka.min.js',
  };
  assert.deepEqual(cuplikan.peringatanCuplikan({ ...opsi, platform: 'wordpress' }), []);
  assert.deepEqual(cuplikan.peringatanCuplikan({ ...opsi, platform: 'html' }), []);
  const [p] = cuplikan.peringatanCuplikan({ ...opsi, platform: 'blogger' });
  assert.match(p!.id, /alamat lengkap https:\/\/ untuk \/terbuka\/terbuka\.min\.js, \/data\/dip\.csv/);
  assert.match(p!.en, /full https:\/\/ address for \/terbuka\/terbuka\.min\.js, \/data\/dip\.csv/);
  // The script named as the snippet writes it: the badge's own.
  const [b] = cuplikan.peringatanCuplikan({
    elemen: 'ppid-badge',
    atribut: { feed: 'https://monitor.example.go.id/feed.json', agency: 'a', key: 'k' },
    skrip: '/terbuka/terbuka.min.js',
    platform: 'blogger',
  });
  assert.match(b!.id, /untuk \/terbuka\/terbuka-lencana\.min\.js \(/);
  // Full https:// addresses (a published Google Sheets CSV): nothing to say; http:// is not enough.
  assert.deepEqual(
    cuplikan.peringatanCuplikan({
      elemen: 'ppid-badge',
      atribut: { feed: 'https://monitor.example.go.id/feed.json', agency: 'a', key: 'k' },
      skrip: 'https://situs.example.go.id/terbuka/terbuka.min.js',
      platform: 'blogger',
    }),
    [],
  );
  assert.equal(
    cuplikan.peringatanCuplikan({
      elemen: 'ppid-status-permintaan',
      atribut: { endpoint: 'http://x.id/api' },
      platform: 'blogger',
    }).length,
    1,
  );
});

test('situs.css reserves the widgets’ space only inside @supports (aspect-ratio: 1), so a browser that cannot run them shows the fallback link, not an empty screen', () => {
  const css = baca('css/situs.css').replace(/\/\*[\s\S]*?\*\//g, '');
  const awal = css.indexOf('@supports (aspect-ratio: 1) {');
  assert.ok(awal >= 0, 'no @supports (aspect-ratio: 1) block');
  let kedalaman = 0;
  let akhir = -1;
  for (let i = css.indexOf('{', awal); i < css.length; i++) {
    if (css[i] === '{') kedalaman++;
    else if (css[i] === '}' && --kedalaman === 0) {
      akhir = i;
      break;
    }
  }
  const tempat = [...css.matchAll(/:not\(:defined\)/g)].map((m) => m.index);
  assert.ok(tempat.length >= 3, 'the lists’ and the badge’s reservations');
  for (const i of tempat) assert.ok(i > awal && i < akhir, `a :not(:defined) rule outside @supports at ${i}`);
});
