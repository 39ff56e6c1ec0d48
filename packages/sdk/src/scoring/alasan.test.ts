import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DokumenDIP } from '../dip/types.js';
import { komponenAktivitas } from '../pemantauan/nilai.js';
import { alasanDIK, alasanDIP, alasanPembaruan } from './alasan.js';

const doc = (n: number): DokumenDIP => ({
  format: 'terbuka-dip',
  version: 1,
  agency: { id: 'x', name: 'X', kind: 'opd' },
  items: Array.from({ length: n }, (_, i) => ({
    id: `i-${i}`,
    title: `T${i}`,
    category: 'berkala' as const,
  })),
});
const per = (b: number) => ({ berkala: b, 'serta-merta': 0, 'setiap-saat': 0, dikecualikan: 0 });

test('the English reasons say one entry, one day, one update (and the plural otherwise)', () => {
  assert.match(alasanDIP(doc(1), per(1)).en, /^The DIP lists 1 entry \(/);
  assert.match(alasanDIP(doc(2), per(2)).en, /^The DIP lists 2 entries \(/);
  assert.equal(alasanDIK(1, 1).en, 'The one exempt entry records a complete consequence test.');
  assert.equal(alasanDIK(3, 2).en, '2 of 3 exempt entries record a complete consequence test.');
  assert.match(alasanPembaruan('2026-03-04', '2026-03-05', 6, 12, 0).en, /\(1 day before 5 March 2026\)/);
  assert.match(alasanPembaruan('2026-03-03', '2026-03-05', 6, 12, 0).en, /\(2 days before 5 March 2026\)/);
  const aktivitas = (hari: number, posts30: number) =>
    komponenAktivitas({
      lastUpdateAt: '2026-11-27T10:00:00+07:00',
      daysSinceLastUpdate: hari,
      posts30,
      posts90: posts30,
      intervalClass: 'bulanan',
    }).reason.en;
  assert.match(aktivitas(1, 1), /\(yesterday\).* 1 update in 30 days/);
  assert.match(aktivitas(2, 3), /\(2 days ago\).* 3 updates in 30 days/);
});

test('the reasons write dates as people read them, in each language, not as ISO dates', () => {
  const r = alasanPembaruan('2026-11-20', '2026-12-01', 6, 12, 1);
  assert.equal(
    r.id,
    'Entri DIP terbaru bertanggal 20 November 2026 (11 hari sebelum 1 Desember 2026); poin penuh bila ≤ 6 bulan, ' +
      'berkurang harian hingga 0 pada 12 bulan; 1 tanggal setelah 1 Desember 2026 diabaikan.',
  );
  assert.match(r.en, /^Newest DIP entry dated 20 November 2026 \(11 days before 1 December 2026\);/);
  const sk = alasanDIP({ ...doc(1), decision: { number: '045/PPID/2026', date: '2026-01-15' } }, per(1));
  assert.match(sk.id, /ditetapkan dengan 045\/PPID\/2026 tanggal 15 Januari 2026\.$/);
  assert.match(sk.en, /set by 045\/PPID\/2026 of 15 January 2026\.$/);
  for (const t of [r.id, r.en, sk.id, sk.en]) assert.doesNotMatch(t, /\d{4}-\d{2}-\d{2}/);
});
