import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ItemDIP } from '../dip/types.js';
import { GalatArgumen } from '../i18n/argumen.js';
import {
  buatPenilaiKesegaran,
  kesegaranItem,
  kadensiItem,
  penilaiKesegaranPada,
  tanggalTerakhir,
  type StatusKesegaran,
} from './kesegaran.js';

const berkala = (updated?: string, extra: Partial<ItemDIP> = {}): ItemDIP => ({
  id: 'x',
  title: 'Laporan Keuangan',
  category: 'berkala',
  ...(updated ? { updated } : {}),
  ...extra,
});

test('a berkala entry moves fresh → due → overdue → delinquent exactly at the cadence edges', () => {
  // 31 May + 5 months = 31 Oct; + 6 months clamps to 30 Nov; + 12 months = 31 May next year.
  const item = berkala('2026-05-31');
  const cases: [string, StatusKesegaran][] = [
    ['2026-05-31', 'fresh'],
    ['2026-10-30', 'fresh'],
    ['2026-10-31', 'due'],
    ['2026-11-30', 'due'],
    ['2026-12-01', 'overdue'],
    ['2027-05-31', 'overdue'],
    ['2027-06-01', 'delinquent'],
  ];
  for (const [now, status] of cases) assert.equal(kesegaranItem(item, now).status, status, now);
  const k = kesegaranItem(item, '2026-11-28');
  assert.deepEqual(k, {
    status: 'due',
    cadenceMonths: 6,
    lastUpdated: '2026-05-31',
    dateSource: 'updated',
    ageDays: 181,
    dueFrom: '2026-10-31',
    dueDate: '2026-11-30',
    delinquentAfter: '2027-05-31',
  });
});

test('month-end clamping: 31 August + 6 months is the last day of February', () => {
  assert.equal(kesegaranItem(berkala('2025-08-31'), '2026-02-28').dueDate, '2026-02-28');
  assert.equal(kesegaranItem(berkala('2025-08-31'), '2026-02-28').status, 'due');
  assert.equal(kesegaranItem(berkala('2025-08-31'), '2026-03-01').status, 'overdue');
  assert.equal(kesegaranItem(berkala('2027-08-31'), '2028-02-29').dueDate, '2028-02-29');
});

test('thresholds are options: due window and delinquent multiple', () => {
  const item = berkala('2026-01-15');
  assert.equal(kesegaranItem(item, '2026-05-20').status, 'fresh');
  assert.equal(kesegaranItem(item, '2026-05-20', { dueWindowMonths: 2 }).status, 'due');
  assert.equal(kesegaranItem(item, '2026-07-14', { dueWindowMonths: 0 }).status, 'fresh');
  assert.equal(kesegaranItem(item, '2026-12-01').status, 'overdue');
  assert.equal(kesegaranItem(item, '2026-12-01', { delinquentMultiple: 1 }).status, 'delinquent');
  assert.throws(() => kesegaranItem(item, '2026-05-20', { dueWindowMonths: 7 }), RangeError);
  assert.throws(() => kesegaranItem(item, '2026-05-20', { delinquentMultiple: 1.5 }), RangeError);
  assert.throws(() => kesegaranItem(item, '2026-05-20', { cadenceMonths: 0 }), RangeError);
});

test('no date is unknown; made.date is used when updated is absent; a future date is unknown', () => {
  assert.deepEqual(kesegaranItem(berkala(), '2026-11-28'), { status: 'unknown', cadenceMonths: 6 });
  const dibuat = berkala(undefined, { made: { date: '2026-09-01', place: 'Sukamaju' } });
  const k = kesegaranItem(dibuat, '2026-11-28');
  assert.equal(k.status, 'fresh');
  assert.equal(k.dateSource, 'made');
  assert.equal(k.lastUpdated, '2026-09-01');
  assert.equal(tanggalTerakhir(berkala('2026-02-30')), undefined, 'an impossible date counts as none');
  const depan = kesegaranItem(berkala('2026-12-25'), '2026-11-28');
  assert.equal(depan.status, 'unknown');
  assert.equal(depan.ageDays, -27);
});

test('categories without a cadence are not-applicable unless the caller sets one', () => {
  const setiapSaat: ItemDIP = { id: 's', title: 'Perda', category: 'setiap-saat', updated: '2019-01-01' };
  assert.equal(kesegaranItem(setiapSaat, '2026-11-28').status, 'not-applicable');
  assert.equal(kesegaranItem(setiapSaat, '2026-11-28').cadenceMonths, undefined);
  const tahunan = kesegaranItem(setiapSaat, '2026-11-28', { cadenceByCategory: { 'setiap-saat': 12 } });
  assert.equal(tahunan.status, 'delinquent');
  assert.equal(tahunan.cadenceMonths, 12);
  for (const category of ['serta-merta', 'dikecualikan'] as const) {
    assert.equal(kesegaranItem({ id: 'a', title: 'a', category }, '2026-11-28').status, 'not-applicable');
  }
});

test('a date after today is unknown in every category, as in berkala, its date kept (audit 3: setiap saat)', () => {
  for (const category of ['berkala', 'setiap-saat', 'serta-merta', 'dikecualikan'] as const) {
    const k = kesegaranItem(
      { id: 'a', title: 'SOP Pelayanan PATEN', category, updated: '2027-01-01' },
      '2026-11-28',
    );
    assert.equal(k.status, 'unknown', category);
    assert.equal(k.lastUpdated, '2027-01-01', category);
    assert.equal(k.ageDays, -34, category);
  }
  // Today itself is not after today.
  const hariIni = kesegaranItem(
    { id: 'a', title: 'a', category: 'setiap-saat', updated: '2026-11-28' },
    '2026-11-28',
  );
  assert.deepEqual([hariIni.status, hariIni.ageDays], ['not-applicable', 0]);
});

test('the cadence comes from the catalog item the entry fulfils, the shortest one winning', () => {
  const item: ItemDIP = { id: 'k', title: 'Laporan', category: 'setiap-saat' };
  assert.equal(kadensiItem(item), undefined);
  assert.equal(kadensiItem(item, { catalogItems: [{ category: 'berkala' }] }), 6);
  assert.equal(
    kadensiItem(item, {
      catalogItems: [
        { category: 'berkala', cadenceMonths: 12 },
        { category: 'berkala', cadenceMonths: 3 },
      ],
    }),
    3,
  );
  assert.equal(kadensiItem(item, { cadenceMonths: 1, catalogItems: [{ category: 'berkala' }] }), 1);
});

test('now may be a Date, read in the agency time zone', () => {
  const item = berkala('2026-05-31');
  // 17:30 UTC on 30 Nov is already 1 Dec in WIB (UTC+7) and in WIT (UTC+9).
  const instan = new Date('2026-11-30T17:30:00Z');
  assert.equal(kesegaranItem(item, instan).status, 'overdue');
  assert.equal(kesegaranItem(item, instan, { timeZone: 'Asia/Jayapura' }).status, 'overdue');
  assert.equal(kesegaranItem(item, new Date('2026-11-30T16:30:00Z')).status, 'due');
});

test('kesegaranItem, buatPenilaiKesegaran: a `now` that is no date throws GalatArgumen naming the function, `now` and the form it takes', () => {
  const item = berkala('2026-05-31');
  for (const [v, diberi] of [
    ['2026-13-01', 'string'],
    ['kemarin', 'string'],
    [new Date(Number.NaN), 'Date'],
    [undefined, 'undefined'],
    [20261128, 'number 20261128'],
  ] as const) {
    for (const [fungsi, panggil] of [
      ['kesegaranItem', () => kesegaranItem(item, v as unknown as string)],
      ['buatPenilaiKesegaran', () => buatPenilaiKesegaran(v as unknown as string)],
    ] as const) {
      assert.throws(panggil, (e: unknown) => {
        assert.ok(e instanceof GalatArgumen, String(e));
        assert.deepEqual([e.fungsi, e.parameter], [fungsi, 'now']);
        assert.ok(e.teks.id.startsWith(`${fungsi}: now harus tanggal YYYY-MM-DD yang ada`), e.teks.id);
        assert.ok(e.teks.en.startsWith(`${fungsi}: now must be a date as YYYY-MM-DD that exists`), e.teks.en);
        assert.match(e.teks.en, new RegExp(`or a valid Date, not ${diberi}\\.`));
        if (typeof v === 'string') assert.ok(e.teks.en.endsWith(` Given: "${v}".`), e.teks.en);
        if (v instanceof Date) assert.ok(e.teks.en.endsWith(' Given: Invalid Date.'), e.teks.en);
        assert.equal(e.message, `${e.teks.id} / ${e.teks.en}`);
        return true;
      });
    }
  }
  // A valid date either way still judges, the penilai as kesegaranItem.
  assert.deepEqual(buatPenilaiKesegaran('2026-11-30')(item), kesegaranItem(item, '2026-11-30'));
  // penilaiKesegaranPada, for a date already read (the lists'), judges the same.
  assert.deepEqual(penilaiKesegaranPada('2026-11-30')(item), kesegaranItem(item, '2026-11-30'));
});
