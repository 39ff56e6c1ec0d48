import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { imporCSV } from '../dip/csv.js';
import type { HasilBaca } from '../dip/validasi.js';
import { tautanAman } from '../dip/tautan.js';
import { validasiDIP } from '../dip/validasi.js';
import type { BadanPublik } from '../dip/types.js';
import { csvItemSah, jsonItemSah } from './item-sah.js';
import { proksiJebakan, terbacaSekali } from '../dip/jebakan.test.js';

const agency: BadanPublik = { id: 'diskominfo', name: 'Diskominfo', kind: 'opd' };
const csv = (...baris: string[]): string => baris.join('\r\n');
const impor = (t: string, o: { bacaanPublik?: boolean; lewati?: ReadonlySet<number> } = {}): HasilBaca =>
  imporCSV(t, { ...o, agency });

test('a CSV with faulty rows keeps the valid entries and every problem', () => {
  const teks = csv(
    'No;Judul;Kategori;Tanggal Pembaruan',
    '1;Profil dinas;Berkala;2026-01-05',
    '2;Laporan keuangan;Entah;2026-01-05',
    '3;"Rencana strategis',
    'lima tahun";Kadang-kadang;2026-02-01',
    '4;Agenda pimpinan;Setiap Saat;2026-02-01',
  );
  const penuh = impor(teks);
  assert.equal(penuh.ok, false);
  const r = csvItemSah(teks, impor);
  assert.equal(r.ok, false);
  assert.equal(r.omitted, 2);
  assert.deepEqual(
    r.document?.items.map((i) => [i.id, i.title]),
    [
      ['dip-1', 'Profil dinas'],
      ['dip-4', 'Agenda pimpinan'],
    ],
  );
  assert.deepEqual(r.errors, penuh.errors);
  assert.deepEqual(r.warnings, penuh.warnings);
});

test('a valid CSV passes through unchanged', () => {
  const r = csvItemSah(csv('No;Judul;Kategori', '1;Profil;Berkala'), impor);
  assert.equal(r.ok, true);
  assert.equal(r.omitted, 0);
  assert.equal(r.document?.items.length, 1);
});

test('a CSV whose problem is not in an entry yields no document', () => {
  const r = csvItemSah(csv('No;Judul;Ringkasan'), impor);
  assert.equal(r.ok, false);
  assert.equal(r.document, undefined);
  assert.ok(r.errors.length > 0);
});

test('JSON with faulty entries keeps the others; a faulty agency keeps none', () => {
  const doc = JSON.parse(
    readFileSync(new URL('../../fixtures/sukamaju/dip.json', import.meta.url), 'utf8'),
  ) as { items: Record<string, unknown>[] } & Record<string, unknown>;
  const jumlah = doc.items.length;
  const rusak = {
    ...doc,
    items: doc.items.map((it, i) =>
      i === 1
        ? { ...it, category: 'rahasia' }
        : i === 3
          ? { ...it, links: [{ label: 'x', url: 'javascript:alert(1)' }] }
          : it,
    ),
  };
  const r = jsonItemSah(rusak);
  assert.equal(r.ok, false);
  // The unknown category drops its entry; a refused link address does not (see the tests below).
  assert.equal(r.omitted, 1);
  assert.equal(r.document?.items.length, jumlah - 1);
  assert.ok(!r.document?.items.some((i) => i.id === doc.items[1]?.['id']));
  assert.deepEqual(r.document?.items[2]?.links, [{ label: 'x', url: 'javascript:alert(1)' }]);
  assert.ok(r.errors.some((e) => e.path.startsWith('items[1]')));
  assert.ok(r.errors.some((e) => e.path === 'items[3].links[0].url' && e.code === 'link.scheme'));

  const tanpaBadan = jsonItemSah({ ...rusak, agency: { id: '', name: '', kind: 'opd' } });
  assert.equal(tanpaBadan.document, undefined);
  assert.equal(jsonItemSah(doc).ok, true);
  assert.equal(jsonItemSah('bukan objek').document, undefined);
});

// Refused link addresses: the entry is shown with the address as written (a widget renders it as text,
// since tautanAman refuses it), and the problem stays reported for the admin.
const DITOLAK = [
  'www.sukamajukab.go.id/ppid/profil.pdf',
  '/wp-content/uploads/x.pdf',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
];

const dokumen = (
  items: Record<string, unknown>[],
): Record<string, unknown> & { items: Record<string, unknown>[] } => ({
  format: 'terbuka-dip',
  version: 1,
  agency,
  items,
});

test('JSON: an entry whose only faults are refused link addresses is shown, each address as written', () => {
  const input = dokumen([
    {
      id: 'a',
      title: 'Profil',
      category: 'berkala',
      updated: '2026-01-05',
      links: [
        { label: 'Baik', url: 'https://ppid.sukamajukab.go.id/profil.pdf' },
        ...DITOLAK.map((url, i) => ({ label: `L${i}`, url })),
      ],
    },
    { id: 'b', title: 'Renstra', category: 'berkala', updated: '2026-01-05' },
  ]);
  const salinan = structuredClone(input);
  const r = jsonItemSah(input);
  assert.equal(r.ok, false);
  assert.equal(r.omitted, 0);
  assert.deepEqual(
    r.document?.items.map((i) => i.id),
    ['a', 'b'],
  );
  const urls = r.document?.items[0]?.links?.map((l) => l.url);
  assert.deepEqual(urls, ['https://ppid.sukamajukab.go.id/profil.pdf', ...DITOLAK]);
  // Only the allowed address may become a link.
  assert.deepEqual(
    urls?.filter((u) => tautanAman(u)),
    ['https://ppid.sukamajukab.go.id/profil.pdf'],
  );
  // Every problem of the strict check is still reported, in the same words.
  assert.deepEqual(r.errors, validasiDIP(input).errors);
  assert.deepEqual(
    r.errors.map((e) => [e.code, e.path]),
    DITOLAK.map((_, j) => ['link.scheme', `items[0].links[${j + 1}].url`]),
  );
  assert.deepEqual(input, salinan, 'the input is not changed');
  // The strict check is unchanged: no document.
  assert.equal(validasiDIP(input).document, undefined);
});

test('JSON: a refused link does not save an entry with another fault, nor a later entry', () => {
  const r = jsonItemSah(
    dokumen([
      { id: 'a', title: 'Profil', category: 'rahasia', links: [{ label: 'x', url: 'javascript:alert(1)' }] },
      { id: 'b', title: 'Renstra', category: 'berkala', links: [{ label: '', url: '/x.pdf' }] },
      { id: 'c', title: 'LKjIP', category: 'berkala', links: [{ label: 'c', url: 'www.a.go.id/c.pdf' }] },
      { id: 'c', title: 'LKjIP ganda', category: 'berkala', links: [{ label: 'd', url: 'data:,x' }] },
    ]),
  );
  // a: unknown category; b: empty label; the second c repeats an id.
  assert.equal(r.omitted, 3);
  assert.deepEqual(
    r.document?.items.map((i) => [i.id, i.links?.[0]?.url]),
    [['c', 'www.a.go.id/c.pdf']],
  );
});

const registerTautan = csv(
  'No;Judul;Kategori;Tanggal Pembaruan;Tautan',
  '1;Profil;Berkala;2026-01-05;https://ppid.sukamajukab.go.id/profil.pdf',
  '2;Struktur;Berkala;2026-01-05;www.sukamajukab.go.id/ppid/struktur.pdf',
  '3;Renstra;Berkala;2026-01-05;/wp-content/uploads/x.pdf',
  '4;Perbup;Berkala;2026-01-05;javascript:alert(1)',
  '5;LKjIP;Berkala;2026-01-05;data:text/html,<b>x</b>',
  '6;Agenda;Berkala;2026-01-05;lihat di papan pengumuman',
  '7;Laporan;Entah;2026-01-05;javascript:alert(2)',
  '8;SOP;Berkala;2026-01-05;https://a.id/sop.pdf /sop-lama.pdf',
);

test('CSV: entries whose only faults are their links are shown, each address as the cell held it', () => {
  const penuh = impor(registerTautan);
  assert.equal(penuh.ok, false);
  assert.equal(penuh.document, undefined, 'the strict import keeps no document');
  const r = csvItemSah(registerTautan, impor);
  assert.equal(r.ok, false);
  assert.equal(r.omitted, 1);
  assert.deepEqual(
    r.document?.items.map((i) => [i.id, i.links?.map((l) => l.url)]),
    [
      ['dip-1', ['https://ppid.sukamajukab.go.id/profil.pdf']],
      // Written without its scheme: read as https://, a warning (not an error).
      ['dip-2', ['https://www.sukamajukab.go.id/ppid/struktur.pdf']],
      ['dip-3', ['/wp-content/uploads/x.pdf']],
      ['dip-4', ['javascript:alert(1)']],
      ['dip-5', ['data:text/html,<b>x</b>']],
      ['dip-6', ['lihat di papan pengumuman']],
      ['dip-8', ['https://a.id/sop.pdf', '/sop-lama.pdf']],
    ],
  );
  const semua = r.document?.items.flatMap((i) => i.links ?? []).map((l) => l.url) ?? [];
  assert.deepEqual(
    semua.filter((u) => tautanAman(u)),
    [
      'https://ppid.sukamajukab.go.id/profil.pdf',
      'https://www.sukamajukab.go.id/ppid/struktur.pdf',
      'https://a.id/sop.pdf',
    ],
  );
  assert.ok(!semua.includes('https://tautan-ditolak.invalid/'), 'no stand-in escapes');
  // Every problem is the strict import's, with its line; the refused links of the entries shown are
  // warnings, saying their cell shows as text. Line 8's stays with its entry's error: that entry is hidden.
  const ditolak = (m: { row?: number; code: string; column?: string }) => [m.row, m.code, m.column];
  assert.deepEqual(penuh.errors.map(ditolak), [
    [4, 'link.scheme', 'Tautan'],
    [5, 'link.scheme', 'Tautan'],
    [6, 'link.scheme', 'Tautan'],
    [7, 'link.scheme', 'Tautan'],
    [8, 'csv.category-unknown', 'Kategori'],
    [8, 'link.scheme', 'Tautan'],
    [9, 'link.scheme', 'Tautan'],
  ]);
  assert.deepEqual(r.errors.map(ditolak), [
    [8, 'csv.category-unknown', 'Kategori'],
    [8, 'link.scheme', 'Tautan'],
  ]);
  assert.deepEqual(
    r.errors,
    penuh.errors.filter((m) => m.row === 8),
  );
  const tampil = r.warnings.filter((w) => w.code === 'link.scheme');
  assert.deepEqual(tampil.map(ditolak), [
    [4, 'link.scheme', 'Tautan'],
    [5, 'link.scheme', 'Tautan'],
    [6, 'link.scheme', 'Tautan'],
    [7, 'link.scheme', 'Tautan'],
    [9, 'link.scheme', 'Tautan'],
  ]);
  assert.ok(tampil.every((w) => w.severity === 'warning'));
  assert.equal(
    tampil[2]!.message.id,
    `${penuh.errors[2]!.message.id} Informasi ini tetap tampil untuk publik, dengan isi sel tautannya sebagai teks biasa, bukan tautan.`,
  );
  assert.match(
    tampil[2]!.message.id,
    /^Baris 6, Item ke-5, tautan ke-1 — Alamat tautan \(URL\): "data:text\/html,<b>x<\/b>" tidak diizinkan\./,
  );
  assert.match(
    tampil[2]!.message.en,
    /is not allowed\. .* This entry is still shown to the public, its link cell as plain text, not a link\.$/,
  );
  assert.deepEqual(
    r.warnings.filter((w) => w.code !== 'link.scheme'),
    penuh.warnings,
  );
  const www = r.warnings.find((w) => w.code === 'csv.link-https-added');
  assert.deepEqual([www?.row, www?.column, www?.path], [3, 'Tautan', 'items[1].links[0].url']);
});

test('CSV: the public reading reports the refused links in the strict import’s words', () => {
  const tanpaSalah = registerTautan
    .split('\r\n')
    .filter((b) => !b.startsWith('7;'))
    .join('\r\n');
  const ketat = impor(tanpaSalah);
  const publik = impor(tanpaSalah, { bacaanPublik: true });
  assert.equal(ketat.document, undefined);
  assert.equal(publik.ok, false);
  assert.equal(publik.document?.items.length, 7);
  assert.deepEqual(publik.errors, ketat.errors);
  assert.deepEqual(publik.warnings, ketat.warnings);
  // Without the option the importer is strict.
  assert.equal(impor(tanpaSalah, { bacaanPublik: false }).document, undefined);
});

test('CSV: an importer that ignores the public reading gives no document (faulty entries are never shown)', () => {
  // E.g. an importer from another copy of the SDK: it never returns a document with errors.
  const lain = (t: string): HasilBaca => {
    const h = impor(t);
    return h.ok ? h : { ok: false, errors: h.errors, warnings: h.warnings };
  };
  const r = csvItemSah(registerTautan, lain);
  assert.equal(r.document, undefined);
  assert.equal(r.omitted, 0);
  assert.deepEqual(r.errors, impor(registerTautan).errors);
});

test('CSV: a stray quotation mark in a faulty row hides that row only', () => {
  // The parser reads a quote inside an unquoted cell as text: the record ends at its line as usual.
  const teks = csv(
    'No;Judul;Kategori;Tanggal Pembaruan',
    '1;Laporan 5" disket;Entah;2026-01-05',
    '2;Profil dinas;Berkala;2026-01-05',
    '3;Rencana strategis;Berkala;2026-02-01',
    '4;Agenda pimpinan;Setiap Saat;2026-02-01',
  );
  const r = csvItemSah(teks, impor);
  assert.equal(r.omitted, 1);
  assert.deepEqual(
    r.document?.items.map((i) => i.id),
    ['dip-2', 'dip-3', 'dip-4'],
  );
});

test("CSV: ids from a repeated No stay the same in the public reading as in the admin's view", () => {
  const teks = csv('No;Judul;Kategori', '1;A;Entah', '1;B;Berkala', '1;C;Berkala');
  assert.deepEqual(
    csvItemSah(teks, impor).document?.items.map((i) => [i.id, i.title]),
    [
      ['dip-1-2', 'B'],
      ['dip-1-3', 'C'],
    ],
  );
});

test('CSV: ids made from the position stay the same in the public reading', () => {
  const teks = csv('Judul;Kategori', 'Profil;Berkala', 'Laporan;Entah', 'Rencana;Berkala');
  assert.deepEqual(
    csvItemSah(teks, impor).document?.items.map((i) => [i.id, i.title]),
    [
      ['dip-p1', 'Profil'],
      ['dip-p3', 'Rencana'],
    ],
  );
});

test('JSON whose agency.timeZone is written WITA keeps its entries, dated in that zone; the problem stays', () => {
  const doc = dokumen([
    { id: 'a', title: 'Profil', category: 'berkala', updated: '2026-11-28' },
    { id: 'b', title: 'Rahasia', category: 'rahasia' },
  ]);
  const tulis = (timeZone: string): ReturnType<typeof jsonItemSah> =>
    jsonItemSah({ ...doc, agency: { ...agency, timeZone } });
  const wita = tulis('WITA');
  assert.equal(wita.ok, false);
  assert.equal(wita.document?.agency.timeZone, 'Asia/Makassar');
  assert.deepEqual(
    wita.document?.items.map((i) => i.id),
    ['a'],
  );
  assert.equal(wita.omitted, 1);
  // The admin is still told: the format names the zone Asia/Makassar.
  assert.ok(wita.errors.some((e) => e.path === 'agency.timeZone' && e.code === 'field.value'));
  assert.ok(wita.errors.some((e) => e.path.startsWith('items[1]')));
  assert.equal(tulis('wit').document?.agency.timeZone, 'Asia/Jayapura');
  // A zone outside Indonesia is read as none (WIB), the entries still shown.
  const tokyo = tulis('Asia/Tokyo');
  assert.equal(tokyo.document?.agency.timeZone, undefined);
  assert.equal(tokyo.document?.items.length, 1);
  assert.equal(tokyo.document?.agency.name, agency.name);
  // Not text at all (a list, an object without a prototype): none, WIB.
  for (const z of [['WITA'], Object.create(null) as object, 7])
    assert.equal(
      jsonItemSah({ ...doc, agency: { ...agency, timeZone: z } }).document?.agency.timeZone,
      undefined,
    );
  // A zone that is right is kept as it is.
  assert.equal(tulis('Asia/Makassar').document?.agency.timeZone, 'Asia/Makassar');
});

test('an input that throws when read is document.unreadable, as validasiDIP says, never a throw', () => {
  const doc = JSON.parse(
    readFileSync(new URL('../../fixtures/sukamaju/dip.json', import.meta.url), 'utf8'),
  ) as { items: Record<string, unknown>[] } & Record<string, unknown>;
  const salahSatu = {
    ...doc,
    items: doc.items.map((it, i) => (i === 1 ? { ...it, category: 'rahasia' } : it)),
  };
  // Each made anew for each reading: a getter counts its reads.
  const aneh: Record<string, () => unknown> = {
    'a proxy that throws on every read': () => proksiJebakan(doc),
    // The validator reads `items` once; the public reading reads it again.
    'a valid register whose items throw on the second read': () => terbacaSekali(doc, 'items'),
    'a register with a faulty entry whose items throw on the second read': () =>
      terbacaSekali(salahSatu, 'items'),
    'a faulty entry, the agency throwing on its second read': () => terbacaSekali(salahSatu, 'agency'),
  };
  for (const [nama, buat] of Object.entries(aneh)) {
    const r = jsonItemSah(buat());
    assert.equal(r.ok, false, nama);
    assert.equal(r.document, undefined, nama);
    assert.equal(r.omitted, 0, nama);
    assert.deepEqual(
      r.errors.map((m) => m.code),
      ['document.unreadable'],
      nama,
    );
    assert.deepEqual(r.errors, validasiDIP(buat()).errors, nama);
    assert.ok(r.errors[0]?.message.id && r.errors[0].message.en, nama);
  }
});
