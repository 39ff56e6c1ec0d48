import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validasiDIP } from './validasi.js';
import { imporCSV } from './csv.js';
import type { DokumenDIP } from './types.js';

const baca = (p: string): string => readFileSync(new URL(`../../fixtures/${p}`, import.meta.url), 'utf8');
const sukamaju = JSON.parse(baca('sukamaju/dip.json')) as DokumenDIP;

test('the Sukamaju JSON fixture is valid and shaped as the issue asks', () => {
  const r = validasiDIP(sukamaju);
  assert.equal(r.ok, true, JSON.stringify(r.errors));
  const items = sukamaju.items;
  assert.ok(items.length >= 40);
  for (const k of ['berkala', 'serta-merta', 'setiap-saat', 'dikecualikan'])
    assert.ok(
      items.some((i) => i.category === k),
      k,
    );
  // Stale entries exist relative to 2026-11-28 (berkala older than six months).
  assert.ok(
    items.some((i) => i.category === 'berkala' && i.updated !== undefined && i.updated < '2026-05-28'),
  );
  const fulfils = new Set(items.flatMap((i) => i.fulfils ?? []));
  assert.ok(!fulfils.has('berkala.pengadaan') && !fulfils.has('berkala.peringatan-dini'));
  assert.ok(items.some((i) => i.links?.some((l) => l.url.startsWith('https://drive.google.com/'))));
  for (const i of items.filter((x) => x.category === 'dikecualikan')) assert.ok(i.exclusion?.decisionNumber);
  // Fictional: no 16-digit NIK anywhere.
  assert.doesNotMatch(JSON.stringify(sukamaju), /\b\d{16}\b/);
});

test('the Excel CSV export of the same register imports to the same items', () => {
  const teks = baca('sukamaju/dip-excel.csv');
  assert.ok(teks.startsWith('\uFEFF') && teks.includes('\r\n'), 'BOM and CRLF as Excel writes them');
  const r = imporCSV(teks, { agency: sukamaju.agency });
  assert.equal(r.ok, true, JSON.stringify(r.errors, null, 1));
  assert.deepEqual(r.document?.items, sukamaju.items);
  // The SK DIP from the title row above the header, as the decision's attachment writes it.
  assert.deepEqual(r.document?.decision, sukamaju.decision);
  assert.deepEqual(
    r.warnings.map((w) => [w.code, w.row, w.column]),
    [
      ['item.no-date', 22, 'Tanggal Pembaruan'],
      ['item.no-link', 22, 'Tautan'],
      // Item 40: row 45 of the spreadsheet, however many line breaks (Alt+Enter) the cells above it
      // hold (the header's and some summaries': 48 lines into the file).
      ['item.no-date', 45, 'Tanggal Pembaruan'],
    ],
  );
});

test('the real Food Station register imports: Judul + Ringkasan, no errors, warnings for missing dates', () => {
  const r = imporCSV(baca('real/bumd-foodstation-2026.csv'));
  assert.equal(r.ok, true, JSON.stringify(r.errors, null, 1));
  assert.deepEqual(r.errors, []);
  const items = r.document?.items ?? [];
  assert.equal(items.length, 17);
  assert.equal(items[0]?.title, 'Informasi Umum Food Station');
  assert.match(items[0]?.summary ?? '', /^Profil ringkas perusahaan/);
  assert.equal(items[7]?.category, 'serta-merta');
  const tanpaTanggal = r.warnings.filter((w) => w.code === 'item.no-date');
  assert.equal(tanpaTanggal.length, 17);
  assert.equal(tanpaTanggal[0]?.row, 2);
  assert.ok(r.warnings.some((w) => w.code === 'csv.agency-missing'));
});
