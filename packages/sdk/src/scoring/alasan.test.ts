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
  assert.match(alasanPembaruan('2026-03-04', '2026-03-05', 6, 12, 0).en, /\(1 day before 2026-03-05\)/);
  assert.match(alasanPembaruan('2026-03-03', '2026-03-05', 6, 12, 0).en, /\(2 days before 2026-03-05\)/);
  const aktivitas = (hari: number, posts30: number) =>
    komponenAktivitas({
      lastUpdateAt: '2026-11-27T10:00:00+07:00',
      daysSinceLastUpdate: hari,
      posts30,
      posts90: posts30,
      intervalClass: 'bulanan',
    }).reason.en;
  assert.match(aktivitas(1, 1), /\(1 day ago\).* 1 update in 30 days/);
  assert.match(aktivitas(2, 3), /\(2 days ago\).* 3 updates in 30 days/);
});
