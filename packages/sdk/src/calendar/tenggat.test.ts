import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DataLiburTidakTersedia, GalatMasukanKalender } from './galat.js';
import { alasanBukanHariKerja, hitungHariKerja, isHariKerja, tambahHariKerja } from './hari-kerja.js';
import { ATURAN_TENGGAT, aturanTenggat, hitungTenggat, perpanjangTenggat } from './tenggat.js';
import type { JenisTenggat } from './types.js';

const ringkas = (s: readonly { date: string; kind: string }[]) => s.map((d) => `${d.date} ${d.kind}`);

test('Idul Fitri 2025: a request received Wed 26 March is due Mon 21 April', () => {
  // Day 1 Thu 27 Mar; Fri 28 cuti Nyepi; Sat 29 (Nyepi) Sun 30; Mon 31 + Tue 1 Apr Idul Fitri; Wed 2–Fri 4
  // and Mon 7 cuti bersama; days 2–5 Tue 8–Fri 11; 6–9 Mon 14–Thu 17; Fri 18 Wafat Yesus Kristus;
  // Sat 19, Sun 20 (Paskah); day 10 Mon 21 April.
  const t = hitungTenggat('permintaan', '2025-03-26');
  assert.equal(t.kind, 'permintaan');
  assert.equal(t.received, '2025-03-26');
  assert.equal(t.due, '2025-04-21');
  assert.equal(t.workingDays, 10);
  assert.deepEqual(t.countedDays, [
    '2025-03-27',
    '2025-04-08',
    '2025-04-09',
    '2025-04-10',
    '2025-04-11',
    '2025-04-14',
    '2025-04-15',
    '2025-04-16',
    '2025-04-17',
    '2025-04-21',
  ]);
  assert.deepEqual(ringkas(t.skipped), [
    '2025-03-28 cuti-bersama',
    '2025-03-29 akhir-pekan',
    '2025-03-30 akhir-pekan',
    '2025-03-31 libur-nasional',
    '2025-04-01 libur-nasional',
    '2025-04-02 cuti-bersama',
    '2025-04-03 cuti-bersama',
    '2025-04-04 cuti-bersama',
    '2025-04-05 akhir-pekan',
    '2025-04-06 akhir-pekan',
    '2025-04-07 cuti-bersama',
    '2025-04-12 akhir-pekan',
    '2025-04-13 akhir-pekan',
    '2025-04-18 libur-nasional',
    '2025-04-19 akhir-pekan',
    '2025-04-20 akhir-pekan',
  ]);
  assert.deepEqual(t.skipped[3]!.reason, {
    id: 'Idul Fitri 1446 Hijriah',
    en: 'National holiday: Idul Fitri 1446 Hijriah',
  });
  assert.equal(t.skipped[0]!.reason.id, 'Cuti Bersama Hari Suci Nyepi (Tahun Baru Saka 1947)');
  assert.deepEqual(t.skipped[2]!.reason, { id: 'Minggu', en: 'Sunday' });
  // Nyepi fell on a Saturday: the weekend skips it, and the text names both.
  assert.equal(t.skipped[1]!.reason.id, 'Sabtu, Hari Suci Nyepi (Tahun Baru Saka 1947)');
  assert.match(t.skipped[1]!.reason.en, /^Saturday, also national holiday: Hari Suci Nyepi/);
  assert.deepEqual(t.warnings, []);
  assert.deepEqual(t.basis, ATURAN_TENGGAT.permintaan.basis);
  // Skipped entries are cached and shared between results, so they cannot be changed by one caller.
  assert.ok(Object.isFrozen(t.skipped[0]));
  assert.equal(hitungTenggat('keberatan', '2025-03-26').skipped[0], t.skipped[0]);
});

test('Idul Fitri 2025 with cuti bersama counted as working days: due Fri 11 April', () => {
  // Day 1 Thu 27, 2 Fri 28 (cuti now worked), Mon 31/Tue 1 holidays, 3–5 Wed 2–Fri 4, 6–10 Mon 7–Fri 11.
  const t = hitungTenggat('permintaan', '2025-03-26', { cutiBersamaLibur: false });
  assert.equal(t.due, '2025-04-11');
  assert.ok(t.skipped.every((s) => s.kind !== 'cuti-bersama'));
  assert.equal(isHariKerja('2025-04-02', { cutiBersamaLibur: false }), true);
  assert.equal(isHariKerja('2025-04-02'), false);
});

test('Idul Fitri 2026: received Mon 16 March, due Tue 7 April (cuti bersama on) or Tue 31 March (off)', () => {
  // Day 1 Tue 17; Wed 18 cuti Nyepi; Thu 19 Nyepi; Fri 20 cuti Idul Fitri; Sat 21/Sun 22 Idul Fitri on the
  // weekend; Mon 23/Tue 24 cuti; days 2–4 Wed 25–Fri 27; 5–8 Mon 30–Thu 2 Apr; Fri 3 Wafat Yesus Kristus;
  // Sat 4, Sun 5 (Paskah); 9 Mon 6, 10 Tue 7 April.
  const t = hitungTenggat('permintaan', '2026-03-16');
  assert.equal(t.due, '2026-04-07');
  assert.equal(t.skipped.length, 12);
  assert.deepEqual(
    t.skipped.filter((s) => s.kind === 'cuti-bersama').map((s) => s.date),
    ['2026-03-18', '2026-03-20', '2026-03-23', '2026-03-24'],
  );
  assert.equal(t.skipped.find((s) => s.date === '2026-03-21')!.reason.id, 'Sabtu, Idul Fitri 1447 Hijriah');
  // Without cuti bersama only Nyepi (Thu 19) and the weekend are skipped before day 10 on Tue 31 March.
  const tanpa = hitungTenggat('permintaan', '2026-03-16', { cutiBersamaLibur: false });
  assert.equal(tanpa.due, '2026-03-31');
  assert.deepEqual(ringkas(tanpa.skipped), [
    '2026-03-19 libur-nasional',
    '2026-03-21 akhir-pekan',
    '2026-03-22 akhir-pekan',
    '2026-03-28 akhir-pekan',
    '2026-03-29 akhir-pekan',
  ]);
});

test('year end 2025 → 2026: received Mon 22 Dec, due Thu 8 Jan', () => {
  // Days 1–2 Tue 23, Wed 24; Thu 25 Natal; Fri 26 cuti; weekend; 3–5 Mon 29–Wed 31; Thu 1 Jan Tahun Baru;
  // 6 Fri 2; weekend; 7–10 Mon 5–Thu 8 January.
  const t = hitungTenggat('permintaan', '2025-12-22');
  assert.equal(t.due, '2026-01-08');
  assert.deepEqual(ringkas(t.skipped).slice(0, 2), ['2025-12-25 libur-nasional', '2025-12-26 cuti-bersama']);
  assert.ok(t.skipped.some((s) => s.date === '2026-01-01' && s.reason.id === 'Tahun Baru 2026 Masehi'));
  assert.deepEqual(t.warnings, []);
});

test('year end 2026 → 2027 reaches the provisional year: answers, with a softer warning', () => {
  // Days 1–2 Tue 22, Wed 23; Thu 24 cuti; Fri 25 Natal; weekend; 3–6 Mon 28–Thu 31; Fri 1 Jan; weekend;
  // 7 Mon 4; Tue 5 Isra Mikraj (2027, provisional); 8–10 Wed 6–Fri 8 January.
  const t = hitungTenggat('permintaan', '2026-12-21', { strict: true });
  assert.equal(t.due, '2027-01-08');
  assert.equal(t.warnings.length, 1);
  assert.match(t.warnings[0]!.id, /Data hari libur tahun 2027 masih sementara/);
  assert.match(t.warnings[0]!.en, /Holiday data for 2027 is provisional/);
});

test('a request received on Saturday: day 1 is Monday', () => {
  // Sat 7 Feb 2026. Days 1–5 Mon 9–Fri 13; weekend; Mon 16 cuti Imlek, Tue 17 Imlek; 6–8 Wed 18–Fri 20;
  // weekend; 9 Mon 23, 10 Tue 24 February.
  const t = hitungTenggat('permintaan', '2026-02-07');
  assert.equal(t.countedDays[0], '2026-02-09');
  // The receipt day itself is day zero, never a skipped day.
  assert.equal(t.skipped[0]!.date, '2026-02-08');
  assert.equal(t.due, '2026-02-24');
  assert.equal(tambahHariKerja('2026-02-07', 1), '2026-02-09');
  assert.equal(tambahHariKerja('2026-02-08', 1), '2026-02-09');
});

test('a request received on a holiday: day zero is still that day, day 1 the next working day', () => {
  // Thu 14 May 2026 Kenaikan; Fri 15 cuti; weekend; 1–5 Mon 18–Fri 22; 6–7 Mon 25, Tue 26; Wed 27 Idul
  // Adha; Thu 28 cuti; 8 Fri 29; Sat 30, Sun 31 (Waisak); Mon 1 Jun Pancasila; 9 Tue 2, 10 Wed 3 June.
  const t = hitungTenggat('permintaan', '2026-05-14');
  assert.equal(t.received, '2026-05-14');
  assert.equal(t.countedDays[0], '2026-05-18');
  assert.ok(!t.skipped.some((s) => s.date === '2026-05-14'));
  assert.equal(t.skipped[0]!.date, '2026-05-15');
  assert.equal(t.due, '2026-06-03');
});

test('a Date is read in the agency zone: 06:00 WIB on the 6th is the 6th, though 23:00 UTC on the 5th', () => {
  const pagi = new Date('2026-03-05T23:00:00Z');
  assert.equal(hitungTenggat('permintaan', pagi).received, '2026-03-06');
  assert.equal(hitungTenggat('permintaan', pagi, { timeZone: 'Asia/Jakarta' }).received, '2026-03-06');
  // 16:30 UTC: 23:30 WIB on the 5th, 00:30 WITA and 01:30 WIT on the 6th.
  const malam = new Date('2026-03-05T16:30:00Z');
  assert.equal(hitungTenggat('permintaan', malam).received, '2026-03-05');
  assert.equal(hitungTenggat('permintaan', malam, { timeZone: 'Asia/Makassar' }).received, '2026-03-06');
  assert.equal(hitungTenggat('permintaan', malam, { timeZone: 'Asia/Jayapura' }).received, '2026-03-06');
  // 15:30 UTC: only WIT has passed midnight.
  const senja = new Date('2026-03-05T15:30:00Z');
  assert.equal(hitungTenggat('permintaan', senja, { timeZone: 'Asia/Makassar' }).received, '2026-03-05');
  assert.equal(hitungTenggat('permintaan', senja, { timeZone: 'Asia/Jayapura' }).received, '2026-03-06');
  // Thu 5 → day 10 Thu 26 March (see the extension test); Fri 6 → one working day later, Fri 27.
  assert.equal(hitungTenggat('permintaan', malam).due, '2026-03-26');
  assert.equal(hitungTenggat('permintaan', malam, { timeZone: 'Asia/Jayapura' }).due, '2026-03-27');
});

test('regional days off are skipped as libur-daerah; a national holiday keeps its own name', () => {
  // Mon 8 Jun 2026. Day 1 Tue 9; Wed 10 Hari Jadi; 2–3 Thu 11, Fri 12; 4 Mon 15; Tue 16 1 Muharam; 5–7
  // Wed 17–Fri 19; 8–10 Mon 22–Wed 24 June. Without the regional day, due Tue 23.
  const liburTambahan = [
    { date: '2026-06-10', name: 'Hari Jadi Kabupaten Sukamaju' },
    { date: '2026-06-16', name: 'Libur daerah yang bertepatan' },
  ];
  const t = hitungTenggat('permintaan', '2026-06-08', { liburTambahan });
  assert.equal(t.due, '2026-06-24');
  assert.deepEqual(t.skipped[0], {
    date: '2026-06-10',
    kind: 'libur-daerah',
    reason: { id: 'Hari Jadi Kabupaten Sukamaju', en: 'Regional day off: Hari Jadi Kabupaten Sukamaju' },
  });
  assert.equal(t.skipped.find((s) => s.date === '2026-06-16')!.kind, 'libur-nasional');
  assert.equal(hitungTenggat('permintaan', '2026-06-08').due, '2026-06-23');
  assert.equal(alasanBukanHariKerja('2026-06-10', { liburTambahan })?.kind, 'libur-daerah');
  assert.equal(isHariKerja('2026-06-10'), true);
});

test('a year without data still answers (weekends only) with a warning naming the year', () => {
  // No holidays known in 2031: ten working days are exactly two calendar weeks.
  const t = hitungTenggat('permintaan', '2031-03-05');
  assert.equal(t.due, '2031-03-19');
  assert.ok(t.skipped.every((s) => s.kind === 'akhir-pekan'));
  assert.equal(t.warnings.length, 1);
  assert.match(t.warnings[0]!.id, /^Hari libur tahun 2031 belum diketahui/);
  assert.match(t.warnings[0]!.en, /^Holidays for 2031 are not known/);
  // A span through the provisional year into an unknown one gets both warnings, in order.
  const k = hitungTenggat('keberatan', '2027-12-01');
  assert.deepEqual(
    k.warnings.map((w) => w.id.slice(0, 30)),
    ['Data hari libur tahun 2027 mas', 'Hari libur tahun 2028 belum di'],
  );
  // The receipt year alone does not matter: counting 2024 days from 31 Dec 2023 needs no warning.
  assert.deepEqual(hitungTenggat('permintaan', '2023-12-31').warnings, []);
  assert.equal(hitungTenggat('permintaan', '2023-12-29').warnings.length, 1);
});

test('strict mode throws DataLiburTidakTersedia with the message in both languages', () => {
  assert.throws(
    () => hitungTenggat('permintaan', '2031-03-05', { strict: true }),
    (e: unknown) =>
      e instanceof DataLiburTidakTersedia &&
      e.name === 'DataLiburTidakTersedia' &&
      e.year === 2031 &&
      /^Hari libur tahun 2031 belum diketahui/.test(e.teks.id) &&
      /2031/.test(e.teks.en) &&
      e.message.includes(e.teks.id) &&
      e.message.includes(e.teks.en),
  );
  assert.throws(() => isHariKerja('2031-03-05', { strict: true }), DataLiburTidakTersedia);
  assert.throws(() => tambahHariKerja('2027-12-30', 3, { strict: true }), DataLiburTidakTersedia);
  // Known and provisional years are fine in strict mode: Thu 31 Dec day 1; Fri 1 Jan; weekend; Mon 4
  // day 2; Tue 5 Isra Mikraj (2027); Wed 6 day 3.
  assert.equal(tambahHariKerja('2026-12-30', 3, { strict: true }), '2027-01-06');
});

test('invalid input is a RangeError in both languages', () => {
  const salah = (f: () => unknown, pola: RegExp) =>
    assert.throws(f, (e: unknown) => {
      assert.ok(e instanceof RangeError && e instanceof GalatMasukanKalender);
      assert.match(e.message, pola);
      assert.ok(e.teks.id && e.teks.en && e.teks.id !== e.teks.en);
      return true;
    });
  salah(() => hitungTenggat('permintaan', '2026-02-30'), /Tanggal tidak valid.*Invalid date/);
  salah(() => hitungTenggat('permintaan', '5 Maret 2026'), /Tanggal tidak valid/);
  salah(() => hitungTenggat('permintaan', new Date('bukan tanggal')), /Invalid date/);
  salah(() => hitungTenggat('permintaan', 20260305 as unknown as string), /Tanggal tidak valid/);
  salah(() => tambahHariKerja('2026-03-05', -1), /bilangan bulat.*whole number/);
  salah(() => tambahHariKerja('2026-03-05', 1.5), /bilangan bulat/);
  salah(() => tambahHariKerja('2026-03-05', Number.NaN), /whole number/);
  salah(() => tambahHariKerja('2026-03-05', 1e9), /whole number/);
  salah(
    () => hitungTenggat('bulan' as JenisTenggat, '2026-03-05'),
    /Jenis tenggat "bulan".*Unknown deadline/,
  );
  salah(() => hitungTenggat('toString' as JenisTenggat, '2026-03-05'), /Unknown deadline kind/);
  salah(
    () => hitungTenggat('permintaan', '2026-03-05', { timeZone: 'Europe/London' as 'Asia/Jakarta' }),
    /Zona waktu.*Unknown time zone/,
  );
  salah(
    () => hitungTenggat('permintaan', '2026-03-05', { liburTambahan: [{ date: '2026-13-01', name: 'x' }] }),
    /Libur tambahan tidak valid/,
  );
  salah(
    () => isHariKerja('2026-03-05', { cutiBersamaLibur: 'tidak' as unknown as boolean }),
    /cutiBersamaLibur/,
  );
});

test('deadline rules carry their periods and legal basis as data', () => {
  const hari = Object.fromEntries(Object.values(ATURAN_TENGGAT).map((a) => [a.kind, a.workingDays]));
  assert.deepEqual(hari, {
    permintaan: 10,
    perpanjangan: 17,
    keberatan: 30,
    'tanggapan-keberatan': 30,
    sengketa: 14,
  });
  assert.equal(ATURAN_TENGGAT.permintaan.workingDays + ATURAN_TENGGAT.perpanjangan.extension!, 17);
  assert.deepEqual(
    ATURAN_TENGGAT.perpanjangan.basis.map((b) => b.article),
    ['Pasal 22 ayat (7)', 'Pasal 22 ayat (8)'],
  );
  assert.equal(ATURAN_TENGGAT.keberatan.basis[0]!.article, 'Pasal 36 ayat (1)');
  assert.equal(ATURAN_TENGGAT['tanggapan-keberatan'].basis[0]!.article, 'Pasal 36 ayat (2)');
  // DOMAIN.md: the dispute article is unconfirmed.
  assert.equal(ATURAN_TENGGAT.sengketa.basis[0]!.article, 'Pasal 37 ayat (2)');
  assert.equal(ATURAN_TENGGAT.sengketa.basis[0]!.verified, false);
  for (const a of Object.values(ATURAN_TENGGAT)) {
    assert.equal(aturanTenggat(a.kind), a);
    assert.ok(a.basis.length > 0 && a.basis.every((b) => b.instrument.includes('14/2008')));
    assert.ok(a.label.id && a.label.en && a.from.id && a.from.en);
    const t = hitungTenggat(a.kind, '2026-07-01');
    assert.equal(t.workingDays, a.workingDays);
    assert.equal(t.countedDays.length, a.workingDays);
    assert.equal(t.basis, a.basis);
  }
});

test('the extension adds 7 working days to the original due date: 17 from receipt', () => {
  // Thu 5 Mar 2026: day 1 Fri 6; 2–6 Mon 9–Fri 13; 7–8 Mon 16, Tue 17; Wed 18 cuti, Thu 19 Nyepi, Fri 20
  // cuti, weekend, Mon 23 and Tue 24 cuti; 9 Wed 25, 10 Thu 26. Extension: 11 Fri 27; 12–15 Mon 30–Thu
  // 2 Apr; Fri 3 Wafat Yesus Kristus; weekend; 16 Mon 6, 17 Tue 7 April.
  const awal = hitungTenggat('permintaan', '2026-03-05');
  assert.equal(awal.due, '2026-03-26');
  const p = perpanjangTenggat(awal.due);
  assert.equal(p.from, '2026-03-26');
  assert.equal(p.workingDays, 7);
  assert.equal(p.due, '2026-04-07');
  assert.equal(p.due, hitungTenggat('perpanjangan', '2026-03-05').due);
  assert.deepEqual(p.basis, ATURAN_TENGGAT.perpanjangan.basis);
  assert.deepEqual(ringkas(p.skipped).slice(-3), [
    '2026-04-03 libur-nasional',
    '2026-04-04 akhir-pekan',
    '2026-04-05 akhir-pekan',
  ]);
});

test('n = 0 is day zero itself, even on a non-working day', () => {
  const h = hitungHariKerja('2026-02-07', 0);
  assert.equal(h.due, '2026-02-07');
  assert.deepEqual(h.skipped, []);
  assert.deepEqual(h.countedDays, []);
  assert.deepEqual(hitungHariKerja('2031-02-07', 0, { strict: true }).warnings, []);
});

test('isHariKerja and alasanBukanHariKerja agree with the data', () => {
  assert.equal(isHariKerja('2026-03-05'), true);
  assert.equal(isHariKerja('2026-03-07'), false);
  assert.deepEqual(alasanBukanHariKerja('2026-03-08'), {
    date: '2026-03-08',
    kind: 'akhir-pekan',
    reason: { id: 'Minggu', en: 'Sunday' },
  });
  assert.equal(alasanBukanHariKerja('2026-08-17')?.reason.id, 'Proklamasi Kemerdekaan');
  assert.equal(alasanBukanHariKerja('2026-03-05'), undefined);
  // A Date is read in the zone: 2026-08-16T17:30Z is already 17 August in WIB.
  assert.equal(isHariKerja(new Date('2026-08-16T17:30:00Z')), false);
});

test('a weekend day that is also a holiday says which kind of holiday; a plain weekend day does not', () => {
  // 2026-03-21 (Saturday) and 2026-03-22 (Sunday) are Idul Fitri; 2026-03-14 is a plain Saturday.
  const t = hitungTenggat('permintaan', '2026-03-13');
  const hari = (d: string) => t.skipped.find((s) => s.date === d);
  assert.equal(hari('2026-03-21')?.kind, 'akhir-pekan');
  assert.equal(hari('2026-03-21')?.alsoHoliday, 'libur-nasional');
  assert.match(hari('2026-03-21')?.reason.id ?? '', /Sabtu, Idul Fitri/);
  assert.equal(hari('2026-03-14')?.alsoHoliday, undefined);
  assert.equal('alsoHoliday' in (hari('2026-03-14') ?? {}), false);
});
