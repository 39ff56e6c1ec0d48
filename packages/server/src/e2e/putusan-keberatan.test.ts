// The Atasan PPID's decision on an objection (putusan-keberatan) through the officer API of a real
// `terbuka serve` process: recorded on the objection and on the request it is linked to in one transaction,
// refused with 422 (a field) or 409 (the stored status), counted in the register and the yearly report; an
// objection stored answered with `jawab` (before the decision had its own event) still reads.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import Papa from 'papaparse';
import { tambahHariKerja } from '@terbuka/sdk';
import { tulisJawabanLama } from '../uji/riwayat-lama.js';
import {
  AGENSI_UJI,
  contohKeberatan,
  contohPermintaan,
  direktoriUji,
  kirim,
  klienPetugas,
  mulaiServer,
  RAHASIA,
  SHA_TOKEN_PETUGAS,
  type ProsesServer,
} from '../uji/proses.js';

const KONFIGURASI = { officers: [{ name: 'PPID Utama', tokenSha256: SHA_TOKEN_PETUGAS }] };

type Peristiwa = { type: string; number?: string; decision?: string; reason?: string; decidedBy?: string };
type Rinci = {
  id: number;
  number: string;
  status: string;
  deadline: string;
  deadlineKind?: string;
  history: { events: Peristiwa[] };
};
type Galat = { errors: { code: string; path: string; message: { id: string; en: string } }[] };

const { dir, hapus } = direktoriUji();
let s: ProsesServer;
const { petugas, peristiwa, rinci: rinciSebagai } = klienPetugas(() => s.alamat);
const rinci = (id: number) => rinciSebagai<Rinci>(id);
async function idDari(number: string): Promise<number> {
  const d = (await petugas(`/v1/petugas/pengajuan?number=${encodeURIComponent(number)}`)).body as {
    items: { id: number }[];
  };
  return d.items[0]!.id;
}
async function keberatan(requestNumber: string, kunci: string): Promise<{ id: number; number: string }> {
  const k = await kirim(s.alamat, `/v1/keberatan?agency=${AGENSI_UJI.id}`, contohKeberatan(requestNumber), {
    'idempotency-key': kunci,
  });
  assert.equal(k.status, 201, JSON.stringify(k.body));
  const number = (k.body as { number: string }).number;
  return { id: await idDari(number), number };
}

const PUTUSAN = {
  type: 'putusan-keberatan',
  decision: 'ditolak',
  reason: 'Data pribadi pegawai dikecualikan (Pasal 17 huruf h); uji konsekuensi telah dilakukan.',
  decidedBy: 'Drs. Bambang, Sekretaris Daerah selaku Atasan PPID',
};

let permintaan: { id: number; number: string };
let keb: { id: number; number: string };
let lepas: { id: number; number: string };
let lama: { id: number; number: string };

before(async () => {
  s = await mulaiServer({ dir, now: '2026-03-13T09:00:00+07:00', konfigurasi: KONFIGURASI });
  const r = await kirim(
    s.alamat,
    `/v1/permintaan?agency=${AGENSI_UJI.id}`,
    contohPermintaan({ information: 'Daftar gaji pegawai' }),
    { 'idempotency-key': 'putusan-permintaan' },
  );
  assert.equal(r.status, 201);
  const number = (r.body as { number: string }).number;
  permintaan = { id: await idDari(number), number };
  const j = await peristiwa(permintaan.id, {
    type: 'jawab',
    outcome: 'ditolak',
    grounds: ['h'],
    consequence: 'Membuka gaji per pegawai mengungkap data pribadinya.',
  });
  assert.equal(j.status, 200, JSON.stringify(j.body));
  // Linked (same contact, answered): the request moves to keberatan. The others name no request stored here.
  keb = await keberatan(number, 'putusan-keberatan-1');
  lepas = await keberatan('999/PPID/DISKOMINFO/PI/2026', 'putusan-keberatan-2');
  lama = await keberatan('998/PPID/DISKOMINFO/PI/2026', 'putusan-keberatan-3');
  assert.equal((await rinci(permintaan.id)).status, 'keberatan');
  // Seven days later (20 March), the Atasan PPID decides.
  await s.berhenti();
  s = await mulaiServer({ dir, now: '2026-03-20T10:00:00+07:00', konfigurasi: KONFIGURASI });
});
after(async () => {
  await s?.berhenti();
  hapus();
});

describe("the Atasan PPID's decision on an objection", () => {
  test('without its reasons, its signer or a known decision → 422 naming the field, in both languages; nothing is written', async () => {
    const kasus: [Record<string, unknown>, string, RegExp, RegExp][] = [
      [{ ...PUTUSAN, reason: '   ' }, 'reason', /alasan tertulis/, /written reasons/],
      [{ ...PUTUSAN, decidedBy: undefined }, 'decidedBy', /nama dan jabatan/, /name and position/],
      [{ ...PUTUSAN, decision: 'sebagian' }, 'decision', /dikabulkan.*ditolak/, /upheld.*rejected/],
      [{ ...PUTUSAN, reason: 'x'.repeat(5001) }, 'reason', /paling banyak 5000/, /at most 5000/],
    ];
    for (const [body, path, id, en] of kasus) {
      const r = await peristiwa(keb.id, body);
      assert.equal(r.status, 422, path);
      const e = (r.body as Galat).errors[0]!;
      assert.deepEqual([e.code, e.path], [`objection-decision.${path}`, path]);
      assert.match(e.message.id, id);
      assert.match(e.message.en, en);
    }
    assert.equal((await rinci(keb.id)).status, 'diterima');
    assert.equal((await rinci(permintaan.id)).status, 'keberatan');
  });

  test('an objection is no longer answered with `jawab`: 409 naming the decision event', async () => {
    const r = await peristiwa(keb.id, { type: 'jawab', outcome: 'ditolak' });
    assert.equal(r.status, 409);
    const e = (r.body as Galat).errors[0]!;
    assert.equal(e.code, 'status.transition');
    assert.match(e.message.id, /putusan-keberatan/);
  });

  test('both rows or neither: when the objection’s own row cannot be written, the request keeps its status and history', async () => {
    const db = new Database(s.database);
    try {
      // The request's row is written first, the objection's after it, in the same transaction.
      db.exec(`CREATE TRIGGER uji_gagal BEFORE UPDATE ON pengajuan WHEN OLD.id = ${keb.id}
               BEGIN SELECT RAISE(ABORT, 'uji: tulis gagal'); END`);
      const r = await peristiwa(keb.id, PUTUSAN);
      assert.equal(r.status, 500);
    } finally {
      db.exec('DROP TRIGGER IF EXISTS uji_gagal');
      db.close();
    }
    const p = await rinci(permintaan.id);
    assert.equal(p.status, 'keberatan');
    assert.deepEqual(
      p.history.events.map((e) => e.type),
      ['diterima', 'jawab', 'keberatan'],
    );
    assert.equal((await rinci(keb.id)).status, 'diterima');
  });

  test('recorded on the objection (dijawab, the 14-working-day dispute window) and on its request (selesai, the same window), which the citizen sees', async () => {
    const r = await peristiwa(keb.id, PUTUSAN);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const sengketa = tambahHariKerja('2026-03-20', 14);
    const k = r.body as Rinci;
    assert.deepEqual([k.status, k.deadline, k.deadlineKind], ['dijawab', sengketa, 'sengketa']);
    const e = k.history.events.at(-1)!;
    assert.deepEqual(
      [e.type, e.decision, e.reason, e.decidedBy, e.number],
      ['putusan-keberatan', 'ditolak', PUTUSAN.reason, PUTUSAN.decidedBy, undefined],
    );
    const p = await rinci(permintaan.id);
    assert.deepEqual([p.status, p.deadline, p.deadlineKind], ['selesai', sengketa, 'sengketa']);
    const ep = p.history.events.at(-1)!;
    assert.deepEqual([ep.type, ep.decision, ep.number], ['putusan-keberatan', 'ditolak', keb.number]);
    // The request's status page: closed, its history saying how the objection was decided; no new objection.
    const st = await kirim(s.alamat, '/v1/status', { number: permintaan.number, contact: RAHASIA.phone });
    const sb = st.body as { status: string; events: Peristiwa[] };
    assert.equal(sb.status, 'selesai');
    assert.deepEqual(
      sb.events.map((x) => x.type),
      ['diterima', 'jawab', 'keberatan', 'putusan-keberatan'],
    );
    const list = (await petugas(`/v1/petugas/pengajuan?number=${encodeURIComponent(permintaan.number)}`))
      .body as { items: { objectionWindowOpen?: boolean }[] };
    assert.equal(list.items[0]!.objectionWindowOpen, false);
    // The objection's status page: the dispute window is the deadline running.
    const sk = await kirim(s.alamat, '/v1/status', { number: keb.number, contact: RAHASIA.phone });
    const bk = sk.body as { status: string; deadline: string; deadlineKind: string };
    assert.deepEqual([bk.status, bk.deadline, bk.deadlineKind], ['dijawab', sengketa, 'sengketa']);
  });

  test('decided again (another officer got there first) → 409, nothing changes', async () => {
    const r = await peristiwa(keb.id, { ...PUTUSAN, decision: 'dikabulkan' });
    assert.equal(r.status, 409);
    assert.equal((r.body as Galat).errors[0]!.code, 'status.transition');
    const k = await rinci(keb.id);
    assert.equal(k.history.events.filter((e) => e.type === 'putusan-keberatan').length, 1);
    const p = await rinci(permintaan.id);
    assert.equal(p.history.events.filter((e) => e.type === 'putusan-keberatan').length, 1);
  });

  test('an objection linked to no request here: only its own record changes', async () => {
    const r = await peristiwa(lepas.id, { ...PUTUSAN, decision: 'dikabulkan' });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal((r.body as Rinci).status, 'dijawab');
  });

  test('an objection stored answered with `jawab` still reads: details, status page, closing', async () => {
    // As a store written before the decision had its own event holds it.
    tulisJawabanLama(s.database, lama.id, {
      at: '2026-03-18T03:00:00.000Z',
      outcome: 'ditolak',
      deadline: tambahHariKerja('2026-03-18', 14),
      deadlineKind: 'sengketa',
    });
    const k = await rinci(lama.id);
    assert.deepEqual(
      [k.status, k.deadlineKind, k.history.events.at(-1)!.type],
      ['dijawab', 'sengketa', 'jawab'],
    );
    const st = await kirim(s.alamat, '/v1/status', { number: lama.number, contact: RAHASIA.phone });
    assert.equal(st.status, 200);
    assert.equal((await peristiwa(lama.id, PUTUSAN)).status, 409);
    const tutup = await peristiwa(lama.id, { type: 'selesai' });
    assert.equal(tutup.status, 200, JSON.stringify(tutup.body));
    assert.equal((tutup.body as Rinci).status, 'selesai');
  });

  test('the CSV register: the decision, its reasons, who decided and when, on the objection and on its request', async () => {
    const r = await petugas(`/v1/petugas/ekspor.csv?agency=${AGENSI_UJI.id}`);
    const p = Papa.parse<Record<string, string>>(r.body as string, { header: true, skipEmptyLines: true });
    assert.deepEqual(p.errors, []);
    const baris = (n: string) => p.data.find((x) => x['Nomor Pendaftaran'] === n)!;
    for (const n of [keb.number, permintaan.number]) {
      const b = baris(n);
      assert.deepEqual(
        [b['Putusan Keberatan'], b['Alasan Putusan Keberatan'], b['Diputus Oleh']],
        ['ditolak', PUTUSAN.reason, PUTUSAN.decidedBy],
        n,
      );
      assert.match(b['Diputus']!, /^2026-03-20T10:00:\d\d\+07:00$/);
    }
    // The objection's answer is its decision; the request's stays its own.
    assert.deepEqual(
      [baris(keb.number)['Dijawab'], baris(keb.number)['Dijawab Terlambat']],
      [baris(keb.number)['Diputus'], 'tidak'],
    );
    assert.match(baris(permintaan.number)['Dijawab']!, /^2026-03-13T/);
    assert.equal(baris(lepas.number)['Putusan Keberatan'], 'dikabulkan');
    // The older answer: its outcome under "Hasil", no decision columns.
    const l = baris(lama.number);
    assert.deepEqual([l['Hasil'], l['Putusan Keberatan'], l['Dijawab Terlambat']], ['ditolak', '', 'tidak']);
    assert.match(l['Dijawab']!, /^2026-03-18T10:00:00\+07:00$/);
  });

  test('the yearly report counts objections by the decision; an older `jawab` as decided only', async () => {
    const r = await petugas(`/v1/petugas/laporan/2026?agency=${AGENSI_UJI.id}`);
    assert.equal(r.status, 200);
    assert.deepEqual((r.body as { objections: unknown }).objections, {
      received: 3,
      decided: 3,
      upheld: 1,
      rejected: 1,
      pending: 0,
      decidedLate: 0,
    });
    const d = await petugas(`/v1/petugas/laporan/2026/dip?agency=${AGENSI_UJI.id}`);
    assert.match(
      String((d.body as { item: { summary: string } }).item.summary),
      /Keberatan diterima: 3; diputus Atasan PPID 3 \(dikabulkan 1, ditolak 1\), belum diputus 0\./,
    );
  });
});
