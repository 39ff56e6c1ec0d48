import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validasiDIP } from './validasi.js';
import { validasiDIPMentahDengan } from './periksa.js';
import { validasiDIPMentah } from './validasi-mentah.js';
import { katalogIntiBadanPublik, katalogIntiUntuk } from '../standard/katalog.js';
import { katalogIntiBerkalaBadanPublik, katalogIntiBerkalaDesa } from '../standard/katalog-inti.js';
import { itemWajibBelumTercakup } from '../standard/belum-tercakup.js';
import type { Masalah } from './types.js';

const agency = { id: 'diskominfo-sukamaju', name: 'Dinas Komunikasi dan Informatika', kind: 'opd' };
const item = (lebih: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'a',
  title: 'Profil Dinas',
  category: 'berkala',
  links: [{ label: 'Profil', url: 'https://example.org/profil' }],
  updated: '2026-03-05',
  ...lebih,
});
const dok = (lebih: Record<string, unknown> = {}): Record<string, unknown> => ({
  format: 'terbuka-dip',
  version: 1,
  agency,
  items: [item()],
  ...lebih,
});
const exclusion = {
  grounds: ['h'],
  consequence: 'Mengungkap rahasia pribadi.',
  period: '5 tahun',
  decisionNumber: '800/1/2026',
  decisionDate: '2026-01-15',
};
const cari = (ms: readonly Masalah[], path: string): Masalah | undefined => ms.find((m) => m.path === path);

test('a valid document passes and comes back typed', () => {
  const r = validasiDIP(dok());
  assert.equal(r.ok, true);
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.warnings, []);
  assert.equal(r.document?.items[0]?.title, 'Profil Dinas');
  // `ok` narrows: the document is there without `?` or `!` (tsc checks this line).
  if (r.ok) assert.equal(r.document.items.length, 1);
  else assert.fail('valid');
});

test('every problem is reported, each at its exact path, in both languages', () => {
  const r = validasiDIP(
    dok({
      agency: { id: 'x', name: '', kind: 'dinas', timeZone: 'Asia/Tokyo' },
      items: [
        item({
          links: [
            { label: 'a', url: 'https://ok.example' },
            { label: 'b', url: 'javascript:alert(1)' },
          ],
        }),
        item({ id: 'b', title: '   ', category: 'rahasia', updated: '2026-02-30' }),
        item({ id: 'c', made: { year: 2026.5 }, formats: ['pdf'] }),
      ],
    }),
  );
  assert.equal(r.ok, false);
  assert.equal(r.document, undefined);
  const harap: [string, string][] = [
    ['agency.name', 'field.empty'],
    ['agency.kind', 'field.value'],
    ['agency.timeZone', 'field.value'],
    ['items[0].links[1].url', 'link.scheme'],
    ['items[1].title', 'field.empty'],
    ['items[1].category', 'field.value'],
    ['items[1].updated', 'date.invalid'],
    ['items[2].made.year', 'year.invalid'],
    ['items[2].formats[0]', 'field.value'],
  ];
  for (const [path, code] of harap) assert.equal(cari(r.errors, path)?.code, code, path);
  assert.equal(r.errors.length, harap.length, JSON.stringify(r.errors.map((e) => e.path)));
  const link = cari(r.errors, 'items[0].links[1].url');
  assert.match(
    link?.message.id ?? '',
    /^Item ke-1, tautan ke-2 — Alamat tautan \(URL\): "javascript:alert\(1\)"/,
  );
  assert.match(link?.message.en ?? '', /^Item 1, link 2 — Link address \(URL\)/);
  assert.match(cari(r.errors, 'agency.kind')?.message.id ?? '', /"dinas".*opd/);
  // What to write instead.
  assert.match(
    cari(r.errors, 'items[2].made.year')?.message.id ?? '',
    /2026\.5 bukan tahun yang sah\. Tulis .*empat angka/,
  );
});

test('every scheme other than http, https, mailto and tel is an error on that field', () => {
  for (const url of [
    'javascript:alert(1)',
    'data:text/html,x',
    'ftp://x.example/a',
    '/relatif/dok.pdf',
    'dok.pdf',
  ]) {
    const r = validasiDIP(dok({ items: [item({ links: [{ label: 'x', url }] })] }));
    assert.deepEqual(
      r.errors.map((e) => [e.path, e.code]),
      [['items[0].links[0].url', 'link.scheme']],
      url,
    );
  }
  const web = validasiDIP(dok({ agency: { ...agency, website: 'mailto:a@b.c' } }));
  assert.equal(cari(web.errors, 'agency.website')?.code, 'link.web');
});

test('a C1 control character in a link (U+0085, U+009B) is the same error, in the same words, as a C0 one', () => {
  const pesan = (url: string, website: string) => {
    const r = validasiDIP(
      dok({ agency: { ...agency, website }, items: [item({ links: [{ label: 'x', url }] })] }),
    );
    assert.deepEqual(
      r.errors.map((e) => [e.path, e.code]),
      [
        ['agency.website', 'link.web'],
        ['items[0].links[0].url', 'link.scheme'],
      ],
      JSON.stringify(url),
    );
    return r.errors.map((e) => e.message);
  };
  const c0 = pesan('https://desa.go.id/a\u0001b.pdf', 'https://desa.go.id/\u0001');
  for (const h of ['\u0085', '\u009B', '\u0080', '\u009F'])
    // The value is quoted with its control character shown as a space, as a C0 one is.
    assert.deepEqual(
      pesan(`https://desa.go.id/a${h}b.pdf`, `https://desa.go.id/${h}`),
      c0,
      JSON.stringify(h),
    );
});

test('missing required fields are named one by one', () => {
  const r = validasiDIP({ format: 'terbuka-dip', version: 1, agency: {}, items: [{}] });
  const paths = r.errors.map((e) => `${e.path} ${e.code}`).sort();
  assert.deepEqual(paths, [
    'agency.id field.required',
    'agency.kind field.required',
    'agency.name field.required',
    'items[0].category field.required',
    'items[0].id field.required',
    'items[0].title field.required',
  ]);
  assert.match(cari(r.errors, 'items[0].title')?.message.id ?? '', /Judul.*wajib diisi/);
  const tanpa = validasiDIP({ agency, items: [] });
  assert.deepEqual(tanpa.errors.map((e) => e.path).sort(), ['format', 'version']);
});

test('a dikecualikan item needs its exclusion record, and each missing part is named', () => {
  const tanpa = validasiDIP(dok({ items: [item({ category: 'dikecualikan' })] }));
  assert.deepEqual(
    tanpa.errors.map((e) => [e.path, e.code]),
    [['items[0].exclusion', 'exclusion.missing']],
  );
  for (const kunci of Object.keys(exclusion)) {
    const sebagian: Record<string, unknown> = { ...exclusion };
    delete sebagian[kunci];
    const r = validasiDIP(dok({ items: [item({ category: 'dikecualikan', exclusion: sebagian })] }));
    assert.deepEqual(
      r.errors.map((e) => [e.path, e.code]),
      [[`items[0].exclusion.${kunci}`, 'field.required']],
      kunci,
    );
  }
  const huruf = validasiDIP(
    dok({ items: [item({ category: 'dikecualikan', exclusion: { ...exclusion, grounds: ['k'] } })] }),
  );
  assert.equal(cari(huruf.errors, 'items[0].exclusion.grounds[0]')?.code, 'field.value');
  const kosong = validasiDIP(
    dok({ items: [item({ category: 'dikecualikan', exclusion: { ...exclusion, grounds: [] } })] }),
  );
  assert.equal(cari(kosong.errors, 'items[0].exclusion.grounds')?.code, 'field.empty');
  const tgl = validasiDIP(
    dok({
      items: [item({ category: 'dikecualikan', exclusion: { ...exclusion, decisionDate: '15-01-2026' } })],
    }),
  );
  assert.equal(cari(tgl.errors, 'items[0].exclusion.decisionDate')?.code, 'date.invalid');
  assert.equal(validasiDIP(dok({ items: [item({ category: 'dikecualikan', exclusion })] })).ok, true);
});

test('duplicate item ids are errors that point at the later item', () => {
  const r = validasiDIP(dok({ items: [item(), item({ id: 'b' }), item()] }));
  assert.deepEqual(
    r.errors.map((e) => [e.path, e.code]),
    [['items[2].id', 'item.duplicate-id']],
  );
  assert.match(r.errors[0]?.message.id ?? '', /item ke-1/);
});

test('every repeated id names the first item that used it, whatever the order of repeats', async () => {
  const fc = (await import('fast-check')).default;
  fc.assert(
    fc.property(fc.array(fc.constantFrom('a', 'b', 'c', ' ', '', 1, undefined), { maxLength: 12 }), (ids) => {
      const r = validasiDIP(dok({ items: ids.map((id) => item({ id })) }));
      const dup = r.errors
        .filter((e) => e.code === 'item.duplicate-id')
        .map((e) => `${e.path} ${/already used by item (\d+)\./.exec(e.message.en)?.[1]}`);
      // The rule stated plainly: a non-blank text id seen before is an error naming its first item.
      const harap: string[] = [];
      const pertama = new Map<unknown, number>();
      ids.forEach((id, i) => {
        if (typeof id !== 'string' || id.trim() === '') return;
        const p = pertama.get(id);
        if (p === undefined) pertama.set(id, i);
        else harap.push(`items[${i}].id ${p + 1}`);
      });
      assert.deepEqual(dup, harap);
    }),
    { numRuns: 300 },
  );
});

test('an unknown version is its own error and nothing else is judged', () => {
  for (const version of [2, 0, '1', null]) {
    const r = validasiDIP({ format: 'terbuka-dip', version, items: 'x' });
    assert.deepEqual(
      r.errors.map((e) => [e.path, e.code]),
      [['version', 'version.unsupported']],
      String(version),
    );
  }
  assert.equal(validasiDIP(dok({ format: 'dip' })).errors[0]?.code, 'format.unknown');
});

test('warnings stay apart: no date, unknown field, berkala without links, unknown catalog id', () => {
  const r = validasiDIP(
    dok({
      $schema: 'https://unpkg.com/@terbuka/sdk/schema/dip-v1.schema.json',
      catatan: 'x',
      items: [
        item({ updated: undefined, warna: 'merah' }),
        item({ id: 'b', links: [], fulfils: ['berkala.profil', 'berkala.tidak-ada'] }),
        item({ id: 'c', category: 'setiap-saat', links: undefined, exclusion }),
        item({ id: 'd', category: 'dikecualikan', exclusion: { ...exclusion, catatan: 1 } }),
      ],
    }),
  );
  assert.equal(r.ok, true, JSON.stringify(r.errors));
  assert.deepEqual(r.errors, []);
  const kode = r.warnings.map((w) => `${w.path} ${w.code}`).sort();
  assert.deepEqual(kode, [
    'catatan field.unknown',
    'items[0].updated item.no-date',
    'items[0].warna field.unknown',
    'items[1].fulfils[1] fulfils.unknown',
    'items[1].links item.no-link',
    'items[2].exclusion exclusion.unexpected',
    'items[3].exclusion.catatan field.unknown',
  ]);
  assert.ok(r.warnings.every((w) => w.severity === 'warning'));
  // Worded by position (1-based) and the field's own name, not the 0-based path.
  const warna = r.warnings.find((w) => w.path === 'items[0].warna')!;
  assert.match(warna.message.id, /^Item ke-1 — Kolom "warna"/);
  assert.match(warna.message.en, /^Item 1 — Field "warna"/);
  // An unknown id is ignored, and the message says so and what to do.
  const kodeAsing = r.warnings.find((w) => w.code === 'fulfils.unknown')!;
  assert.match(kodeAsing.message.id, /jadi diabaikan\. Periksa ejaannya .*kosongkan kolom ini/);
  assert.match(kodeAsing.message.en, /so it is ignored\. Check its spelling .*leave this field empty/);
  assert.match(
    r.warnings.find((w) => w.path === 'items[3].exclusion.catatan')!.message.id,
    /Kolom "exclusion\.catatan"/,
  );
  // Unknown fields are reported but not carried into the typed document.
  assert.equal((r.document as unknown as Record<string, unknown>)['catatan'], undefined);
  assert.equal(validasiDIP(dok({ items: [] })).warnings[0]?.code, 'items.empty');
});

test('an exclusion on Pasal 17 huruf j names the other law, or the admin is told to (a warning)', () => {
  const r = validasiDIP(
    dok({
      items: [
        item({ id: 'a', category: 'dikecualikan', exclusion: { ...exclusion, grounds: ['h', 'j'] } }),
        item({
          id: 'b',
          category: 'dikecualikan',
          exclusion: { ...exclusion, grounds: ['j'], otherBasis: ' ' },
        }),
        item({
          id: 'c',
          category: 'dikecualikan',
          exclusion: { ...exclusion, grounds: ['j'], otherBasis: 'UU 36/2009 Pasal 57' },
        }),
        item({ id: 'd', category: 'dikecualikan', exclusion }),
      ],
    }),
  );
  assert.equal(r.ok, true);
  const lain = r.warnings.filter((w) => w.code === 'exclusion.other-law-missing');
  assert.deepEqual(
    lain.map((w) => w.path),
    ['items[0].exclusion.otherBasis', 'items[1].exclusion.otherBasis'],
  );
  assert.match(lain[0]!.message.id, /^Item ke-1 — .*Pasal 17 huruf j .*Sebutkan undang-undang/);
  assert.match(lain[0]!.message.en, /Article 17 letter j .*Name that law/);
});

test('unknown fields are reported in document order, also on objects without a prototype', () => {
  const tanpaProto = Object.assign(Object.create(null) as Record<string, unknown>, item({ warna: 'merah' }));
  const kode = (r: ReturnType<typeof validasiDIP>): string[] =>
    r.warnings.filter((w) => w.code === 'field.unknown').map((w) => w.path);
  assert.deepEqual(kode(validasiDIP(dok({ items: [item(), tanpaProto] }))), ['items[1].warna']);
  const d = { zz: 1, ...dok({ items: [item({ ekstra: 1 })] }), aa: 2 };
  assert.deepEqual(kode(validasiDIP(d)), ['zz', 'items[0].ekstra', 'aa']);
});

test('never throws, whatever it is given', () => {
  const aneh: unknown[] = [
    null,
    undefined,
    [],
    [1, 2],
    'teks',
    42,
    true,
    () => 1,
    Symbol('x'),
    { format: 'terbuka-dip', version: 1, agency: null, items: null },
    { format: 'terbuka-dip', version: 1, agency: [], items: [null, 1, 'x', [], { links: 'x' }] },
    { format: 'terbuka-dip', version: 1, agency, items: [{ links: [null], made: 'x', exclusion: [] }] },
    new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('jebakan');
        },
        get() {
          throw new Error('jebakan');
        },
      },
    ),
  ];
  for (const x of aneh) {
    const r = validasiDIP(x);
    assert.equal(r.ok, false);
    assert.ok(r.errors.length > 0);
    for (const e of r.errors) assert.ok(e.message.id && e.message.en && e.code);
  }
  assert.equal(validasiDIP(null).errors[0]?.code, 'document.type');
});

test('a 10,000-item document is checked in well under a second', () => {
  const items = Array.from({ length: 10_000 }, (_, i) => item({ id: `i${i}` }));
  const mulai = performance.now();
  const r = validasiDIP(dok({ items }));
  const lama = performance.now() - mulai;
  assert.equal(r.ok, true);
  assert.ok(lama < 1500, `${lama} ms`);
});

test('validasiDIPMentahDengan checks `fulfils` against the catalog cores given, else as validasiDIPMentah', () => {
  const desa = dok({
    agency: { ...agency, kind: 'desa' },
    items: [item({ fulfils: ['berkala.apb-desa', 'berkala.profil'] })],
  });
  assert.deepEqual(validasiDIPMentahDengan(desa, katalogIntiUntuk), validasiDIPMentah(desa));
  assert.deepEqual(validasiDIPMentah(desa).warnings, []);
  // Asked of the Badan Publik core, the desa-only id is unknown; the other one is not.
  const bp = validasiDIPMentahDengan(desa, () => katalogIntiBadanPublik);
  assert.deepEqual(
    bp.warnings.map((w) => [w.code, w.path]),
    [['fulfils.unknown', 'items[0].fulfils[0]']],
  );
  assert.equal(bp.ok, true);
});

test('a `fulfils` id of another category than its entry is a warning naming both categories, not an error', () => {
  const d = dok({
    items: [
      item({ id: 'sm', category: 'serta-merta', fulfils: ['berkala.pengadaan'] }),
      // A sub-item id is of its item's category; an id of the entry's own category says nothing.
      item({
        id: 'ss',
        category: 'setiap-saat',
        links: undefined,
        fulfils: ['berkala.profil', ' berkala.profil.lhkpn '],
      }),
      item({ id: 'b', fulfils: ['serta-merta.ancaman', 'berkala.tidak-ada'] }),
    ],
  });
  const r = validasiDIP(d);
  assert.equal(r.ok, true, JSON.stringify(r.errors));
  assert.deepEqual(
    r.warnings.map((w) => [w.path, w.code, w.severity]),
    [
      ['items[0].fulfils[0]', 'fulfils.other-category', 'warning'],
      ['items[1].fulfils[0]', 'fulfils.other-category', 'warning'],
      ['items[1].fulfils[1]', 'fulfils.other-category', 'warning'],
      ['items[2].fulfils[0]', 'fulfils.other-category', 'warning'],
      ['items[2].fulfils[1]', 'fulfils.unknown', 'warning'],
    ],
  );
  assert.deepEqual(r.warnings[0]?.message, {
    id:
      'Item ke-1, item wajib ke-1 — Kode item wajib: "berkala.pengadaan" adalah item wajib kategori "berkala", ' +
      'sedangkan item informasi ini berkategori "serta-merta". Item wajib itu tetap dihitung terpenuhi dalam ' +
      'nilai, tetapi item informasi ini ditampilkan di daftar "serta-merta", bukan "berkala". Ubah kategorinya ' +
      'menjadi "berkala", atau hapus kode ini.',
    en:
      'Item 1, mandatory item 1 — Mandatory item id: "berkala.pengadaan" is a mandatory item of category ' +
      '"berkala", but this entry\'s category is "serta-merta". The item counts as fulfilled in the score, yet ' +
      'this entry is listed under "serta-merta", not "berkala". Set this entry\'s category to "berkala", or ' +
      'remove this id.',
  });
  assert.match(
    r.warnings[2]?.message.en ?? '',
    /^Item 2, mandatory item 2 — .*" berkala\.profil\.lhkpn " is a mandatory item of category "berkala", but this entry's category is "setiap-saat"/,
  );
  assert.match(
    r.warnings[3]?.message.id ?? '',
    /"serta-merta\.ancaman" adalah item wajib kategori "serta-merta", sedangkan item informasi ini berkategori "berkala"/,
  );
  // The rule of the score stays (docs/en/scoring-method.md): the explicit `fulfils` still covers the item.
  assert.ok(!itemWajibBelumTercakup(r.document!).some((i) => i.id === 'berkala.pengadaan'));
  // The widgets pass the cores' berkala-words views: the other items keep their category there.
  assert.deepEqual(
    validasiDIPMentahDengan(d, (k) =>
      k === 'desa' ? katalogIntiBerkalaDesa : katalogIntiBerkalaBadanPublik,
    ),
    validasiDIPMentah(d),
  );
});

test('an entry whose category is not valid gets its schema error, not a `fulfils` category warning', () => {
  const r = validasiDIP(dok({ items: [item({ category: 'rahasia', fulfils: ['berkala.profil'] })] }));
  assert.deepEqual(
    r.errors.map((e) => [e.path, e.code]),
    [['items[0].category', 'field.value']],
  );
  assert.deepEqual(r.warnings, []);
});
