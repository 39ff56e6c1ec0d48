import assert from 'node:assert/strict';
import test from 'node:test';
import { bacaDIP } from './baca.js';
import { lokasiJalur } from './label.js';
import { bagianMasalah, kelompokkanMasalah } from './masalah.js';
import { uraikanMasalah } from './kata-validasi.js';
import type { MasalahMentah } from './types.js';
import { GalatArgumen } from '../i18n/argumen.js';

// A register as bodies keep it: no dates, some rows without a link, one bad link, one row with another
// separator. The CSV's line numbers go in front of each problem.
const CSV = [
  'No;Judul;Kategori;Tautan',
  '1;Profil Dinas;Berkala;https://contoh.go.id/profil.pdf',
  '2;Renstra 2025-2029;Berkala;',
  '3;LKjIP 2025;Berkala;javascript:alert(1)',
  '4;Laporan Keuangan 2025;Berkala;',
  '5;Daftar Aset;Setiap Saat;https://contoh.go.id/aset.pdf',
].join('\n');

test('a message splits into its place and its words, as it was composed', () => {
  const r = bacaDIP(CSV);
  const tanpaTanggal = r.warnings.filter((w) => w.code === 'item.no-date');
  assert.equal(tanpaTanggal.length, 5);
  const { tempat, isi } = bagianMasalah(tanpaTanggal[1]!);
  assert.equal(tempat.id, 'Baris 3, Item ke-2');
  assert.equal(tempat.en, 'Row 3, Item 2');
  assert.equal(`${tempat.id} — ${isi.id}`, tanpaTanggal[1]!.message.id);
  assert.match(isi.id, /^Tanggal terakhir diperbarui: belum diisi/);
  // A problem of the whole document has no place: its words are the whole message.
  const agensi = r.warnings.find((w) => w.code === 'csv.agency-missing')!;
  assert.deepEqual(bagianMasalah(agensi), { tempat: { id: '', en: '' }, isi: agensi.message });
});

test('problems said alike of several entries are one group, where the first was; the rest stay alone', () => {
  const r = bacaDIP(CSV);
  const semua = [...r.errors, ...r.warnings];
  const kelompok = kelompokkanMasalah(semua);
  // Nothing is lost; inside a group and across groups (by their first problem) the order is kept.
  const urutan = kelompok.map((k) =>
    k.anggota.map((a) => semua.findIndex((m) => m.message.id === a.message.id)),
  );
  for (const u of urutan)
    assert.deepEqual(
      u,
      [...u].sort((a, b) => a - b),
    );
  const pertama = urutan.map((u) => u[0]!);
  assert.deepEqual(
    pertama,
    [...pertama].sort((a, b) => a - b),
  );
  assert.equal(kelompok.flatMap((k) => k.anggota).length, semua.length);
  const tanggal = kelompok.find((k) => k.code === 'item.no-date')!;
  assert.deepEqual(
    tanggal.anggota.map((a) => a.tempat.id),
    [
      'Baris 2, Item ke-1',
      'Baris 3, Item ke-2',
      'Baris 4, Item ke-3',
      'Baris 5, Item ke-4',
      'Baris 6, Item ke-5',
    ],
  );
  assert.match(tanggal.isi.id, /^Tanggal terakhir diperbarui: belum diisi/);
  assert.equal(`${tanggal.anggota[0]!.tempat.en} — ${tanggal.isi.en}`, tanggal.anggota[0]!.message.en);
  const tautan = kelompok.find((k) => k.code === 'item.no-link')!;
  assert.equal(tautan.anggota.length, 2);
  // Said of one entry only: alone, with its whole message (place included).
  const skema = kelompok.find((k) => k.code === 'link.scheme')!;
  assert.equal(skema.anggota.length, 1);
  assert.equal(skema.isi, skema.anggota[0]!.message);
  assert.match(skema.isi.id, /^Baris 4, Item ke-3/);
  // Same code, different words (each quotes its own value): not grouped.
  const dua = kelompokkanMasalah([
    skema.anggota[0]!,
    {
      ...skema.anggota[0]!,
      path: 'items[4].links[0].url',
      row: 6,
      message: {
        id: 'Baris 6, Item ke-5, tautan ke-1 — Alamat tautan (URL): "data:x" tidak diizinkan.',
        en: 'Row 6, Item 5, link 1 — Link address (URL): "data:x" is not allowed.',
      },
    },
  ]);
  assert.equal(dua.length, 2);
});

test('every problem splits into the place the SDK put in front and the rest, " — " in a value included', () => {
  const json = JSON.stringify({
    format: 'terbuka-dip',
    version: 1,
    agency: { name: 'Dinas — Uji', kind: 'opd' },
    catatan: 'x — y',
    items: [
      {
        id: 'a',
        title: 'A — B',
        category: 'berkala',
        updated: '2026-02-30',
        links: [{ label: 'x', url: 'ftp://x — y' }],
      },
      { id: 'b', title: '', category: 'rahasia — lama', made: { year: 2026.5 } },
    ],
  });
  // A value holding " — " quoted in a message after its place.
  const csv = 'No;Judul;Kategori\n1;Profil;Berkala — lama\n2;Renstra;Berkala\n';
  const semua = [bacaDIP(CSV), bacaDIP(json), bacaDIP(csv), bacaDIP('{"format": ')].flatMap((r) => [
    ...r.errors,
    ...r.warnings,
  ]);
  const berisiTanda = semua.filter((m) => m.message.id.split(' — ').length > 2);
  assert.ok(berisiTanda.length >= 2, `messages with a dash after their place: ${berisiTanda.length}`);
  for (const m of semua) {
    const { tempat, isi } = bagianMasalah(m);
    for (const b of ['id', 'en'] as const) {
      // The place as buatMasalah writes it, built here on its own.
      const harap = [
        m.row !== undefined ? (b === 'id' ? `Baris ${m.row}` : `Row ${m.row}`) : '',
        lokasiJalur(m.path)[b],
      ]
        .filter(Boolean)
        .join(', ');
      assert.equal(tempat[b], harap, m.message[b]);
      assert.equal(harap ? `${harap} — ${isi[b]}` : isi[b], m.message[b]);
    }
  }
});

test('kelompokkanMasalah and uraikanMasalah: a wrong argument throws GalatArgumen naming it, not a raw TypeError', () => {
  for (const [v, nama] of [
    [undefined, 'undefined'],
    [null, 'null'],
    [42, 'number 42'],
    [{}, 'object'],
  ] as const) {
    assert.throws(
      () => kelompokkanMasalah(v as unknown as []),
      (e: unknown) =>
        e instanceof GalatArgumen &&
        e.teks.en ===
          `kelompokkanMasalah: masalah must be a list of problems (a result's errors or warnings), not ${nama}.`,
    );
    assert.throws(
      () => uraikanMasalah(v as unknown as MasalahMentah),
      (e: unknown) =>
        e instanceof GalatArgumen && e.fungsi === 'uraikanMasalah' && e.teks.id.endsWith(`, bukan ${nama}.`),
    );
  }
});
