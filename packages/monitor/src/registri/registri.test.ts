import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Masalah } from '@terbuka/sdk';
import { bacaRegistri } from './baca.js';
import { feedAkun } from './sosial.js';

const ringkas = (ms: readonly Masalah[]) =>
  ms.map((m) => ({ code: m.code, path: m.path, row: m.row, column: m.column }));

const KEPALA = 'id,nama,jenis,induk,situs,dip,wordpress,sosial';

test('CSV: a valid registry, header names in Indonesian or English, separators ; , tab', () => {
  for (const [pemisah, kepala] of [
    [',', 'id,nama,jenis,induk,situs,dip,wordpress,sosial,zona'],
    [';', 'ID;Name;Kind;Parent;Website;DIP;WordPress;Social;Zona Waktu'],
    ['\t', 'id\tnama badan publik\tjenis\tinduk\tsitus web\talamat dip\twp\tmedia sosial\tzona'],
  ] as const) {
    const baris = [
      ['kab', 'Kabupaten', 'lainnya', '', 'https://kab.go.id', '', 'tidak', '', 'WITA'],
      [
        'dinkes',
        'Dinas Kesehatan',
        'Dinas',
        'kab',
        'https://dinkes.kab.go.id/',
        'https://dinkes.kab.go.id/dip.json | https://dinkes.kab.go.id/dip.csv',
        'Ya',
        'ig:https://instagram.com/dinkes https://www.youtube.com/channel/UC1234567890abcdefghij',
        '',
      ],
      [
        'nagari-a',
        'Nagari A',
        'Nagari',
        'kab',
        'http://a.nagari.id',
        'http://a.nagari.id/dip',
        'true',
        '',
        'wib',
      ],
    ];
    const teks = [kepala, ...baris.map((b) => b.join(pemisah))].join('\r\n');
    const r = bacaRegistri(teks);
    assert.equal(r.ok, true, `${JSON.stringify(pemisah)}: ${JSON.stringify(r.errors)}`);
    const [kab, dinkes, nagari] = r.registry?.agencies ?? [];
    assert.equal(kab?.timeZone, 'Asia/Makassar');
    assert.equal(kab?.wordpress, false);
    assert.equal(dinkes?.kind, 'opd');
    assert.equal(dinkes?.parent, 'kab');
    assert.deepEqual(dinkes?.dipUrls, [
      'https://dinkes.kab.go.id/dip.json',
      'https://dinkes.kab.go.id/dip.csv',
    ]);
    assert.equal(dinkes?.wordpress, true);
    assert.deepEqual(dinkes?.social, [
      { platform: 'instagram', url: 'https://instagram.com/dinkes' },
      {
        platform: 'youtube',
        url: 'https://www.youtube.com/channel/UC1234567890abcdefghij',
        feedUrl: 'https://www.youtube.com/feeds/videos.xml?channel_id=UC1234567890abcdefghij',
      },
    ]);
    assert.equal(nagari?.kind, 'desa');
    assert.equal(nagari?.timeZone, 'Asia/Jakarta');
    // The agency without a DIP address is scanned but warned about, at its row and column.
    assert.deepEqual(ringkas(r.warnings), [
      { code: 'agency.no-dip', path: 'agencies[0].dipUrls', row: 2, column: kepala.split(pemisah)[5] },
    ]);
  }
});

test('CSV: mixed line breaks lose no agency (a CRLF header above LF rows, and the other way round)', () => {
  const baris = [KEPALA, 'a,Dinas A,opd,,https://a.go.id,,,', 'b,Dinas B,opd,,https://b.go.id,,,'];
  for (const teks of [
    `${baris[0]}\r\n${baris[1]}\n${baris[2]}\n`,
    `${baris[0]}\n${baris[1]}\r\n${baris[2]}\r\n`,
  ]) {
    const r = bacaRegistri(teks);
    assert.equal(r.ok, true, JSON.stringify(r.errors));
    assert.deepEqual(
      r.registry?.agencies.map((a) => a.id),
      ['a', 'b'],
    );
  }
});

test('CSV: each problem with its spreadsheet row and column, in both languages', () => {
  const teks = [
    `${KEPALA},warna`,
    'a,A,opd,,https://a.go.id,ftp://a.go.id/dip,ya,,merah',
    '',
    'a,B,planet,zz,javascript:alert(1),,mungkin,linkedin:https://linkedin.com/x,',
    '"b",B,desa,,"https://b.go.id',
    'lanjut",,,,',
    'c,,desa,b,https://c.go.id,,,,',
  ].join('\n');
  const r = bacaRegistri(teks);
  assert.equal(r.ok, false);
  assert.equal(r.registry, undefined);
  assert.deepEqual(ringkas(r.errors), [
    { code: 'link.web', path: 'agencies[0].dipUrls[0]', row: 2, column: 'dip' },
    { code: 'csv.boolean', path: 'agencies[1].wordpress', row: 4, column: 'wordpress' },
    { code: 'field.value', path: 'agencies[1].kind', row: 4, column: 'jenis' },
    { code: 'link.web', path: 'agencies[1].website', row: 4, column: 'situs' },
    { code: 'agency.duplicate-id', path: 'agencies[1].id', row: 4, column: 'id' },
    { code: 'agency.unknown-parent', path: 'agencies[1].parent', row: 4, column: 'induk' },
    // A cell quoted over two lines is one spreadsheet row: the agency is on row 5, the next on row 6.
    { code: 'link.web', path: 'agencies[2].website', row: 5, column: 'situs' },
    { code: 'field.required', path: 'agencies[3].name', row: 6, column: 'nama' },
  ]);
  const dup = r.errors.find((e) => e.code === 'agency.duplicate-id');
  assert.deepEqual(dup?.message, {
    id: 'Baris 4, kolom "id" — "a" sudah dipakai di baris 2. Setiap id harus unik.',
    en: 'Row 4, column "id" — "a" is already used on row 2. Every id must be unique.',
  });
  const jenis = r.errors.find((e) => e.code === 'field.value');
  assert.match(
    jenis?.message.id ?? '',
    /^Baris 4, kolom "jenis" — berisi "planet", yang tidak dikenal\. Pilihan yang sah: "opd", /,
  );
  assert.match(
    jenis?.message.en ?? '',
    /^Row 4, column "jenis" — is "planet", which is not known\. Valid values: /,
  );
  assert.deepEqual(
    ringkas(r.warnings),
    [
      { code: 'csv.unknown-column', path: '', row: 1, column: 'warna' },
      { code: 'csv.social-platform', path: 'agencies[1].social[0].platform', row: 4, column: 'sosial' },
      { code: 'agency.no-dip', path: 'agencies[1].dipUrls', row: 4, column: 'dip' },
    ].filter((w) => w.code !== 'agency.no-dip'),
  );
});

test('CSV: header problems', () => {
  const tanpaHeader = bacaRegistri('dinkes,Dinas Kesehatan,opd\n');
  assert.deepEqual(ringkas(tanpaHeader.errors), [
    { code: 'csv.header-not-found', path: '', row: 1, column: undefined },
  ]);
  const kurang = bacaRegistri('\n\nid;nama;jenis;nama instansi\nx;X;opd;Y\n');
  assert.deepEqual(ringkas(kurang.errors), [
    { code: 'csv.column-missing', path: '', row: 3, column: undefined },
  ]);
  assert.match(kurang.errors[0]?.message.id ?? '', /Kolom "situs" tidak ada/);
  assert.deepEqual(ringkas(kurang.warnings), [
    { code: 'csv.duplicate-column', path: '', row: 3, column: 'nama instansi' },
  ]);
  assert.deepEqual(ringkas(bacaRegistri('  \n').errors), [
    { code: 'csv.empty', path: '', row: undefined, column: undefined },
  ]);
});

test("CSV: Yogyakarta's and Maluku's names of a kind; Kalurahan is read as a desa, with a warning", () => {
  const teks = [
    'id,nama,jenis,situs,dip',
    'a,Kalurahan A,Kalurahan,https://a.desa.id,https://a.desa.id/dip.json',
    'b,Kapanewon B,kapanewon,https://b.go.id,https://b.go.id/dip.json',
    'c,Kemantren C,Kemantren,https://c.go.id,https://c.go.id/dip.json',
    'd,Negeri D,Negeri,https://d.desa.id,https://d.desa.id/dip.json',
    'e,Kelurahan E,Kelurahan,https://e.go.id,https://e.go.id/dip.json',
  ].join('\n');
  const r = bacaRegistri(teks);
  assert.equal(r.ok, true, JSON.stringify(r.errors));
  assert.deepEqual(
    r.registry?.agencies.map((a) => a.kind),
    ['desa', 'kecamatan', 'kecamatan', 'desa', 'kelurahan'],
  );
  // Kalurahan is one letter from Kelurahan, which is no desa (another catalog): the admin is told, at
  // its row and column; no other name is warned of.
  assert.deepEqual(ringkas(r.warnings), [
    { code: 'agency.kind-kalurahan', path: 'agencies[0].kind', row: 2, column: 'jenis' },
  ]);
  assert.deepEqual(r.warnings[0]?.message, {
    id: 'Baris 2, kolom "jenis" — "Kalurahan" dibaca sebagai desa (Kalurahan, sebutan desa di DIY). Jika badan publik ini kelurahan, tulis "Kelurahan".',
    en: 'Row 2, column "jenis" — "Kalurahan" is read as a desa (Kalurahan, the name of a desa in DIY). If this public body is a kelurahan, write "Kelurahan".',
  });
});

test('JSON: problems by path, agency named by its id; cycles and self-parents', () => {
  const doc = {
    format: 'terbuka-registri',
    version: 1,
    catatan: 'tambahan',
    agencies: [
      {
        id: 'a',
        name: 'A',
        kind: 'opd',
        website: 'https://a.go.id',
        parent: 'b',
        dipUrls: ['https://a.go.id/d'],
      },
      {
        id: 'b',
        name: 'B',
        kind: 'opd',
        website: 'https://b.go.id',
        parent: 'a',
        dipUrls: ['https://b.go.id/d'],
      },
      {
        id: 'c',
        name: 'C',
        kind: 'opd',
        website: 'https://c.go.id',
        parent: 'c',
        dipUrls: ['https://c.go.id/d'],
        warna: 1,
      },
      {
        id: 'd',
        name: 'D',
        kind: 'desa',
        website: 'https://d.go.id',
        social: [{ platform: 'x', url: 'x.com/d' }],
      },
      'bukan objek',
    ],
  };
  const r = bacaRegistri(JSON.stringify(doc));
  assert.equal(r.ok, false);
  assert.deepEqual(ringkas(r.errors), [
    { code: 'link.web', path: 'agencies[3].social[0].url', row: undefined, column: undefined },
    { code: 'field.type', path: 'agencies[4]', row: undefined, column: undefined },
    { code: 'agency.parent-self', path: 'agencies[2].parent', row: undefined, column: undefined },
    { code: 'agency.parent-cycle', path: 'agencies[0].parent', row: undefined, column: undefined },
  ]);
  assert.deepEqual(r.errors[0]?.message, {
    id: 'Badan publik ke-4 ("d") — akun resmi ke-1, alamat: "x.com/d" tidak diizinkan. Alamat harus lengkap dan diawali http:// atau https://, tanpa spasi.',
    en: 'Agency 4 ("d") — official account 1, address: "x.com/d" is not allowed. The address must be complete and start with http:// or https://, with no spaces.',
  });
  assert.match(r.errors[3]?.message.en ?? '', /the parents run in a circle: a → b → a\./);
  assert.deepEqual(
    r.warnings.map((w) => [w.code, w.path]),
    [
      ['field.unknown', 'catatan'],
      ['field.unknown', 'agencies[2].warna'],
    ],
  );
});

test('JSON: syntax errors with line and column; wrong format and version', () => {
  const r = bacaRegistri('{\n  "format": "terbuka-registri",\n  "agencies": [,]\n}');
  assert.equal(r.errors[0]?.code, 'json.syntax');
  assert.equal(r.errors[0]?.row, 3);
  assert.equal(r.errors[0]?.column, '16');
  assert.deepEqual(r.errors[0]?.message, {
    id: 'Baris 3, karakter ke-16 — Berkas bukan JSON yang sah (periksa koma, tanda kutip dan kurung).',
    en: 'Line 3, character 16 — The file is not valid JSON (check commas, quotation marks and brackets).',
  });
  const salah = bacaRegistri(JSON.stringify({ format: 'terbuka-dip', version: 2, agencies: [] }));
  assert.deepEqual(
    salah.errors.map((e) => [e.code, e.path]),
    [
      ['format.unknown', 'format'],
      ['version.unknown', 'version'],
    ],
  );
  assert.deepEqual(ringkas(bacaRegistri('[]').errors), [
    { code: 'registry.type', path: '', row: undefined, column: undefined },
  ]);
  assert.equal(bacaRegistri('id,nama\n', { format: 'json' }).errors[0]?.code, 'json.syntax');
});

test('JSON: defaults, unknown fields left out, shared websites warned', () => {
  const r = bacaRegistri(
    JSON.stringify({
      format: 'terbuka-registri',
      version: 1,
      agencies: [
        {
          id: 'a',
          name: ' A ',
          kind: 'opd',
          website: 'https://a.go.id',
          dipUrls: ['https://a.go.id/d'],
          x: 1,
        },
        { id: 'b', name: 'B', kind: 'opd', website: 'https://A.go.id/', dipUrls: ['https://a.go.id/e'] },
      ],
    }),
  );
  assert.equal(r.ok, true);
  assert.deepEqual(r.registry?.agencies[0], {
    id: 'a',
    name: 'A',
    kind: 'opd',
    website: 'https://a.go.id',
    dipUrls: ['https://a.go.id/d'],
    wordpress: false,
    social: [],
  });
  assert.deepEqual(
    r.warnings.map((w) => [w.code, w.path]),
    [
      ['field.unknown', 'agencies[0].x'],
      ['agency.website-shared', 'agencies[1].website'],
    ],
  );
});

test('official accounts: feeds known from the address alone', () => {
  assert.equal(
    feedAkun('youtube', 'https://www.youtube.com/channel/UCabcdefghijklmnop/'),
    'https://www.youtube.com/feeds/videos.xml?channel_id=UCabcdefghijklmnop',
  );
  assert.equal(feedAkun('youtube', 'https://www.youtube.com/@pemkab'), undefined);
  assert.equal(
    feedAkun('mastodon', 'https://kolektiva.social/@desa_a'),
    'https://kolektiva.social/@desa_a.rss',
  );
  assert.equal(feedAkun('instagram', 'https://instagram.com/desa_a'), undefined);
});

test('CSV: a social account with its own feed (platform:url>feed), measured like a YouTube or Mastodon one', () => {
  const teks = [
    KEPALA,
    'desa-a,Desa A,desa,,https://desa-a.id,https://desa-a.id/dip.json,tidak,' +
      'lainnya:https://video.desa-a.id/c/desa>https://video.desa-a.id/feeds/videos.xml?videoChannelId=7 ' +
      'https://bsky.app/profile/desa-a.id>https://bsky.app/profile/desa-a.id/rss',
    'desa-b,Desa B,desa,,https://desa-b.id,https://desa-b.id/dip.json,tidak,facebook:https://facebook.com/b>',
    'desa-c,Desa C,desa,,https://desa-c.id,https://desa-c.id/dip.json,tidak,x:https://x.com/c>bukan-url',
  ].join('\n');
  const r = bacaRegistri(teks);
  assert.deepEqual(
    r.errors.map((m) => [m.code, m.path, m.row]),
    [
      ['csv.social-feed', 'agencies[1].social[0].feedUrl', 3],
      ['link.web', 'agencies[2].social[0].feedUrl', 4],
    ],
  );
  const ok = bacaRegistri([KEPALA, teks.split('\n')[1]].join('\n'));
  assert.equal(ok.ok, true, JSON.stringify(ok.errors));
  assert.deepEqual(ok.registry?.agencies[0]?.social, [
    {
      platform: 'lainnya',
      url: 'https://video.desa-a.id/c/desa',
      feedUrl: 'https://video.desa-a.id/feeds/videos.xml?videoChannelId=7',
    },
    {
      platform: 'lainnya',
      url: 'https://bsky.app/profile/desa-a.id',
      feedUrl: 'https://bsky.app/profile/desa-a.id/rss',
    },
  ]);
});

test('a DIP address that is a sharing link or a sheet page is warned about, at its cell, with the address to use', () => {
  const r = bacaRegistri(
    [
      KEPALA,
      'a,Dinas A,opd,,https://a.go.id,https://docs.google.com/spreadsheets/d/1AbC/edit?usp=sharing,,',
      'b,Dinas B,opd,,https://b.go.id,https://b.go.id/dip.csv | https://www.dropbox.com/s/x/dip.csv?dl=0,,',
      'c,Dinas C,opd,,https://c.go.id,https://docs.google.com/spreadsheets/d/e/2PACX-1x/pub?output=csv,,',
    ].join('\n'),
  );
  assert.equal(r.ok, true, JSON.stringify(r.errors));
  assert.deepEqual(ringkas(r.warnings), [
    { code: 'agency.dip-page', path: 'agencies[0].dipUrls[0]', row: 2, column: 'dip' },
    { code: 'agency.dip-page', path: 'agencies[1].dipUrls[1]', row: 3, column: 'dip' },
  ]);
  assert.match(r.warnings[0]!.message.id, /^Baris 2, kolom "dip" — .*Publikasikan ke web.*output=csv/);
  assert.match(r.warnings[1]!.message.en, /Dropbox, OneDrive or SharePoint/);

  const json = bacaRegistri(
    JSON.stringify({
      format: 'terbuka-registri',
      version: 1,
      agencies: [
        {
          id: 'a',
          name: 'Dinas A',
          kind: 'opd',
          website: 'https://a.go.id',
          dipUrls: ['https://drive.google.com/file/d/1XyZ/view'],
        },
      ],
    }),
  );
  assert.deepEqual(
    json.warnings.map((w) => [w.code, w.path]),
    [['agency.dip-page', 'agencies[0].dipUrls[0]']],
  );
  assert.match(
    json.warnings[0]!.message.id,
    /^Badan publik ke-1 \("a"\) — alamat DIP ke-1: Alamat ini berkas di Google Drive/,
  );
});

test('rows in error leave the others as a registry to scan; a child of a row in error goes with it', () => {
  const h = bacaRegistri(
    [
      KEPALA,
      'kab,Kabupaten,lainnya,,https://kab.go.id,https://kab.go.id/dip.json,tidak,',
      'kec,Kecamatan,kecamatann,kab,https://kec.go.id,,tidak,',
      'desa,Desa,desa,kec,https://desa.id,,tidak,',
      'dinas,Dinas,opd,kab,https://dinas.go.id,,tidak,',
    ].join('\n'),
  );
  assert.equal(h.ok, false);
  assert.deepEqual(
    h.sebagian?.registry.agencies.map((a) => a.id),
    ['kab', 'dinas'],
  );
  assert.deepEqual(h.sebagian?.dilewati, ['kec', 'desa']);
  assert.deepEqual(
    h.sebagian?.barisDilewati.map((b) => [b.id, b.row, b.idDipindai]),
    [
      ['kec', 3, false],
      ['desa', 4, false],
    ],
  );
  // A duplicate row: that row is left out, not its id (the first row is kept), in CSV and in JSON.
  const ganda = bacaRegistri(
    [
      'id,nama,jenis,induk,situs,dip,wordpress,feed',
      'kab,Kabupaten,lainnya,,https://kab.go.id,https://kab.go.id/dip.json,tidak,',
      'kab,Kabupaten Lagi,lainnya,,https://kab2.go.id,https://kab2.go.id/dip.json,tidak,',
    ].join('\n'),
  );
  assert.deepEqual(
    ganda.sebagian?.registry.agencies.map((a) => a.name),
    ['Kabupaten'],
  );
  assert.deepEqual(ganda.sebagian?.dilewati, []);
  assert.deepEqual(ganda.sebagian?.barisDilewati, [{ id: 'kab', index: 1, row: 3, idDipindai: true }]);
  const gandaJSON = bacaRegistri(
    JSON.stringify({
      format: 'terbuka-registri',
      version: 1,
      agencies: [
        { id: 'kab', name: 'Kabupaten', kind: 'lainnya', website: 'https://kab.go.id', dipUrls: [] },
        { id: 'kab', name: 'Lagi', kind: 'lainnya', website: 'https://kab2.go.id', dipUrls: [] },
      ],
    }),
  );
  assert.deepEqual(gandaJSON.sebagian?.barisDilewati, [{ id: 'kab', index: 1, idDipindai: true }]);
  // A problem of the file itself: nothing to scan.
  assert.equal(bacaRegistri('apa,ini\n1,2\n').sebagian, undefined);
});

test('a zone the registry does not know is named with the words offices use (WIB, WITA, WIT)', () => {
  const h = bacaRegistri([KEPALA + ',zona', 'a,Dinas A,opd,,https://a.go.id,,tidak,,WTA'].join('\n'));
  const m = h.errors.find((e) => e.path === 'agencies[0].timeZone');
  assert.match(m?.message.id ?? '', /berisi "WTA", zona waktu yang tidak dikenal\. Tulis WIB, WITA atau WIT/);
  assert.match(m?.message.en ?? '', /Write WIB, WITA or WIT/);
});

test('a zone reads alike in a JSON registry and in a CSV zona column (WITA, wib, Asia/Makassar …), kept by its IANA name', () => {
  const json = (zona: string) =>
    bacaRegistri(
      JSON.stringify({
        format: 'terbuka-registri',
        version: 1,
        agencies: [{ id: 'a', name: 'Dinas A', kind: 'opd', website: 'https://a.go.id', timeZone: zona }],
      }),
    );
  const csv = (zona: string) =>
    bacaRegistri([KEPALA + ',zona', `a,Dinas A,opd,,https://a.go.id,,tidak,,${zona}`].join('\n'));
  for (const [zona, iana] of [
    ['WIB', 'Asia/Jakarta'],
    ['WITA', 'Asia/Makassar'],
    ['WIT', 'Asia/Jayapura'],
    ['wita', 'Asia/Makassar'],
    ['Asia/Makassar', 'Asia/Makassar'],
    ['Asia/Jayapura', 'Asia/Jayapura'],
    ['Asia/Pontianak', 'Asia/Jakarta'],
    ['Asia/Ujung_Pandang', 'Asia/Makassar'],
  ] as const)
    for (const [cara, h] of [
      ['JSON', json(zona)],
      ['CSV', csv(zona)],
    ] as const) {
      assert.equal(h.ok, true, `${cara} ${zona}: ${JSON.stringify(h.errors)}`);
      assert.equal(h.registry?.agencies[0]?.timeZone, iana, `${cara} ${zona}`);
    }
  for (const zona of ['WTA', 'Asia/Tokyo', 'UTC+8']) {
    const m = json(zona).errors.find((e) => e.path === 'agencies[0].timeZone');
    assert.match(m?.message.id ?? '', /zona waktu yang tidak dikenal\. Tulis WIB, WITA atau WIT/, zona);
    assert.equal(csv(zona).errors[0]?.code, m?.code, zona);
  }
});

test('a kind reads alike in a JSON registry and in a CSV jenis column (dinas, Nagari, Kalurahan with its note …)', () => {
  const json = (jenis: string) =>
    bacaRegistri(
      JSON.stringify({
        format: 'terbuka-registri',
        version: 1,
        agencies: [
          {
            id: 'a',
            name: 'A',
            kind: jenis,
            website: 'https://a.go.id',
            dipUrls: ['https://a.go.id/dip.json'],
          },
        ],
      }),
    );
  const csv = (jenis: string) =>
    bacaRegistri(
      ['id,nama,jenis,situs,dip', `a,A,${jenis},https://a.go.id,https://a.go.id/dip.json`].join('\n'),
    );
  for (const [jenis, kode] of [
    ['dinas', 'opd'],
    ['Dinas', 'opd'],
    ['BADAN', 'opd'],
    ['perangkat daerah', 'opd'],
    ['opd', 'opd'],
    ['Nagari', 'desa'],
    ['distrik', 'kecamatan'],
    ['Lain-lain', 'lainnya'],
    ['Kelurahan', 'kelurahan'],
    ['Kalurahan', 'desa'],
  ] as const)
    for (const [cara, h] of [
      ['JSON', json(jenis)],
      ['CSV', csv(jenis)],
    ] as const) {
      assert.equal(h.ok, true, `${cara} ${jenis}: ${JSON.stringify(h.errors)}`);
      assert.equal(h.registry?.agencies[0]?.kind, kode, `${cara} ${jenis}`);
      // Only Kalurahan, one letter from Kelurahan, is warned of, in JSON as in CSV.
      assert.deepEqual(
        h.warnings.map((w) => [w.code, w.path]),
        jenis === 'Kalurahan' ? [['agency.kind-kalurahan', 'agencies[0].kind']] : [],
        `${cara} ${jenis}`,
      );
    }
  assert.deepEqual(json('Kalurahan').warnings[0]?.message, {
    id: 'Badan publik ke-1 ("a") — jenis: "Kalurahan" dibaca sebagai desa (Kalurahan, sebutan desa di DIY). Jika badan publik ini kelurahan, tulis "Kelurahan".',
    en: 'Agency 1 ("a") — kind: "Kalurahan" is read as a desa (Kalurahan, the name of a desa in DIY). If this public body is a kelurahan, write "Kelurahan".',
  });
  for (const jenis of ['planet', 'kementerian', 'dinass']) {
    const m = json(jenis).errors.find((e) => e.path === 'agencies[0].kind');
    assert.equal(m?.code, 'field.value', jenis);
    assert.match(
      m?.message.id ?? '',
      new RegExp(
        `berisi "${jenis}", yang tidak dikenal\\. Pilihan yang sah: "opd", .* \\(juga dinas, distrik`,
      ),
      jenis,
    );
    assert.match(m?.message.en ?? '', /Valid values: "opd", .* \(also dinas, distrik/, jenis);
    assert.equal(csv(jenis).errors[0]?.code, m?.code, jenis);
  }
});

test('CSV: a row with more cells than the header whose fields do not validate is said as such (a comma inside a cell needs quotation marks); the rest is scanned', () => {
  const h = bacaRegistri(
    [
      'kode,nama opd,tipe,website',
      'abc,Dinas A, B dan C,opd,https://a.go.id',
      'def,Dinas D,opd,https://d.go.id,,',
      'ghi,"Dinas G, H dan I",opd,https://g.go.id',
    ].join('\n'),
  );
  // Only that row's count, not its shifted cells read as a kind "B dan C" and a website "opd".
  assert.deepEqual(ringkas(h.errors), [
    { code: 'csv.extra-cells', path: 'agencies[0]', row: 2, column: undefined },
  ]);
  assert.equal(
    h.errors[0]?.message.id,
    'Baris 2 — berisi 5 sel, padahal baris judul hanya 4 kolom, jadi isinya tidak dibaca. Koma di dalam isi sel perlu diapit tanda kutip, mis. "Dinas Pemuda, Olahraga dan Pariwisata"; kolom tambahan perlu judul.',
  );
  assert.equal(
    h.errors[0]?.message.en,
    'Row 2 — has 5 cells, but the header row has only 4 columns, so the row is not read. A comma inside a cell needs quotation marks, e.g. "Dinas Pemuda, Olahraga dan Pariwisata"; an extra column needs a header.',
  );
  // Nor a warning about its shifted cells.
  assert.deepEqual(
    h.warnings.filter((w) => w.row === 2),
    [],
  );
  // Empty cells after the last one (a spreadsheet's stray commas) are no extra cells.
  assert.deepEqual(
    h.sebagian?.registry.agencies.map((a) => [a.id, a.name]),
    [
      ['def', 'Dinas D'],
      ['ghi', 'Dinas G, H dan I'],
    ],
  );
  assert.deepEqual(h.sebagian?.dilewati, ['abc']);
  // The separator the file uses is the one named.
  const titikKoma = bacaRegistri('id;nama;jenis;situs\nabc;Dinas A; B;opd;https://a.go.id\n');
  assert.match(titikKoma.errors[0]?.message.id ?? '', /Titik koma di dalam isi sel perlu diapit tanda kutip/);
  assert.match(titikKoma.errors[0]?.message.en ?? '', /A semicolon inside a cell needs quotation marks/);
  // A cell read by the CSV reader (wordpress) in error, shifted: the same one error, the row left out.
  const wp = bacaRegistri(
    'id,nama,jenis,situs,wordpress\nabc,Dinas A,opd,https://a.go.id, A,ya\ndef,Dinas D,opd,https://d.go.id,ya\n',
  );
  assert.deepEqual(ringkas(wp.errors), [
    { code: 'csv.extra-cells', path: 'agencies[0]', row: 2, column: undefined },
  ]);
  assert.deepEqual(wp.sebagian?.dilewati, ['abc']);
});

test('CSV: a row with notes in a column without a header is kept, with a warning that those cells were not read', () => {
  const h = bacaRegistri(
    [
      'id,nama,jenis,situs,dip',
      'abc,Dinas A,opd,https://a.go.id,https://a.go.id/dip.json,belum dicek,telp 0411',
      'def,Dinas D,opd,https://d.go.id,https://d.go.id/dip.json',
      'ghi,Dinas G,opd,https://g.go.id,https://g.go.id/dip.json,cek lagi',
    ].join('\n'),
  );
  assert.equal(h.ok, true, JSON.stringify(h.errors));
  assert.deepEqual(
    h.registry?.agencies.map((a) => [a.id, a.name, a.dipUrls]),
    [
      ['abc', 'Dinas A', ['https://a.go.id/dip.json']],
      ['def', 'Dinas D', ['https://d.go.id/dip.json']],
      ['ghi', 'Dinas G', ['https://g.go.id/dip.json']],
    ],
  );
  assert.deepEqual(ringkas(h.warnings), [
    { code: 'csv.extra-cells', path: 'agencies[0]', row: 2, column: undefined },
    { code: 'csv.extra-cells', path: 'agencies[2]', row: 4, column: undefined },
  ]);
  assert.deepEqual(h.warnings[0]?.message, {
    id: 'Baris 2 — berisi 7 sel, padahal baris judul hanya 5 kolom; 2 sel sesudahnya tidak dibaca. Beri judul pada kolom itu, atau jika koma di dalam isi sel memecahnya, apit isi sel itu dengan tanda kutip.',
    en: 'Row 2 — has 7 cells, but the header row has only 5 columns; the 2 cells after them are not read. Give that column a header, or if a comma inside a cell split it, put the cell in quotation marks.',
  });
  assert.match(
    h.warnings[1]?.message.en ?? '',
    /^Row 4 — has 6 cells, .*; the cell after them is not read\./,
  );
  // With a row in error elsewhere, the row with notes is still scanned.
  const lain = bacaRegistri(
    'id;nama;jenis;situs\nabc;Dinas A;opd;https://a.go.id;catatan\nxyz;Dinas X;planet;https://x.go.id\n',
  );
  assert.deepEqual(ringkas(lain.errors), [
    { code: 'field.value', path: 'agencies[1].kind', row: 3, column: 'jenis' },
  ]);
  assert.match(
    lain.warnings.find((w) => w.code === 'csv.extra-cells')?.message.id ?? '',
    /jika titik koma di dalam/,
  );
  assert.deepEqual(
    lain.sebagian?.registry.agencies.map((a) => a.id),
    ['abc'],
  );
});
