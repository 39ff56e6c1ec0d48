import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import Papa from 'papaparse';
import { tambahHariKerja, validasiDIP } from '@terbuka/sdk';
import {
  AGENSI_UJI,
  contohKeberatan,
  contohPermintaan,
  direktoriUji,
  kirim,
  mulaiServer,
  RAHASIA,
  SHA_TOKEN_PETUGAS,
  TOKEN_PETUGAS,
  type ProsesServer,
} from '../uji/proses.js';
import { sha256 } from '../sidik.js';

const TOKEN_DESA = 'tbk_uji_token_desa_maju_yang_juga_panjang_987654321';
const KONFIGURASI = {
  agencies: [
    AGENSI_UJI,
    { id: 'desa-maju', name: 'Pemerintah Desa Maju', kind: 'desa', numberTemplate: 'PPID-{yyyy}-{seq:5}' },
  ],
  officers: [
    { name: 'PPID Utama', tokenSha256: SHA_TOKEN_PETUGAS },
    { name: 'PPID Desa Maju', tokenSha256: sha256(TOKEN_DESA), agencies: ['desa-maju'] },
  ],
};

type Ringkas = { id: number; number: string; status: string; deadline: string; overdue: boolean };
type Daftar = { total: number; items: Ringkas[] };

const { dir, hapus } = direktoriUji();
let s: ProsesServer;
let n = 0;
const petugas = (path: string, body?: unknown, token = TOKEN_PETUGAS) =>
  kirim(s.alamat, path, body, { authorization: `Bearer ${token}` }, body === undefined ? 'GET' : 'POST');
const peristiwa = (id: number, body: unknown) => petugas(`/v1/petugas/pengajuan/${id}/peristiwa`, body);
async function ajukan(information: string, o: Record<string, unknown> = {}, agency = AGENSI_UJI.id) {
  const r = await kirim(
    s.alamat,
    `/v1/permintaan?agency=${agency}`,
    contohPermintaan({ information, ...o }),
    {
      'idempotency-key': `petugas-${n++}-${Date.now()}`,
    },
  );
  assert.equal(r.status, 201, JSON.stringify(r.body));
  return (r.body as { number: string }).number;
}
async function cari(number: string): Promise<Ringkas> {
  const d = (await petugas('/v1/petugas/pengajuan?limit=1000')).body as Daftar;
  return d.items.find((i) => i.number === number)!;
}
async function pindahKe(now: string) {
  await s.berhenti();
  s = await mulaiServer({ dir, now, konfigurasi: KONFIGURASI });
}

const nomor: Record<string, string> = {};
/** R2's refusal: the harm its disclosure would cause, and the law of ground j. */
const KONSEKUENSI = 'Membuka daftar ini mengungkap data pribadi dan riwayat kesehatan pegawai.';
const UU_LAIN = 'UU 27/2022 tentang Pelindungan Data Pribadi Pasal 4';

before(async () => {
  s = await mulaiServer({ dir, now: '2026-03-13T09:00:00+07:00', konfigurasi: KONFIGURASI });
  nomor.r1 = await ajukan('R1 profil dinas');
  nomor.r2 = await ajukan('R2 data pribadi pegawai');
  nomor.r3 = await ajukan('R3 kontrak pengadaan');
  nomor.r4 = await ajukan('R4 belum dijawab');
  nomor.r5 = await ajukan('R5 milik dinas lain', {
    requester: {
      ...(contohPermintaan().requester as object),
      name: '=HYPERLINK("http://jahat.example","klik")',
    },
  });
  nomor.desa = await ajukan('Anggaran desa', {}, 'desa-maju');
});
after(async () => {
  await s?.berhenti();
  hapus();
});

describe('officer tokens', () => {
  test('no token, a wrong token, or a malformed header → 401 with WWW-Authenticate', async () => {
    const kepala: Record<string, string>[] = [
      {},
      { authorization: 'Bearer salah-salah-salah-salah' },
      { authorization: TOKEN_PETUGAS },
    ];
    for (const h of kepala) {
      const r = await kirim(s.alamat, '/v1/petugas/pengajuan', undefined, h, 'GET');
      assert.equal(r.status, 401);
      assert.match(r.headers.get('www-authenticate') ?? '', /^Bearer/);
    }
  });

  test('an officer limited to one agency sees only it', async () => {
    const d = (await petugas('/v1/petugas/pengajuan', undefined, TOKEN_DESA)).body as Daftar;
    assert.deepEqual(
      d.items.map((i) => i.number),
      [nomor.desa],
    );
    assert.equal(nomor.desa, 'PPID-2026-00001');
    const lain = await cari(nomor.r1!);
    assert.equal((await petugas(`/v1/petugas/pengajuan/${lain.id}`, undefined, TOKEN_DESA)).status, 404);
    assert.equal(
      (await petugas(`/v1/petugas/pengajuan?agency=${AGENSI_UJI.id}`, undefined, TOKEN_DESA)).status,
      422,
    );
    assert.equal(
      (await petugas(`/v1/petugas/laporan/2026?agency=${AGENSI_UJI.id}`, undefined, TOKEN_DESA)).status,
      422,
    );
  });
});

describe('working a request', () => {
  test('list with filters and the full record with the requester', async () => {
    const d = (await petugas(`/v1/petugas/pengajuan?agency=${AGENSI_UJI.id}&kind=permintaan`)).body as Daftar;
    assert.equal(d.total, 5);
    assert.equal(((await petugas('/v1/petugas/pengajuan?status=dijawab')).body as Daftar).total, 0);
    assert.equal(((await petugas('/v1/petugas/pengajuan?from=2026-03-14')).body as Daftar).total, 0);
    assert.equal((await petugas('/v1/petugas/pengajuan?from=13-03-2026')).status, 422);
    const r1 = await cari(nomor.r1!);
    const rinci = (await petugas(`/v1/petugas/pengajuan/${r1.id}`)).body as {
      request: { requester: { nik: string } };
      history: { events: unknown[] };
    };
    assert.equal(rinci.request.requester.nik, RAHASIA.nik);
    assert.equal(rinci.history.events.length, 1);
  });

  test('by registration number: exact (case ignored) or a part of it; unknown parameters and statuses → 422 naming them', async () => {
    const persis = (
      await petugas(`/v1/petugas/pengajuan?number=${encodeURIComponent(nomor.r2!.toLowerCase())}`)
    ).body as Daftar;
    assert.deepEqual(
      persis.items.map((i) => i.number),
      [nomor.r2],
    );
    const spasi = await petugas(`/v1/petugas/pengajuan?number=${encodeURIComponent(` ${nomor.r3} `)}`);
    assert.deepEqual(
      (spasi.body as Daftar).items.map((i) => i.number),
      [nomor.r3],
    );
    const tidakAda = (await petugas('/v1/petugas/pengajuan?number=999%2FPPID')).body as Daftar;
    assert.equal(tidakAda.total, 0);
    // A part of the number: the sequence, or the office code in any case; % and _ are plain text.
    const bagian = (await petugas(`/v1/petugas/pengajuan?q=${encodeURIComponent(nomor.r2!.slice(0, 3))}`))
      .body as Daftar;
    assert.deepEqual(
      bagian.items.map((i) => i.number),
      [nomor.r2],
    );
    assert.equal(((await petugas('/v1/petugas/pengajuan?q=diskominfo')).body as Daftar).total, 5);
    assert.equal(((await petugas('/v1/petugas/pengajuan?q=%25')).body as Daftar).total, 0);
    // The export takes the same filter.
    const csv = (await petugas(`/v1/petugas/ekspor.csv?number=${encodeURIComponent(nomor.r2!)}`))
      .body as string;
    assert.equal(Papa.parse(csv, { header: true, skipEmptyLines: true }).data.length, 1);
    const ditolak = async (path: string, param: string, pola: RegExp) => {
      const r = await petugas(path);
      assert.equal(r.status, 422, path);
      const e = (r.body as { errors: { code: string; path?: string; message: { id: string; en: string } }[] })
        .errors[0]!;
      assert.equal(e.code, 'filter.invalid', path);
      assert.ok(e.message.id.includes(`"${param}"`) && e.message.en.includes(`"${param}"`), path);
      assert.match(`${e.message.id} / ${e.message.en}`, pola, path);
    };
    await ditolak(
      '/v1/petugas/pengajuan?status=dijawabb',
      'status',
      /tidak dikenal.*diterima.*Unknown status|unknown status/,
    );
    await ditolak(
      '/v1/petugas/pengajuan?nomor=001',
      'nomor',
      /tidak dikenal; yang dikenal: .*number.*not known/,
    );
    await ditolak('/v1/petugas/pengajuan?search=x', 'search', /tidak dikenal/);
    await ditolak('/v1/petugas/ekspor.csv?limit=10', 'limit', /tidak dikenal/);
    await ditolak(
      '/v1/petugas/pengajuan?status=dijawab&status=selesai',
      'status',
      /lebih dari sekali.*more than once/,
    );
    await ditolak('/v1/petugas/pengajuan?overdue=ya', 'overdue', /pilih: true, 1, false, 0/);
    await ditolak('/v1/petugas/pengajuan?number=', 'number', /1–200/);
    // The known ones still work: open=false is the default.
    assert.equal((await petugas('/v1/petugas/pengajuan?open=false&overdue=0')).status, 200);
  });

  test('day 0: process and grant R1', async () => {
    const r1 = await cari(nomor.r1!);
    assert.equal((await peristiwa(r1.id, { type: 'proses' })).status, 200);
    // With the revision read (diterima, proses): recorded.
    const j = await peristiwa(r1.id, { type: 'jawab', outcome: 'dikabulkan', revision: 2 });
    assert.equal(j.status, 200);
    assert.equal((j.body as { status: string }).status, 'dijawab');
  });

  test('an event sent with the revision read: recorded while it is current, else 409 status.changed and nothing recorded', async () => {
    const r1 = (await cari(nomor.r1!)) as Ringkas & { revision: number };
    // diterima, proses, jawab.
    assert.equal(r1.revision, 3);
    const lama = await peristiwa(r1.id, { type: 'selesai', revision: 2 });
    assert.equal(lama.status, 409);
    const e = (lama.body as { errors: { code: string; message: { id: string; en: string } }[] }).errors[0]!;
    assert.equal(e.code, 'status.changed');
    assert.match(e.message.id, new RegExp(`${nomor.r1!}.*sudah diubah.*"dijawab"`));
    assert.match(e.message.en, /has changed since it was read.*nothing was recorded/);
    assert.equal((await cari(nomor.r1!)).status, 'dijawab');
    for (const salah of [-1, 1.5, '3'])
      assert.equal((await peristiwa(r1.id, { type: 'selesai', revision: salah })).status, 422);
    // The revision read, with an event the status model refuses: its own 409, as without one.
    const tolak = await peristiwa(r1.id, { type: 'proses', revision: 3 });
    assert.equal(tolak.status, 409);
    assert.equal((tolak.body as { errors: { code: string }[] }).errors[0]!.code, 'status.transition');
    assert.equal(((await cari(nomor.r1!)) as Ringkas & { revision: number }).revision, 3);
  });

  test('an event missing what it needs → 422 naming the field; transitions the status model refuses → 409 with its message; unknown events → 422', async () => {
    const r2 = await cari(nomor.r2!);
    const tanpaAlasan = await peristiwa(r2.id, { type: 'jawab', outcome: 'ditolak' });
    assert.equal(tanpaAlasan.status, 422);
    const e = (tanpaAlasan.body as { errors: { code: string; path: string; message: { id: string } }[] })
      .errors[0]!;
    assert.deepEqual([e.code, e.path], ['answer.grounds', 'grounds']);
    assert.match(e.message.id, /Pasal 17|alasan/i);
    // A refusal states its consequence (uji konsekuensi), and ground j the other law; nothing is recorded
    // without them.
    const galatTolak = async (isi: Record<string, unknown>, kode: string, jalur: string) => {
      const r = await peristiwa(r2.id, { type: 'jawab', outcome: 'ditolak', ...isi });
      assert.equal(r.status, 422, JSON.stringify(r.body));
      const g = (r.body as { errors: { code: string; path: string; message: { id: string; en: string } }[] })
        .errors[0]!;
      assert.deepEqual([g.code, g.path], [kode, jalur]);
      return g.message;
    };
    const tanpaKonsekuensi = await galatTolak({ grounds: ['h'] }, 'answer.consequence', 'consequence');
    assert.match(
      tanpaKonsekuensi.id,
      /^Penolakan wajib menyebut konsekuensi .*\(Perki 1\/2021 Pasal 49\)\.$/,
    );
    assert.match(
      tanpaKonsekuensi.en,
      /^A refusal must state the consequence of disclosure.*\(Perki 1\/2021 Article 49\)\.$/,
    );
    const tanpaUU = await galatTolak(
      { grounds: ['h', 'j'], consequence: KONSEKUENSI, otherLaw: '  ' },
      'answer.other-law',
      'otherLaw',
    );
    assert.match(
      tanpaUU.id,
      /Pasal 17 huruf j wajib menyebut undang-undang .*\(UU KIP Pasal 17 huruf j\)\.$/,
    );
    assert.match(tanpaUU.en, /Article 17\(j\) as a ground must name the law .*\(UU KIP Article 17\(j\)\)\.$/);
    assert.equal((await cari(nomor.r2!)).status, 'diterima');
    const tanpaPemegang = await peristiwa(r2.id, { type: 'jawab', outcome: 'tidak-dikuasai' });
    assert.equal(tanpaPemegang.status, 422);
    // Granted in part with no ground and no note: the withheld parts' reason is missing (Pasal 22 ayat 7).
    const sebagian = await peristiwa(r2.id, { type: 'jawab', outcome: 'dikabulkan-sebagian' });
    assert.equal(sebagian.status, 422);
    const es = (sebagian.body as { errors: { message: { id: string; en: string } }[] }).errors[0]!;
    assert.match(es.message.id, /Pasal 22 ayat 7/);
    assert.match(es.message.en, /Article 22\(7\)/);
    const hapus = await peristiwa(r2.id, { type: 'hapus' });
    assert.equal(hapus.status, 422);
    const eh = (hapus.body as { errors: { code: string; path: string; message: { id: string } }[] })
      .errors[0]!;
    assert.deepEqual([eh.code, eh.path], ['event.type', 'type']);
    assert.match(eh.message.id, /putusan-keberatan/);
    assert.equal((await peristiwa(r2.id, '"jawab"')).status, 422);
    assert.equal((await peristiwa(r2.id, null)).status, 422);
    // The decision on an objection is never recorded on a request by itself.
    const putusan = { type: 'putusan-keberatan', decision: 'ditolak', reason: 'x', decidedBy: 'Sekda' };
    assert.equal((await peristiwa(r2.id, putusan)).status, 409);
    const r1 = await cari(nomor.r1!);
    const lagi = await peristiwa(r1.id, { type: 'perpanjang', reason: 'terlambat' });
    assert.equal(lagi.status, 409);
    assert.equal((lagi.body as { errors: { code: string }[] }).errors[0]!.code, 'status.transition');
    assert.equal((await peristiwa(999_999, { type: 'proses' })).status, 404);
  });

  test('day 2 (17 March): refuse R2 on Pasal 17 h and j, with its consequence and the other law; extend R3 by 7 working days', async () => {
    await pindahKe('2026-03-17T10:00:00+07:00');
    const r2 = await cari(nomor.r2!);
    const j = await peristiwa(r2.id, {
      type: 'jawab',
      outcome: 'ditolak',
      grounds: ['h', 'j'],
      consequence: ` ${KONSEKUENSI} `,
      otherLaw: UU_LAIN,
      note: 'Data pribadi',
    });
    assert.equal(j.status, 200, JSON.stringify(j.body));
    const e = (j.body as { history: { events: Record<string, unknown>[] } }).history.events.at(-1)!;
    assert.deepEqual(
      [e.outcome, e.grounds, e.consequence, e.otherLaw],
      ['ditolak', ['h', 'j'], KONSEKUENSI, UU_LAIN],
    );
    const r3 = await cari(nomor.r3!);
    const p = await peristiwa(r3.id, { type: 'perpanjang', reason: 'Dokumen tersebar di tiga bidang' });
    assert.equal(p.status, 200);
    // 6 April + 7 working days = 15 April.
    assert.equal((p.body as { deadline: string }).deadline, '2026-04-15');
    assert.equal((await cari(nomor.r3!)).status, 'diperpanjang');
  });

  test('8 April: R4 and R5 are overdue, R3 (extended) is not', async () => {
    await pindahKe('2026-04-08T09:00:00+07:00');
    const d = (await petugas(`/v1/petugas/pengajuan?overdue=true&agency=${AGENSI_UJI.id}`)).body as Daftar;
    assert.deepEqual(d.items.map((i) => i.number).sort(), [nomor.r4, nomor.r5].sort());
    assert.ok(d.items.every((i) => i.overdue));
    assert.equal((await cari(nomor.r3!)).overdue, false);
  });

  test('8 April: extending R4 after its due date (6 April) → 409 saying why (UU KIP Pasal 22 ayat 8)', async () => {
    const r4 = await cari(nomor.r4!);
    const p = await peristiwa(r4.id, { type: 'perpanjang', reason: 'Dokumen belum ditemukan' });
    assert.equal(p.status, 409);
    const e = (p.body as { errors: { code: string; message: { id: string; en: string } }[] }).errors[0]!;
    assert.equal(e.code, 'status.transition');
    assert.match(e.message.id, /Pasal 22 ayat 8/);
    assert.match(e.message.id, /tenggat 6 April 2026 berakhir/);
    assert.match(e.message.en, /Article 22\(8\)/);
    assert.match(e.message.en, /deadline 6 April 2026 ends/);
    const tetap = await cari(nomor.r4!);
    assert.deepEqual([tetap.status, tetap.deadline, tetap.overdue], ['diterima', '2026-04-06', true]);
    // What the list offers now: no extension past the due date, the objection for no answer instead.
    assert.deepEqual((tetap as { allowedEvents?: string[] }).allowedEvents, ['proses', 'jawab', 'keberatan']);
  });

  test('8 April: the status lookup of unanswered R4 says an objection on Pasal 35 (1) c is open, and until when', async () => {
    const st = await kirim(s.alamat, '/v1/status', { number: nomor.r4, contact: RAHASIA.phone });
    assert.equal(st.status, 200);
    const w = (st.body as { window?: Record<string, unknown> }).window;
    assert.deepEqual(
      { ...w, basis: undefined },
      {
        kind: 'keberatan',
        basedOn: 'tidak-ditanggapi',
        from: '2026-04-06',
        due: tambahHariKerja('2026-04-06', 30),
        workingDays: 30,
        open: true,
        grounds: ['c'],
        basis: undefined,
      },
    );
    // R3 (extended, due 15 April) still runs: nothing opened.
    const r3 = await kirim(s.alamat, '/v1/status', { number: nomor.r3, contact: RAHASIA.phone });
    assert.equal((r3.body as { window?: unknown }).window, undefined);
  });

  test('8 April: R3 granted in part (Pasal 17 c), R5 not held (with the holder), objection on R2', async () => {
    const r3 = await cari(nomor.r3!);
    const a = await peristiwa(r3.id, { type: 'jawab', outcome: 'dikabulkan-sebagian', grounds: ['c'] });
    assert.equal(a.status, 200, JSON.stringify(a.body));
    const r5 = await cari(nomor.r5!);
    const b = await peristiwa(r5.id, { type: 'jawab', outcome: 'tidak-dikuasai', holder: 'Dinas Kesehatan' });
    assert.equal(b.status, 200, JSON.stringify(b.body));
    // Typed from a printed receipt, in lower case: once linked, the number on record is stored and shown.
    const diketik = ` ${nomor.r2!.toLowerCase()} `;
    const k = await kirim(s.alamat, `/v1/keberatan?agency=${AGENSI_UJI.id}`, contohKeberatan(diketik), {
      'idempotency-key': `keberatan-r2-${Date.now()}`,
    });
    assert.equal(k.status, 201);
    assert.equal((k.body as { number: string }).number, '001/PPID/DISKOMINFO/KEB/2026');
    assert.match((k.body as { summary: string }).summary, new RegExp(`^Keberatan atas ${nomor.r2} `));
    // The objection's answer says it was recorded on its request.
    const link = (k.body as { requestLink?: { number: string; linked: boolean; message: { id: string } } })
      .requestLink!;
    assert.deepEqual([link.number, link.linked], [nomor.r2, true]);
    assert.equal(
      link.message.id,
      `Keberatan ini tercatat pada permohonan nomor ${nomor.r2}; statusnya kini "keberatan".`,
    );
    const tersimpan = (
      await petugas(`/v1/petugas/pengajuan/${(await cari('001/PPID/DISKOMINFO/KEB/2026')).id}`)
    ).body as { request: { requestNumber: string } };
    assert.equal(tersimpan.request.requestNumber, nomor.r2);
    // R3, answered today: its requester's objection window runs; the list says so (closing would cut it).
    const r3b = (await cari(nomor.r3!)) as Ringkas & { objectionWindowOpen?: boolean; deadlineKind?: string };
    assert.deepEqual([r3b.objectionWindowOpen, r3b.deadlineKind], [true, 'keberatan']);
    const r4b = (await cari(nomor.r4!)) as Ringkas & { objectionWindowOpen?: boolean };
    assert.equal(r4b.objectionWindowOpen, false);
    const keb = (await cari('001/PPID/DISKOMINFO/KEB/2026')) as Ringkas & {
      requestNumber?: string;
      linked?: boolean;
    };
    assert.deepEqual([keb.requestNumber, keb.linked], [nomor.r2, true]);
    // Same contact, answered request: the request moves to keberatan in the same transaction.
    const st = await kirim(s.alamat, '/v1/status', { number: nomor.r2, contact: RAHASIA.phone });
    const sb = st.body as {
      status: string;
      events: { type: string; grounds?: string[]; consequence?: string; otherLaw?: string }[];
    };
    assert.equal(sb.status, 'keberatan');
    assert.deepEqual(
      sb.events.map((e) => e.type),
      ['diterima', 'jawab', 'keberatan'],
    );
    // Every event time in one form, the receipt's: the agency's offset, whole seconds (officer events too).
    const WAKTU_WIB = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/;
    const waktu = (sb.events as unknown as { at: string }[]).map((e) => e.at);
    assert.ok(
      waktu.every((w) => WAKTU_WIB.test(w)),
      waktu.join(' '),
    );
    const dilihat = (await petugas(`/v1/petugas/pengajuan/${(await cari(nomor.r2!)).id}`)).body as {
      history: { events: { at: string }[] };
    };
    assert.deepEqual(
      dilihat.history.events.map((e) => e.at),
      waktu,
    );
    // The requester's status lookup: the refusal's grounds, its consequence and the other law.
    const { grounds, consequence, otherLaw } = sb.events[1]!;
    assert.deepEqual([grounds, consequence, otherLaw], [['h', 'j'], KONSEKUENSI, UU_LAIN]);
  });
});

describe('CSV export', () => {
  test('papaparse reads it back: one row per request, names but no NIK, phone or e-mail, formulas escaped', async () => {
    const r = await petugas(`/v1/petugas/ekspor.csv?agency=${AGENSI_UJI.id}&kind=permintaan`);
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type') ?? '', /^text\/csv/);
    const teks = r.body as string;
    // fetch's text() drops a BOM; the bytes show it is there for Excel.
    const mentah = await fetch(`${s.alamat}/v1/petugas/ekspor.csv`, {
      headers: { authorization: `Bearer ${TOKEN_PETUGAS}` },
    });
    assert.deepEqual([...new Uint8Array(await mentah.arrayBuffer()).slice(0, 3)], [0xef, 0xbb, 0xbf]);
    const p = Papa.parse<Record<string, string>>(teks, { header: true, skipEmptyLines: true });
    assert.deepEqual(p.errors, []);
    assert.equal(p.data.length, 5);
    const r2 = p.data.find((x) => x['Nomor Pendaftaran'] === nomor.r2)!;
    assert.equal(r2['Hasil'], 'ditolak');
    assert.equal(r2['Alasan Penolakan (Pasal 17)'], 'h j');
    assert.deepEqual([r2['Konsekuensi'], r2['Undang-Undang Lain']], [KONSEKUENSI, UU_LAIN]);
    assert.equal(r2['Nama Pemohon'], 'Siti Aminah');
    // Every time in the agency's zone (WIB), as "Diterima" is; R3's extension and its late answer.
    assert.match(r2['Dijawab']!, /^2026-03-17T10:00:\d\d\+07:00$/);
    assert.match(r2['Diterima']!, /\+07:00$/);
    assert.equal(r2['Dijawab Terlambat'], 'tidak');
    const r3 = p.data.find((x) => x['Nomor Pendaftaran'] === nomor.r3)!;
    assert.match(r3['Diperpanjang']!, /^2026-03-17T10:00:\d\d\+07:00$/);
    assert.deepEqual(
      [r3['Alasan Perpanjangan'], r3['Dijawab Terlambat']],
      ['Dokumen tersebar di tiga bidang', 'tidak'],
    );
    assert.equal(p.data.find((x) => x['Nomor Pendaftaran'] === nomor.r4)!['Dijawab Terlambat'], '');
    const r5 = p.data.find((x) => x['Nomor Pendaftaran'] === nomor.r5)!;
    assert.equal(r5['Dijawab Terlambat'], 'ya');
    assert.equal(r5['Pemegang Informasi'], 'Dinas Kesehatan');
    // Not a refusal: neither column has anything.
    assert.deepEqual([r5['Konsekuensi'], r5['Undang-Undang Lain']], ['', '']);
    assert.ok(r5['Nama Pemohon']!.startsWith("'="), r5['Nama Pemohon']);
    for (const x of [RAHASIA.nik, RAHASIA.email, RAHASIA.phoneE164]) assert.equal(teks.includes(x), false);
  });

  test('an officer without a token gets nothing', async () => {
    const r = await kirim(s.alamat, '/v1/petugas/ekspor.csv', undefined, {}, 'GET');
    assert.equal(r.status, 401);
  });
});

describe('yearly access report', () => {
  test('received, time taken in working days, outcomes, refusal grounds, objections', async () => {
    const r = await petugas(`/v1/petugas/laporan/2026?agency=${AGENSI_UJI.id}`);
    assert.equal(r.status, 200);
    const l = r.body as Record<string, unknown>;
    assert.deepEqual(l.requests, { received: 5, answered: 4, pending: 1, extended: 1, answeredLate: 1 });
    // R1 0, R2 2 (16–17 March), R3 and R5 12 (13 March → 8 April past the Idul Fitri leave and Good Friday).
    assert.deepEqual(l.timeTaken, { medianWorkingDays: 7, averageWorkingDays: 6.5, maxWorkingDays: 12 });
    assert.deepEqual(l.outcomes, { granted: 1, grantedPartly: 1, refused: 1, notHeld: 1 });
    assert.deepEqual(
      (l.refusalGrounds as { letter: string; count: number }[]).map((g) => `${g.letter}${g.count}`),
      ['c1', 'h1', 'j1'],
    );
    assert.deepEqual(l.objections, {
      received: 1,
      decided: 0,
      upheld: 0,
      rejected: 0,
      pending: 1,
      decidedLate: 0,
    });
    assert.equal(l.asOf, '2026-04-08');
  });

  test('as a DIP item: berkala, fulfils berkala.laporan-akses-informasi, valid for validasiDIP', async () => {
    const r = await petugas(`/v1/petugas/laporan/2026/dip?agency=${AGENSI_UJI.id}`);
    assert.equal(r.status, 200);
    const b = r.body as { item: Record<string, unknown>; validation: { ok: boolean } };
    assert.equal(b.validation.ok, true);
    assert.equal(b.item.category, 'berkala');
    assert.deepEqual(b.item.fulfils, ['berkala.laporan-akses-informasi']);
    assert.match(String(b.item.summary), /5 permintaan informasi diterima/);
    assert.match(String(b.item.summary), /median 7 hari kerja/);
    const doc = {
      format: 'terbuka-dip',
      version: 1,
      agency: { id: AGENSI_UJI.id, name: AGENSI_UJI.name, kind: 'opd' },
      items: [b.item],
    };
    assert.equal(validasiDIP(doc).ok, true);
  });

  test('a year outside the range → 422', async () => {
    assert.equal((await petugas('/v1/petugas/laporan/tahun-ini?agency=diskominfo')).status, 422);
  });
});

describe('an objection the Atasan PPID leaves unanswered', () => {
  test('after its 30 working days the status lookup gives the 14-working-day dispute window (citation unverified)', async () => {
    const nomorKeb = '001/PPID/DISKOMINFO/KEB/2026';
    const dueAtasan = tambahHariKerja('2026-04-08', 30);
    const sebelum = await kirim(s.alamat, '/v1/status', { number: nomorKeb, contact: RAHASIA.phone });
    const b0 = sebelum.body as { deadline: string; deadlineKind: string; window?: unknown };
    assert.deepEqual(
      [b0.deadline, b0.deadlineKind, b0.window],
      [dueAtasan, 'tanggapan-keberatan', undefined],
    );
    await pindahKe(`${tambahHariKerja(dueAtasan, 1)}T09:00:00+07:00`);
    const st = await kirim(s.alamat, '/v1/status', { number: nomorKeb, contact: RAHASIA.phone });
    const w = (st.body as { window?: { basis: { verified: boolean }[] } & Record<string, unknown> }).window!;
    assert.deepEqual(
      [w.kind, w.basedOn, w.from, w.due, w.open],
      ['sengketa', 'tidak-ditanggapi', dueAtasan, tambahHariKerja(dueAtasan, 14), true],
    );
    assert.ok(w.basis.length > 0 && w.basis.every((d) => d.verified === false));
  });
});

describe('the officer list: open cases newest first, paged; objections with their request', () => {
  test('open=true leaves out closed cases, order=newest turns the list, limit/offset page it with the total', async () => {
    const r1 = await cari(nomor.r1!);
    assert.equal((await peristiwa(r1.id, { type: 'selesai' })).status, 200);
    const semua = (await petugas('/v1/petugas/pengajuan?limit=1000')).body as Daftar;
    const terbuka = (await petugas('/v1/petugas/pengajuan?open=true&order=newest&limit=1000')).body as Daftar;
    assert.equal(terbuka.total, semua.total - 1);
    assert.ok(!terbuka.items.some((i) => i.number === nomor.r1));
    // Newest first: the reverse of the default order, without the closed one.
    assert.deepEqual(
      terbuka.items.map((i) => i.id),
      semua.items
        .filter((i) => i.number !== nomor.r1)
        .map((i) => i.id)
        .reverse(),
    );
    const hal1 = (await petugas('/v1/petugas/pengajuan?open=true&order=newest&limit=2')).body as Daftar;
    const hal2 = (await petugas('/v1/petugas/pengajuan?open=true&order=newest&limit=2&offset=2'))
      .body as Daftar;
    assert.deepEqual([hal1.total, hal2.total], [terbuka.total, terbuka.total]);
    assert.deepEqual(
      [...hal1.items, ...hal2.items].map((i) => i.id),
      terbuka.items.slice(0, 4).map((i) => i.id),
    );
    assert.equal((await petugas('/v1/petugas/pengajuan?order=terbaru')).status, 422);
  });

  test('an objection that could not be linked says so to the citizen (same words however it failed) and to the officer', async () => {
    const lain = await kirim(
      s.alamat,
      `/v1/keberatan?agency=${AGENSI_UJI.id}`,
      contohKeberatan('999/PPID/DISKOMINFO/PI/2026'),
      { 'idempotency-key': 'keberatan-tak-tertaut-1' },
    );
    assert.equal(lain.status, 201);
    const b = lain.body as {
      number: string;
      requestLink: { number: string; linked: boolean; message: { id: string; en: string } };
    };
    assert.deepEqual([b.requestLink.number, b.requestLink.linked], ['999/PPID/DISKOMINFO/PI/2026', false]);
    assert.match(b.requestLink.message.id, /belum tertaut/);
    assert.match(b.requestLink.message.en, /not yet linked/);
    // Another contact on an existing request gets the same words: nothing tells whether the number exists.
    const kontakLain = await kirim(
      s.alamat,
      `/v1/keberatan?agency=${AGENSI_UJI.id}`,
      contohKeberatan(nomor.r4!, {
        requester: {
          ...(contohPermintaan().requester as object),
          phone: '0813-9999-8888',
          email: 'lain@contoh.id',
        },
      }),
      { 'idempotency-key': 'keberatan-tak-tertaut-2' },
    );
    const k2 = kontakLain.body as { requestLink: { linked: boolean; message: { id: string } } };
    assert.equal(k2.requestLink.linked, false);
    assert.equal(
      k2.requestLink.message.id.replace(nomor.r4!, 'X'),
      b.requestLink.message.id.replace('999/PPID/DISKOMINFO/PI/2026', 'X'),
    );
    // A retry answers the same.
    const ulang = await kirim(
      s.alamat,
      `/v1/keberatan?agency=${AGENSI_UJI.id}`,
      contohKeberatan('999/PPID/DISKOMINFO/PI/2026'),
      { 'idempotency-key': 'keberatan-tak-tertaut-1' },
    );
    assert.equal(ulang.status, 200);
    assert.deepEqual((ulang.body as typeof b).requestLink, b.requestLink);
    const baris = (await cari(b.number)) as Ringkas & { requestNumber?: string; linked?: boolean };
    assert.deepEqual([baris.requestNumber, baris.linked], ['999/PPID/DISKOMINFO/PI/2026', false]);
  });
  test("an objection from the request's own contact that its status refuses says why (no guess at a paper request)", async () => {
    // A new request, objected to at once from its own contact: still within its 10 working days.
    const baru = await ajukan('R6 baru saja diajukan');
    const kirimKeberatan = () =>
      kirim(s.alamat, `/v1/keberatan?agency=${AGENSI_UJI.id}`, contohKeberatan(baru, { grounds: ['c'] }), {
        'idempotency-key': 'keberatan-terlalu-dini',
      });
    const k = await kirimKeberatan();
    assert.equal(k.status, 201);
    const b = k.body as {
      requestLink: {
        linked: boolean;
        message: { id: string; en: string };
        reason?: { id: string; en: string };
      };
    };
    assert.equal(b.requestLink.linked, false);
    assert.match(
      b.requestLink.reason?.id ?? '',
      /^Permohonan belum dijawab, tetapi tenggatnya \(\d+ \w+ \d{4}\) belum lewat/,
    );
    assert.match(b.requestLink.reason?.en ?? '', /has not passed/);
    assert.match(b.requestLink.message.id, /belum tertaut ke permohonan nomor .*: Permohonan belum dijawab/);
    assert.doesNotMatch(b.requestLink.message.id, /di atas kertas/);
    assert.equal((await cari(baru)).status, 'diterima');
    // A retry answers the same.
    const ulang = await kirimKeberatan();
    assert.equal(ulang.status, 200);
    assert.deepEqual((ulang.body as typeof b).requestLink, b.requestLink);
  });

  test('a request closed right after its answer still takes its objection within the 30 working days (UU KIP Pasal 35–36)', async () => {
    const r7 = await ajukan('R7 dijawab lalu ditutup');
    const r8 = await ajukan('R8 ditutup, keberatan setelah masa keberatan');
    for (const n of [r7, r8]) {
      const b = await cari(n);
      assert.equal((await peristiwa(b.id, { type: 'jawab', outcome: 'dikabulkan' })).status, 200);
      assert.equal((await peristiwa(b.id, { type: 'selesai' })).status, 200);
    }
    // The officer list and the status page both still offer the objection.
    const tutup = (await cari(r7)) as Ringkas & { objectionWindowOpen?: boolean; deadlineKind?: string };
    assert.deepEqual(
      [tutup.status, tutup.deadlineKind, tutup.objectionWindowOpen],
      ['selesai', 'keberatan', true],
    );
    const st = await kirim(s.alamat, '/v1/status', { number: r7, contact: RAHASIA.phone });
    const sb = st.body as { status: string; deadline: string; deadlineKind: string };
    assert.deepEqual([sb.status, sb.deadlineKind], ['selesai', 'keberatan']);
    const k = await kirim(s.alamat, `/v1/keberatan?agency=${AGENSI_UJI.id}`, contohKeberatan(r7), {
      'idempotency-key': 'keberatan-setelah-selesai',
    });
    assert.equal(k.status, 201);
    const link = (k.body as { requestLink: { linked: boolean; reason?: unknown } }).requestLink;
    assert.deepEqual([link.linked, link.reason], [true, undefined]);
    assert.equal((await cari(r7)).status, 'keberatan');
    // After the window: a closed request takes none, and the citizen is told the period ended.
    await pindahKe(`${tambahHariKerja(sb.deadline, 1)}T09:00:00+07:00`);
    assert.equal(
      ((await cari(r8)) as Ringkas & { objectionWindowOpen?: boolean }).objectionWindowOpen,
      false,
    );
    const telat = await kirim(s.alamat, `/v1/keberatan?agency=${AGENSI_UJI.id}`, contohKeberatan(r8), {
      'idempotency-key': 'keberatan-setelah-masa',
    });
    const l2 = (telat.body as { requestLink: { linked: boolean; reason?: { id: string; en: string } } })
      .requestLink;
    assert.equal(l2.linked, false);
    assert.match(l2.reason?.id ?? '', /berstatus "selesai": masa keberatan berakhir/);
    assert.match(l2.reason?.en ?? '', /objection period ended/);
    assert.equal((await cari(r8)).status, 'selesai');
  });
});
