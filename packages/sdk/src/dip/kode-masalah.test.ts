import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { KODE_MASALAH_DIP } from './kode-masalah.js';
import { validasiDIP } from './validasi.js';
import { validasiDIPMentah } from './validasi-mentah.js';
import { imporCSV } from './csv.js';
import { bacaDIP } from './baca.js';
import type { masalahPengodean } from './pengodean.js';
import { dekodeBerkas, denganPengodean } from './pengodean.js';
import { csvItemSah } from '../dip-publik/csv-item-sah.js';
import { jsonItemSah } from '../dip-publik/item-sah.js';
import type { Masalah } from './types.js';
import type { KodeMasalahDIP } from './kode-masalah.js';
import type { Sama } from './bentuk-sama.js';
import type { HasilBacaPublik } from '../dip-publik/item-sah-mentah.js';

// The list of problem codes is a promise to developers who switch on `Masalah.code`: every code a reading
// gives is in it, every code in it can be given, and the docs' tables say exactly the list.

const akar = new URL('../../../../', import.meta.url);
const baca = (p: string): string => readFileSync(new URL(p, akar), 'utf8');
const DAFTAR = new Set<string>(KODE_MASALAH_DIP);

const diberikan = new Map<string, string>();
function catat(
  asal: string,
  h: {
    readonly errors: readonly Pick<Masalah, 'code'>[];
    readonly warnings: readonly Pick<Masalah, 'code'>[];
  },
) {
  for (const m of [...h.errors, ...h.warnings]) if (!diberikan.has(m.code)) diberikan.set(m.code, asal);
}

/** Text in either format, read every way the SDK reads it. */
function bacaSemua(asal: string, teks: string): void {
  catat(`${asal} bacaDIP`, bacaDIP(teks));
  catat(`${asal} csv`, imporCSV(teks));
  catat(
    `${asal} csv publik`,
    csvItemSah(teks, (t, o) => imporCSV(t, o)),
  );
  try {
    const data: unknown = JSON.parse(teks);
    catat(`${asal} validasiDIP`, validasiDIP(data));
    catat(`${asal} publik`, jsonItemSah(data));
  } catch {
    // Not JSON: read as CSV above.
  }
}

const agency = { id: 'x', name: 'Dinas X', kind: 'opd' } as const;
const dok = (items: unknown[], lain: Record<string, unknown> = {}) => ({
  format: 'terbuka-dip',
  version: 1,
  agency,
  items,
  ...lain,
});
const item = (x: Record<string, unknown>) => ({
  id: 'a',
  title: 'Profil',
  category: 'berkala',
  updated: '2026-01-05',
  links: [{ label: 'Profil', url: 'https://x.example/p.pdf' }],
  ...x,
});
const csv = (...baris: string[]): string => baris.join('\r\n');

/** An object that throws when read (a getter, a hostile proxy): `document.unreadable`. */
const TAK_TERBACA = new Proxy(
  {},
  {
    get: () => {
      throw new Error('x');
    },
    ownKeys: () => {
      throw new Error('x');
    },
  },
);

/** Inputs made to be wrong, one or more codes each. */
const RUSAK: readonly (readonly [string, unknown])[] = [
  ['not an object', [1, 2]],
  ['wrong format and version', { format: 'lain', version: 2, agency, items: [] }],
  ['unsupported version only', dok([], { version: 2 })],
  ['another format only', dok([], { format: 'lain' })],
  ['a mandatory item of another category', dok([item({ fulfils: ['setiap-saat.agenda-pimpinan'] })])],
  ['missing agency, empty list', { format: 'terbuka-dip', version: 1, items: [] }],
  [
    'bad fields',
    dok(
      [
        item({ id: ' ', title: 5, category: 'rahasia', updated: '2026-02-30', extra: 1 }),
        item({ id: 'b', made: { year: 2026.5 }, links: [{ label: 'x', url: 'javascript:alert(1)' }] }),
        item({ id: 'b', category: 'dikecualikan' }),
        item({
          id: 'c',
          updated: undefined,
          links: [],
          fulfils: ['berkala.tidak-ada', 'setiap-saat.daftar-informasi'],
        }),
        item({
          id: 'd',
          exclusion: {
            grounds: ['j'],
            consequence: 'x',
            period: 'y',
            decisionNumber: 'z',
            decisionDate: '2026-01-01',
          },
        }),
        item({
          id: 'e',
          category: 'dikecualikan',
          exclusion: {
            grounds: ['j'],
            consequence: 'x',
            period: 'y',
            decisionNumber: 'z',
            decisionDate: '2026-01-01',
          },
        }),
        item({ id: 'f', formats: 'cetak' }),
      ],
      {
        agency: { ...agency, website: 'ftp://x', ppid: { email: 'bukan surel' }, kind: 'kantor' },
        decision: { number: 'SK 1', date: '1/1/2026' },
      },
    ),
  ],
];

test('every code over the fixtures, the real samples, the demo and broken inputs is in KODE_MASALAH_DIP', () => {
  for (const p of ['packages/sdk/fixtures/sukamaju/dip.json', 'packages/sdk/fixtures/sukamaju/dip-excel.csv'])
    bacaSemua(p, baca(p));
  for (const p of ['packages/sdk/fixtures/real/', 'demo/situs/data/'])
    for (const f of readdirSync(new URL(p, akar)))
      if (/\.(csv|json)$/.test(f) && !f.startsWith('feed')) bacaSemua(p + f, baca(p + f));
  const sampel = '/work/shared/data/dip-samples/';
  for (const f of readdirSync(sampel).filter((f) => /\.(csv|json)$/.test(f)))
    bacaSemua(f, readFileSync(sampel + f, 'utf8'));

  catat('throws when read', validasiDIP(TAK_TERBACA));
  for (const [asal, x] of RUSAK) {
    catat(`${asal} mentah`, validasiDIPMentah(x));
    bacaSemua(asal, JSON.stringify(x));
  }
  bacaSemua('broken JSON', '{"format": "terbuka-dip",');
  const CSV_RUSAK = [
    '',
    'DAFTAR INFORMASI PUBLIK TAHUN 2026\r\n',
    'PK\u0003\u0004 xlsx',
    csv('No;Judul;Tautan', '1;A;https://a.example'),
    'No;Judul;Kategori\n1;"Profil;Berkala\n2;B;Berkala\n',
    csv('No;Judul;Kategori;Kolom Aneh', '1;Profil;Berkala;x', '2;Renstra;Berkala;Bappeda; 2025'),
    csv('No;Judul;Keterangan;Kategori', '1;Profil;https://x.example/p.pdf;Berkala'),
    csv('No;Judul;Judul Informasi;Kategori;Tautan', '1;A;B;Berkala;lihat di papan pengumuman'),
    csv('No;Judul;Ringkasan Isi Informasi;Kategori', '1;;Profil singkat dinas;Berkala'),
    csv(
      'No;Judul;Kategori;Unit;Tanggal Pembaruan;Bentuk Informasi;Tautan;Waktu dan Tempat Pembuatan',
      '1;Profil;Berkala;Sekretariat;Januari 2026;Cetak, Faks;www.x.example;31/02/2026 Sukamaju',
      '2;Renstra;;;kemarin;Digital;ftp://x.example;',
      '3;LKjIP;Rahasia;;11/30/2026;;;',
      '4;;;;;;;',
      'Mengetahui, Kepala Dinas;;;;;;;',
      '5;Agenda;Setiap Saat;;12/25/2026;;https://x.example/a;',
    ),
    csv('No;Judul;Kategori', '1;Profil;Berkala', '2,Renstra,Berkala', '3;Agenda;Setiap Saat'),
    csv('No;Judul;Kategori;Unit', '1;Profil;Berkala;#REF!', '2;Profil;Berkala;', '3;#N/A;Berkala;'),
    csv('Lampiran Keputusan PPID Nomor: …;;', 'No;Judul;Kategori', '1;Profil;Berkala'),
    csv(
      'No;Judul;Kategori;Bentuk Informasi;Tautan',
      '1;A;Berkala;Softcopy;https://a.example/1',
      '2;D;Berkala;Lisan;www.a.example',
      '3;E;Berkala;;https://a.example/APB Desa.pdf',
    ),
    csv(
      'No;Judul;Kategori;Tanggal Pembaruan',
      '1;A;Berkala;30/11/2026',
      '2;B;Berkala;11/30/2026',
      '3;C;Berkala;05/11/2026',
    ),
    csv(
      'No;Judul;Kategori;Dasar Hukum Pengecualian;Konsekuensi;Jangka Waktu Pengecualian;Nomor Penetapan;Tanggal Penetapan',
      '1;A;DIK;Pasal 17 huruf j;x;5 tahun;SK 1;15/01/2026',
      '2;B;DIK;UU KIP;x;5 tahun;SK 1;15/01/2026',
      '3;C;4;Pasal 17 huruf h;x;;SK 1;31/02/2026',
    ),
  ];
  for (const [i, t] of CSV_RUSAK.entries()) {
    bacaSemua(`broken CSV ${i}`, t);
    catat(`broken CSV ${i} with agency`, imporCSV(t, { agency }));
  }
  // A file saved in Windows-1252 (Excel's "CSV (Comma delimited)"): "Agustus–Desember" with its en dash.
  const berkas = dekodeBerkas(
    new Uint8Array([
      ...Buffer.from('No;Judul;Kategori\r\n1;Agustus'),
      0x96,
      ...Buffer.from('Desember;Berkala\r\n'),
    ]),
  );
  catat('Windows-1252', denganPengodean(imporCSV(berkas.teks, { agency }), berkas.pengodean));

  const asing = [...diberikan].filter(([k]) => !DAFTAR.has(k));
  assert.deepEqual(asing, [], 'codes given but not in KODE_MASALAH_DIP (code, where)');
  // And every listed code can be given: a code nobody emits any more is taken out, not kept as a promise.
  // `field.invalid` is the schema's fallback for an issue without a code of its own; every piece of the
  // DIP schema has one, so it is listed for the type's sake (kodeIssue may return it) and never given.
  const tidakPernah = KODE_MASALAH_DIP.filter((k) => !diberikan.has(k) && k !== 'field.invalid');
  assert.deepEqual(tidakPernah, [], 'listed codes no input here gives');
});

test('the DIP schema words every problem with a listed code', () => {
  // The schema's messages are cast to KodeMasalahDIP in periksa.ts: each one it can give is listed.
  const teks = readFileSync(new URL('./skema.ts', import.meta.url), 'utf8');
  const pesan = [...teks.matchAll(/'([a-z]+\.[a-z-]+)'\)/g)].map((m) => m[1]!);
  assert.ok(pesan.length > 10, `${pesan.length} messages found`);
  assert.deepEqual(
    [...new Set(pesan)].filter((k) => !DAFTAR.has(k)),
    [],
  );
});

/** The codes of a docs page's problem-code table: the first cell of each row under its heading. */
function kodeDiDokumen(berkas: string, judul: string): string[] {
  const teks = baca(berkas);
  const awal = teks.indexOf(`\n## ${judul}\n`);
  assert.ok(awal >= 0, `${berkas}: heading "${judul}"`);
  const bagian = teks.slice(awal + 1).split(/\n## /)[0]!;
  return [...bagian.matchAll(/^\| `([^`]+)`/gm)].map((m) => m[1]!);
}

for (const [berkas, judul] of [
  ['docs/en/dip-format.md', 'Problem codes'],
  ['docs/id/format-dip.md', 'Kode masalah'],
] as const)
  test(`${berkas} lists exactly KODE_MASALAH_DIP, each code once`, () => {
    const kode = kodeDiDokumen(berkas, judul);
    const ganda = kode.filter((k, i) => kode.indexOf(k) !== i);
    assert.deepEqual(ganda, [], 'codes documented twice');
    assert.deepEqual(
      kode.filter((k) => !DAFTAR.has(k)),
      [],
      'documented but not in KODE_MASALAH_DIP',
    );
    assert.deepEqual(
      KODE_MASALAH_DIP.filter((k) => !kode.includes(k)),
      [],
      'in KODE_MASALAH_DIP but not documented',
    );
  });

test('each code is listed once, in the form <area>.<what>', () => {
  assert.equal(KODE_MASALAH_DIP.length, DAFTAR.size);
  for (const k of KODE_MASALAH_DIP) assert.match(k, /^[a-z]+\.[a-z-]+$/);
});

test("the readings' problems are typed with the list, not string", () => {
  // Compile-time (lint runs tsc on the tests): each fails to compile when its code widens back to string.
  type Kode<H extends { readonly errors: readonly { readonly code: unknown }[] }> =
    H['errors'][number]['code'];
  const bukti: readonly true[] = [
    true satisfies Sama<Kode<ReturnType<typeof bacaDIP>>, KodeMasalahDIP>,
    true satisfies Sama<Kode<ReturnType<typeof imporCSV>>, KodeMasalahDIP>,
    true satisfies Sama<Kode<ReturnType<typeof validasiDIP>>, KodeMasalahDIP>,
    true satisfies Sama<Kode<ReturnType<typeof validasiDIPMentah>>, KodeMasalahDIP>,
    true satisfies Sama<Kode<HasilBacaPublik>, KodeMasalahDIP>,
    true satisfies Sama<NonNullable<ReturnType<typeof masalahPengodean>>['code'], KodeMasalahDIP>,
  ];
  assert.equal(bukti.length, 6);
});
