import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hitungTenggat, perpanjangTenggat } from '../calendar/tenggat.js';
import { tambahHariKerja } from '../calendar/hari-kerja.js';
import {
  dijawabTerlambat,
  GalatTransisi,
  jendelaKeberatan,
  jendelaSengketa,
  jendelaTerbuka,
  mulaiRiwayat,
  putuskanKeberatan,
  riwayatTerbaca,
  terapkanPeristiwa,
  type Riwayat,
} from './status.js';
import { buatTandaBukti } from './tanda-bukti.js';
import { batasKeberatan, BOLEH, peristiwaBolehPada } from './transisi.js';
import { DASAR_PENOLAKAN, sebutDasar } from './penolakan.js';
import { GalatArgumen } from '../i18n/argumen.js';

const agency = { id: 'dinkominfo', name: 'Dinas Kominfo' };
const awal = (jenis: 'permintaan' | 'keberatan' = 'permintaan'): Riwayat =>
  mulaiRiwayat(
    buatTandaBukti({
      jenis,
      nomor: 'n',
      receivedAt: new Date('2026-03-13T02:00:00Z'),
      agency,
      ringkasan: 'x',
    }),
  );
const pada = (s: string) => new Date(s);
const galat = (code: string) => (e: unknown) =>
  e instanceof GalatTransisi && e.code === code && e.teks.id !== '' && e.teks.en !== '';

const KONSEKUENSI = 'Membuka data pribadi pegawai dapat mengungkap rahasia pribadinya.';

const PUTUSAN = {
  type: 'putusan-keberatan',
  decision: 'ditolak',
  reason: 'Informasi dikecualikan; uji konsekuensi sudah dilakukan.',
  decidedBy: 'Sekretaris Daerah selaku Atasan PPID',
} as const;

test('the full path: diterima → diproses → diperpanjang → dijawab → keberatan → selesai, each timestamped', () => {
  let r = awal();
  assert.deepEqual([r.status, r.deadline, r.deadlineKind], ['diterima', '2026-04-06', 'permintaan']);
  r = terapkanPeristiwa(r, { type: 'proses' }, pada('2026-03-16T02:00:00Z'));
  assert.deepEqual([r.status, r.deadline], ['diproses', '2026-04-06']);
  r = terapkanPeristiwa(
    r,
    { type: 'perpanjang', reason: '  Informasi tersebar di tiga bidang ' },
    pada('2026-03-30T03:00:00Z'),
  );
  // The extension: 7 working days after the original due date = 17 after receipt.
  assert.equal(r.status, 'diperpanjang');
  assert.equal(r.deadline, perpanjangTenggat('2026-04-06').due);
  assert.equal(r.deadline, hitungTenggat('perpanjangan', '2026-03-13').due);
  assert.equal(r.deadline, tambahHariKerja('2026-04-06', 7));
  assert.equal(r.deadlineKind, 'perpanjangan');
  const ext = r.events.at(-1)!;
  assert.ok(ext.type === 'perpanjang');
  assert.equal(ext.reason, 'Informasi tersebar di tiga bidang');
  const dueJawaban = r.deadline;
  r = terapkanPeristiwa(
    r,
    { type: 'jawab', outcome: 'ditolak', grounds: ['h', 'a', 'h'], consequence: KONSEKUENSI },
    pada('2026-04-10T03:00:00Z'),
  );
  assert.equal(r.status, 'dijawab');
  const jawab = r.events.at(-1)!;
  assert.ok(jawab.type === 'jawab');
  assert.deepEqual(jawab.grounds, ['a', 'h']);
  assert.deepEqual([jawab.due, jawab.late], [dueJawaban, false]);
  // Now the requester's 30-working-day window runs.
  assert.equal(r.deadline, tambahHariKerja('2026-04-10', 30));
  assert.equal(r.deadlineKind, 'keberatan');
  const jendela = jendelaKeberatan(r)!;
  assert.deepEqual([jendela.basedOn, jendela.from, jendela.due], ['jawaban', '2026-04-10', r.deadline]);
  r = terapkanPeristiwa(
    r,
    { type: 'keberatan', number: '001/PPID/DINKOMINFO/KEB/2026' },
    pada('2026-04-20T03:00:00Z'),
  );
  assert.deepEqual(
    [r.status, r.deadline, r.deadlineKind],
    ['keberatan', tambahHariKerja('2026-04-20', 30), 'tanggapan-keberatan'],
  );
  assert.equal(r.events.at(-1)?.late, false);
  r = terapkanPeristiwa(r, { type: 'selesai' }, pada('2026-05-20T03:00:00Z'));
  assert.equal(r.status, 'selesai');
  assert.deepEqual(
    r.events.map((e) => [e.type, e.status, e.at]),
    [
      ['diterima', 'diterima', '2026-03-13T09:00:00+07:00'],
      ['proses', 'diproses', '2026-03-16T02:00:00.000Z'],
      ['perpanjang', 'diperpanjang', '2026-03-30T03:00:00.000Z'],
      ['jawab', 'dijawab', '2026-04-10T03:00:00.000Z'],
      ['keberatan', 'keberatan', '2026-04-20T03:00:00.000Z'],
      ['selesai', 'selesai', '2026-05-20T03:00:00.000Z'],
    ],
  );
  assert.throws(
    () => terapkanPeristiwa(r, { type: 'proses' }, pada('2026-05-21T03:00:00Z')),
    galat('transition.invalid'),
  );
});

test('answered straight from diterima; nothing is changed in place', () => {
  const r0 = awal();
  const salinan = structuredClone(r0);
  const r = terapkanPeristiwa(r0, { type: 'jawab', outcome: 'dikabulkan' }, pada('2026-03-16T02:00:00Z'));
  assert.equal(r.status, 'dijawab');
  assert.deepEqual(r0, salinan);
  assert.throws(
    () => terapkanPeristiwa(r, { type: 'perpanjang', reason: 'x' }, pada('2026-03-17T02:00:00Z')),
    galat('transition.invalid'),
  );
  assert.throws(
    () => terapkanPeristiwa(r, { type: 'jawab', outcome: 'dikabulkan' }, pada('2026-03-17T02:00:00Z')),
    galat('transition.invalid'),
  );
});

test('the extension only once and only before the answer', () => {
  const r = terapkanPeristiwa(awal(), { type: 'perpanjang', reason: 'x' }, pada('2026-03-16T02:00:00Z'));
  assert.throws(
    () => terapkanPeristiwa(r, { type: 'perpanjang', reason: 'lagi' }, pada('2026-03-17T02:00:00Z')),
    (e: unknown) => galat('transition.invalid')(e) && /satu kali/.test((e as GalatTransisi).teks.id),
  );
  assert.throws(
    () => terapkanPeristiwa(r, { type: 'proses' }, pada('2026-03-17T02:00:00Z')),
    galat('transition.invalid'),
  );
  assert.throws(
    () =>
      terapkanPeristiwa(awal(), { type: 'perpanjang', reason: '  ' } as never, pada('2026-03-16T02:00:00Z')),
    galat('extension.reason'),
  );
});

test('answers carry what the law asks: a refusal its Pasal 17 ground, "not held" the holder', () => {
  const r = awal();
  const at = pada('2026-03-16T02:00:00Z');
  assert.throws(
    () => terapkanPeristiwa(r, { type: 'jawab', outcome: 'ditolak' }, at),
    galat('answer.grounds'),
  );
  assert.throws(
    () => terapkanPeristiwa(r, { type: 'jawab', outcome: 'ditolak', grounds: ['k'] } as never, at),
    galat('answer.grounds'),
  );
  assert.throws(
    () => terapkanPeristiwa(r, { type: 'jawab', outcome: 'dikabulkan', grounds: ['a'] }, at),
    galat('answer.grounds'),
  );
  assert.throws(
    () => terapkanPeristiwa(r, { type: 'jawab', outcome: 'tidak-dikuasai' }, at),
    galat('answer.holder'),
  );
  assert.throws(
    () => terapkanPeristiwa(r, { type: 'jawab', outcome: 'diabaikan' } as never, at),
    galat('answer.outcome'),
  );
  assert.throws(() => terapkanPeristiwa(r, { type: 'hapus' } as never, at), galat('event.type'));
  assert.throws(() => terapkanPeristiwa(r, null as never, at), galat('event.type'));
  const t = terapkanPeristiwa(
    r,
    { type: 'jawab', outcome: 'tidak-dikuasai', holder: ' BPKAD Kabupaten Sukamaju ' },
    at,
  );
  const j = t.events.at(-1)!;
  assert.ok(j.type === 'jawab');
  assert.equal(j.holder, 'BPKAD Kabupaten Sukamaju');
  const s = terapkanPeristiwa(
    r,
    { type: 'jawab', outcome: 'dikabulkan-sebagian', grounds: ['h'], note: 'NIK dihitamkan' },
    at,
  );
  assert.equal(s.status, 'dijawab');
});

test('an answer after the due date is recorded late, by the agency calendar day', () => {
  const r = awal(); // due 2026-04-06
  const tepat = terapkanPeristiwa(r, { type: 'jawab', outcome: 'dikabulkan' }, pada('2026-04-06T16:00:00Z')); // 23:00 WIB
  assert.equal(tepat.events.at(-1)?.late, false);
  const telat = terapkanPeristiwa(r, { type: 'jawab', outcome: 'dikabulkan' }, pada('2026-04-06T17:30:00Z')); // 00:30 WIB on the 7th
  assert.equal(telat.events.at(-1)?.late, true);
});

test('unanswered: an objection only after the due date has passed (Pasal 35 ayat 1 huruf c)', () => {
  const r = terapkanPeristiwa(awal(), { type: 'proses' }, pada('2026-03-16T02:00:00Z'));
  const jendela = jendelaKeberatan(r)!;
  assert.deepEqual(
    [jendela.basedOn, jendela.from, jendela.grounds],
    ['tidak-ditanggapi', '2026-04-06', ['c']],
  );
  assert.equal(jendela.due, tambahHariKerja('2026-04-06', 30));
  assert.equal(jendela.workingDays, 30);
  assert.throws(
    () => terapkanPeristiwa(r, { type: 'keberatan', number: 'K-1' }, pada('2026-04-06T03:00:00Z')),
    galat('objection.too-early'),
  );
  const k = terapkanPeristiwa(r, { type: 'keberatan', number: 'K-1' }, pada('2026-04-07T03:00:00Z'));
  assert.equal(k.status, 'keberatan');
  assert.equal(k.events.at(-1)?.late, false);
  assert.equal(jendelaKeberatan(k)?.from, '2026-04-06');
  // Filed after the window closed: recorded, and marked late (admissibility is the Atasan's decision).
  const telat = terapkanPeristiwa(r, { type: 'keberatan', number: 'K-2' }, pada(`${jendela.due}T20:00:00Z`));
  assert.equal(telat.events.at(-1)?.late, true);
});

test('peristiwaBolehPada: exactly the events terapkanPeristiwa records at that time (the time conditions included)', () => {
  const contoh = {
    proses: { type: 'proses' },
    perpanjang: { type: 'perpanjang', reason: 'Informasi tersebar di tiga bidang' },
    jawab: { type: 'jawab', outcome: 'dikabulkan' },
    keberatan: { type: 'keberatan', number: 'K-1' },
    selesai: { type: 'selesai' },
    'putusan-keberatan': PUTUSAN,
  } as const;
  const diterima = awal(); // due 2026-04-06
  const dijawab = terapkanPeristiwa(diterima, contoh.jawab, pada('2026-03-20T02:00:00Z'));
  const selesai = terapkanPeristiwa(dijawab, contoh.selesai, pada('2026-03-23T02:00:00Z'));
  const riwayat = [
    diterima,
    terapkanPeristiwa(diterima, contoh.proses, pada('2026-03-16T02:00:00Z')),
    terapkanPeristiwa(diterima, contoh.perpanjang, pada('2026-03-16T02:00:00Z')),
    dijawab,
    selesai,
    awal('keberatan'),
  ];
  const waktu = [
    '2026-03-24T02:00:00Z',
    '2026-04-06T16:00:00Z',
    '2026-04-07T03:00:00Z',
    '2026-12-01T03:00:00Z',
  ];
  for (const r of riwayat)
    for (const w of waktu) {
      const boleh = peristiwaBolehPada(r, pada(w));
      for (const p of Object.values(contoh)) {
        let tercatat = true;
        try {
          terapkanPeristiwa(r, p, pada(w));
        } catch (e) {
          // Refused for its timing or the status, never for a field of the example.
          assert.ok(e instanceof GalatTransisi && !e.path, String(e));
          tercatat = false;
        }
        assert.equal(boleh.includes(p.type), tercatat, `${r.kind} ${r.status} ${w} ${p.type}`);
      }
    }
  // Before the due date an unanswered request takes no objection yet; after it, no extension.
  assert.deepEqual(peristiwaBolehPada(diterima, pada('2026-03-24T02:00:00Z')), [
    'proses',
    'perpanjang',
    'jawab',
  ]);
  assert.deepEqual(peristiwaBolehPada(diterima, pada('2026-04-07T03:00:00Z')), [
    'proses',
    'jawab',
    'keberatan',
  ]);
  assert.deepEqual(BOLEH.permintaan.diterima, ['proses', 'perpanjang', 'jawab', 'keberatan']);
});

test('events must come in time order', () => {
  const r = terapkanPeristiwa(awal(), { type: 'proses' }, pada('2026-03-16T02:00:00Z'));
  assert.throws(
    () => terapkanPeristiwa(r, { type: 'jawab', outcome: 'dikabulkan' }, pada('2026-03-15T02:00:00Z')),
    galat('event.order'),
  );
  assert.throws(
    () => terapkanPeristiwa(r, { type: 'jawab', outcome: 'dikabulkan' }, pada('x')),
    galat('event.time'),
  );
});

test("a keberatan record: no extension and no objection of its own; the Atasan PPID's decision opens the 14-day dispute window", () => {
  const r = awal('keberatan');
  assert.equal(r.deadlineKind, 'tanggapan-keberatan');
  assert.equal(r.deadline, tambahHariKerja('2026-03-13', 30));
  assert.throws(
    () => terapkanPeristiwa(r, { type: 'perpanjang', reason: 'x' }, pada('2026-03-16T02:00:00Z')),
    galat('transition.invalid'),
  );
  const j = terapkanPeristiwa(r, PUTUSAN, pada('2026-03-16T02:00:00Z'));
  assert.deepEqual(
    [j.status, j.deadlineKind, j.deadline],
    ['dijawab', 'sengketa', tambahHariKerja('2026-03-16', 14)],
  );
  assert.equal(jendelaKeberatan(j), undefined);
  assert.throws(
    () => terapkanPeristiwa(j, { type: 'keberatan', number: 'x' }, pada('2026-03-17T02:00:00Z')),
    galat('transition.invalid'),
  );
  assert.equal(terapkanPeristiwa(j, { type: 'selesai' }, pada('2026-03-17T02:00:00Z')).status, 'selesai');
});

test('a history built by hand as {status, deadline, events} is read as a request', () => {
  const r: Riwayat = {
    status: 'diterima',
    deadline: '2026-04-06',
    events: [{ at: '2026-03-13T09:00:00+07:00', type: 'diterima' }],
  };
  const p = terapkanPeristiwa(r, { type: 'perpanjang', reason: 'x' }, pada('2026-03-16T02:00:00Z'));
  assert.deepEqual(
    [p.kind, p.status, p.deadline],
    ['permintaan', 'diperpanjang', perpanjangTenggat('2026-04-06').due],
  );
  assert.throws(
    () =>
      terapkanPeristiwa(
        { ...r, status: 'hilang' as never },
        { type: 'proses' },
        pada('2026-03-16T02:00:00Z'),
      ),
    galat('status.unknown'),
  );
});

test('an extension only within the 10 working days (Pasal 22 ayat 8): refused once the due date has passed', () => {
  // Received 2026-03-13, due 2026-04-06 (a Monday).
  const r = awal();
  assert.throws(
    () => terapkanPeristiwa(r, { type: 'perpanjang', reason: 'x' }, pada('2026-04-07T02:00:00Z')),
    (e: unknown) =>
      galat('extension.too-late')(e) &&
      // The date in words, as the other messages write it.
      (e as GalatTransisi).teks.id.includes('sebelum tenggat 6 April 2026 berakhir') &&
      (e as GalatTransisi).teks.en.includes('before the deadline 6 April 2026 ends') &&
      (e as GalatTransisi).teks.en.includes('Article 22(8)'),
  );
  // 23:30 WIB on the due date is still that day in the agency's zone: allowed.
  const tepat = terapkanPeristiwa(r, { type: 'perpanjang', reason: 'x' }, pada('2026-04-06T16:30:00Z'));
  assert.equal(tepat.status, 'diperpanjang');
  // Refused, the answer given later is late against the original due date.
  const j = terapkanPeristiwa(r, { type: 'jawab', outcome: 'dikabulkan' }, pada('2026-04-09T02:00:00Z'));
  assert.deepEqual([j.events.at(-1)?.late, dijawabTerlambat(j)], [true, true]);
});

test('dijawabTerlambat: an extension stored after the due date (older histories) does not make the answer timely', () => {
  assert.equal(dijawabTerlambat(awal()), undefined);
  const tepat = terapkanPeristiwa(
    terapkanPeristiwa(awal(), { type: 'perpanjang', reason: 'x' }, pada('2026-04-06T02:00:00Z')),
    { type: 'jawab', outcome: 'dikabulkan' },
    pada('2026-04-14T02:00:00Z'),
  );
  assert.equal(dijawabTerlambat(tepat), false);
  // As a store holds it from before the refusal: extended 2026-04-08 (after 04-06), answered 04-14 "not late".
  const lama: Riwayat = {
    ...tepat,
    events: tepat.events.map((e) => (e.type === 'perpanjang' ? { ...e, at: '2026-04-08T02:00:00.000Z' } : e)),
  };
  assert.equal(lama.events.find((e) => e.type === 'jawab')?.late, false);
  assert.equal(dijawabTerlambat(lama), true);
});

test("an objection left unanswered opens the 14-working-day dispute window from the Atasan PPID's due date", () => {
  const r = awal('keberatan');
  const dueAtasan = tambahHariKerja('2026-03-13', 30);
  assert.equal(r.deadline, dueAtasan);
  const j = jendelaSengketa(r)!;
  assert.deepEqual(
    [j.basedOn, j.from, j.due, j.workingDays],
    ['tidak-ditanggapi', dueAtasan, tambahHariKerja(dueAtasan, 14), 14],
  );
  // The citation is carried as data, marked unverified (DOMAIN.md: the article is unconfirmed).
  assert.ok(j.basis.length > 0 && j.basis.every((d) => d.verified === false));
  assert.equal(jendelaSengketa(awal()), undefined);
  // Nothing is open while the Atasan's 30 working days run; the day after, the dispute window is.
  assert.equal(jendelaTerbuka(r, pada(`${dueAtasan}T09:00:00Z`)), undefined);
  const besok = tambahHariKerja(dueAtasan, 1);
  const t = jendelaTerbuka(r, pada(`${besok}T02:00:00Z`))!;
  assert.deepEqual([t.kind, t.due, t.open], ['sengketa', j.due, true]);
  assert.equal(jendelaTerbuka(r, pada(`${tambahHariKerja(j.due, 1)}T02:00:00Z`))?.open, false);
  // Answered: counted from the answer, and the history's own deadline is that window.
  const dijawab = terapkanPeristiwa(r, PUTUSAN, pada('2026-03-20T02:00:00Z'));
  assert.deepEqual(
    [jendelaSengketa(dijawab)?.basedOn, jendelaSengketa(dijawab)?.due],
    ['tanggapan', dijawab.deadline],
  );
  assert.equal(jendelaTerbuka(dijawab, pada(`${besok}T02:00:00Z`)), undefined);
});

test('jendelaTerbuka: an `at` that is no valid Date throws GalatArgumen naming it, on any history', () => {
  const r = awal();
  const selesai = terapkanPeristiwa(
    terapkanPeristiwa(r, { type: 'jawab', outcome: 'dikabulkan' }, pada('2026-03-14T02:00:00Z')),
    { type: 'selesai' },
    pada('2026-03-15T02:00:00Z'),
  );
  for (const [v, diberi] of [
    [new Date(Number.NaN), 'Date'],
    ['kemarin', 'string'],
    [undefined, 'undefined'],
    [Date.parse('2026-04-07T02:00:00Z'), `number ${Date.parse('2026-04-07T02:00:00Z')}`],
  ] as const) {
    // A closed history too: the check does not wait for the status to need the date.
    for (const riwayat of [r, selesai]) {
      assert.throws(
        () => jendelaTerbuka(riwayat, v as unknown as Date),
        (e: unknown) => {
          assert.ok(e instanceof GalatArgumen, String(e));
          assert.deepEqual([e.fungsi, e.parameter], ['jendelaTerbuka', 'at']);
          assert.ok(e.teks.id.startsWith('jendelaTerbuka: at harus tanggal YYYY-MM-DD yang ada'), e.teks.id);
          assert.ok(
            e.teks.en.startsWith('jendelaTerbuka: at must be a date as YYYY-MM-DD that exists'),
            e.teks.en,
          );
          assert.match(e.teks.en, new RegExp(`or a valid Date, not ${diberi}\\.`));
          assert.equal(e.message, `${e.teks.id} / ${e.teks.en}`);
          return true;
        },
      );
    }
  }
});

test('batasKeberatan and peristiwaBolehPada: an `at` that is no valid Date throws a TypeError naming the function and `at`, id then en, on any history', () => {
  const r = awal();
  const dijawab = terapkanPeristiwa(
    r,
    { type: 'jawab', outcome: 'dikabulkan' },
    pada('2026-03-14T02:00:00Z'),
  );
  const keberatan = awal('keberatan');
  for (const v of [new Date(Number.NaN), new Date('kemarin'), undefined, null, '2026-03-20', 1773972000000]) {
    // A history that takes no objection too (a keberatan record): the check does not wait for the status.
    for (const riwayat of [r, dijawab, keberatan]) {
      for (const [fungsi, f] of [
        ['batasKeberatan', () => batasKeberatan(riwayat, v as unknown as Date, 'Asia/Makassar')],
        ['peristiwaBolehPada', () => peristiwaBolehPada(riwayat, v as unknown as Date)],
      ] as const)
        assert.throws(f, (e: unknown) => {
          assert.ok(e instanceof TypeError, `${fungsi}(${String(v)}): ${String(e)}`);
          assert.equal(e.message, `${fungsi}: at harus Date yang sah / ${fungsi}: at must be a valid Date`);
          return true;
        });
    }
  }
  // A valid Date still answers.
  assert.equal(batasKeberatan(keberatan, pada('2026-03-20T03:00:00Z')), undefined);
  assert.ok(peristiwaBolehPada(dijawab, pada('2026-03-20T03:00:00Z')).includes('keberatan'));
});

test('an unanswered request past its due date: the objection on Pasal 35 ayat 1 huruf c is open, and until when', () => {
  const r = awal();
  assert.equal(jendelaTerbuka(r, pada('2026-04-06T09:00:00Z')), undefined);
  const t = jendelaTerbuka(r, pada('2026-04-07T02:00:00Z'))!;
  assert.deepEqual(
    [t.kind, t.from, t.due, t.open, t.kind === 'keberatan' && t.grounds],
    ['keberatan', '2026-04-06', tambahHariKerja('2026-04-06', 30), true, ['c']],
  );
  const selesai = terapkanPeristiwa(
    terapkanPeristiwa(r, { type: 'jawab', outcome: 'dikabulkan' }, pada('2026-04-08T02:00:00Z')),
    { type: 'selesai' },
    pada('2026-04-09T02:00:00Z'),
  );
  assert.equal(jendelaTerbuka(selesai, pada('2026-04-10T02:00:00Z')), undefined);
});

test('batasKeberatan: after an answer, until the last day of the window it started, on the agency’s calendar date', () => {
  const r = terapkanPeristiwa(
    awal(),
    { type: 'jawab', outcome: 'ditolak', grounds: ['c'], consequence: KONSEKUENSI },
    pada('2026-03-20T02:00:00Z'),
  );
  assert.equal(r.deadlineKind, 'keberatan');
  const due = r.deadline;
  assert.equal(due, jendelaKeberatan(r)!.due);
  assert.equal(batasKeberatan(r, pada('2026-03-20T03:00:00Z')), due);
  // 23:30 WIB on the last day is still that day; 01:30 WIT the next day is not (16:30 UTC both).
  assert.equal(batasKeberatan(r, pada(`${due}T16:30:00Z`)), due);
  assert.equal(batasKeberatan(r, pada(`${due}T16:30:00Z`), 'Asia/Jayapura'), undefined);
  assert.equal(batasKeberatan(r, pada(`${due}T17:00:00Z`)), undefined);
  // A zone the SDK does not know (a foreign server) counts in WIB rather than throwing.
  assert.equal(batasKeberatan(r, pada(`${due}T16:30:00Z`), 'UTC' as never), due);
  assert.equal(batasKeberatan(r, pada(`${due}T16:30:00Z`), 'constructor' as never), due);
  // Granted in full too: the other grounds of Pasal 35 (d–g) may still apply.
  const dikabulkan = terapkanPeristiwa(
    awal(),
    { type: 'jawab', outcome: 'dikabulkan' },
    pada('2026-03-20T02:00:00Z'),
  );
  assert.equal(batasKeberatan(dikabulkan, pada('2026-03-23T02:00:00Z')), dikabulkan.deadline);
  // As a status answer of an older server gives it (no deadlineKind), and with another kind: not an objection's.
  const { deadlineKind: _k, ...tanpaJenis } = r;
  assert.equal(batasKeberatan(tanpaJenis, pada('2026-03-23T02:00:00Z')), due);
  assert.equal(batasKeberatan({ ...r, deadlineKind: 'sengketa' }, pada('2026-03-23T02:00:00Z')), undefined);
  // Objected to: no second objection, nor once closed after it.
  const keberatan = terapkanPeristiwa(r, { type: 'keberatan', number: 'K1' }, pada('2026-03-23T02:00:00Z'));
  assert.equal(batasKeberatan(keberatan, pada('2026-03-24T02:00:00Z')), undefined);
  const ditutup = terapkanPeristiwa(keberatan, { type: 'selesai' }, pada('2026-03-24T02:00:00Z'));
  assert.equal(batasKeberatan(ditutup, pada('2026-03-25T02:00:00Z')), undefined);
  // Closed by the office right after the answer: the window still runs to its last day.
  const selesai = terapkanPeristiwa(r, { type: 'selesai' }, pada('2026-03-23T02:00:00Z'));
  assert.equal(batasKeberatan(selesai, pada('2026-03-24T02:00:00Z')), due);
  assert.equal(batasKeberatan(selesai, pada(`${due}T16:30:00Z`)), due);
  assert.equal(batasKeberatan(selesai, pada(`${due}T17:00:00Z`)), undefined);
  // A closed status answer without deadlineKind (an older server): not known to be the answer's window.
  const { deadlineKind: _s, ...selesaiTanpaJenis } = selesai;
  assert.equal(batasKeberatan(selesaiTanpaJenis, pada('2026-03-24T02:00:00Z')), undefined);
  // An objection record has no objection of its own, answered or not.
  const k = terapkanPeristiwa(awal('keberatan'), PUTUSAN, pada('2026-03-20T02:00:00Z'));
  assert.equal(batasKeberatan(k, pada('2026-03-23T02:00:00Z')), undefined);
  assert.equal(batasKeberatan({ ...k, deadlineKind: 'keberatan' }, pada('2026-03-23T02:00:00Z')), undefined);
  // A status the SDK does not know (a foreign server): none.
  assert.equal(batasKeberatan({ ...r, status: 'lain' as never }, pada('2026-03-23T02:00:00Z')), undefined);
});

test('batasKeberatan: unanswered, only once the due date has passed, until the last day of the window jendelaTerbuka gives', () => {
  const r = awal();
  const j = jendelaTerbuka(r, pada('2026-04-07T02:00:00Z'))!;
  // While the answer's deadline runs: too early (terapkanPeristiwa refuses it), a window given or not.
  assert.equal(batasKeberatan(r, pada('2026-04-06T09:00:00Z')), undefined);
  assert.equal(batasKeberatan({ ...r, window: j }, pada('2026-04-06T09:00:00Z')), undefined);
  assert.throws(
    () => terapkanPeristiwa(r, { type: 'keberatan', number: 'K1' }, pada('2026-04-06T09:00:00Z')),
    galat('objection.too-early'),
  );
  // Past it: the window's last day; without the window nothing is known.
  assert.equal(batasKeberatan({ ...r, window: j }, pada('2026-04-07T02:00:00Z')), j.due);
  assert.equal(batasKeberatan(r, pada('2026-04-07T02:00:00Z')), undefined);
  assert.equal(batasKeberatan({ ...r, window: j }, pada(`${j.due}T09:00:00Z`)), j.due);
  assert.equal(
    batasKeberatan({ ...r, window: j }, pada(`${tambahHariKerja(j.due, 1)}T02:00:00Z`)),
    undefined,
  );
  // A dispute window is not an objection's.
  assert.equal(
    batasKeberatan({ ...r, window: { ...j, kind: 'sengketa' } }, pada('2026-04-07T02:00:00Z')),
    undefined,
  );
  // Processing or extended: the same.
  const diproses = terapkanPeristiwa(r, { type: 'proses' }, pada('2026-03-16T02:00:00Z'));
  assert.equal(batasKeberatan({ ...diproses, window: j }, pada('2026-04-07T02:00:00Z')), j.due);
});

test('a request closed after its answer still takes an objection while the answer’s window runs (UU KIP Pasal 35–36)', () => {
  const dijawab = terapkanPeristiwa(
    awal(),
    { type: 'jawab', outcome: 'dikabulkan-sebagian', grounds: ['h'] },
    pada('2026-03-20T02:00:00Z'),
  );
  const due = dijawab.deadline;
  const selesai = terapkanPeristiwa(dijawab, { type: 'selesai' }, pada('2026-03-23T02:00:00Z'));
  assert.deepEqual([selesai.status, selesai.deadline, selesai.deadlineKind], ['selesai', due, 'keberatan']);
  // Within the window: recorded (not late), and the Atasan PPID's 30 working days start.
  const k = terapkanPeristiwa(selesai, { type: 'keberatan', number: 'K1' }, pada(`${due}T09:00:00Z`));
  assert.deepEqual(
    [k.status, k.deadline, k.deadlineKind, k.events.at(-1)?.late],
    ['keberatan', tambahHariKerja(due, 30), 'tanggapan-keberatan', false],
  );
  // The agency's zone decides the last day: 01:30 WIT the day after is past it, 23:30 WIB is not.
  assert.equal(
    terapkanPeristiwa(selesai, { type: 'keberatan', number: 'K1' }, pada(`${due}T16:30:00Z`)).status,
    'keberatan',
  );
  assert.throws(
    () =>
      terapkanPeristiwa(selesai, { type: 'keberatan', number: 'K1' }, pada(`${due}T16:30:00Z`), {
        timeZone: 'Asia/Jayapura',
      }),
    galat('transition.invalid'),
  );
  // After the window: refused, saying when it ended; and any other event on a closed request as before.
  assert.throws(
    () => terapkanPeristiwa(selesai, { type: 'keberatan', number: 'K1' }, pada(`${due}T17:00:00Z`)),
    (e: unknown) =>
      galat('transition.invalid')(e) &&
      (e as GalatTransisi).teks.id.includes('masa keberatan berakhir') &&
      (e as GalatTransisi).teks.en.includes('objection period ended'),
  );
  for (const p of [{ type: 'selesai' }, { type: 'proses' }] as const)
    assert.throws(
      () => terapkanPeristiwa(selesai, p, pada('2026-03-24T02:00:00Z')),
      galat('transition.invalid'),
    );
  // Closed after an objection: no second one, within the first window or not.
  const tutup = terapkanPeristiwa(k, { type: 'selesai' }, pada(`${tambahHariKerja(due, 1)}T02:00:00Z`));
  assert.throws(
    () =>
      terapkanPeristiwa(
        tutup,
        { type: 'keberatan', number: 'K2' },
        pada(`${tambahHariKerja(due, 1)}T03:00:00Z`),
      ),
    galat('transition.invalid'),
  );
});

test('a partial grant names the withheld parts’ reason: a Pasal 17 ground or a note (UU KIP Pasal 22 ayat 7)', () => {
  const r = awal();
  const at = pada('2026-03-16T02:00:00Z');
  for (const p of [
    { type: 'jawab', outcome: 'dikabulkan-sebagian' },
    { type: 'jawab', outcome: 'dikabulkan-sebagian', grounds: [] },
    { type: 'jawab', outcome: 'dikabulkan-sebagian', note: '   ' },
  ] as const)
    assert.throws(
      () => terapkanPeristiwa(r, p as never, at),
      (e: unknown) =>
        galat('answer.partial-reason')(e) &&
        /Pasal 22 ayat 7/.test((e as GalatTransisi).teks.id) &&
        /Article 22\(7\)/.test((e as GalatTransisi).teks.en),
    );
  const dasar = terapkanPeristiwa(r, { type: 'jawab', outcome: 'dikabulkan-sebagian', grounds: ['h'] }, at);
  assert.equal(dasar.status, 'dijawab');
  const catatan = terapkanPeristiwa(
    r,
    { type: 'jawab', outcome: 'dikabulkan-sebagian', note: 'Lampiran 3 belum ada (belum dibuat)' },
    at,
  );
  assert.deepEqual(
    [catatan.status, (catatan.events.at(-1) as { note?: string }).note],
    ['dijawab', 'Lampiran 3 belum ada (belum dibuat)'],
  );
});

test('a refusal states its consequence (uji konsekuensi), and ground j the other law; checked when recorded, each naming its field', () => {
  const r = awal();
  const at = pada('2026-03-16T02:00:00Z');
  const gagal = (p: unknown, code: string, path: string, id: RegExp, en: RegExp) =>
    assert.throws(
      () => terapkanPeristiwa(r, p as never, at),
      (e: unknown) =>
        galat(code)(e) &&
        (e as GalatTransisi).path === path &&
        id.test((e as GalatTransisi).teks.id) &&
        en.test((e as GalatTransisi).teks.en),
      `${code}: ${JSON.stringify(p)}`,
    );
  // Without it, blank, or not a text: the citation the law's data gives (only what was checked).
  for (const consequence of [undefined, '  ', 12])
    gagal(
      { type: 'jawab', outcome: 'ditolak', grounds: ['h'], consequence },
      'answer.consequence',
      'consequence',
      /^Penolakan wajib menyebut konsekuensi .*uji konsekuensi \(Perki 1\/2021 Pasal 49\)\.$/,
      /^A refusal must state the consequence of disclosure.*\(Perki 1\/2021 Article 49\)\.$/,
    );
  gagal(
    { type: 'jawab', outcome: 'ditolak', grounds: ['h'], consequence: 'x'.repeat(5001) },
    'answer.consequence',
    'consequence',
    /paling banyak 5000 karakter; yang diisi 5001 karakter/,
    /at most 5000 characters; 5001 were entered/,
  );
  // Ground j: the law that forbids disclosure, on a refusal and on a partial grant alike.
  for (const outcome of ['ditolak', 'dikabulkan-sebagian'])
    gagal(
      { type: 'jawab', outcome, grounds: ['j'], consequence: KONSEKUENSI, otherLaw: ' ' },
      'answer.other-law',
      'otherLaw',
      /^Alasan Pasal 17 huruf j wajib menyebut undang-undang .*\(UU KIP Pasal 17 huruf j\)\.$/,
      /^Article 17\(j\) as a ground must name the law .*\(UU KIP Article 17\(j\)\)\.$/,
    );
  // Recorded cleaned; the other law only with ground j.
  const j = terapkanPeristiwa(
    r,
    {
      type: 'jawab',
      outcome: 'ditolak',
      grounds: ['j', 'h'],
      consequence: `  ${KONSEKUENSI}\u0002 `,
      otherLaw: ' UU 36/2009 tentang Kesehatan Pasal 57 ',
    },
    at,
  ).events.at(-1)!;
  assert.ok(j.type === 'jawab');
  assert.deepEqual(
    [j.grounds, j.consequence, j.otherLaw],
    [['h', 'j'], KONSEKUENSI, 'UU 36/2009 tentang Kesehatan Pasal 57'],
  );
  const tanpaJ = terapkanPeristiwa(
    r,
    { type: 'jawab', outcome: 'ditolak', grounds: ['h'], consequence: KONSEKUENSI, otherLaw: 'UU 27/2022' },
    at,
  ).events.at(-1)!;
  assert.ok(tanpaJ.type === 'jawab');
  assert.deepEqual([tanpaJ.consequence, tanpaJ.otherLaw], [KONSEKUENSI, undefined]);
  // A partial grant: its grounds may carry their consequence, need not; an answer without grounds has none.
  const sebagian = terapkanPeristiwa(
    r,
    { type: 'jawab', outcome: 'dikabulkan-sebagian', grounds: ['h'], consequence: KONSEKUENSI },
    at,
  ).events.at(-1)!;
  assert.ok(sebagian.type === 'jawab');
  assert.equal(sebagian.consequence, KONSEKUENSI);
  assert.equal(
    terapkanPeristiwa(r, { type: 'jawab', outcome: 'dikabulkan-sebagian', grounds: ['h'] }, at).status,
    'dijawab',
  );
  const penuh = terapkanPeristiwa(
    r,
    { type: 'jawab', outcome: 'dikabulkan', consequence: KONSEKUENSI, otherLaw: 'UU 27/2022' } as never,
    at,
  ).events.at(-1)!;
  assert.ok(penuh.type === 'jawab');
  assert.deepEqual([penuh.consequence, penuh.otherLaw], [undefined, undefined]);
});

test('a refusal recorded before its consequence was asked for still reads, and its history goes on', () => {
  // As an older store holds it: a refusal on grounds h and j, with neither consequence nor other law.
  const lama: Riwayat = {
    ...awal(),
    status: 'dijawab',
    deadline: tambahHariKerja('2026-03-16', 30),
    deadlineKind: 'keberatan',
    events: [
      ...awal().events,
      {
        at: '2026-03-16T02:00:00.000Z',
        type: 'jawab',
        outcome: 'ditolak',
        grounds: ['h', 'j'],
        status: 'dijawab',
        deadline: tambahHariKerja('2026-03-16', 30),
        deadlineKind: 'keberatan',
        late: false,
        due: '2026-04-06',
      },
    ],
  };
  assert.equal(dijawabTerlambat(lama), false);
  assert.equal(jendelaKeberatan(lama)?.basedOn, 'jawaban');
  const keberatan = terapkanPeristiwa(
    lama,
    { type: 'keberatan', number: 'KEB-9' },
    pada('2026-03-20T02:00:00Z'),
  );
  assert.equal(keberatan.status, 'keberatan');
  const selesai = terapkanPeristiwa(lama, { type: 'selesai' }, pada('2026-03-20T02:00:00Z'));
  assert.equal(selesai.status, 'selesai');
  assert.deepEqual(selesai.events[1], lama.events[1], 'the old answer is kept as it was');
});

test('DASAR_PENOLAKAN: the law each field rests on as data; a message cites only what was checked', () => {
  assert.deepEqual(
    Object.values(DASAR_PENOLAKAN).map((d) => [d.field, d.code]),
    [
      ['consequence', 'answer.consequence'],
      ['otherLaw', 'answer.other-law'],
    ],
  );
  assert.deepEqual(
    DASAR_PENOLAKAN.consequence.basis.map((d) => [d.article, d.verified]),
    [
      ['Pasal 49', true],
      ['Pasal 19', false],
    ],
  );
  assert.deepEqual(sebutDasar(DASAR_PENOLAKAN.consequence.basis), {
    id: 'Perki 1/2021 Pasal 49',
    en: 'Perki 1/2021 Article 49',
  });
  assert.deepEqual(
    sebutDasar([
      {
        instrument: 'UU 14/2008 (Keterbukaan Informasi Publik)',
        article: 'Pasal 22 ayat (8)',
        verified: true,
      },
    ]),
    { id: 'UU KIP Pasal 22 ayat (8)', en: 'UU KIP Article 22(8)' },
  );
});

/** A request answered on 16 March and objected to on 17 March with objection `KEB-1`, and that objection. */
function permintaanDanKeberatan(): { permintaan: Riwayat; keberatan: Riwayat } {
  const dijawab = terapkanPeristiwa(
    awal(),
    { type: 'jawab', outcome: 'ditolak', grounds: ['h'], consequence: KONSEKUENSI },
    pada('2026-03-16T02:00:00Z'),
  );
  const permintaan = terapkanPeristiwa(
    dijawab,
    { type: 'keberatan', number: 'KEB-1' },
    pada('2026-03-17T02:00:00Z'),
  );
  const keberatan = mulaiRiwayat(
    buatTandaBukti({
      jenis: 'keberatan',
      nomor: 'KEB-1',
      receivedAt: new Date('2026-03-17T02:00:00Z'),
      agency,
      ringkasan: 'x',
    }),
  );
  return { permintaan, keberatan };
}

test("a keberatan record is answered by the Atasan PPID's decision: upheld or rejected, with reasons and who decided; it opens the dispute window", () => {
  const { keberatan } = permintaanDanKeberatan();
  const diproses = terapkanPeristiwa(keberatan, { type: 'proses' }, pada('2026-03-18T02:00:00Z'));
  const r = terapkanPeristiwa(
    diproses,
    {
      ...PUTUSAN,
      reason: '  Alasan\u0002 tertulis \n',
      decidedBy: ' Sekda ',
      number: 'diabaikan',
    } as never,
    pada('2026-03-20T02:00:00Z'),
  );
  assert.deepEqual(
    [r.status, r.deadlineKind, r.deadline],
    ['dijawab', 'sengketa', tambahHariKerja('2026-03-20', 14)],
  );
  const e = r.events.at(-1)!;
  assert.ok(e.type === 'putusan-keberatan');
  // Cleaned like a submission's free text; the number belongs only on the request.
  assert.deepEqual(
    [e.decision, e.reason, e.decidedBy, e.number, e.late, e.due],
    ['ditolak', 'Alasan tertulis', 'Sekda', undefined, false, keberatan.deadline],
  );
  const j = jendelaSengketa(r)!;
  assert.deepEqual([j.basedOn, j.from, j.due], ['tanggapan', '2026-03-20', r.deadline]);
  assert.equal(dijawabTerlambat(r), false);
  // Straight from diterima too; `dikabulkan` is the other decision.
  const d = terapkanPeristiwa(
    keberatan,
    { ...PUTUSAN, decision: 'dikabulkan' },
    pada('2026-03-18T02:00:00Z'),
  );
  assert.deepEqual(
    [d.status, (d.events.at(-1) as { decision?: string }).decision],
    ['dijawab', 'dikabulkan'],
  );
  // Once: after it only closing.
  assert.throws(
    () => terapkanPeristiwa(r, PUTUSAN, pada('2026-03-23T02:00:00Z')),
    galat('transition.invalid'),
  );
  assert.equal(terapkanPeristiwa(r, { type: 'selesai' }, pada('2026-03-23T02:00:00Z')).status, 'selesai');
  // After the Atasan's 30 working days: recorded, marked late.
  const telat = terapkanPeristiwa(
    keberatan,
    PUTUSAN,
    pada(`${tambahHariKerja(keberatan.deadline, 1)}T02:00:00Z`),
  );
  assert.deepEqual([telat.events.at(-1)?.late, dijawabTerlambat(telat)], [true, true]);
});

test('the decision without its reasons, its signer or a known outcome is refused naming the field (a field error, path set)', () => {
  const { keberatan } = permintaanDanKeberatan();
  const at = pada('2026-03-18T02:00:00Z');
  const salah = (p: unknown, code: string, path: string, pola: RegExp) =>
    assert.throws(
      () => terapkanPeristiwa(keberatan, p as never, at),
      (e: unknown) =>
        galat(code)(e) && (e as GalatTransisi).path === path && pola.test((e as GalatTransisi).teks.id),
    );
  salah({ ...PUTUSAN, reason: undefined }, 'objection-decision.reason', 'reason', /alasan tertulis/);
  // Nothing but control characters and spaces is no reason.
  salah({ ...PUTUSAN, reason: ' \u0002\u0003 ' }, 'objection-decision.reason', 'reason', /alasan tertulis/);
  salah({ ...PUTUSAN, reason: 7 }, 'objection-decision.reason', 'reason', /alasan tertulis/);
  salah(
    { ...PUTUSAN, reason: 'x'.repeat(5001) },
    'objection-decision.reason',
    'reason',
    /paling banyak 5000/,
  );
  salah(
    { ...PUTUSAN, decidedBy: '' },
    'objection-decision.decidedBy',
    'decidedBy',
    /Atasan PPID yang memutus/,
  );
  salah({ ...PUTUSAN, decidedBy: 'x'.repeat(201) }, 'objection-decision.decidedBy', 'decidedBy', /200/);
  salah(
    { ...PUTUSAN, decision: 'sebagian' },
    'objection-decision.decision',
    'decision',
    /dikabulkan.*ditolak/,
  );
  salah({ ...PUTUSAN, decision: 'diterima' }, 'objection-decision.decision', 'decision', /dikabulkan/);
  salah({ type: 'putuskan' }, 'event.type', 'type', /putusan-keberatan/);
  // Every field error of the other events names its field too; a transition refused has none.
  salah({ type: 'perpanjang' }, 'extension.reason', 'reason', /alasan/);
  assert.throws(
    () => terapkanPeristiwa(keberatan, { type: 'perpanjang', reason: 'x' }, at),
    (e: unknown) => galat('transition.invalid')(e) && (e as GalatTransisi).path === undefined,
  );
});

test('an objection is no longer answered with `jawab`; the message names the decision event', () => {
  const { keberatan } = permintaanDanKeberatan();
  assert.throws(
    () => terapkanPeristiwa(keberatan, { type: 'jawab', outcome: 'ditolak' }, pada('2026-03-18T02:00:00Z')),
    (e: unknown) =>
      galat('transition.invalid')(e) &&
      /putusan-keberatan/.test((e as GalatTransisi).teks.id) &&
      /putusan-keberatan/.test((e as GalatTransisi).teks.en),
  );
});

test('putuskanKeberatan: the linked request records the decision with the objection number and is closed, with the dispute window; no new objection after it', () => {
  const { permintaan, keberatan } = permintaanDanKeberatan();
  const at = pada('2026-03-20T02:00:00Z');
  const h = putuskanKeberatan({ keberatan, number: 'KEB-1', permintaan }, PUTUSAN, at);
  assert.equal(h.keberatan.status, 'dijawab');
  const r = h.permintaan!;
  assert.deepEqual(
    [r.status, r.deadlineKind, r.deadline],
    ['selesai', 'sengketa', tambahHariKerja('2026-03-20', 14)],
  );
  assert.deepEqual(
    r.events.map((e) => e.type),
    ['diterima', 'jawab', 'keberatan', 'putusan-keberatan'],
  );
  const e = r.events.at(-1)!;
  assert.ok(e.type === 'putusan-keberatan');
  assert.deepEqual(
    [e.decision, e.reason, e.decidedBy, e.number],
    [PUTUSAN.decision, PUTUSAN.reason, PUTUSAN.decidedBy, 'KEB-1'],
  );
  // The request's own answer stays its answer: not late, not the decision.
  assert.equal(dijawabTerlambat(r), false);
  // Closed by the decision: no objection can be filed or recorded, no event follows.
  assert.equal(batasKeberatan(r, pada('2026-03-23T02:00:00Z')), undefined);
  for (const p of [{ type: 'keberatan', number: 'KEB-2' }, { type: 'selesai' }, PUTUSAN] as const)
    assert.throws(() => terapkanPeristiwa(r, p, pada('2026-03-23T02:00:00Z')), galat('transition.invalid'));
  // A request closed by the office while the objection waited records it too, and stays closed.
  const ditutup = terapkanPeristiwa(permintaan, { type: 'selesai' }, pada('2026-03-18T02:00:00Z'));
  const h2 = putuskanKeberatan({ keberatan, number: 'KEB-1', permintaan: ditutup }, PUTUSAN, at);
  assert.deepEqual(
    [h2.permintaan?.status, h2.permintaan?.events.at(-1)?.type],
    ['selesai', 'putusan-keberatan'],
  );
  // Another objection's request, or none: only the keberatan record changes.
  assert.equal(
    putuskanKeberatan({ keberatan, number: 'KEB-9', permintaan }, PUTUSAN, at).permintaan,
    undefined,
  );
  assert.equal(putuskanKeberatan({ keberatan, number: 'KEB-1' }, PUTUSAN, at).permintaan, undefined);
  // Refused on the keberatan record (a field, a status): nothing is recorded anywhere.
  assert.throws(
    () => putuskanKeberatan({ keberatan: h.keberatan, number: 'KEB-1', permintaan }, PUTUSAN, at),
    galat('transition.invalid'),
  );
  assert.throws(
    () => putuskanKeberatan({ keberatan, number: 'KEB-1', permintaan }, { type: 'selesai' }, at),
    galat('event.type'),
  );
});

test('the decision is never recorded on a request by itself (only with its objection, through putuskanKeberatan)', () => {
  const { permintaan } = permintaanDanKeberatan();
  assert.throws(
    () => terapkanPeristiwa(permintaan, { ...PUTUSAN, number: 'KEB-1' }, pada('2026-03-20T02:00:00Z')),
    (e: unknown) =>
      galat('transition.invalid')(e) && /rekaman keberatannya/.test((e as GalatTransisi).teks.id),
  );
  // The objection's own record as a request's history: refused the same.
  assert.throws(
    () =>
      putuskanKeberatan({ keberatan: permintaan, number: 'KEB-1' }, PUTUSAN, pada('2026-03-20T02:00:00Z')),
    galat('transition.invalid'),
  );
});

test('an objection answered with `jawab` before the decision had its own event still reads: the dispute window and lateness from that answer', () => {
  const { keberatan } = permintaanDanKeberatan();
  // As an older store holds it: the answer's shape of the time.
  const lama: Riwayat = {
    ...keberatan,
    status: 'dijawab',
    deadline: tambahHariKerja('2026-03-20', 14),
    deadlineKind: 'sengketa',
    events: [
      ...keberatan.events,
      {
        at: '2026-03-20T02:00:00.000Z',
        type: 'jawab',
        outcome: 'ditolak',
        status: 'dijawab',
        deadline: tambahHariKerja('2026-03-20', 14),
        deadlineKind: 'sengketa',
        late: false,
        due: keberatan.deadline,
      },
    ],
  };
  assert.deepEqual(
    [jendelaSengketa(lama)?.basedOn, jendelaSengketa(lama)?.due, dijawabTerlambat(lama)],
    ['tanggapan', lama.deadline, false],
  );
  assert.equal(jendelaTerbuka(lama, pada('2026-05-20T02:00:00Z')), undefined);
  assert.equal(terapkanPeristiwa(lama, { type: 'selesai' }, pada('2026-03-23T02:00:00Z')).status, 'selesai');
});

test('riwayatTerbaca: a history the rules can read, or a stored value that is none', () => {
  const r = awal();
  assert.equal(riwayatTerbaca(r), true);
  assert.equal(riwayatTerbaca(awal('keberatan')), true);
  assert.equal(riwayatTerbaca({ ...r, kind: undefined }), true);
  assert.equal(riwayatTerbaca({ ...r, events: [] }), true);
  for (const x of [
    undefined,
    null,
    '{"status":"diterima"',
    [],
    [r],
    { ...r, kind: 'sengketa' },
    { ...r, status: 'hilang' },
    { ...r, status: undefined },
    { ...r, deadline: '2026-02-30' },
    { ...r, deadline: 20260313 },
    { ...r, events: 'semua' },
    { ...r, events: [null] },
    { ...r, events: [[]] },
    { ...r, events: [{ at: r.events[0]!.at }] },
  ])
    assert.equal(riwayatTerbaca(x), false, JSON.stringify(x));
});
