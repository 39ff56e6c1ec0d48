import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { imporCSV } from '../dip/csv.js';
import type { BadanPublik } from '../dip/types.js';
import { csvItemSah, jsonItemSah } from './item-sah.js';

const agency: BadanPublik = { id: 'diskominfo', name: 'Diskominfo', kind: 'opd' };
const csv = (...baris: string[]): string => baris.join('\r\n');
const impor = (t: string) => imporCSV(t, { agency });

test('a CSV with faulty rows keeps the valid entries and every problem', () => {
  const teks = csv(
    'No;Judul;Kategori;Tanggal Pembaruan',
    '1;Profil dinas;Berkala;2026-01-05',
    '2;Laporan keuangan;Entah;2026-01-05',
    '3;"Rencana strategis',
    'lima tahun";Setiap Saat;2026-02-30',
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
  assert.equal(r.omitted, 2);
  assert.equal(r.document?.items.length, jumlah - 2);
  assert.ok(r.errors.some((e) => e.path.startsWith('items[1]')));
  assert.ok(r.errors.some((e) => e.path.startsWith('items[3]')));

  const tanpaBadan = jsonItemSah({ ...rusak, agency: { id: '', name: '', kind: 'opd' } });
  assert.equal(tanpaBadan.document, undefined);
  assert.equal(jsonItemSah(doc).ok, true);
  assert.equal(jsonItemSah('bukan objek').document, undefined);
});
