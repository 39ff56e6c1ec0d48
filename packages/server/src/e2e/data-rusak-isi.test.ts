// A store damaged by hand beyond a history or a date (e2e/data-rusak.test.ts): a request body or a receipt
// that is no JSON or no object, and — for the citizen — a request whose history cannot be read, against a
// real `terbuka serve` on 127.0.0.1. The officer's list, register and report carry such a record and name its
// problem; the record itself and an event on it are 409 record.unreadable for it alone; the citizen's status
// lookup is a worded 409 (no stored detail), an objection is stored unlinked with its reason, and the Atasan PPID's decision names the request
// that cannot be read, writing nothing. One log warning per bad value; no 500.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import Database from 'better-sqlite3';
import Papa from 'papaparse';
import {
  AGENSI_UJI,
  contohKeberatan,
  contohPermintaan,
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
const { petugas, idDari, ajukan: ajukanDengan } = klienPetugas(() => s.alamat);

type Rekaman = { id: number; number: string };
let baik: Rekaman;
let isiRusak: Rekaman;
let isiBukanObyek: Rekaman;
let buktiRusak: Rekaman;
/** Its history damaged after an objection was recorded on it (the objection `keb`). */
let riwayatRusak: Rekaman;
let keb: Rekaman;
/** Answered, its history then damaged: an objection from its own contact cannot be recorded on it. */
let belumKeberatan: Rekaman;

const ISI_RUSAK = '{"requester":{"name":"Siti';
const BUKTI_RUSAK = '[1,2';
const RIWAYAT_RUSAK = '{"status":"keberatan","events":[';
const KONTAK = 'siti.aminah@contoh.id';

const ajukan = (information: string): Promise<Rekaman> =>
  ajukanDengan(information, `data-rusak-isi-${information}`);

const jawab = (id: number) => jawabNovember(s.database, id);

before(async () => {
  s = await mulaiServer({
    dir,
    now: '2026-11-03T09:00:00+07:00',
    konfigurasi: { officers: [{ name: 'PPID Utama', tokenSha256: SHA_TOKEN_PETUGAS }] },
  });
  baik = await ajukan('baik');
  isiRusak = await ajukan('isi-rusak');
  isiBukanObyek = await ajukan('isi-bukan-obyek');
  buktiRusak = await ajukan('bukti-rusak');
  riwayatRusak = await ajukan('riwayat-rusak');
  belumKeberatan = await ajukan('belum-keberatan');
  for (const r of [riwayatRusak, belumKeberatan]) jawab(r.id);
  const k = await kirim(
    s.alamat,
    `/v1/keberatan?agency=${AGENSI_UJI.id}`,
    contohKeberatan(riwayatRusak.number),
    { 'idempotency-key': 'data-rusak-isi-keberatan' },
  );
  assert.equal(k.status, 201, JSON.stringify(k.body));
  const number = (k.body as { number: string }).number;
  keb = { id: await idDari(number), number };
  const db = new Database(s.database);
  try {
    const ubah = (kolom: string, nilai: string, id: number) =>
      db.prepare(`UPDATE pengajuan SET ${kolom} = ? WHERE id = ?`).run(nilai, id);
    ubah('body', ISI_RUSAK, isiRusak.id);
    ubah('body', '"teks saja"', isiBukanObyek.id);
    ubah('receipt', BUKTI_RUSAK, buktiRusak.id);
    ubah('history', RIWAYAT_RUSAK, riwayatRusak.id);
    ubah('history', RIWAYAT_RUSAK, belumKeberatan.id);
  } finally {
    db.close();
  }
});
after(async () => {
  await s?.berhenti();
  hapus();
});

const nomorRe = (n: string) => n.replace(/[/.]/g, '\\$&');
type Galat = { errors: { code: string; path: string; message: { id: string; en: string } }[] };
const jumlah = (teks: string, muster: RegExp) => (teks.match(new RegExp(muster, 'g')) ?? []).length;

/**
 * The server's log lines of the last request to `path` made after `sebelum` (its reqId: another request's
 * lines may still be arriving), once its closing line is in (`http`, or `pengajuan diterima` for a stored
 * submission).
 */
async function logPermintaan(sebelum: number, path: string): Promise<string> {
  const akhir = (): string | undefined =>
    s
      .log()
      .slice(sebelum)
      .split('\n')
      .filter(
        (l) =>
          l.includes(`"path":"${path}"`) &&
          (l.includes('"msg":"http"') || l.includes('"msg":"pengajuan diterima"')),
      )
      .at(-1);
  for (let i = 0; i < 100 && !akhir(); i++) await new Promise((ok) => setTimeout(ok, 20));
  const id = /"reqId":"([^"]+)"/.exec(akhir() ?? '')?.[1];
  assert.ok(id, `no log line for ${path}`);
  return s
    .log()
    .split('\n')
    .filter((l) => l.includes(`"reqId":"${id}"`))
    .join('\n');
}

test('the officer list carries a record whose body or receipt cannot be read, its problem named', async () => {
  const r = await petugas('/v1/petugas/pengajuan');
  assert.equal(r.status, 200, `${JSON.stringify(r.body)}\n${s.log().slice(-3000)}`);
  const { items } = r.body as {
    items: { number: string; requesterName: string; summary: string; problems?: unknown[] }[];
  };
  const cari = (x: Rekaman) => items.find((i) => i.number === x.number)!;
  assert.equal(items.length, 7);
  assert.equal(cari(baik).problems, undefined);
  const j = cari(isiRusak);
  // What the body held is not shown; the columns' own values are.
  assert.deepEqual([j.requesterName, j.summary], ['', '']);
  assert.deepEqual(j.problems, [{ field: 'body', value: ISI_RUSAK }]);
  assert.deepEqual(cari(isiBukanObyek).problems, [{ field: 'body', value: '"teks saja"' }]);
  assert.deepEqual(cari(buktiRusak).problems, [{ field: 'receipt', value: BUKTI_RUSAK }]);
  assert.equal(cari(buktiRusak).requesterName, 'Siti Aminah');
});

test('the CSV export keeps the rows, Catatan Data names the body or receipt, one log warning each', async () => {
  const sebelum = s.log().length;
  const r = await petugas('/v1/petugas/ekspor.csv');
  assert.equal(r.status, 200, `${JSON.stringify(r.body)}\n${s.log().slice(-3000)}`);
  const baris = Papa.parse<Record<string, string>>((r.body as string).replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;
  assert.equal(baris.length, 7);
  const cari = (x: Rekaman) => baris.find((b) => b['Nomor Pendaftaran'] === x.number)!;
  assert.equal(cari(isiRusak)['Catatan Data'], `isi permohonan tak terbaca: body = "${ISI_RUSAK}"`);
  assert.equal(cari(isiRusak)['Nama Pemohon'], '');
  assert.equal(cari(isiRusak)['Status'], 'diterima');
  assert.equal(cari(buktiRusak)['Catatan Data'], `tanda bukti tak terbaca: receipt = "${BUKTI_RUSAK}"`);
  assert.equal(cari(buktiRusak)['Nama Pemohon'], 'Siti Aminah');
  const log = await logPermintaan(sebelum, '/v1/petugas/ekspor.csv');
  assert.equal(jumlah(log, new RegExp(`"nomor":"${nomorRe(isiRusak.number)}","field":"body"`)), 1);
  assert.equal(jumlah(log, new RegExp(`"nomor":"${nomorRe(buktiRusak.number)}","field":"receipt"`)), 1);
  assert.match(log, /isi permohonan tersimpan tak terbaca \/ unreadable stored request body/);
});

test('the yearly report counts them in full and lists them in problems', async () => {
  const r = await petugas('/v1/petugas/laporan/2026');
  assert.equal(r.status, 200, `${JSON.stringify(r.body)}\n${s.log().slice(-3000)}`);
  const l = r.body as { requests: { received: number }; problems: { number: string; field: string }[] };
  assert.equal(l.requests.received, 6);
  const p = l.problems.map((x) => `${x.number} ${x.field}`);
  for (const [x, f] of [
    [isiRusak, 'body'],
    [isiBukanObyek, 'body'],
    [buktiRusak, 'receipt'],
  ] as const)
    assert.ok(p.includes(`${x.number} ${f}`), p.join('\n'));
});

test('the record itself and an event on it: 409 record.unreadable naming the field; nothing written', async () => {
  for (const [x, field, id, en] of [
    [isiRusak, 'body', 'Isi permohonan', 'request body'],
    [buktiRusak, 'receipt', 'Tanda bukti', 'receipt'],
  ] as const) {
    const r = await petugas(`/v1/petugas/pengajuan/${x.id}`);
    assert.equal(r.status, 409, JSON.stringify(r.body));
    const [g] = (r.body as Galat).errors;
    assert.deepEqual([g!.code, g!.path], ['record.unreadable', field]);
    assert.match(g!.message.id, new RegExp(`^${id} pengajuan ${nomorRe(x.number)} tersimpan rusak`));
    assert.match(g!.message.en, new RegExp(`^The stored ${en} of submission ${nomorRe(x.number)}`));
    const p = await petugas(`/v1/petugas/pengajuan/${x.id}/peristiwa`, { type: 'proses' });
    assert.equal(p.status, 409, JSON.stringify(p.body));
    assert.equal((p.body as Galat).errors[0]!.code, 'record.unreadable');
    assert.match((p.body as Galat).errors[0]!.message.id, /tidak ada yang dicatat/);
  }
  const db = new Database(s.database, { readonly: true });
  try {
    const b = db.prepare('SELECT status, body FROM pengajuan WHERE id = ?').get(isiRusak.id) as {
      status: string;
      body: string;
    };
    assert.deepEqual(b, { status: 'diterima', body: ISI_RUSAK });
  } finally {
    db.close();
  }
  assert.equal((await petugas(`/v1/petugas/pengajuan/${baik.id}`)).status, 200);
});

test("the citizen's status lookup on a record whose history cannot be read: a worded 409, no stored detail, logged once", async () => {
  const sebelum = s.log().length;
  const r = await kirim(s.alamat, '/v1/status', { number: riwayatRusak.number, contact: KONTAK });
  assert.equal(r.status, 409, JSON.stringify(r.body));
  const [g] = (r.body as Galat).errors;
  assert.equal(g!.code, 'record.unreadable');
  assert.match(g!.message.id, new RegExp(`${nomorRe(riwayatRusak.number)} tidak dapat dibaca saat ini`));
  assert.match(g!.message.id, /hubungi kantor PPID/);
  assert.match(g!.message.en, /cannot be read at the moment\. Please contact the PPID/);
  assert.doesNotMatch(JSON.stringify(r.body), /history|riwayat|events/);
  const log = await logPermintaan(sebelum, '/v1/status');
  // A wrong contact still learns nothing of the number.
  const lain = await kirim(s.alamat, '/v1/status', {
    number: riwayatRusak.number,
    contact: 'lain@contoh.id',
  });
  assert.equal(lain.status, 404);
  assert.equal(jumlah(log, new RegExp(`"nomor":"${nomorRe(riwayatRusak.number)}","field":"history"`)), 1);
});

test("a citizen's objection on their request whose history cannot be read: stored, not linked, the reason said; logged once", async () => {
  const sebelum = s.log().length;
  const r = await kirim(
    s.alamat,
    `/v1/keberatan?agency=${AGENSI_UJI.id}`,
    contohKeberatan(belumKeberatan.number),
    { 'idempotency-key': 'data-rusak-isi-keberatan-2' },
  );
  // Never lost: the citizen gets a receipt (and keeps their deadline); the office matches it by hand.
  assert.equal(r.status, 201, JSON.stringify(r.body));
  const bukti = r.body as {
    number: string;
    requestLink: {
      number: string;
      linked: boolean;
      message: { id: string; en: string };
      reason?: { id: string };
    };
  };
  assert.equal(bukti.requestLink.number, belumKeberatan.number);
  assert.equal(bukti.requestLink.linked, false);
  assert.match(bukti.requestLink.reason!.id, /^Catatan permohonan itu tidak dapat dibaca di server saat ini/);
  assert.match(bukti.requestLink.message.id, /Keberatan ini tersimpan, tetapi belum tertaut/);
  assert.match(bukti.requestLink.message.en, /record cannot be read on the server/);
  // No stored detail in the answer.
  assert.doesNotMatch(JSON.stringify(r.body), /history|riwayat"|events/);
  const log = await logPermintaan(sebelum, '/v1/keberatan');
  const n = (await petugas('/v1/petugas/pengajuan?kind=keberatan')).body as {
    total: number;
    items: { number: string }[];
  };
  assert.equal(n.total, 2);
  assert.ok(n.items.some((i) => i.number === bukti.number));
  // The retry of an objection stored before the damage answers as stored, not 409 nor 500.
  const ulang = await kirim(
    s.alamat,
    `/v1/keberatan?agency=${AGENSI_UJI.id}`,
    contohKeberatan(riwayatRusak.number),
    { 'idempotency-key': 'data-rusak-isi-keberatan' },
  );
  assert.equal(ulang.status, 200, JSON.stringify(ulang.body));
  assert.equal(jumlah(log, new RegExp(`"nomor":"${nomorRe(belumKeberatan.number)}","field":"history"`)), 1);
});

test("the Atasan PPID's decision on an objection whose request cannot be read: 409 naming that request, nothing written", async () => {
  const r = await petugas(`/v1/petugas/pengajuan/${keb.id}/peristiwa`, {
    type: 'putusan-keberatan',
    decision: 'ditolak',
    reason: 'Data pribadi dikecualikan (Pasal 17 huruf h).',
    decidedBy: 'Sekretaris Daerah selaku Atasan PPID',
  });
  assert.equal(r.status, 409, JSON.stringify(r.body));
  const [g] = (r.body as Galat).errors;
  assert.deepEqual([g!.code, g!.path], ['record.unreadable', 'history']);
  assert.match(
    g!.message.id,
    new RegExp(
      `^Riwayat pengajuan ${nomorRe(riwayatRusak.number)} \\(permohonan yang dicatat keberatan ${nomorRe(keb.number)}\\)`,
    ),
  );
  assert.match(g!.message.id, /tidak ada yang dicatat/);
  assert.match(g!.message.en, new RegExp(`The stored history of submission ${nomorRe(riwayatRusak.number)}`));
  const db = new Database(s.database, { readonly: true });
  try {
    const k = db.prepare('SELECT status, history FROM pengajuan WHERE id = ?').get(keb.id) as {
      status: string;
      history: string;
    };
    assert.equal(k.status, 'diterima');
    assert.equal((JSON.parse(k.history) as { events: unknown[] }).events.length, 1);
    const p = db.prepare('SELECT history FROM pengajuan WHERE id = ?').get(riwayatRusak.id) as {
      history: string;
    };
    assert.equal(p.history, RIWAYAT_RUSAK);
  } finally {
    db.close();
  }
});

test('the retry of a submission whose stored receipt cannot be read: a worded 409, not a made-up receipt', async () => {
  const r = await kirim(
    s.alamat,
    `/v1/permintaan?agency=${AGENSI_UJI.id}`,
    contohPermintaan({ information: 'bukti-rusak' }),
    { 'idempotency-key': 'data-rusak-isi-bukti-rusak' },
  );
  assert.equal(r.status, 409, JSON.stringify(r.body));
  const [g] = (r.body as Galat).errors;
  assert.equal(g!.code, 'record.unreadable');
  assert.match(g!.message.id, new RegExp(`${nomorRe(buktiRusak.number)} tidak dapat dibaca saat ini`));
  assert.match(g!.message.en, /Please contact the PPID/);
  assert.doesNotMatch(JSON.stringify(r.body), /\[1,2|receipt|teks/);
});
