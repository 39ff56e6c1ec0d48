import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { DokumenDIP, ItemDIP } from '../dip/types.js';
import type { ItemKatalog, ItemKatalogInti, Katalog } from '../standard/types.js';
import { itemWajib, katalogIntiUntuk } from '../standard/index.js';
import { BOBOT, METODE_VERSI, URUTAN_KOMPONEN } from './bobot.js';
import { nilaiDIP, nilaiDIPDengan, type HasilNilai } from './nilai.js';
import { imporCSV } from '../dip/csv.js';
import { jelaskan, tabelPenjelasan, teksPenjelasan } from './jelaskan.js';
import { GalatArgumen } from '../i18n/argumen.js';

const NOW = '2026-11-28';

const agency: DokumenDIP['agency'] = { id: 'diskominfo', name: 'Dinas Kominfo Sukamaju', kind: 'opd' };

function dokumen(items: ItemDIP[], extra: Partial<DokumenDIP> = {}): DokumenDIP {
  return { format: 'terbuka-dip', version: 1, agency, items, ...extra };
}

const dikLengkap: ItemDIP = {
  id: 'dik-1',
  title: 'Data pribadi pemohon informasi',
  category: 'dikecualikan',
  exclusion: {
    grounds: ['h'],
    consequence: 'Membuka rahasia pribadi pemohon.',
    period: 'Selama pemohon tidak memberi izin',
    decisionNumber: 'SK PPID 7/2026',
    decisionDate: '2026-02-01',
  },
};

/** A small catalog of three mandatory berkala items, so the arithmetic below can be checked by hand. */
const wajib = (id: string, judul: string, keywords: string[] = []): ItemKatalog => ({
  id: `berkala.${id}`,
  category: 'berkala',
  title: { id: judul, en: `${judul} (en)` },
  subItems: [],
  basis: [],
  mandatory: true,
  verified: true,
  keywords,
});
const KATALOG_KECIL: Katalog = {
  kind: 'badan-publik',
  version: 'uji-1',
  items: [
    wajib('profil', 'Profil', ['profil dinas']),
    wajib('keuangan', 'Laporan Keuangan', ['laporan keuangan']),
    wajib('pengadaan', 'Pengadaan Barang dan Jasa', ['pengadaan barang']),
  ],
};

const jumlahPoin = (h: HasilNilai): number =>
  h.contributions.reduce((n, c) => n + Math.round(c.points * 10), 0);

test('the published weights sum to 100 and name every component once', () => {
  assert.equal(
    Object.values(BOBOT).reduce((a, b) => a + b, 0),
    100,
  );
  assert.deepEqual(Object.keys(BOBOT).sort(), [...URUTAN_KOMPONEN].sort());
  assert.match(METODE_VERSI, /^dip-\d{4}\.\d+$/);
});

test('a DIP where every mandatory berkala item is fresh scores 100 and is Informatif', () => {
  const items: ItemDIP[] = itemWajib('opd', 'berkala').map((k, i) => ({
    id: `b-${i}`,
    title: k.title.id,
    category: 'berkala',
    fulfils: [k.id],
    updated: '2026-10-01',
  }));
  const doc = dokumen([...items, dikLengkap], { decision: { number: 'SK DIP Nomor 5 Tahun 2026' } });
  const h = nilaiDIP(doc, NOW);
  assert.equal(h.total, 100);
  assert.equal(h.band.code, 'informatif');
  assert.deepEqual(h.missing, []);
  assert.equal(h.counts.covered, h.counts.mandatory);
  assert.equal(h.counts.current, h.counts.mandatory);
  assert.ok(h.counts.mandatory >= 10);
  assert.equal(h.methodVersion, METODE_VERSI);
  for (const c of h.contributions) assert.equal(c.points, c.weight, c.code);
});

test('an empty DIP scores 0 and lists every mandatory item as missing', () => {
  const h = nilaiDIP(dokumen([]), NOW);
  assert.equal(h.total, 0);
  assert.equal(h.band.code, 'tidak-informatif');
  assert.equal(h.missing.length, itemWajib('opd', 'berkala').length);
  const denganSK = nilaiDIP(dokumen([], { decision: { number: 'SK DIP 1/2026' } }), NOW);
  assert.equal(denganSK.total, 3);
});

test('a CSV register earns the SK DIP points from the decision named on its title rows', () => {
  const tabel = ['No;Judul;Kategori;Tanggal Pembaruan', '1;Profil Dinas;Berkala;01/11/2026'];
  const dip = (...judul: string[]) => {
    const r = imporCSV([...judul, ...tabel].join('\r\n'), { agency });
    assert.equal(r.ok, true, JSON.stringify(r.errors));
    const h = nilaiDIP(r.document!, NOW);
    const c = h.contributions.find((x) => x.code === 'dip')!;
    return [c.points, c.reason.id];
  };
  assert.deepEqual(dip('DAFTAR INFORMASI PUBLIK;;;'), [
    7,
    'DIP memuat 1 entri (berkala 1, serta-merta 0, setiap saat 0, dikecualikan 0); belum mencantumkan keputusan PPID yang menetapkannya (SK DIP).',
  ]);
  assert.deepEqual(
    dip(
      'LAMPIRAN KEPUTUSAN PPID KABUPATEN SUKAMAJU NOMOR: 045/12/PPID/2026 TANGGAL: 15 JANUARI 2026 TENTANG DAFTAR INFORMASI PUBLIK;;;',
    ),
    [
      10,
      'DIP memuat 1 entri (berkala 1, serta-merta 0, setiap saat 0, dikecualikan 0); ditetapkan dengan 045/12/PPID/2026 tanggal 15 Januari 2026.',
    ],
  );
});

test('each component is computed as documented (checked by hand on a three-item catalog)', () => {
  const doc = dokumen([
    { id: '1', title: 'Profil Dinas', category: 'berkala', updated: '2026-07-28' },
    { id: '2', title: 'Laporan Keuangan 2024', category: 'berkala', updated: '2025-10-01' },
    { id: '3', title: 'Laporan keuangan', category: 'setiap-saat', updated: '2026-07-01' },
    { id: '4', title: 'Dokumen rahasia', category: 'dikecualikan' },
  ]);
  const h = nilaiDIP(doc, NOW, { katalog: KATALOG_KECIL });
  const poin = Object.fromEntries(h.contributions.map((c) => [c.code, c.points]));
  // 2 of 3 covered (the setiap-saat entry does not count by keyword): 35 × 2/3 = 23.33 → 23.3.
  assert.equal(poin['cakupan-berkala'], 23.3);
  // Only the profile is current (keuangan, last 2025-10-01, is past 12 months: delinquent): 30 × 1/3 = 10.
  assert.equal(poin['berkala-terkini'], 10);
  // Entries but no SK DIP: 7 of 10.
  assert.equal(poin.dip, 7);
  // An exempt entry without consequence-test data: half.
  assert.equal(poin.dik, 5);
  // Newest 2026-07-28: full until 2026-10-28, zero on 2027-07-28; 15 × 242/273 = 13.30 → 13.3.
  assert.equal(poin.pembaruan, 13.3);
  assert.equal(h.total, 58.6);
  assert.equal(h.band.code, 'kurang-informatif');
  assert.equal(jumlahPoin(h), h.total * 10);
  assert.deepEqual(
    h.missing.map((k) => k.id),
    ['berkala.pengadaan'],
  );
  const keuangan = h.mandatory.find((c) => c.item.id === 'berkala.keuangan');
  assert.deepEqual(keuangan?.entryIds, ['2']);
  assert.equal(keuangan?.best?.freshness.status, 'delinquent');
  assert.equal(h.counts.byStatus.fresh, 1);
  assert.equal(h.counts.byStatus['not-applicable'], 2);
});

test('an explicit fulfils counts across categories and brings the catalog cadence with it', () => {
  const doc = dokumen([
    {
      id: '3',
      title: 'Laporan keuangan',
      category: 'setiap-saat',
      fulfils: ['berkala.keuangan'],
      updated: '2026-01-01',
    },
  ]);
  const h = nilaiDIP(doc, NOW, { katalog: KATALOG_KECIL });
  assert.equal(h.counts.covered, 1);
  assert.equal(h.items[0]?.freshness.cadenceMonths, 6);
  assert.equal(h.items[0]?.freshness.status, 'overdue');
});

test('recency ignores dates after the evaluation date and says so', () => {
  const doc = dokumen([
    { id: '1', title: 'Profil Dinas', category: 'berkala', updated: '2027-01-01' },
    { id: '2', title: 'Laporan Keuangan', category: 'berkala', updated: '2025-11-28' },
  ]);
  const h = nilaiDIP(doc, NOW, { katalog: KATALOG_KECIL });
  const p = h.contributions.find((c) => c.code === 'pembaruan');
  assert.equal(p?.points, 0);
  assert.match(
    p?.reason.id ?? '',
    /28 November 2025 \(365 hari sebelum 28 November 2026\).*1 tanggal setelah 28 November 2026 diabaikan/,
  );
  assert.equal(h.items[0]?.freshness.status, 'unknown');
});

test('the same inputs always give the same result, and the clock is never read', (t) => {
  const doc = dokumen([
    { id: '1', title: 'Profil Dinas', category: 'berkala', updated: '2026-07-28' },
    dikLengkap,
  ]);
  t.mock.method(Date, 'now', () => {
    throw new Error('Date.now must not be called');
  });
  const a = nilaiDIP(doc, NOW);
  const b = nilaiDIP(doc, NOW);
  assert.deepEqual(a, b);
  assert.equal(JSON.stringify(a), JSON.stringify(b));
  // 23:30 WIB on 28 Nov is 16:30 UTC: the same day in the agency's zone.
  assert.deepEqual(nilaiDIP(doc, new Date('2026-11-28T16:30:00Z')), a);
  const wit = dokumen(doc.items as ItemDIP[], { agency: { ...agency, timeZone: 'Asia/Jayapura' } });
  assert.equal(nilaiDIP(wit, new Date('2026-11-28T16:30:00Z')).evaluatedOn, '2026-11-29');
  for (const f of readdirSync(new URL('.', import.meta.url)).filter((n) => !n.endsWith('.test.ts'))) {
    const src = readFileSync(new URL(f, import.meta.url), 'utf8');
    assert.doesNotMatch(src, /Date\.now|new Date\(\)|performance\.now|Math\.random/, f);
  }
});

test('contributions always add up to the total, which stays within 0–100 (property)', () => {
  const katalog = itemWajib('opd', 'berkala');
  const entri = fc.record({
    pick: fc.integer({ min: 0, max: katalog.length - 1 }),
    category: fc.constantFrom('berkala', 'setiap-saat', 'serta-merta', 'dikecualikan' as const),
    daysAgo: fc.option(fc.integer({ min: -30, max: 900 }), { nil: undefined }),
  });
  fc.assert(
    fc.property(fc.array(entri, { maxLength: 30 }), fc.boolean(), (es, sk) => {
      const items: ItemDIP[] = es.map((e, i) => ({
        id: String(i),
        title: `Entri ${i}`,
        category: e.category,
        fulfils: [katalog[e.pick]?.id ?? ''],
        ...(e.daysAgo === undefined
          ? {}
          : { updated: new Date(Date.UTC(2026, 10, 28 - e.daysAgo)).toISOString().slice(0, 10) }),
      }));
      const h = nilaiDIP(dokumen(items, sk ? { decision: { number: 'SK' } } : {}), NOW);
      assert.equal(jumlahPoin(h), Math.round(h.total * 10));
      assert.ok(h.total >= 0 && h.total <= 100);
      assert.equal(h.counts.covered + h.missing.length, h.counts.mandatory);
      for (const c of h.contributions) assert.ok(c.points >= 0 && c.points <= c.weight, c.code);
    }),
  );
});

test('explain lists every missing item by name in both languages, with weights and points', () => {
  const doc = dokumen([{ id: '1', title: 'Profil Dinas', category: 'berkala', updated: '2026-10-01' }]);
  const h = nilaiDIP(doc, NOW, { katalog: KATALOG_KECIL });
  const p = jelaskan(h);
  assert.equal(p.rows.length, 5);
  const cakupan = p.rows.find((r) => r.code === 'cakupan-berkala');
  assert.equal(
    cakupan?.reason.id,
    '1 dari 3 item wajib berkala tersedia; belum ada: "Laporan Keuangan", "Pengadaan Barang dan Jasa".',
  );
  assert.equal(
    cakupan?.reason.en,
    '1 of 3 mandatory periodic items present; missing: "Laporan Keuangan (en)", "Pengadaan Barang dan Jasa (en)".',
  );
  assert.deepEqual(
    p.missing.map((m) => m.id),
    ['berkala.keuangan', 'berkala.pengadaan'],
  );

  const full = nilaiDIP(dokumen([]), NOW);
  const teks = teksPenjelasan(full, 'id');
  const tabel = tabelPenjelasan(full, 'en');
  for (const k of itemWajib('opd', 'berkala')) {
    assert.ok(teks.includes(k.title.id), `teks: ${k.id}`);
    assert.ok(tabel.rows[0]?.[3]?.includes(k.title.en), `tabel: ${k.id}`);
  }
  assert.deepEqual(tabel.header, ['Component', 'Weight', 'Points', 'Reason']);
  assert.deepEqual(tabel.footer, ['Total', '100', '0.0', 'Not Informative']);
  assert.match(p.notes[0]?.id ?? '', /bukan hasil resmi Monev/);
  // The evaluation date as people read it, in each language.
  assert.match(p.notes[0]?.id ?? '', / pada 28 November 2026; /);
  assert.match(p.notes[0]?.en ?? '', / on 28 November 2026; /);
});

test('other weights need their own version and must sum to 100; extra components plug in', () => {
  const doc = dokumen([{ id: '1', title: 'Profil Dinas', category: 'berkala', updated: '2026-10-01' }]);
  const situs = {
    code: 'aktivitas-situs',
    label: { id: 'Aktivitas situs', en: 'Website activity' },
    why: { id: 'Situs diperbarui rutin.', en: 'The site is updated regularly.' },
    weight: 10,
    fraction: 0.5,
    reason: { id: 'Diperbarui 2 kali sebulan.', en: 'Updated twice a month.' },
  };
  const weights = { ...BOBOT, pembaruan: 5 };
  assert.throws(() => nilaiDIP(doc, NOW, { tambahan: [situs] }), RangeError);
  assert.throws(
    () => nilaiDIP(doc, NOW, { metode: { version: METODE_VERSI, weights }, tambahan: [situs] }),
    RangeError,
  );
  assert.throws(() => nilaiDIP(doc, NOW, { metode: { version: 'x-1', weights } }), RangeError);
  const h = nilaiDIP(doc, NOW, {
    katalog: KATALOG_KECIL,
    metode: { version: 'dip+situs-2026.1', weights },
    tambahan: [situs],
  });
  assert.equal(h.methodVersion, 'dip+situs-2026.1');
  assert.equal(h.contributions.length, 6);
  assert.equal(h.contributions[5]?.points, 5);
  assert.equal(jumlahPoin(h), Math.round(h.total * 10));
});

test('threshold options mark the method version as custom', () => {
  const doc = dokumen([]);
  assert.equal(nilaiDIP(doc, NOW, { recencyFullMonths: 6 }).methodVersion, `${METODE_VERSI}+custom`);
  assert.equal(
    nilaiDIP(doc, NOW, { cadenceByCategory: { 'setiap-saat': 12 } }).methodVersion,
    `${METODE_VERSI}+custom`,
  );
  assert.throws(() => nilaiDIP(doc, NOW, { recencyFullMonths: 12, recencyZeroMonths: 12 }), RangeError);
});

test('a desa is scored against the Perki 1/2018 catalog, and a catalog item may set its own cadence', () => {
  const desa = dokumen([], { agency: { id: 'sukamaju-desa', name: 'Desa Sukamaju', kind: 'desa' } });
  const h = nilaiDIP(desa, NOW);
  assert.deepEqual(
    h.missing.map((k) => k.id),
    itemWajib('desa', 'berkala').map((k) => k.id),
  );
  // A yearly item (like the access report) keeps its catalog cadence rather than the 6-month default.
  const tahunan: Katalog = {
    ...KATALOG_KECIL,
    items: [{ ...wajib('akses', 'Laporan Akses Informasi'), cadenceMonths: 12 }],
  };
  const doc = dokumen([
    { id: 'l', title: 'Laporan', category: 'berkala', fulfils: ['berkala.akses'], updated: '2026-01-15' },
  ]);
  const r = nilaiDIP(doc, NOW, { katalog: tahunan });
  assert.equal(r.items[0]?.freshness.cadenceMonths, 12);
  assert.equal(r.items[0]?.freshness.status, 'fresh');
  assert.equal(r.counts.current, 1);
});

test('scoring on the core of the catalog gives the same result as on the full catalog', () => {
  const sukamaju = JSON.parse(
    readFileSync(new URL('../../fixtures/sukamaju/dip.json', import.meta.url), 'utf8'),
  ) as DokumenDIP;
  const intiDari = (h: HasilNilai<ItemKatalogInti>) => ({
    ...h,
    missing: h.missing.map((i) => i.id),
    mandatory: h.mandatory.map((m) => ({ ...m, item: m.item.id })),
  });
  for (const kind of ['opd', 'desa'] as const) {
    const doc: DokumenDIP = { ...sukamaju, agency: { ...sukamaju.agency, kind } };
    const penuh = nilaiDIP(doc, NOW);
    const inti = nilaiDIPDengan(katalogIntiUntuk(kind), doc, NOW);
    assert.ok(penuh.mandatory.length > 0);
    assert.deepEqual(intiDari(inti), intiDari(penuh));
    // The core items are the full ones without their details.
    assert.deepEqual(
      inti.missing.map((i) => i.title),
      penuh.missing.map((i) => i.title),
    );
  }
});

test('nilaiDIP, jelaskan: anything but a document or a result throws GalatArgumen naming it, not a raw TypeError', () => {
  const salah = (fungsi: string, parameter: string, nama: string) => (e: unknown) =>
    e instanceof GalatArgumen &&
    e.fungsi === fungsi &&
    e.parameter === parameter &&
    e.teks.id.startsWith(`${fungsi}: ${parameter} harus `) &&
    e.teks.en.endsWith(`, not ${nama}.`);
  for (const [v, nama] of [
    [undefined, 'undefined'],
    [null, 'null'],
    [42, 'number 42'],
    [{}, 'object'],
    [[], 'array'],
  ] as const) {
    assert.throws(() => nilaiDIP(v as unknown as DokumenDIP, '2026-11-28'), salah('nilaiDIP', 'doc', nama));
    assert.throws(() => jelaskan(v as unknown as HasilNilai), salah('jelaskan', 'hasil', nama));
  }
});

test('nilaiDIP, nilaiDIPDengan: a `now` that is no date throws GalatArgumen naming the function, `now` and the form it takes', () => {
  const doc = dokumen([]);
  const inti = katalogIntiUntuk('opd');
  for (const [v, diberi] of [
    ['kemarin', 'string'],
    ['2026-02-30', 'string'],
    ['28-11-2026', 'string'],
    [new Date(Number.NaN), 'Date'],
    [undefined, 'undefined'],
    [20261128, 'number 20261128'],
  ] as const) {
    for (const [fungsi, panggil] of [
      ['nilaiDIP', () => nilaiDIP(doc, v as unknown as string)],
      ['nilaiDIPDengan', () => nilaiDIPDengan(inti, doc, v as unknown as string)],
    ] as const) {
      assert.throws(panggil, (e: unknown) => {
        assert.ok(e instanceof GalatArgumen, String(e));
        assert.equal(e.fungsi, fungsi);
        assert.equal(e.parameter, 'now');
        assert.ok(e.teks.id.startsWith(`${fungsi}: now harus tanggal YYYY-MM-DD`), e.teks.id);
        assert.ok(e.teks.en.startsWith(`${fungsi}: now must be a date as YYYY-MM-DD`), e.teks.en);
        assert.match(e.teks.id, new RegExp(`atau Date yang sah, bukan ${diberi}\\.`));
        assert.match(e.teks.en, new RegExp(`or a valid Date, not ${diberi}\\.`));
        // The value itself when it is text, so "kemarin" is seen; an invalid Date says so.
        if (typeof v === 'string') {
          assert.ok(e.teks.id.endsWith(` Diberikan: "${v}".`), e.teks.id);
          assert.ok(e.teks.en.endsWith(` Given: "${v}".`), e.teks.en);
        }
        if (v instanceof Date) assert.ok(e.teks.en.endsWith(' Given: Invalid Date.'), e.teks.en);
        assert.equal(e.message, `${e.teks.id} / ${e.teks.en}`);
        return true;
      });
    }
  }
  // A valid date either way still scores.
  assert.equal(nilaiDIP(doc, '2026-11-28').total, nilaiDIP(doc, new Date('2026-11-28T05:00:00Z')).total);
});
