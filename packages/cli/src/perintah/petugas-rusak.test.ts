// A store with one stored time that is no time, and receipt times stored in mixed forms, through the real
// `terbuka petugas …` against a real `terbuka serve`: the register's CSV and the yearly report still come
// out, carrying the record with the value as stored and flagged, and the server log names it; the list is
// ordered by the instant, not by the stored text. And a server failure (5xx) said as the officer's command
// failing, not as a citizen's submission lost.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import Papa from 'papaparse';
import { tambahHariKerja } from '@terbuka/sdk';
import {
  direktoriUji,
  mulaiServer,
  SHA_TOKEN_PETUGAS,
  TOKEN_PETUGAS,
  type ProsesServer,
} from '../../../server/src/uji/proses.js';
import { tulisJawabanLama, tulisWaktuLama } from '../../../server/src/uji/riwayat-lama.js';
import { BIN, petugasUji } from '../uji/petugas.js';

const { dir, hapus } = direktoriUji();
let s: ProsesServer;

const { terbuka, json, ajukan } = petugasUji(dir, () => s, 'rusak');

const RUSAK = 'kemarin sore';
let rusak: { id: number; number: string };
let urut: { id: number; number: string }[];

before(async () => {
  s = await mulaiServer({
    dir,
    now: '2026-03-13T09:00:00+07:00',
    konfigurasi: { officers: [{ name: 'PPID Utama', tokenSha256: SHA_TOKEN_PETUGAS }] },
  });
  rusak = await ajukan('Salinan laporan realisasi APBD 2025');
  // An answer whose stored time is no time at all (a hand edit, an old import).
  tulisJawabanLama(s.database, rusak.id, {
    at: RUSAK,
    outcome: 'dikabulkan',
    deadline: tambahHariKerja('2026-03-20', 30),
    deadlineKind: 'keberatan',
  });
  // Three receipts whose stored text order (D, B, C) differs from their time order (C, D, B).
  urut = [];
  for (const [info, at] of [
    ['C', '2026-03-13T09:10:00+07:00'], // 02:10Z
    ['D', '2026-03-13T02:20:00.500Z'], // 02:20:00.5Z
    ['B', '2026-03-13T02:30:00Z'], // 02:30Z
  ] as const) {
    const r = await ajukan(`Dokumen urutan ${info}`);
    tulisWaktuLama(s.database, r.id, { receivedAt: at });
    urut.push(r);
  }
  // The first record received before all three (its receipt time as stored by today's server is 09:00 WIB).
  tulisWaktuLama(s.database, rusak.id, { receivedAt: '2026-03-13T01:00:00Z' });
});
after(async () => {
  await s?.berhenti();
  hapus();
});

/** The server's log once it holds `muster` (its lines arrive while this process is not blocked), or as it is. */
async function logDengan(muster: RegExp): Promise<string> {
  for (let i = 0; i < 50 && !muster.test(s.log()); i++) await new Promise((ok) => setTimeout(ok, 20));
  return s.log();
}

test('petugas ekspor: an unreadable stored time is carried as stored and flagged, not a 500', async () => {
  const berkas = join(dir, 'register.csv');
  const r = terbuka(['petugas', 'ekspor', '-o', berkas]);
  assert.equal(r.code, 0, `${r.err}\n${s.log().slice(-3000)}`);
  const baris = Papa.parse<Record<string, string>>(readFileSync(berkas, 'utf8').replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;
  assert.equal(baris.length, 4);
  const b = baris.find((x) => x['Nomor Pendaftaran'] === rusak.number)!;
  assert.equal(b['Dijawab'], RUSAK);
  assert.equal(b['Hasil'], 'dikabulkan');
  // Late or not cannot be judged from a time that is none: left empty, and the note says why.
  assert.equal(b['Dijawab Terlambat'], '');
  assert.match(b['Catatan Data']!, /history\.events\[1\]\.at/);
  assert.match(b['Catatan Data']!, /kemarin sore/);
  for (const x of baris) if (x['Nomor Pendaftaran'] !== rusak.number) assert.equal(x['Catatan Data'], '');
  // The server log names the record and the field.
  const log = await logDengan(/unreadable stored time/);
  assert.match(log, new RegExp(`"nomor":"${rusak.number.replace(/[/.]/g, '\\$&')}"`));
  assert.match(log, /"field":"history\.events\[1\]\.at"/);
});

test('petugas laporan: the report comes out, the record in its problems', () => {
  const l = json('laporan', '--tahun', '2026') as {
    requests: { received: number; answered: number; answeredLate: number };
    timeTaken: { medianWorkingDays: number | null };
    outcomes: { granted: number };
    problems: { number: string; field: string; value: string }[];
  };
  assert.equal(l.requests.received, 4);
  assert.equal(l.requests.answered, 1);
  assert.equal(l.outcomes.granted, 1);
  // Its working days cannot be counted: out of the time figures, not guessed.
  assert.equal(l.timeTaken.medianWorkingDays, null);
  assert.deepEqual(l.problems, [{ number: rusak.number, field: 'history.events[1].at', value: RUSAK }]);
  const teks = terbuka(['petugas', 'laporan', '--tahun', '2026']);
  assert.equal(teks.code, 0, teks.err);
  assert.match(teks.err, new RegExp(rusak.number.replace(/[/.]/g, '\\$&')));
  assert.match(teks.err, /kemarin sore/);
});

test('petugas laporan --dip: the DIP item comes out, the report with its problems', () => {
  const d = json('laporan', '--tahun', '2026', '--dip') as {
    report: { problems: { number: string }[] };
    validation: { ok: boolean };
  };
  assert.equal(d.validation.ok, true);
  assert.deepEqual(
    d.report.problems.map((p) => p.number),
    [rusak.number],
  );
});

test('petugas daftar: ordered by the instant of receipt, not the stored text', () => {
  const nomor = (xs: { number: string }[]) => xs.map((x) => x.number);
  const lama = json('daftar') as { items: { number: string }[] };
  assert.deepEqual(nomor(lama.items), [rusak.number, ...nomor(urut)]);
  const baru = json('daftar', '--terbaru') as { items: { number: string }[] };
  assert.deepEqual(nomor(baru.items), [...nomor(urut)].reverse().concat(rusak.number));
});

/** A stand-in server that fails every call with `status` and the body a Terbuka server sends on a 500. */
async function gagal(status: number) {
  const srv = createServer((_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        errors: [
          {
            code: 'internal',
            message: {
              id: 'Terjadi galat pada server. Permohonan Anda belum tersimpan; silakan kirim ulang.',
              en: 'The server hit an error. Your submission was not stored; please send it again.',
            },
          },
        ],
      }),
    );
  });
  await new Promise<void>((ok) => srv.listen(0, '127.0.0.1', ok));
  return { srv, alamat: `http://127.0.0.1:${(srv.address() as AddressInfo).port}/` };
}

/** The CLI as a child process without blocking this one (the stand-in server answers from here). */
function terbukaAsinkron(args: string[], server: string, lang: string) {
  return new Promise<{ code: number | null; err: string }>((ok) => {
    const p = spawn(BIN, args, {
      cwd: dir,
      env: { ...process.env, TERBUKA_LANG: lang, TERBUKA_SERVER: server, TERBUKA_TOKEN: TOKEN_PETUGAS },
    });
    let err = '';
    p.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
    p.on('close', (code) => ok({ code, err }));
  });
}

test('a 5xx is the officer command failing: no "submission not saved", the status, code and what to do', async () => {
  const { srv, alamat } = await gagal(500);
  try {
    for (const [args, apa] of [
      [['petugas', 'ekspor'], 'ekspor'],
      [['petugas', 'laporan', '--tahun', '2026'], 'laporan'],
      [['petugas', 'daftar'], 'daftar'],
    ] as const) {
      const id = await terbukaAsinkron([...args], alamat, 'id');
      assert.equal(id.code, 4, id.err);
      assert.doesNotMatch(id.err, /Permohonan Anda belum tersimpan/);
      assert.match(id.err, new RegExp(`petugas ${apa}`));
      assert.match(id.err, /HTTP 500/);
      assert.match(id.err, /internal/);
      assert.match(id.err, /log server/);
      // An earlier server's citizen's sentence is known and left out, not shown as the server's words.
      assert.doesNotMatch(id.err, /Kata server/);
      const en = await terbukaAsinkron([...args], alamat, 'en');
      assert.equal(en.code, 4, en.err);
      assert.doesNotMatch(en.err, /Your submission was not stored/);
      assert.match(en.err, /HTTP 500/);
      assert.match(en.err, /server log/);
      assert.doesNotMatch(en.err, /The server says/);
    }
  } finally {
    srv.close();
  }
});

/**
 * A server and store of the test's own (its records then damaged by hand), stopped and removed after `uji`,
 * which gets the server and the officer helpers with idempotency keys starting `awalan`.
 */
async function denganServerSendiri(
  awalan: string,
  uji: (server: ProsesServer, u: ReturnType<typeof petugasUji>) => Promise<void>,
): Promise<void> {
  const d = direktoriUji();
  let server: ProsesServer | undefined;
  try {
    server = await mulaiServer({
      dir: d.dir,
      now: '2026-03-13T09:00:00+07:00',
      konfigurasi: { officers: [{ name: 'PPID Utama', tokenSha256: SHA_TOKEN_PETUGAS }] },
    });
    const sv = server;
    await uji(
      sv,
      petugasUji(d.dir, () => sv, awalan),
    );
  } finally {
    await server?.berhenti();
    d.hapus();
  }
}

test("a 500 of a real server: the officer sees the server's words for that route beside the command, status, code and the server log", async () => {
  // Its own server and store, its table renamed by hand under it: the server fails on the read, as in the
  // server's own e2e test (galat-internal). (A stored value that cannot be read is no failure: the record
  // is carried, its problem named.)
  await denganServerSendiri('galat', async (server, u) => {
    const { number } = await u.ajukan('Salinan SK pengangkatan PPID');
    // The table gone from under the server (renamed by hand): every read of it fails.
    const db = new Database(server.database);
    try {
      db.exec('ALTER TABLE pengajuan RENAME TO pengajuan_lama');
    } finally {
      db.close();
    }
    for (const [lang, kata] of [
      ['id', /Terjadi galat pada server; permintaan ini tidak dapat dijawab\. Coba lagi nanti/],
      ['en', /The server hit an error and could not answer this request\. Try again later/],
    ] as const) {
      const r = await terbukaAsinkron(['petugas', 'lihat', number], server.alamat, lang);
      assert.equal(r.code, 4, r.err);
      assert.match(r.err, /terbuka petugas lihat/);
      assert.match(r.err, /HTTP 500/);
      assert.match(r.err, /internal/);
      assert.match(r.err, lang === 'id' ? /log server/ : /server log/);
      // The server's own words for this route, named as the server's.
      assert.match(r.err, kata);
      assert.match(r.err, lang === 'id' ? /Kata server: "/ : /The server says: "/);
    }
  });
});

test('petugas laporan: a history, a date of receipt or a body that cannot be read is named as what it is, with what the report did with it', async () => {
  await denganServerSendiri('laporan-rusak', async (server, u) => {
    const riwayat = await u.ajukan('Salinan DPA 2026');
    const tanggal = await u.ajukan('Salinan Renstra 2025-2029');
    const isi = await u.ajukan('Salinan LKPJ 2025');
    const db = new Database(server.database);
    try {
      db.prepare('UPDATE pengajuan SET history = ? WHERE id = ?').run('{rusak', riwayat.id);
      db.prepare('UPDATE pengajuan SET received_on = ? WHERE id = ?').run('kemarin', tanggal.id);
      db.prepare('UPDATE pengajuan SET body = ? WHERE id = ?').run('{rusak', isi.id);
    } finally {
      db.close();
    }
    const baris = (err: string, nomor: string) => err.split('\n').find((l) => l.includes(nomor)) ?? '';
    const id = await terbukaAsinkron(['petugas', 'laporan', '--tahun', '2026'], server.alamat, 'id');
    assert.equal(id.code, 0, id.err);
    assert.match(baris(id.err, riwayat.number), /riwayat tersimpan tak terbaca di history \("\{rusak"\)/);
    assert.match(baris(id.err, riwayat.number), /tidak masuk hasil, waktu layanan dan keterlambatan/);
    assert.doesNotMatch(id.err, /waktu tersimpan tak terbaca/);
    assert.match(
      baris(id.err, tanggal.number),
      /tanggal diterima tersimpan tak terbaca di receivedOn \("kemarin"\)/,
    );
    assert.match(baris(id.err, tanggal.number), /dihitung, tetapi tidak masuk waktu layanan\./);
    // The report reads no body: such a record is counted in full, and said so, not called a time.
    assert.match(
      baris(id.err, isi.number),
      /isi permohonan tersimpan tak terbaca di body \("\{rusak"\); tetap dihitung seluruhnya\./,
    );
    const en = await terbukaAsinkron(['petugas', 'laporan', '--tahun', '2026'], server.alamat, 'en');
    assert.equal(en.code, 0, en.err);
    assert.match(baris(en.err, riwayat.number), /unreadable stored history in history/);
    assert.match(baris(en.err, riwayat.number), /left out of outcomes, time taken and lateness/);
    assert.match(baris(en.err, tanggal.number), /unreadable stored date of receipt in receivedOn/);
    assert.match(
      baris(en.err, isi.number),
      /unreadable stored request body in body .*; still counted in full\./,
    );
  });
});
