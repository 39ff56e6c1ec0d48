import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Masalah } from '@terbuka/sdk';
import { catatanContoh } from '../uji/catatan-contoh.js';
import type { CatatanPindai } from '../types.js';
import { bacaRiwayat, catatanTerakhir, GalatRiwayat, PenulisRiwayat, periksaBerkasRiwayat } from './index.js';

const tmp = mkdtempSync(join(tmpdir(), 'terbuka-riwayat-'));

async function semua(paths: string[], laporan: Masalah[] = []): Promise<CatatanPindai[]> {
  const hasil: CatatanPindai[] = [];
  for await (const c of bacaRiwayat(paths, { laporkan: (m) => laporan.push(m) })) hasil.push(c);
  return hasil;
}

test('history round trip: each record one line, read back equal, appended across runs', async () => {
  const path = join(tmp, 'a', 'dalam', 'riwayat.jsonl');
  const satu = [catatanContoh('x', '2026-03-01T00:00:00Z'), catatanContoh('y', '2026-03-01T00:00:01Z')];
  const p = await PenulisRiwayat.buka(path);
  // Written at once: the queue keeps lines whole and in order.
  await Promise.all(satu.map((c) => p.tulis(c)));
  assert.equal(p.jumlah, 2);
  await p.tutup();
  await assert.rejects(p.tulis(satu[0] as CatatanPindai), GalatRiwayat);
  const dua = catatanContoh('x', '2026-04-01T00:00:00Z', { score: 80, band: 'informatif' });
  const q = await PenulisRiwayat.buka(path);
  await q.tulis(dua);
  await q.tutup();
  const teks = readFileSync(path, 'utf8');
  assert.equal(teks.split('\n').length, 4, 'three lines and the final newline');
  assert.ok(teks.endsWith('\n'));
  const laporan: Masalah[] = [];
  assert.deepEqual(await semua([path], laporan), [...satu, dua]);
  assert.deepEqual(laporan, []);
  // A line break inside a title stays inside its line.
  assert.equal((await semua([path]))[0]?.missing[0]?.title.id, 'Profil\nbadan publik');
});

test('a torn last line is skipped and reported; the next run starts a fresh line', async () => {
  const path = join(tmp, 'sobek.jsonl');
  const utuh = catatanContoh('x', '2026-03-01T00:00:00Z');
  const baris = JSON.stringify(catatanContoh('y', '2026-03-02T00:00:00Z'));
  writeFileSync(path, `${JSON.stringify(utuh)}\n${baris.slice(0, 57)}`);
  const laporan: Masalah[] = [];
  assert.deepEqual(await semua([path], laporan), [utuh]);
  assert.deepEqual(
    laporan.map((m) => [m.code, m.path, m.row]),
    [['riwayat.torn-line', path, 2]],
  );
  assert.match(laporan[0]?.message.id ?? '', /baris 2: baris terakhir terpotong/);
  assert.match(laporan[0]?.message.en ?? '', /line 2: the last line is cut short/);

  // Appending after the crash: the torn line is closed first, so the new record is readable.
  const baru = catatanContoh('z', '2026-03-03T00:00:00Z');
  const p = await PenulisRiwayat.buka(path);
  await p.tulis(baru);
  await p.tutup();
  const lagi: Masalah[] = [];
  assert.deepEqual(await semua([path], lagi), [utuh, baru]);
  assert.deepEqual(
    lagi.map((m) => [m.code, m.row]),
    [['riwayat.invalid-line', 2]],
  );
});

test('lines that are not records are skipped and reported; blank lines and CRLF are fine', async () => {
  const path = join(tmp, 'campur.jsonl');
  const c = catatanContoh('x', '2026-03-01T00:00:00Z');
  writeFileSync(
    path,
    [
      JSON.stringify(c),
      '',
      '{"format":"terbuka-dip","version":1}',
      JSON.stringify({ ...c, scannedAt: 'kemarin' }),
      'bukan json',
      JSON.stringify(c),
    ].join('\r\n'),
  );
  const laporan: Masalah[] = [];
  assert.deepEqual(await semua([path], laporan), [c, c]);
  assert.deepEqual(
    laporan.map((m) => [m.code, m.row]),
    [
      ['riwayat.invalid-line', 3],
      ['riwayat.invalid-line', 4],
      ['riwayat.invalid-line', 5],
    ],
  );
});

test('shards merge by reading them all; catatanTerakhir keeps the newest per agency', async () => {
  const s1 = join(tmp, 'shard-1.jsonl');
  const s2 = join(tmp, 'shard-2.jsonl');
  const tulis = (p: string, cs: CatatanPindai[]) =>
    writeFileSync(p, cs.map((c) => `${JSON.stringify(c)}\n`).join(''));
  tulis(s1, [
    catatanContoh('a', '2026-03-01T00:00:00Z', { score: 10 }),
    catatanContoh('a', '2026-03-08T00:00:00+07:00', { score: 30 }),
    catatanContoh('b', '2026-03-08T00:00:00Z', { score: 40 }),
  ]);
  tulis(s2, [
    // 07:00+07:00 is the same instant as 00:00Z: of equal times the one read last wins.
    catatanContoh('a', '2026-03-08T07:00:00+07:00', { score: 31 }),
    catatanContoh('b', '2026-03-01T00:00:00Z', { score: 5 }),
    catatanContoh('c', '2026-03-02T00:00:00Z', { score: 60 }),
  ]);
  appendFileSync(s2, '{"format":"terbuka-pin');
  const laporan: Masalah[] = [];
  const peta = await catatanTerakhir([s1, s2], { laporkan: (m) => laporan.push(m) });
  assert.deepEqual([...peta].map(([id, c]) => [id, c.score]).sort(), [
    ['a', 31],
    ['b', 40],
    ['c', 60],
  ]);
  assert.equal(laporan.length, 1);
  const sebagian = await catatanTerakhir([s1, s2], { agencies: new Set(['c']) });
  assert.deepEqual([...sebagian.keys()], ['c']);
  assert.equal((await semua([s1, s2])).length, 6);
});

test('a missing history file is an error with a message in both languages', async () => {
  const path = join(tmp, 'tidak-ada.jsonl');
  await assert.rejects(semua([path]), (e: unknown) => {
    assert.ok(e instanceof GalatRiwayat);
    assert.match(e.teks.id, /tidak dapat dibaca \(ENOENT\)/);
    assert.match(e.teks.en, /Cannot read history file/);
    return true;
  });
});

test("a record's zone is read as the SDK reads it; one it does not know is dropped, not a crash later", async () => {
  const path = join(tmp, 'zona.jsonl');
  const dengan = (id: string, timeZone: unknown): CatatanPindai =>
    ({
      ...catatanContoh(id, '2026-03-01T00:00:00Z'),
      agency: { ...catatanContoh(id, '2026-03-01T00:00:00Z').agency, timeZone },
    }) as CatatanPindai;
  writeFileSync(
    path,
    [
      dengan('a', 'Asia/Makassar'),
      dengan('b', 'WITA'),
      dengan('c', 'Asia/Tokyo'),
      dengan('d', 9),
      catatanContoh('e', '2026-03-01T00:00:00Z'),
    ]
      .map((c) => `${JSON.stringify(c)}\n`)
      .join(''),
  );
  assert.deepEqual(
    (await semua([path])).map((c) => [c.agencyId, c.agency.timeZone]),
    [
      ['a', 'Asia/Makassar'],
      ['b', 'Asia/Makassar'],
      ['c', undefined],
      ['d', undefined],
      ['e', undefined],
    ],
  );
});

test('periksaBerkasRiwayat: a history (empty, or a torn first line) passes; a missing file or another file does not', async () => {
  const tulis = (nama: string, isi: string): string => {
    const path = join(tmp, nama);
    writeFileSync(path, isi);
    return path;
  };
  const baris = JSON.stringify(catatanContoh('x', '2026-03-01T00:00:00Z'));
  for (const path of [
    tulis('periksa-utuh.jsonl', `${baris}\n${baris}\n`),
    tulis('periksa-kosong.jsonl', ''),
    tulis('periksa-sobek.jsonl', baris.slice(0, 40)),
    tulis('periksa-crlf.jsonl', `\uFEFF\r\n${baris}\r\n`),
  ])
    await periksaBerkasRiwayat(path);
  const galat = async (path: string): Promise<GalatRiwayat> => {
    try {
      await periksaBerkasRiwayat(path);
    } catch (e) {
      assert.ok(e instanceof GalatRiwayat);
      return e;
    }
    assert.fail(`${path} passed`);
  };
  const hilang = await galat(join(tmp, 'tiada.jsonl'));
  assert.match(hilang.teks.id, /^Berkas riwayat .*tiada\.jsonl tidak dapat dibaca \(ENOENT\)\.$/);
  assert.match(hilang.teks.en, /^Cannot read history file .*tiada\.jsonl \(ENOENT\)\.$/);
  assert.match((await galat(tmp)).teks.en, /\(EISDIR\)/);
  const csv = await galat(tulis('periksa-registri.csv', 'id;nama;jenis\ndesa;Desa;desa\n'));
  assert.match(
    csv.teks.id,
    /periksa-registri\.csv bukan berkas riwayat pemindaian: baris pertamanya bukan catatan "terbuka-pindai"/,
  );
  assert.match(csv.teks.en, /periksa-registri\.csv is not a scan history file/);
  await galat(tulis('periksa-feed.json', '{"format":"terbuka-feed","version":1}\n'));
});

test('a write that fails once the history is open (a full disk: /dev/full answers ENOSPC) says the file, why and what to do', async () => {
  const p = await PenulisRiwayat.buka('/dev/full');
  await assert.rejects(p.tulis(catatanContoh('x', '2026-03-01T00:00:00Z')), (e: unknown) => {
    assert.ok(e instanceof GalatRiwayat);
    assert.equal(
      e.teks.id,
      'Berkas riwayat /dev/full tidak dapat ditulis: Disk penuh saat menulis /dev/full (ENOSPC). Kosongkan ruang, lalu ulangi. Catatan yang sudah tertulis tetap utuh; pindaian yang belum tertulis diulang pada pemindaian berikutnya.',
    );
    assert.match(
      e.teks.en,
      /^Cannot write history file \/dev\/full: The disk is full writing \/dev\/full \(ENOSPC\)\. Free some space, then run again\. /,
    );
    return true;
  });
  await p.tutup().catch(() => undefined);
});

test(
  'periksaBerkasRiwayat refuses what is not a regular file by what it is: a device, a FIFO (without waiting for a writer), a socket',
  { timeout: 10_000 },
  async () => {
    const fifo = join(tmp, 'periksa-fifo');
    execFileSync('mkfifo', [fifo]);
    const soket = join(tmp, 'periksa.sock');
    const server = createServer();
    await new Promise<void>((r) => server.listen(soket, r));
    try {
      for (const [path, id, en] of [
        ['/dev/zero', 'perangkat karakter', 'a character device'],
        [fifo, 'FIFO/pipa bernama', 'a FIFO (named pipe)'],
        [soket, 'soket', 'a socket'],
      ] as const) {
        const e = await periksaBerkasRiwayat(path).then(
          () => assert.fail(`${path} passed`),
          (e: unknown) => e,
        );
        assert.ok(e instanceof GalatRiwayat, String(e));
        assert.equal(
          e.teks.id,
          `${path} bukan berkas biasa (${id}): riwayat harus berkas biasa yang dibaca dari awal sampai akhir dan ditambah baris demi baris. Berikan jalur berkas riwayat (mis. data/riwayat.jsonl).`,
        );
        assert.equal(
          e.teks.en,
          `${path} is not a regular file (${en}): a history must be a regular file, read from start to end and appended to line by line. Give the path of a history file (e.g. data/riwayat.jsonl).`,
        );
      }
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  },
);
