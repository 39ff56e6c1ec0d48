import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DokumenDIP, ItemDIP } from '../dip/types.js';
import { itemWajib } from '../standard/index.js';
import { BOBOT, URUTAN_KOMPONEN } from '../scoring/bobot.js';
import { jelaskan } from '../scoring/jelaskan.js';
import { BOBOT_AKTIVITAS, BOBOT_PEMANTAUAN, KODE_AKTIVITAS, METODE_PEMANTAUAN_VERSI } from './bobot.js';
import { komponenAktivitas, nilaiPemantauan } from './nilai.js';
import type { RingkasanAktivitas } from './types.js';
import { GalatArgumen } from '../i18n/argumen.js';

const NOW = new Date('2026-11-28T10:00:00+07:00');
const agency = { id: 'dinkes-sukamaju', name: 'Dinas Kesehatan Kabupaten Sukamaju', kind: 'opd' } as const;

const dikLengkap: ItemDIP = {
  id: 'dik-1',
  title: 'Data pribadi pasien',
  category: 'dikecualikan',
  exclusion: {
    grounds: ['h'],
    consequence: 'Membuka rahasia pribadi pasien.',
    period: 'Selama pasien tidak memberi izin',
    decisionNumber: 'SK PPID 7/2026',
    decisionDate: '2026-02-01',
  },
};

/** A DIP covering the first `n` mandatory berkala items of an OPD, all updated on 1 October 2026. */
function dip(n: number, lengkap: boolean): DokumenDIP {
  const items: ItemDIP[] = itemWajib('opd', 'berkala')
    .slice(0, n)
    .map((k, i) => ({
      id: `b-${i}`,
      title: k.title.id,
      category: 'berkala',
      fulfils: [k.id],
      updated: '2026-10-01',
    }));
  return {
    format: 'terbuka-dip',
    version: 1,
    // The document's own name and kind lose to the registry's.
    agency: { id: 'lain', name: 'Nama di DIP', kind: 'desa' },
    items: lengkap ? [...items, dikLengkap] : items,
    ...(lengkap ? { decision: { number: 'SK DIP Nomor 5 Tahun 2026' } } : {}),
  };
}

const aktif = (hari: number, intervalClass: RingkasanAktivitas['intervalClass']): RingkasanAktivitas => ({
  lastUpdateAt: new Date(NOW.getTime() - hari * 86_400_000).toISOString(),
  daysSinceLastUpdate: hari,
  posts30: hari < 30 ? 4 : 0,
  posts90: 8,
  intervalClass,
});
const diam: RingkasanAktivitas = { posts30: 0, posts90: 0, intervalClass: 'tidak-diketahui' };
const poin = (h: ReturnType<typeof nilaiPemantauan>): Record<string, number> =>
  Object.fromEntries(h.contributions.map((c) => [c.code, c.points]));

test('the published weights: every DIP weight × 0.8, activity 20, sum 100, own method version', () => {
  for (const c of URUTAN_KOMPONEN) assert.equal(BOBOT_PEMANTAUAN[c], BOBOT[c] * 0.8);
  assert.equal(Object.values(BOBOT_PEMANTAUAN).reduce((a, b) => a + b, 0) + BOBOT_AKTIVITAS, 100);
  assert.match(METODE_PEMANTAUAN_VERSI, /^monev-\d{4}\.\d+$/);
});

test('a perfect DIP on an active site scores 100; on a silent site 80 (Menuju Informatif, not Informatif)', () => {
  const h = nilaiPemantauan(dip(11, true), aktif(3, 'mingguan'), NOW, { agency });
  assert.equal(h.total, 100);
  assert.equal(h.band.code, 'informatif');
  assert.equal(h.methodVersion, METODE_PEMANTAUAN_VERSI);
  assert.deepEqual(h.agency, { id: agency.id, name: agency.name });
  const sunyi = nilaiPemantauan(dip(11, true), diam, NOW, { agency });
  assert.equal(sunyi.total, 80);
  assert.equal(sunyi.band.code, 'menuju-informatif');
  assert.equal(poin(sunyi)[KODE_AKTIVITAS], 0);
  assert.match(sunyi.contributions.at(-1)!.reason.id, /Tidak ada tanggal pembaruan/);
});

test('a hand-computed case: 4 of 11 items, no SK, no DIK, last post 45 days ago, monthly → 49.0', () => {
  const h = nilaiPemantauan(dip(4, false), aktif(45, 'bulanan'), NOW, { agency });
  // 28×4/11 = 10.18 → 10.2; 24×4/11 = 8.73 → 8.7; 8×7/10 = 5.6; DIK 0; recency 12;
  // activity 20 × (0.75 recency + 0.5 monthly)/2 = 12.5.
  assert.deepEqual(poin(h), {
    'cakupan-berkala': 10.2,
    'berkala-terkini': 8.7,
    dip: 5.6,
    dik: 0,
    pembaruan: 12,
    [KODE_AKTIVITAS]: 12.5,
  });
  assert.equal(h.total, 49);
  assert.equal(h.band.code, 'kurang-informatif');
  assert.equal(h.missing.length, 7);
  const a = h.contributions.find((c) => c.code === KODE_AKTIVITAS)!;
  assert.match(a.reason.id, /45 hari lalu\): kebaruan 75%.*interval bulanan: keteraturan 50%/);
  assert.match(a.reason.en, /45 days ago\): recency 75%.*monthly interval: regularity 50%/);
});

test('band boundaries: a rare site 30 days silent reaches 90.0, one day more gives 89.8', () => {
  const tepat = nilaiPemantauan(dip(11, true), aktif(30, 'jarang'), NOW, { agency });
  assert.equal(tepat.total, 90);
  assert.equal(tepat.band.code, 'informatif');
  const lewat = nilaiPemantauan(dip(11, true), aktif(31, 'jarang'), NOW, { agency });
  assert.equal(lewat.total, 89.8);
  assert.equal(lewat.band.code, 'menuju-informatif');
  assert.equal(komponenAktivitas(aktif(90, 'jarang')).fraction, 0);
  assert.equal(komponenAktivitas(aktif(60, 'bulanan')).fraction, 0.5);
});

test('without a DIP the DIP components earn 0 and name the failure; activity still counts', () => {
  const dipFailure = {
    id: 'Waktu habis saat mengambil https://dinkes.x.go.id/dip.json.',
    en: 'Timed out fetching https://dinkes.x.go.id/dip.json.',
  };
  const h = nilaiPemantauan(undefined, aktif(2, 'harian'), NOW, { agency, dipFailure });
  assert.equal(h.total, 20);
  assert.equal(h.band.code, 'tidak-informatif');
  assert.equal(h.missing.length, 11);
  for (const c of h.contributions.filter((c) => c.code !== KODE_AKTIVITAS)) {
    assert.equal(c.points, 0, c.code);
    assert.ok(c.reason.id.includes(dipFailure.id) && c.reason.en.includes(dipFailure.en), c.code);
  }
  const tanpaSebab = nilaiPemantauan(undefined, diam, NOW, { agency: { ...agency, kind: 'desa' } });
  assert.equal(tanpaSebab.total, 0);
  assert.equal(tanpaSebab.missing.length, 7, 'a desa is scored on the desa catalog');
  assert.match(tanpaSebab.contributions[0]!.reason.en, /No DIP was found/);
});

test('every contribution carries its weight, reason and why, and jelaskan lists them all', () => {
  const h = nilaiPemantauan(dip(6, true), aktif(10, 'mingguan'), NOW, { agency });
  const p = jelaskan(h);
  assert.equal(p.rows.length, 6);
  assert.equal(
    p.rows.reduce((n, r) => n + r.weight, 0),
    100,
  );
  assert.equal(Math.round(p.rows.reduce((n, r) => n + r.points * 10, 0)) / 10, h.total);
  for (const r of p.rows) assert.ok(r.reason.id && r.reason.en && r.why.id && r.why.en, r.code);
  // The monitor's score is not called a DIP score nor a self-assessment.
  assert.match(p.title.id, /^Skor keterbukaan Dinas Kesehatan Kabupaten Sukamaju: /);
  assert.ok(
    p.notes[0]!.en.startsWith(`Monitoring assessment by the Terbuka method ${METODE_PEMANTAUAN_VERSI} `),
  );
});

test('the activity reason names the last update by its date in the agency zone, as people write it, not as a raw instant', () => {
  const a: RingkasanAktivitas = { ...aktif(3, 'mingguan'), lastUpdateAt: '2026-11-20T19:57:04.186Z' };
  const wib = komponenAktivitas(a);
  assert.match(wib.reason.id, /^Pembaruan terakhir 21 November 2026 \(3 hari lalu\)/);
  assert.match(wib.reason.en, /^Last update 21 November 2026 \(3 days ago\)/);
  assert.doesNotMatch(wib.reason.id, /T19:57/);
  const h = nilaiPemantauan(dip(11, true), a, NOW, { agency: { ...agency, timeZone: 'Asia/Jayapura' } });
  const baris = h.contributions.find((k) => k.code === 'aktivitas-situs');
  assert.match(baris?.reason.id ?? '', /^Pembaruan terakhir 21 November 2026 /);
  const awal = { ...a, lastUpdateAt: '2026-11-20T16:30:00Z' };
  assert.match(komponenAktivitas(awal, 'Asia/Jakarta').reason.id, /20 November 2026 \(/);
  assert.match(komponenAktivitas(awal, 'Asia/Jayapura').reason.id, /21 November 2026 \(/);
});

test('the activity reason says an update of today or yesterday in words, not "0 days ago"', () => {
  const hari = (n: number): RingkasanAktivitas => ({
    ...aktif(n, 'mingguan'),
    lastUpdateAt: '2026-11-20T03:00:00Z',
  });
  assert.match(komponenAktivitas(hari(0)).reason.id, /^Pembaruan terakhir 20 November 2026 \(hari ini\): /);
  assert.match(komponenAktivitas(hari(0)).reason.en, /^Last update 20 November 2026 \(today\): /);
  assert.match(komponenAktivitas(hari(1)).reason.id, /\(kemarin\): /);
  assert.match(komponenAktivitas(hari(1)).reason.en, /\(yesterday\): /);
  assert.match(komponenAktivitas(hari(2)).reason.en, /\(2 days ago\): /);
});

test("the DIP's recency component says it scores the DIP's newest entry, not the website: an undated DIP on a lively site reads as such, in id and en", () => {
  const tanpaTanggal: DokumenDIP = {
    ...dip(11, true),
    items: dip(11, true).items.map(({ updated: _, ...i }) => i),
  };
  const h = nilaiPemantauan(tanpaTanggal, aktif(0, 'harian'), NOW, { agency });
  const kebaruan = h.contributions.find((k) => k.code === 'pembaruan')!;
  const situs = h.contributions.find((k) => k.code === 'aktivitas-situs')!;
  assert.equal(kebaruan.points, 0);
  assert.equal(situs.points, situs.weight);
  // Its label, why and reason name the DIP's entries; the site's activity is the other component.
  for (const b of ['id', 'en'] as const) {
    assert.match(kebaruan.label[b], /DIP/, b);
    assert.match(kebaruan.why[b], /DIP/, b);
    assert.match(kebaruan.reason[b], /DIP/, b);
    assert.doesNotMatch(kebaruan.label[b], /situs|site/, b);
    assert.match(kebaruan.why[b], /^(?:Tanggal entri DIP terbaru|The date of the newest DIP entry) /, b);
  }
  assert.equal(kebaruan.label.id, 'Kebaruan entri DIP terbaru');
  assert.match(kebaruan.reason.id, /^Tidak ada entri DIP yang bertanggal/);
  const bertanggal = nilaiPemantauan(dip(11, true), diam, NOW, { agency });
  assert.match(
    bertanggal.contributions.find((k) => k.code === 'pembaruan')!.reason.en,
    /^Newest DIP entry dated 1 October 2026 \(58 days before 28 November 2026\)/,
  );
});

test('nilaiPemantauan: a `now` that is no date throws GalatArgumen naming nilaiPemantauan and `now`, with a DIP or without', () => {
  const aktivitas = aktif(3, 'mingguan');
  for (const [v, diberi] of [
    ['kemarin', 'string'],
    [new Date(Number.NaN), 'Date'],
    [undefined, 'undefined'],
  ] as const) {
    for (const doc of [dip(11, true), undefined]) {
      assert.throws(
        () => nilaiPemantauan(doc, aktivitas, v as unknown as Date, { agency }),
        (e: unknown) => {
          assert.ok(e instanceof GalatArgumen, String(e));
          assert.deepEqual([e.fungsi, e.parameter], ['nilaiPemantauan', 'now']);
          assert.ok(
            e.teks.id.startsWith('nilaiPemantauan: now harus tanggal YYYY-MM-DD yang ada'),
            e.teks.id,
          );
          assert.match(
            e.teks.en,
            new RegExp(`^nilaiPemantauan: now must be a date as YYYY-MM-DD .* not ${diberi}\\.`),
          );
          return true;
        },
      );
    }
  }
});
