import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ringkasAktivitas } from './aktivitas.js';

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

test('days since the last update are whole 24-hour days; the 30- and 90-day windows exclude their edge', () => {
  const r = ringkasAktivitas([lalu(0), lalu(29, 23), lalu(30), lalu(89, 23), lalu(90), lalu(200)], NOW);
  assert.equal(r.daysSinceLastUpdate, 0);
  assert.equal(r.lastUpdateAt, lalu(0));
  assert.equal(r.posts30, 2);
  assert.equal(r.posts90, 4);
  assert.equal(ringkasAktivitas([lalu(6, 23)], NOW).daysSinceLastUpdate, 6);
  assert.equal(ringkasAktivitas([lalu(7)], NOW).daysSinceLastUpdate, 7);
});

test('a site posting every working day for 12 weeks is harian, also on a Monday morning', () => {
  const pos: string[] = [];
  // Monday to Friday at 10:00 WIB (03:00Z), the newest on Friday 27 November.
  for (let minggu = 0; minggu < 12; minggu++)
    for (let d = 0; d < 5; d++) pos.push(new Date(Date.UTC(2026, 10, 27 - d - 7 * minggu, 3)).toISOString());
  const r = ringkasAktivitas(pos, NOW);
  assert.equal(r.daysSinceLastUpdate, 2);
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
