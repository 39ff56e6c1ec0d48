// The troubleshooting sections of the widget guide (docs/id/widget.md "Kendala umum", docs/en/widgets.md
// "Troubleshooting") quote what the lists say, so an admin can find the entry by the words on the page:
// each quote must be the message as the widget shows it, word for word, in its language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { imporCSV, isiTeks } from '@terbuka/sdk';
import type { Bahasa, Teks } from '@terbuka/sdk';
import { PESAN } from '../src/internal/pesan-lengkap.js';
import { HALAMAN_WEB } from '../src/internal/data/kata-masalah.js';

const docs = new URL('../../../docs/', import.meta.url);

/** The section under `## judul`, up to the next `## `, its whitespace (line breaks, indents) as one space. */
function bagian(berkas: string, judul: string): string {
  const teks = readFileSync(new URL(berkas, docs), 'utf8');
  const awal = teks.indexOf(`\n## ${judul}\n`);
  assert.ok(awal >= 0, `${berkas}: no section "${judul}"`);
  const akhir = teks.indexOf('\n## ', awal + 1);
  return teks.slice(awal, akhir < 0 ? undefined : akhir).replace(/\s+/g, ' ');
}

/** The quotes of a section: _"…"_. */
const kutipan = (teks: string): string[] => [...teks.matchAll(/_"(.+?)"_/g)].map((m) => m[1]!);

/**
 * A quote stands for a message when it is the message's beginning; an ellipsis stands for what varies (a
 * date, a number), the parts around it following in order.
 */
function mengutip(kutip: string, pesan: string): boolean {
  let dari = 0;
  for (const [i, potong] of kutip.split('…').entries()) {
    const p = potong.trim();
    if (!p) continue;
    const di = pesan.indexOf(p, dari);
    if (di < 0 || (i === 0 && di !== 0)) return false;
    dari = di + p.length;
  }
  return true;
}

// An .xlsx (a ZIP) given as src: what the reading says of it.
const bukanCSV = imporCSV('PK\x03\x04\x14\x00\x06\x00').errors[0]!.message;

/** The lists' messages the sections quote, as shown (a 404 for the status, a date for the saved copy). */
const PESAN_DIKUTIP: Record<string, Teks> = {
  tanpaSumber: PESAN.tanpaSumber,
  galatJaringan: PESAN.galatJaringan,
  galatHttp404: isiTeks(PESAN.galatHttp, { status: 404 }),
  salinanTersimpan: isiTeks(PESAN.salinanTersimpan, { tanggal: '1/12/2026' }),
  galatBagian: PESAN.galatBagian,
  galatData: PESAN.galatData,
  halamanWeb: HALAMAN_WEB,
  bukanCSV,
};

const PANDUAN: [Bahasa, string, string][] = [
  ['id', 'id/widget.md', 'Kendala umum'],
  ['en', 'en/widgets.md', 'Troubleshooting'],
];

for (const [bahasa, berkas, judul] of PANDUAN)
  test(`${berkas} "${judul}" quotes every message of the lists it explains, word for word`, () => {
    const semua = kutipan(bagian(berkas, judul));
    for (const [nama, pesan] of Object.entries(PESAN_DIKUTIP))
      assert.ok(
        semua.some((k) => mengutip(k, pesan[bahasa])),
        `${berkas}: no quote of ${nama} "${pesan[bahasa]}" among:\n${semua.join('\n')}`,
      );
  });

test('a quote that differs from the message by one word, or is not its beginning, does not count', () => {
  const pesan = PESAN.galatHttp.id;
  assert.ok(mengutip('Daftar informasi tidak dapat dimuat (server menjawab …).', pesan));
  assert.ok(!mengutip('Daftar informasi tidak bisa dimuat (server menjawab …).', pesan));
  assert.ok(!mengutip('informasi tidak dapat dimuat', pesan));
  assert.ok(mengutip('Menampilkan salinan tersimpan per …', PESAN_DIKUTIP['salinanTersimpan']!.id));
});
