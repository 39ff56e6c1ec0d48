import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as v from 'valibot';
import { SkemaTandaBukti } from './skema.js';
import { BATAS_RINGKASAN, ringkasPengajuan } from './ringkas.js';
import { buatTandaBukti } from './tanda-bukti.js';
import { validasiKeberatan, validasiPermintaan } from './validasi.js';
import { contohKeberatan, contohPermintaan } from './contoh.test.js';
import { peristiwaDiZona, waktuDiZona, waktuTerbaca, waktuTersimpanDiZona } from './waktu.js';

const agency = { id: 'dinkominfo-sukamaju', name: 'Dinas Kominfo Kabupaten Sukamaju' };

test('a request received 2026-03-13 is due 2026-04-06, skipping Nyepi, Idul Fitri, cuti bersama and Good Friday', () => {
  const tb = buatTandaBukti({
    jenis: 'permintaan',
    nomor: '001/PPID/DINKOMINFO/PI/2026',
    receivedAt: new Date('2026-03-13T02:30:00Z'),
    agency,
    ringkasan: 'Laporan realisasi APBD 2025',
  });
  assert.equal(tb.receivedAt, '2026-03-13T09:30:00+07:00');
  assert.equal(tb.receivedOn, '2026-03-13');
  assert.equal(tb.deadline.due, '2026-04-06');
  assert.equal(tb.deadline.workingDays, 10);
  assert.equal(tb.deadline.kind, 'permintaan');
  assert.equal(tb.agency.timeZone, 'Asia/Jakarta');
  const libur = tb.deadline.skipped.filter((s) => s.kind !== 'akhir-pekan').map((s) => s.date);
  assert.ok(libur.includes('2026-03-19') && libur.includes('2026-04-03'), libur.join());
  for (const s of tb.deadline.skipped) assert.ok(s.reason.id && s.reason.en);
  assert.equal(tb.deadline.basis[0]?.article, 'Pasal 22 ayat (7)');
  assert.equal(v.safeParse(SkemaTandaBukti, tb).success, true);
});

test("the day of receipt is the agency's calendar day: 06:00 WIB on the 6th is the 6th", () => {
  const tb = buatTandaBukti({
    jenis: 'permintaan',
    nomor: 'x-1',
    receivedAt: new Date('2026-03-05T23:00:00Z'),
    agency,
    ringkasan: 'x',
  });
  assert.equal(tb.receivedOn, '2026-03-06');
  assert.equal(tb.receivedAt, '2026-03-06T06:00:00+07:00');
  const wit = buatTandaBukti({
    jenis: 'permintaan',
    nomor: 'x-1',
    receivedAt: new Date('2026-03-05T15:30:00Z'),
    agency: { ...agency, timeZone: 'Asia/Jayapura' },
    ringkasan: 'x',
  });
  assert.equal(wit.receivedAt, '2026-03-06T00:30:00+09:00');
  assert.equal(wit.receivedOn, '2026-03-06');
  assert.equal(
    waktuDiZona(new Date('2026-03-05T15:30:00.987Z'), 'Asia/Makassar'),
    '2026-03-05T23:30:00+08:00',
  );
});

test('a stored time in any of its older forms reads in the one form; a value that is no time as stored', () => {
  for (const lama of [
    '2026-03-05T15:30:00Z',
    '2026-03-05T15:30:00.987Z',
    '2026-03-05T22:30:00+07:00',
    '2026-03-05T23:30:00.5+08:00',
  ])
    assert.equal(waktuTersimpanDiZona(lama, 'Asia/Makassar'), '2026-03-05T23:30:00+08:00', lama);
  assert.equal(waktuTersimpanDiZona('bukan waktu', 'Asia/Makassar'), 'bukan waktu');
  // What reads as a time is what the normaliser normalises; the rest is flagged by an export or a report.
  for (const w of ['2026-03-05T15:30:00Z', '2026-03-05T23:30:00.5+08:00'])
    assert.equal(waktuTerbaca(w), true, w);
  for (const w of ['kemarin sore', '', '2026-13-45T99:00:00Z', undefined, 17])
    assert.equal(waktuTerbaca(w), false, String(w));
  assert.deepEqual(peristiwaDiZona([{ type: 'jawab', at: '2026-03-05T15:30:00.987Z' }], 'Asia/Jakarta'), [
    { type: 'jawab', at: '2026-03-05T22:30:00+07:00' },
  ]);
});

test('an objection gets the Atasan PPID 30 working days; regional days off count', () => {
  const tb = buatTandaBukti({
    jenis: 'keberatan',
    nomor: '001/PPID/DINKOMINFO/KEB/2026',
    receivedAt: new Date('2026-05-04T03:00:00Z'),
    agency,
    ringkasan: 'x',
  });
  assert.equal(tb.deadline.kind, 'tanggapan-keberatan');
  assert.equal(tb.deadline.workingDays, 30);
  const daerah = buatTandaBukti({
    jenis: 'keberatan',
    nomor: '001/PPID/DINKOMINFO/KEB/2026',
    receivedAt: new Date('2026-05-04T03:00:00Z'),
    agency,
    ringkasan: 'x',
    opsiKalender: { liburTambahan: [{ date: '2026-05-05', name: 'Hari Jadi Kabupaten' }] },
  });
  assert.ok(daerah.deadline.due > tb.deadline.due);
  assert.ok(daerah.deadline.skipped.some((s) => s.kind === 'libur-daerah'));
});

test('summaries are short, single-line and never carry the requester', () => {
  const panjang = buatTandaBukti({
    jenis: 'permintaan',
    nomor: 'n',
    receivedAt: new Date('2026-03-05T01:00:00Z'),
    agency,
    ringkasan: `  baris satu\n\nbaris dua ${'kata '.repeat(100)}`,
  });
  assert.ok(panjang.summary.length <= BATAS_RINGKASAN);
  assert.match(panjang.summary, /^baris satu baris dua kata .*…$/);
  // An emoji across the cut is kept whole or left out, never halved into a lone surrogate.
  for (const awal of ['', 'a']) {
    const r = ringkasPengajuan({
      ...validasiPermintaan(contohPermintaan()).value!,
      information: awal + '📄'.repeat(150),
    });
    assert.ok(r.length <= BATAS_RINGKASAN);
    assert.doesNotMatch(r, /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  }
  const p = validasiPermintaan(contohPermintaan()).value!;
  assert.equal(ringkasPengajuan(p), p.information);
  const k = validasiKeberatan(contohKeberatan()).value!;
  assert.match(
    ringkasPengajuan(k),
    /^Keberatan atas 001\/PPID\/DINKES\/PI\/2026 \(Pasal 35 ayat \(1\) huruf a, c\)/,
  );
  assert.doesNotMatch(ringkasPengajuan(k), /Yayasan/);
});

test('a receipt time that is not a time is refused', () => {
  assert.throws(() =>
    buatTandaBukti({ jenis: 'permintaan', nomor: 'n', receivedAt: new Date('x'), agency, ringkasan: 'x' }),
  );
});

test('pembuatTandaBukti gives, minute by minute around midnights, holidays and a new year, the deadline the calendar counts for that instant', async () => {
  const { pembuatTandaBukti } = await import('./tanda-bukti.js');
  const { hitungTenggat } = await import('../calendar/tenggat.js');
  const { tanggalDiZona } = await import('../calendar/zona-tanggal.js');
  for (const timeZone of ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const) {
    const p = pembuatTandaBukti({ ...agency, timeZone });
    const awal = [Date.parse('2026-03-17T12:00:00Z'), Date.parse('2026-12-30T12:00:00Z')];
    // Every 7 minutes over three days, then the same instants backwards (a day is not kept past its minute).
    const instan = awal.flatMap((a) =>
      Array.from({ length: (3 * 24 * 60) / 7 }, (_, i) => a + i * 7 * 60_000),
    );
    for (const t of [...instan, ...instan.reverse()]) {
      const receivedAt = new Date(t);
      for (const jenis of ['permintaan', 'keberatan'] as const) {
        const tb = p.buat({ jenis, nomor: '1/X/2026', receivedAt, ringkasan: 'Data' });
        const harap = hitungTenggat(
          jenis === 'permintaan' ? 'permintaan' : 'tanggapan-keberatan',
          receivedAt,
          {
            timeZone,
          },
        );
        assert.equal(tb.receivedOn, tanggalDiZona(receivedAt, timeZone));
        assert.equal(p.tanggal(receivedAt), tb.receivedOn);
        assert.equal(tb.receivedAt, waktuDiZona(receivedAt, timeZone));
        assert.deepEqual(tb.deadline, {
          kind: harap.kind,
          due: harap.due,
          workingDays: harap.workingDays,
          skipped: harap.skipped,
          warnings: harap.warnings,
          basis: harap.basis,
        });
        const denganTeks = p.buatDenganTeks({ jenis, nomor: '1/X/2026', receivedAt, ringkasan: 'Data' });
        assert.deepEqual(denganTeks.tandaBukti, tb);
        assert.equal(denganTeks.teks, JSON.stringify(tb));
      }
    }
  }
});

test('buatDenganTeks: the text is JSON.stringify of the receipt, whatever the number and summary hold', async () => {
  const { pembuatTandaBukti } = await import('./tanda-bukti.js');
  const p = pembuatTandaBukti({ id: 'a"b', name: 'Dinas \\ "Kominfo"\u2028', timeZone: 'Asia/Jayapura' });
  for (const [nomor, ringkasan] of [
    ['001/PPID/"X"/2026', 'Laporan "APBD"\nbaris dua\ttab \u0000 \ud800 é 🙂'],
    ['', ' '.repeat(3) + 'x'.repeat(400)],
  ]) {
    for (const jenis of ['permintaan', 'keberatan'] as const) {
      const m = { jenis, nomor: nomor!, receivedAt: new Date('2026-12-24T16:59:00Z'), ringkasan: ringkasan! };
      const { tandaBukti, teks } = p.buatDenganTeks(m);
      assert.deepEqual(tandaBukti, p.buat(m));
      assert.equal(teks, JSON.stringify(tandaBukti));
      assert.deepEqual(JSON.parse(teks), JSON.parse(JSON.stringify(p.buat(m))));
    }
  }
});

test('receipts of one pembuatTandaBukti share no part a caller can change', async () => {
  const { pembuatTandaBukti } = await import('./tanda-bukti.js');
  const p = pembuatTandaBukti(agency);
  const masukan = { jenis: 'permintaan' as const, nomor: '1/X/2026', ringkasan: 'Data' };
  const a = p.buat({ ...masukan, receivedAt: new Date('2026-03-13T02:30:00Z') });
  const b = p.buat({ ...masukan, receivedAt: new Date('2026-03-13T03:30:00Z') });
  assert.deepEqual(a.deadline, b.deadline);
  assert.throws(() => (a.deadline.skipped as unknown[]).push({}), TypeError);
  assert.throws(() => ((a.deadline.skipped[0] as { date: string }).date = '2000-01-01'), TypeError);
  assert.throws(() => ((a.agency as { name: string }).name = 'Lain'), TypeError);
  assert.equal(b.deadline.skipped.length, a.deadline.skipped.length);
  assert.equal(b.agency.name, agency.name);
});
