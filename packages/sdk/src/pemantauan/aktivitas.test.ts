import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ringkasAktivitas } from './aktivitas.js';
import { tolakInstan } from '../calendar/tolak-instan.test.js';

const HARI = 86_400_000;
const NOW = new Date('2026-11-30T08:00:00+07:00'); // a Monday morning in WIB
/** An instant `hari` days (and `jam` hours) before NOW, in WIB. */
const lalu = (hari: number, jam = 0): string =>
  new Date(NOW.getTime() - hari * HARI - jam * 3_600_000 + 7 * 3_600_000)
    .toISOString()
    .replace('Z', '+07:00');
/** Instants at the given ages in days, each an hour short of the whole day. */
const umur = (...hari: number[]): string[] => hari.map((d) => lalu(d, 1));
const kelas = (...hari: number[]): string => ringkasAktivitas(umur(...hari), NOW).intervalClass;

test('no readable past update → tidak-diketahui; unreadable, future and repeated instants are ignored', () => {
  assert.deepEqual(ringkasAktivitas([], NOW), { posts30: 0, posts90: 0, intervalClass: 'tidak-diketahui' });
  assert.deepEqual(ringkasAktivitas(['kemarin', '2026-12-01T00:00:00Z'], NOW), {
    posts30: 0,
    posts90: 0,
    intervalClass: 'tidak-diketahui',
  });
  const r = ringkasAktivitas(
    [lalu(3), lalu(3), '2026-11-27T01:00:00.000Z', 'x', '2027-01-01T00:00:00Z'],
    NOW,
  );
  assert.equal(r.lastUpdateAt, lalu(3));
  assert.equal(r.daysSinceLastUpdate, 3);
  // lalu(3) and 2026-11-27T01:00Z are the same instant written twice.
  assert.equal(r.posts30, 1);
});

test('days since the last update are whole calendar days in WIB; the 30- and 90-day windows exclude their edge', () => {
  // NOW is 08:00 WIB: lalu(29, 23) is 09:00 WIB 30 calendar days before (under 24-hour spans it was 29).
  const r = ringkasAktivitas(
    [lalu(0), lalu(29, -15), lalu(29, 23), lalu(89, -15), lalu(89, 23), lalu(200)],
    NOW,
  );
  assert.equal(r.daysSinceLastUpdate, 0);
  assert.equal(r.lastUpdateAt, lalu(0));
  assert.equal(r.posts30, 2, 'today and 29 days ago at 23:00 WIB');
  assert.equal(r.posts90, 4, 'also 30 and 89 days ago; not 90');
  assert.equal(ringkasAktivitas([lalu(6, 23)], NOW).daysSinceLastUpdate, 7, '09:00 WIB seven days ago');
  assert.equal(ringkasAktivitas([lalu(6, -15)], NOW).daysSinceLastUpdate, 6, '23:00 WIB six days ago');
  assert.equal(ringkasAktivitas([lalu(7)], NOW).daysSinceLastUpdate, 7);
  assert.equal(ringkasAktivitas([lalu(0, 8)], NOW).daysSinceLastUpdate, 0, 'midnight WIB today');
  assert.equal(ringkasAktivitas([lalu(0, 8.001)], NOW).daysSinceLastUpdate, 1, 'just before midnight WIB');
});

test('a site posting every working day for 12 weeks is harian, also on a Monday morning', () => {
  const pos: string[] = [];
  // Monday to Friday at 10:00 WIB (03:00Z), the newest on Friday 27 November.
  for (let minggu = 0; minggu < 12; minggu++)
    for (let d = 0; d < 5; d++) pos.push(new Date(Date.UTC(2026, 10, 27 - d - 7 * minggu, 3)).toISOString());
  const r = ringkasAktivitas(pos, NOW);
  assert.equal(r.daysSinceLastUpdate, 3, 'Friday to Monday: three calendar days');
  assert.equal(r.posts30, 20);
  assert.equal(r.posts90, 60);
  assert.equal(r.intervalClass, 'harian');
});

test('interval classes follow the median gap between update days', () => {
  assert.equal(kelas(0, 1, 2, 3, 4, 5, 6), 'harian');
  assert.equal(kelas(0, 2, 4, 6, 8), 'harian', 'median gap exactly 2');
  assert.equal(kelas(0, 3, 6, 9), 'mingguan', 'twice a week');
  assert.equal(kelas(1, 2, 5), 'harian', 'gaps 1 and 3: median 2');
  assert.equal(kelas(1, 2, 6), 'mingguan', 'gaps 1 and 4: median 2.5');
  assert.equal(kelas(2, 9, 16, 23, 30, 37), 'mingguan', 'weekly');
  assert.equal(kelas(0, 10, 20, 30), 'mingguan', 'median gap exactly 10');
  assert.equal(kelas(0, 11, 22, 33), 'bulanan', 'median gap 11');
  assert.equal(kelas(5, 19, 33, 47, 61, 75, 89), 'bulanan', 'fortnightly');
  assert.equal(kelas(10, 40, 70), 'bulanan', 'monthly');
  assert.equal(kelas(0, 35, 70), 'bulanan', 'median gap exactly 35');
  assert.equal(kelas(0, 36, 72), 'jarang', 'median gap 36');
  assert.equal(kelas(20, 60), 'jarang', 'every 40 days');
});

test('one update day in 90 days, or none, is jarang, however many posts that day had', () => {
  const r = ringkasAktivitas([lalu(1, 1), lalu(1, 2), lalu(1, 3), lalu(1, 4), lalu(1, 5)], NOW);
  assert.equal(r.posts30, 5);
  assert.equal(r.intervalClass, 'jarang');
  const lama = ringkasAktivitas(umur(120, 121, 122, 123), NOW);
  assert.equal(lama.posts90, 0);
  assert.equal(lama.daysSinceLastUpdate, 120);
  assert.equal(lama.intervalClass, 'jarang');
});

test('a silence longer than twice the class gap drops the class: a daily site that stopped is not harian', () => {
  const harianSejak = (diam: number): number[] => Array.from({ length: 30 }, (_, i) => diam + i);
  assert.equal(kelas(...harianSejak(4)), 'harian');
  assert.equal(kelas(...harianSejak(5)), 'mingguan');
  assert.equal(kelas(...harianSejak(20)), 'mingguan');
  assert.equal(kelas(...harianSejak(21)), 'bulanan');
  assert.equal(kelas(...harianSejak(55)), 'bulanan');
  assert.equal(kelas(71, 72, 73, 74, 75), 'jarang');
  assert.equal(kelas(70, 71, 72, 73, 74), 'bulanan');
});

// The reviewer's case: scanned 24 hours less a second after the first update, the old 24-hour spans put
// both updates in one span (jarang); two seconds earlier, in two (harian). One site went 81.8 → 71.8
// between scans five minutes apart with nothing changed.
const PENINJAU = ['2026-11-28T21:06:51Z', '2026-11-29T21:01:06Z'] as const; // 04:06 and 04:01 WIB
/** An instant moved by `detik` seconds. */
const geser = (s: string, detik: number): string => new Date(Date.parse(s) + detik * 1000).toISOString();

test('the same evidence gives the same class at any scan time of the same local day', () => {
  // 30 Nov 2026 in WIB runs from 2026-11-29T17:00Z to 2026-11-30T17:00Z; scan at a few points after the
  // last update (04:01 WIB on the 30th) through the day's last second.
  const kali = [
    '2026-11-29T21:01:06Z',
    '2026-11-30T00:00:00Z',
    '2026-11-30T21:06:50Z',
    '2026-11-30T21:06:52Z',
  ];
  for (const t of ['2026-11-30T16:59:59Z', '2026-11-30T12:00:00Z', ...kali.slice(0, 2)]) {
    const r = ringkasAktivitas(PENINJAU, new Date(t));
    assert.equal(r.intervalClass, 'harian', t);
    assert.equal(r.daysSinceLastUpdate, 0, t);
  }
  // The reviewer's two scan times: both 1 December in WIB; and the evidence moved by seconds.
  for (const t of kali.slice(2)) {
    for (const d of [0, -2, 2, -3600]) {
      const r = ringkasAktivitas([geser(PENINJAU[0], d), PENINJAU[1]], new Date(t));
      assert.equal(r.intervalClass, 'harian', `${t}, first update moved ${d} s`);
      assert.equal(r.daysSinceLastUpdate, 1, t);
    }
  }
});

test('the class does not change when the updates move within their local days', () => {
  const now = new Date('2026-11-30T21:06:50Z'); // 04:06 WIB 1 December
  const kelasDari = (a: number, b: number): string =>
    ringkasAktivitas([geser(PENINJAU[0], a), geser(PENINJAU[1], b)], now).intervalClass;
  // 28 Nov 21:06:51Z is 04:06:51 WIB on 29 Nov: it may move 4 h 6 min back or ~19 h 53 min forward.
  for (const a of [-14_811, -1, 0, 1, 3_600, 71_588])
    for (const b of [-14_466, 0, 1, 60_000]) assert.equal(kelasDari(a, b), 'harian', `${a} s, ${b} s`);
  // A second before midnight WIB it is another day: 28 and 30 November, gap 2. The gap moves only when an
  // update's local date does: with two updates and one gap, a gap of 3 would leave harian.
  assert.equal(kelasDari(-14_812, 0), 'harian');
  assert.equal(kelasDari(-14_812 - 86_400, 0), 'mingguan');
});

test('updates at 08:00 and 20:00 WIB on one day are one update day; 23:30 and 00:30 WIB are two, one apart', () => {
  const now = new Date('2026-11-30T10:00:00+07:00');
  const satuHari = ringkasAktivitas(['2026-11-29T08:00:00+07:00', '2026-11-29T20:00:00+07:00'], now);
  assert.equal(satuHari.posts30, 2);
  assert.equal(satuHari.daysSinceLastUpdate, 1);
  assert.equal(satuHari.intervalClass, 'jarang', 'one update day shows no rhythm');
  // 23:30 and 00:30 WIB are an hour apart but on two calendar days: gap 1 → harian.
  const duaHari = ringkasAktivitas(['2026-11-28T23:30:00+07:00', '2026-11-29T00:30:00+07:00'], now);
  assert.equal(duaHari.daysSinceLastUpdate, 1);
  assert.equal(duaHari.intervalClass, 'harian');
  // Under 24-hour spans from 10:00 WIB both were in the span 1–2 days back: one update day.
  assert.equal(
    ringkasAktivitas(
      ['2026-11-28T08:00:00+07:00', '2026-11-28T23:30:00+07:00', '2026-11-29T00:30:00+07:00'],
      now,
    ).intervalClass,
    'harian',
  );
});

test("the agency's zone decides the day: 23:30 WIB is 00:30 WITA the next day", () => {
  const pos = ['2026-11-28T23:30:00+07:00', '2026-11-29T12:00:00+07:00']; // 29 Nov 00:30 and 13:00 WITA
  const now = new Date('2026-11-30T10:00:00+07:00');
  const wib = ringkasAktivitas(pos, now, 'Asia/Jakarta');
  assert.equal(wib.intervalClass, 'harian', 'WIB: 28 and 29 November');
  const wita = ringkasAktivitas(pos, now, 'Asia/Makassar');
  assert.equal(wita.intervalClass, 'jarang', 'WITA: both on 29 November');
  assert.deepEqual(ringkasAktivitas(pos, now, 'WITA'), wita, 'the abbreviation reads as the zone');
  assert.deepEqual(ringkasAktivitas(pos, now, 'Asia/Ujung_Pandang'), wita);
  // 23:30 WIB on 29 Nov is 30 Nov in WIT (01:30): the scan at 00:15 WIT on 1 Dec is one day after it.
  const wit = ringkasAktivitas(['2026-11-29T23:30:00+07:00'], new Date('2026-12-01T00:15:00+09:00'), 'WIT');
  assert.equal(wit.daysSinceLastUpdate, 1);
  assert.equal(
    ringkasAktivitas(['2026-11-29T23:30:00+07:00'], new Date('2026-12-01T00:15:00+09:00'))
      .daysSinceLastUpdate,
    1,
  );
  // An absent or unknown zone is WIB.
  assert.deepEqual(ringkasAktivitas(pos, now), wib);
  assert.deepEqual(ringkasAktivitas(pos, now, undefined), wib);
  assert.deepEqual(ringkasAktivitas(pos, now, 'Europe/Berlin'), wib);
  assert.deepEqual(ringkasAktivitas(pos, now, ''), wib);
});

test('a daily-posting site scanned at any time of the same local day gets the same summary', () => {
  // One post a day at 16:00 WIB for 60 days up to 29 November, scanned through 30 November (WIB).
  const pos = Array.from({ length: 60 }, (_, i) =>
    new Date(Date.parse('2026-11-29T16:00:00+07:00') - i * 86_400_000).toISOString(),
  );
  const pertama = ringkasAktivitas(pos, new Date('2026-11-30T00:00:00+07:00'));
  assert.equal(pertama.intervalClass, 'harian');
  assert.equal(pertama.daysSinceLastUpdate, 1);
  for (let menit = 0; menit < 24 * 60; menit += 7) {
    const now = new Date(Date.parse('2026-11-30T00:00:00+07:00') + menit * 60_000);
    assert.deepEqual(ringkasAktivitas(pos, now), pertama, now.toISOString());
  }
});

test('ringkasAktivitas: a `now` that is no valid Date throws GalatArgumen naming it (no "unknown" summary); an unreadable update is still only skipped', () => {
  tolakInstan('ringkasAktivitas', 'now', (v) => ringkasAktivitas(umur(1, 2, 3), v as Date));
  tolakInstan('ringkasAktivitas', 'now', (v) => ringkasAktivitas([], v as Date, 'WITA'));
  const hasil = ringkasAktivitas(['kemarin', '', '2026-02-30T08:00:00+07:00', ...umur(1, 2, 3)], NOW);
  assert.deepEqual(hasil, ringkasAktivitas(umur(1, 2, 3), NOW));
  assert.equal(hasil.posts30, 3);
});
