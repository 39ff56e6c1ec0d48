import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bacaKategori, infoKategori, KATEGORI } from './kategori.js';
import { kategoriLonggar, kategoriSeksi } from './kategori-seksi.js';

test('the four categories carry OpenSID codes 1–4 and berkala a 6-month cadence', () => {
  assert.deepEqual(
    KATEGORI.map((k) => [k.code, k.opensidCode]),
    [
      ['berkala', 1],
      ['serta-merta', 2],
      ['setiap-saat', 3],
      ['dikecualikan', 4],
    ],
  );
  assert.equal(infoKategori('berkala').cadenceMonths, 6);
});

test('bacaKategori reads the spellings registers use', () => {
  const cases: [string, string | undefined][] = [
    ['Berkala', 'berkala'],
    ['serta merta', 'serta-merta'],
    ['Serta-Merta', 'serta-merta'],
    ['Setiap Saat', 'setiap-saat'],
    ['DIK', 'dikecualikan'],
    ['Dikecualikan', 'dikecualikan'],
    [' 3 ', 'setiap-saat'],
    ['4', 'dikecualikan'],
    ['Informasi Berkala', 'berkala'],
    ['Informasi yang Wajib Tersedia Setiap Saat', 'setiap-saat'],
    ['Informasi yang Wajib Diumumkan Secara Serta-Merta', 'serta-merta'],
    ['Informasi yang Wajib Diumumkan Secara Berkala', 'berkala'],
    ['Informasi yang Dikecualikan', 'dikecualikan'],
    ['5', undefined],
    ['', undefined],
    ['rahasia negara', undefined],
  ];
  for (const [input, want] of cases) assert.equal(bacaKategori(input), want, input);
});

test('each short label is a part of its full label (so a tab showing it keeps its name, WCAG 2.5.3)', () => {
  for (const k of KATEGORI)
    for (const b of ['id', 'en'] as const) {
      assert.ok(k.shortLabel[b].length < k.label[b].length, `${k.code} ${b}`);
      assert.ok(k.label[b].toLowerCase().includes(k.shortLabel[b].toLowerCase()), `${k.code} ${b}`);
    }
});

test('characters that show nothing (pasted from the web) do not hide a category', () => {
  assert.equal(bacaKategori('Ber\u200Bkala'), 'berkala');
  assert.equal(bacaKategori('\uFEFFSerta\u00ADMerta'), 'serta-merta');
  assert.equal(bacaKategori('\u202ESetiap Saat'), 'setiap-saat');
});

test('section rows of the classic template name their category; other rows name none', () => {
  const kasus: [string[], string | undefined][] = [
    [['A', 'INFORMASI YANG WAJIB DISEDIAKAN DAN DIUMUMKAN SECARA BERKALA'], 'berkala'],
    [['B.', 'Informasi yang wajib disediakan dan diumumkan secara serta merta'], 'serta-merta'],
    [['III', 'INFORMASI YANG WAJIB TERSEDIA SETIAP SAAT'], 'setiap-saat'],
    [['d)', 'Daftar Informasi yang Dikecualikan'], 'dikecualikan'],
    [['C. Informasi yang Wajib Disediakan Setiap Saat'], 'setiap-saat'],
    [['Informasi Serta Merta'], 'serta-merta'],
    // In English, written as the Indonesian ones are.
    [['A. Periodic information'], 'berkala'],
    [['B. Information available at any time'], 'setiap-saat'],
    [['C', 'Immediate information'], 'serta-merta'],
    [['IV)', 'Exempt information'], 'dikecualikan'],
    [['Immediate information'], 'serta-merta'],
    [['Exempt information'], 'dikecualikan'],
    [['Information available at any time'], 'setiap-saat'],
    [['Information that must be published periodically'], 'berkala'],
    [['Periodic information reports'], undefined],
    [['A', 'Periodic report'], undefined],
    [['3', 'Immediate information'], undefined],
    // Entries, not headings: a number is no section letter, a title is no heading.
    [['3', 'Informasi berkala lainnya'], undefined],
    [['Informasi berkala lainnya'], undefined],
    [['A', 'Profil dinas'], undefined],
    [['A', 'Laporan berkala'], undefined],
    [['A', 'Informasi berkala', 'Sekretariat'], undefined],
  ];
  for (const [sel, harap] of kasus) assert.equal(kategoriSeksi(sel), harap, sel.join(' | '));
});

test('a Kategori cell in other words names its one category, or none', () => {
  const kasus: [string, string | undefined][] = [
    ['Berkala (Pasal 9)', 'berkala'],
    ['Informasi yang Wajib Disediakan dan Diumumkan Secara Serta Merta', 'serta-merta'],
    ['Informasi Publik Setiap Saat', 'setiap-saat'],
    ['Informasi Wajib Berkala', 'berkala'],
    ['DIKECUALIKAN (Pasal 17)', 'dikecualikan'],
    ['Berkala / Serta Merta', undefined],
    ['Lainnya', undefined],
  ];
  for (const [teks, harap] of kasus) assert.equal(kategoriLonggar(teks), harap, teks);
});

test('bacaKategori: a value that is not a string is undefined (no TypeError)', () => {
  for (const v of [undefined, null, 42, {}, [], true])
    assert.equal(bacaKategori(v as unknown as string), undefined, String(v));
});
