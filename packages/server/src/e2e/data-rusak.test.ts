// A store with records damaged by hand (a history that is no JSON, one that is JSON but no history, a date of
// receipt that is no date), against a real `terbuka serve` on 127.0.0.1: the officer's register (CSV), the
// yearly report, the list and the single record still answer; each damaged record is kept with what can be
// shown and named (Catatan Data, problems), the server logs one warning per bad value, and what cannot be
// shown at all (one record's unreadable history) is a worded error for that record alone.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import Database from 'better-sqlite3';
import Papa from 'papaparse';
import {
  AGENSI_UJI,
  contohKeberatan,
  direktoriUji,
  kirim,
  klienPetugas,
  mulaiServer,
  SHA_TOKEN_PETUGAS,
  type ProsesServer,
} from '../uji/proses.js';
import { jawabNovember } from '../uji/riwayat-lama.js';

const { dir, hapus } = direktoriUji();
let s: ProsesServer;
const { petugas, ajukan: ajukanDengan } = klienPetugas(() => s.alamat);

type Rekaman = { id: number; number: string };
let baik: Rekaman;
let bukanJson: Rekaman;
let bukanRiwayat: Rekaman;
let tanggalRusak: Rekaman;
/** An objection naming bukanJson (its list item reads that request's history to say whether it is linked). */
let keberatan: string;

const BUKAN_JSON = '{"status":"dijawab","events":[{"at":';
const BUKAN_RIWAYAT = '{"status":"diterima","events":"semua"}';

const ajukan = (information: string): Promise<Rekaman> =>
  ajukanDengan(information, `data-rusak-${information}`);

const jawab = (id: number) => jawabNovember(s.database, id);

before(async () => {
  s = await mulaiServer({
    dir,
    now: '2026-11-03T09:00:00+07:00',
    konfigurasi: { officers: [{ name: 'PPID Utama', tokenSha256: SHA_TOKEN_PETUGAS }] },
  });
  baik = await ajukan('baik');
  bukanJson = await ajukan('bukan-json');
  bukanRiwayat = await ajukan('bukan-riwayat');
  tanggalRusak = await ajukan('tanggal-rusak');
  for (const r of [baik, bukanJson, tanggalRusak]) jawab(r.id);
  const k = await kirim(
    s.alamat,
    `/v1/keberatan?agency=${AGENSI_UJI.id}`,
    contohKeberatan(bukanJson.number),
    {
      'idempotency-key': 'data-rusak-keberatan',
    },
  );
  assert.equal(k.status, 201, JSON.stringify(k.body));
  const kb = k.body as { number: string };
  keberatan = kb.number;
  const db = new Database(s.database);
  try {
    // The status column still says answered: a history cut off mid-write (a hand edit, a damaged file).
    db.prepare('UPDATE pengajuan SET history = ? WHERE id = ?').run(BUKAN_JSON, bukanJson.id);
    db.prepare('UPDATE pengajuan SET history = ? WHERE id = ?').run(BUKAN_RIWAYAT, bukanRiwayat.id);
    db.prepare('UPDATE pengajuan SET received_on = ? WHERE id = ?').run('kemarin', tanggalRusak.id);
  } finally {
    db.close();
  }
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
const nomorRe = (n: string) => n.replace(/[/.]/g, '\\$&');
type Galat = { errors: { code: string; message: { id: string; en: string } }[] };

test('the CSV export keeps every damaged record, names what is wrong in Catatan Data, and logs it', async () => {
  const r = await petugas('/v1/petugas/ekspor.csv');
  assert.equal(r.status, 200, `${JSON.stringify(r.body)}\n${s.log().slice(-3000)}`);
  const baris = Papa.parse<Record<string, string>>((r.body as string).replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;
  assert.equal(baris.length, 5);
  const cari = (x: Rekaman) => baris.find((b) => b['Nomor Pendaftaran'] === x.number)!;
  assert.equal(cari(baik)['Catatan Data'], '');
  assert.equal(cari(baik)['Dijawab Terlambat'], 'tidak');
  // What the other columns hold is shown; what only the history held is empty, and the note says why.
  const j = cari(bukanJson);
  assert.equal(j['Status'], 'dijawab');
  assert.equal(j['Nama Pemohon'], 'Siti Aminah');
  assert.equal(j['Rincian Informasi / Kasus Posisi'], 'bukan-json');
  assert.equal(j['Tanggal Diterima'], '2026-11-03');
  assert.equal(j['Hasil'], '');
  assert.equal(j['Dijawab Terlambat'], '');
  assert.equal(j['Catatan Data'], `riwayat tak terbaca: history = "${BUKAN_JSON}"`);
  assert.equal(cari(bukanRiwayat)['Catatan Data'], `riwayat tak terbaca: history = "${BUKAN_RIWAYAT}"`);
  // A date of receipt that is no date: shown as stored; the rest of the record (its answer) as it is.
  const t = cari(tanggalRusak);
  assert.equal(t['Tanggal Diterima'], 'kemarin');
  assert.equal(t['Hasil'], 'dikabulkan');
  assert.equal(t['Dijawab Terlambat'], 'tidak');
  assert.equal(t['Catatan Data'], 'tanggal tak terbaca: receivedOn = "kemarin"');
  const log = await logDengan(/"field":"receivedOn"/);
  assert.match(log, new RegExp(`"nomor":"${nomorRe(bukanJson.number)}","field":"history"`));
  assert.match(log, new RegExp(`"nomor":"${nomorRe(bukanRiwayat.number)}","field":"history"`));
  assert.match(log, new RegExp(`"nomor":"${nomorRe(tanggalRusak.number)}","field":"receivedOn"`));
  assert.match(log, /riwayat tersimpan tak terbaca \/ unreadable stored history/);
  assert.match(log, /tanggal tersimpan tak terbaca \/ unreadable stored date/);
});

test('the yearly report counts what it can and lists each damaged record in problems', async () => {
  for (const path of ['/v1/petugas/laporan/2026', '/v1/petugas/laporan/2026/dip']) {
    const r = await petugas(path);
    assert.equal(r.status, 200, `${path}: ${JSON.stringify(r.body)}\n${s.log().slice(-3000)}`);
    const b = r.body as Record<string, unknown>;
    const l = (b['report'] ?? b) as {
      requests: { received: number; answered: number; pending: number; answeredLate: number };
      objections: { received: number; pending: number };
      timeTaken: { medianWorkingDays: number | null; maxWorkingDays: number | null };
      outcomes: { granted: number };
      problems: { number: string; field: string; value: string }[];
    };
    // Received: all four. Answered: by the status column when the history cannot be read (bukanJson's
    // `dijawab`; bukanRiwayat's `diterima` is pending). Its outcome is not known: granted counts two.
    assert.deepEqual(
      [l.requests.received, l.requests.answered, l.requests.pending, l.outcomes.granted],
      [4, 3, 1, 2],
    );
    assert.deepEqual([l.objections.received, l.objections.pending], [1, 1]);
    // Working days only where the date of receipt reads (baik: answered on the day of receipt, day zero).
    assert.deepEqual([l.timeTaken.medianWorkingDays, l.timeTaken.maxWorkingDays], [0, 0]);
    assert.deepEqual(
      [...l.problems].sort((a, c) => a.number.localeCompare(c.number)),
      [
        { number: bukanJson.number, field: 'history', value: BUKAN_JSON },
        { number: bukanRiwayat.number, field: 'history', value: BUKAN_RIWAYAT },
        { number: tanggalRusak.number, field: 'receivedOn', value: 'kemarin' },
      ].sort((a, c) => a.number.localeCompare(c.number)),
    );
  }
});

test('the officer list carries a damaged record with its problems, not a 500 for the whole list', async () => {
  const r = await petugas('/v1/petugas/pengajuan');
  assert.equal(r.status, 200, `${JSON.stringify(r.body)}\n${s.log().slice(-3000)}`);
  const { total, items } = r.body as {
    total: number;
    items: {
      number: string;
      status: string;
      allowedEvents: string[];
      revision?: number;
      problems?: { field: string; value: string }[];
    }[];
  };
  assert.equal(total, 5);
  const cari = (x: Rekaman) => items.find((i) => i.number === x.number)!;
  // The objection reads; whether it is recorded on its request cannot be known, so it is not said.
  const kb = items.find((i) => i.number === keberatan) as unknown as Record<string, unknown>;
  assert.equal(kb['requestNumber'], bukanJson.number);
  assert.equal('linked' in kb, false, JSON.stringify(kb));
  assert.equal(kb['problems'], undefined);
  assert.equal(cari(baik).problems, undefined);
  assert.equal(cari(baik).revision, 2);
  const j = cari(bukanJson);
  assert.equal(j.status, 'dijawab');
  // Nothing can be recorded on a history that cannot be read, and it has no revision to send back.
  assert.deepEqual(j.allowedEvents, []);
  assert.equal(j.revision, undefined);
  assert.deepEqual(j.problems, [{ field: 'history', value: BUKAN_JSON }]);
  assert.deepEqual(cari(bukanRiwayat).problems, [{ field: 'history', value: BUKAN_RIWAYAT }]);
  assert.deepEqual(cari(tanggalRusak).problems, [{ field: 'receivedOn', value: 'kemarin' }]);
});

test('one record whose history cannot be read is a worded error for that record; the others read', async () => {
  for (const x of [bukanJson, bukanRiwayat]) {
    const r = await petugas(`/v1/petugas/pengajuan/${x.id}`);
    assert.equal(r.status, 409, JSON.stringify(r.body));
    const [g] = (r.body as Galat).errors;
    assert.equal(g!.code, 'record.unreadable');
    assert.match(g!.message.id, new RegExp(`Riwayat pengajuan ${nomorRe(x.number)} tersimpan rusak`));
    assert.match(g!.message.en, new RegExp(`The stored history of submission ${nomorRe(x.number)}`));
    // Nothing is recorded on it either, and nothing is lost: the stored text is as it was.
    const p = await petugas(`/v1/petugas/pengajuan/${x.id}/peristiwa`, { type: 'selesai' });
    assert.equal(p.status, 409, JSON.stringify(p.body));
    assert.equal((p.body as Galat).errors[0]!.code, 'record.unreadable');
    assert.match((p.body as Galat).errors[0]!.message.id, /tidak ada yang dicatat/);
  }
  const db = new Database(s.database, { readonly: true });
  try {
    const h = db.prepare('SELECT history FROM pengajuan WHERE id = ?').get(bukanJson.id) as {
      history: string;
    };
    assert.equal(h.history, BUKAN_JSON);
  } finally {
    db.close();
  }
  const t = await petugas(`/v1/petugas/pengajuan/${tanggalRusak.id}`);
  assert.equal(t.status, 200, JSON.stringify(t.body));
  const b = t.body as { receivedOn: string; problems: unknown };
  assert.equal(b.receivedOn, 'kemarin');
  assert.deepEqual(b.problems, [{ field: 'receivedOn', value: 'kemarin' }]);
  assert.equal((await petugas(`/v1/petugas/pengajuan/${baik.id}`)).status, 200);
});
