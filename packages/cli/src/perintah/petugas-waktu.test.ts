// Stored times in the forms older stores hold (UTC `Z`, with milliseconds, another offset) reach an officer
// only in the receipt's form — the agency's offset, whole seconds (the SDK's waktuTersimpanDiZona) — through
// the real `terbuka petugas …` against a real `terbuka serve`: the list, the record, the register's CSV file,
// and the requester's status lookup.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { tambahHariKerja } from '@terbuka/sdk';
import {
  direktoriUji,
  kirim,
  mulaiServer,
  RAHASIA,
  SHA_TOKEN_PETUGAS,
  type ProsesServer,
} from '../../../server/src/uji/proses.js';
import { tulisJawabanLama, tulisWaktuLama } from '../../../server/src/uji/riwayat-lama.js';
import { petugasUji } from '../uji/petugas.js';

const { dir, hapus } = direktoriUji();
let s: ProsesServer;

/** The one form: WIB (the test agency's zone), whole seconds. */
const SATU_BENTUK = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/;

const { terbuka, json, ajukan } = petugasUji(dir, () => s, 'waktu');

let lama: { id: number; number: string };

before(async () => {
  s = await mulaiServer({
    dir,
    now: '2026-03-13T09:00:00+07:00',
    konfigurasi: { officers: [{ name: 'PPID Utama', tokenSha256: SHA_TOKEN_PETUGAS }] },
  });
  lama = await ajukan('Salinan laporan realisasi APBD 2025');
  // An officer's event, stored as today's server stores it: UTC with milliseconds.
  const p = terbuka(['petugas', 'catat', lama.number, 'perpanjang', '--alasan', 'Dokumen di arsip lain']);
  assert.equal(p.code, 0, p.err);
  // An answer as an older server kept it, at another offset (WITA), and the receipt time and the first event
  // as UTC `Z` with and without milliseconds: the same instants, written otherwise.
  tulisJawabanLama(s.database, lama.id, {
    at: '2026-03-20T11:30:00+08:00',
    outcome: 'dikabulkan',
    deadline: tambahHariKerja('2026-03-20', 30),
    deadlineKind: 'keberatan',
  });
  tulisWaktuLama(s.database, lama.id, {
    receivedAt: '2026-03-13T02:00:00Z',
    at: ['2026-03-13T02:00:00.000Z', '2026-03-13T03:15:00.750Z'],
  });
});
after(async () => {
  await s?.berhenti();
  hapus();
});

test('petugas daftar --json: receivedAt in the one form, however it was stored', () => {
  const d = json('daftar', '--nomor', lama.number) as { items: { receivedAt: string }[] };
  assert.equal(d.items[0]!.receivedAt, '2026-03-13T09:00:00+07:00');
});

test('petugas lihat --json: receivedAt and every event time in the one form', () => {
  const r = json('lihat', lama.number) as { receivedAt: string; history: { events: { at: string }[] } };
  const waktu = [r.receivedAt, ...r.history.events.map((e) => e.at)];
  assert.equal(waktu.length, 4);
  for (const w of waktu) assert.match(w, SATU_BENTUK);
  assert.deepEqual(waktu, [
    '2026-03-13T09:00:00+07:00',
    '2026-03-13T09:00:00+07:00',
    '2026-03-13T10:15:00+07:00',
    '2026-03-20T10:30:00+07:00',
  ]);
});

test('petugas ekspor -o: every time column of the CSV file in the one form', () => {
  const berkas = join(dir, 'register.csv');
  const r = terbuka(['petugas', 'ekspor', '-o', berkas]);
  assert.equal(r.code, 0, `${r.err}\n${s.log().slice(-3000)}`);
  const baris = Papa.parse<Record<string, string>>(readFileSync(berkas, 'utf8').replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;
  const b = baris.find((x) => x['Nomor Pendaftaran'] === lama.number)!;
  assert.deepEqual(
    [b['Diterima'], b['Diperpanjang'], b['Dijawab']],
    ['2026-03-13T09:00:00+07:00', '2026-03-13T10:15:00+07:00', '2026-03-20T10:30:00+07:00'],
  );
});

test('the status lookup: receivedAt in the one form, as its events', async () => {
  const st = await kirim(s.alamat, '/v1/status', { number: lama.number, contact: RAHASIA.phone });
  assert.equal(st.status, 200, JSON.stringify(st.body));
  const b = st.body as { receivedAt: string; events: { at: string }[] };
  assert.equal(b.receivedAt, '2026-03-13T09:00:00+07:00');
  for (const e of b.events) assert.match(e.at, SATU_BENTUK);
});
