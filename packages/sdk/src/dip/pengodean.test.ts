import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bacaDIP } from './baca.js';
import { imporCSV } from './csv.js';
import { GalatArgumen } from '../i18n/argumen.js';
import { dekodeBerkas, masalahPengodean } from './pengodean.js';
import type { BadanPublik } from './types.js';

const agency: BadanPublik = { id: 'diskominfo-sukamaju', name: 'Dinas Kominfo Sukamaju', kind: 'opd' };

/** Windows-1252 bytes written out by hand (not through TextDecoder's own tables): the three letters tested. */
const CP1252: Record<string, number> = { é: 0xe9, '–': 0x96, '’': 0x92 };
const ansi = (s: string): Uint8Array =>
  Uint8Array.from([...s].map((c) => CP1252[c] ?? (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : NaN)));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

const CSV = 'No;Judul;Kategori\r\n1;Laporan Keuangan – Café ’25;Berkala\r\n';

test('a register saved by Excel as "CSV (Comma delimited)" (Windows-1252) reads with its letters, not U+FFFD', () => {
  const r = dekodeBerkas(ansi(CSV));
  assert.equal(r.pengodean, 'windows-1252');
  assert.equal(r.teks, CSV);
  // What a plain UTF-8 read gives instead: the letters lost without a word.
  assert.match(new TextDecoder().decode(ansi(CSV)), /\uFFFD/);
});

test('valid UTF-8 is read as UTF-8 whatever the header claims (old servers label every text file ISO-8859-1)', () => {
  for (const ct of ['', 'text/csv', 'text/plain; charset=ISO-8859-1', 'text/csv;charset="windows-1252"'])
    assert.deepEqual(dekodeBerkas(utf8(CSV), ct), { teks: CSV, pengodean: 'utf-8' }, ct);
  // The BOM Excel writes for "CSV UTF-8" is dropped, as res.text() does.
  const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(CSV)]);
  assert.deepEqual(dekodeBerkas(bom), { teks: CSV, pengodean: 'utf-8' });
});

test('bytes that are not UTF-8 follow the charset the header names; a header saying UTF-8 or an unknown name does not stop the Windows-1252 reading', () => {
  // "Łódź" in ISO-8859-2: Ł = 0xA3, ó = 0xF3, ź = 0xBC.
  const latin2 = Uint8Array.from([0xa3, 0xf3, 0x64, 0xbc]);
  assert.deepEqual(dekodeBerkas(latin2, 'text/csv; charset=iso-8859-2'), {
    teks: 'Łódź',
    pengodean: 'iso-8859-2',
  });
  for (const ct of ['text/csv; charset=utf-8', 'text/csv; charset=x-made-up', 'text/csv'])
    assert.deepEqual(dekodeBerkas(ansi('Café – ’'), ct), { teks: 'Café – ’', pengodean: 'windows-1252' }, ct);
});

test('a UTF-8 file with a row pasted in from an ANSI one keeps its UTF-8 rows; a UTF-8 mark before ANSI bytes is dropped', () => {
  const baris = 'No;Judul;Kategori\r\n1;Laporan Keuangan – Café ’25;Berkala\r\n';
  const campur = Uint8Array.from([...utf8(baris), ...ansi('2;Café – ’;Berkala\r\n')]);
  assert.deepEqual(dekodeBerkas(campur), {
    teks: `${baris}2;Café – ’;Berkala\r\n`,
    pengodean: 'windows-1252',
  });
  const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...ansi('No;Judul\r\n1;Café')]);
  const r = dekodeBerkas(bom);
  assert.equal(r.teks, 'No;Judul\r\n1;Café');
  // Sequences of every length among the ANSI bytes: ü (2 bytes), – (3), 📄 (4, a surrogate pair in JS).
  const semua = Uint8Array.from([...utf8('ü – 📄 '), 0xe9, ...utf8(' 📄')]);
  assert.equal(dekodeBerkas(semua).teks, 'ü – 📄 é 📄');
  // Every kind of malformed sequence reads as Windows-1252 bytes, as the Encoding Standard delimits them:
  // an overlong form (C0 AF), a surrogate (ED A0 80), past U+10FFFF (F4 90 80 80), a cut-off one (E2 80).
  const rusak = Uint8Array.from([
    0xc0, 0xaf, 0x20, 0xed, 0xa0, 0x80, 0x20, 0xf4, 0x90, 0x80, 0x80, 0x20, 0xe2, 0x80,
  ]);
  assert.equal(dekodeBerkas(rusak).teks, 'À¯ í\xa0€ ô\u0090€€ â€');
});

test('a header naming UTF-16 over bytes without its mark is not followed (the file would read as CJK)', () => {
  assert.deepEqual(dekodeBerkas(ansi('Café – ’'), 'text/csv; charset=utf-16'), {
    teks: 'Café – ’',
    pengodean: 'windows-1252',
  });
});

test('UTF-16 with its byte-order mark (Excel\'s "Unicode Text") is read as UTF-16, both byte orders', () => {
  const teks = 'No\tJudul\tKategori\r\n1\tCafé – ’\tBerkala';
  const le = [0xff, 0xfe];
  const be = [0xfe, 0xff];
  for (const c of teks) {
    const k = c.charCodeAt(0);
    le.push(k & 0xff, k >> 8);
    be.push(k >> 8, k & 0xff);
  }
  assert.deepEqual(dekodeBerkas(Uint8Array.from(le)), { teks, pengodean: 'utf-16le' });
  assert.deepEqual(dekodeBerkas(Uint8Array.from(be)), { teks, pengodean: 'utf-16be' });
  // Without the mark (some tools drop it): told by the zero byte beside each Latin letter.
  assert.deepEqual(dekodeBerkas(Uint8Array.from(le.slice(2))), { teks, pengodean: 'utf-16le' });
  assert.deepEqual(dekodeBerkas(Uint8Array.from(be.slice(2))), { teks, pengodean: 'utf-16be' });
  // Text with no zero bytes (every real UTF-8 or ANSI register) is never taken for it.
  assert.equal(dekodeBerkas(utf8(CSV)).pengodean, 'utf-8');
});

test('the import warns of a file read in a non-Unicode encoding, in both languages; never of UTF-8 or UTF-16', () => {
  const { teks, pengodean } = dekodeBerkas(ansi(CSV));
  const r = imporCSV(teks, { agency, pengodean });
  assert.equal(r.ok, true);
  assert.equal(r.document?.items[0]?.title, 'Laporan Keuangan – Café ’25');
  const m = r.warnings[0];
  assert.equal(m?.code, 'file.encoding');
  assert.equal(m?.severity, 'warning');
  assert.match(m?.message.id ?? '', /tidak tersimpan sebagai UTF-8.*Windows-1252.*CSV UTF-8/);
  assert.match(m?.message.en ?? '', /not saved as UTF-8.*Windows-1252.*CSV UTF-8/);
  for (const p of [undefined, 'utf-8', 'UTF-16LE', 'utf-16be'])
    assert.equal(
      kodeSaja(imporCSV(CSV, { agency, ...(p ? { pengodean: p } : {}) }).warnings).includes('file.encoding'),
      false,
      p,
    );
  assert.equal(masalahPengodean('iso-8859-2')?.code, 'file.encoding');
  assert.match(masalahPengodean('iso-8859-2')?.message.id ?? '', /dibaca sebagai iso-8859-2/);
});

test('bacaDIP passes the encoding to both formats: a JSON document read as Windows-1252 is warned of too', () => {
  const json = JSON.stringify({
    format: 'terbuka-dip',
    version: 1,
    agency,
    items: [],
  });
  assert.deepEqual(kodeSaja(bacaDIP(json, { pengodean: 'windows-1252' }).warnings), [
    'file.encoding',
    'items.empty',
  ]);
  assert.deepEqual(kodeSaja(bacaDIP(json, { pengodean: 'utf-8' }).warnings), ['items.empty']);
  // A JSON file is saved from a text editor, not from Excel: its own advice.
  assert.match(bacaDIP(json, { pengodean: 'windows-1252' }).warnings[0]!.message.id, /Notepad/);
  assert.doesNotMatch(bacaDIP(json, { pengodean: 'windows-1252' }).warnings[0]!.message.id, /Excel/);
  assert.equal(bacaDIP(CSV, { agency, pengodean: 'windows-1252' }).warnings[0]?.code, 'file.encoding');
  assert.equal(kodeSaja(bacaDIP(CSV, { agency }).warnings).includes('file.encoding'), false);
});

const kodeSaja = (ms: readonly { code: string }[]): string[] => ms.map((m) => m.code);

test('dekodeBerkas takes an ArrayBuffer or any view of one; a string or anything else is a GalatArgumen', () => {
  const b = utf8('No;Judul\n1;Café\n');
  assert.deepEqual(dekodeBerkas(b.buffer as ArrayBuffer), { teks: 'No;Judul\n1;Café\n', pengodean: 'utf-8' });
  // A view over part of a larger buffer reads that part only.
  const besar = new Uint8Array(b.length + 4);
  besar.set(b, 2);
  assert.equal(dekodeBerkas(new DataView(besar.buffer, 2, b.length)).teks, 'No;Judul\n1;Café\n');
  assert.equal(dekodeBerkas(ansi('Caf\u00e9')).pengodean, 'windows-1252');
  for (const [nilai, nama] of [
    ['No;Judul', 'string'],
    [undefined, 'undefined'],
    [null, 'null'],
    [42, 'number 42'],
    [[], 'array'],
  ] as const) {
    assert.throws(
      () => dekodeBerkas(nilai as unknown as Uint8Array),
      (e: unknown) =>
        e instanceof GalatArgumen &&
        e instanceof TypeError &&
        e.fungsi === 'dekodeBerkas' &&
        e.parameter === 'bytes' &&
        e.teks.id.startsWith(
          `dekodeBerkas: bytes harus byte (Uint8Array, Buffer atau ArrayBuffer), bukan ${nama}.`,
        ) &&
        e.teks.en.startsWith(
          `dekodeBerkas: bytes must be bytes (a Uint8Array, Buffer or ArrayBuffer), not ${nama}.`,
        ) &&
        e.message === `${e.teks.id} / ${e.teks.en}`,
      nama,
    );
  }
});

test('masalahPengodean: no encoding is none; an encoding that is not a string is a GalatArgumen', () => {
  for (const v of [undefined, null, '']) assert.equal(masalahPengodean(v as undefined), undefined);
  assert.throws(
    () => masalahPengodean(42 as unknown as string),
    (e: unknown) =>
      e instanceof GalatArgumen && /^masalahPengodean: pengodean harus .*, bukan number 42\./.test(e.teks.id),
  );
});
