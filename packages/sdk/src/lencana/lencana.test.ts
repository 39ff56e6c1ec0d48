import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lencanaDariFeed, type DataLencana } from './data.js';
import { lencanaDariNilai } from './mandiri.js';
import { GalatArgumen } from '../i18n/argumen.js';
import { formatSkor } from './tata-letak.js';
import { tataLetakLencana } from './tata-letak-lencana.js';
import { svgLencana } from './svg.js';
import { BAND_MONEV } from '../scoring/band.js';
import { rasioKontras } from '../scoring/warna.js';
import { nilaiDIP } from '../scoring/nilai.js';
import type { EntriFeed } from '../feed/types.js';

const entri: EntriFeed = {
  agencyId: 'dinkes',
  name: 'Dinas Kesehatan',
  score: 84.35,
  band: 'menuju-informatif',
  evaluatedAt: '2026-11-27T20:00:00Z', // 28 Nov in WIB
  expiresAt: '2026-12-05T00:00:00Z',
  methodVersion: 'dip-2026.1',
  evidenceUrl: 'https://monitor.example.go.id/dinkes.html',
};

test('a feed entry makes a current badge until expiresAt, then a stale one', () => {
  const kini = lencanaDariFeed(entri, new Date('2026-11-28T10:00:00Z'));
  assert.equal(kini.state, 'terkini');
  assert.equal(kini.asOf, '2026-11-28', 'the date is read in WIB');
  assert.equal(kini.source, 'pemantauan');
  assert.equal(lencanaDariFeed(entri, new Date('2026-12-06T00:00:00Z')).state, 'kedaluwarsa');
});

test("a feed instant written with the body's offset dates the badge on the body's day", () => {
  const kini = new Date('2026-11-28T10:00:00Z');
  // 00:30 WITA on the 28th is 23:30 WIB on the 27th: a WITA body's badge says 28 Nov.
  const wita = { ...entri, evaluatedAt: '2026-11-28T00:30:00.000+08:00' };
  assert.equal(lencanaDariFeed(wita, kini).asOf, '2026-11-28');
  assert.equal(lencanaDariFeed({ ...entri, evaluatedAt: '2026-11-28T01:30+09:00' }, kini).asOf, '2026-11-28');
  // The same instant in UTC reads in WIB unless the caller names the zone.
  const utc = { ...entri, evaluatedAt: '2026-11-27T16:30:00Z' };
  assert.equal(lencanaDariFeed(utc, kini).asOf, '2026-11-27');
  assert.equal(lencanaDariFeed(utc, kini, 'Asia/Makassar').asOf, '2026-11-28');
});

test('a self-assessed badge comes from the SDK score itself', () => {
  const hasil = nilaiDIP(
    {
      format: 'terbuka-dip',
      version: 1,
      agency: { id: 'x', name: 'Kecamatan Sukasari', kind: 'kecamatan' },
      items: [],
    },
    '2026-11-28',
  );
  const d = lencanaDariNilai(hasil);
  assert.equal(d.source, 'mandiri');
  assert.equal(d.score, hasil.total);
  assert.equal(d.band, hasil.band.code);
  assert.equal(d.asOf, '2026-11-28');
});

test('the SVG says the whole badge to screen readers and shows the score with a decimal comma', () => {
  const d = lencanaDariFeed(entri, new Date('2026-11-28T10:00:00Z'));
  const svg = svgLencana(d);
  assert.match(svg, /^<svg [^>]*role="img"/);
  assert.match(
    svg,
    /aria-label="Keterbukaan informasi Dinas Kesehatan: skor 84,3 dari 100, Menuju Informatif, per 28 November 2026, hasil pemantauan\."/,
  );
  assert.match(svg, /<title>Keterbukaan informasi Dinas Kesehatan/);
  assert.match(svg, />84,3</);
  assert.match(svg, /width="200" height="48"/);
  const en = svgLencana(d, { bahasa: 'en', ukuran: 'kecil' });
  assert.match(en, /width="160" height="24"/);
  assert.match(en, />84.3</);
  assert.match(en, /Towards Informative/);
});

test('a small self-assessed badge says so in sight, under its band; a small monitoring badge does not', () => {
  const mandiri: DataLencana = {
    agencyName: 'Kecamatan Sukasari',
    score: 77.2,
    band: 'cukup-informatif',
    asOf: '2026-11-28',
    source: 'mandiri',
    state: 'terkini',
  };
  for (const [bahasa, band, kata] of [
    ['id', 'Cukup Informatif', 'Penilaian mandiri'],
    ['en', 'Fairly Informative', 'Self-assessed'],
  ] as const) {
    const t = tataLetakLencana(mandiri, { ukuran: 'kecil', bahasa });
    assert.deepEqual(
      t.texts.map((x) => x.text),
      [bahasa === 'id' ? '77,2' : '77.2', band, kata],
    );
    // Two lines inside 24 px: the band above, the words below, both within the panel.
    const [, b, k] = t.texts;
    assert.ok(b!.y < k!.y && k!.y <= t.height - 3 && b!.y - b!.size >= 0, JSON.stringify(t.texts));
    assert.match(svgLencana(mandiri, { ukuran: 'kecil', bahasa }), new RegExp(`>${kata}</text>`));
  }
  const feed = tataLetakLencana({ ...mandiri, source: 'pemantauan' }, { ukuran: 'kecil' });
  assert.deepEqual(
    feed.texts.map((x) => x.text),
    ['77,2', 'Cukup Informatif'],
  );
});

test('a stale badge shows no score in its coloured block and is grey', () => {
  const d = lencanaDariFeed(entri, new Date('2026-12-10T00:00:00Z'));
  const svg = svgLencana(d);
  assert.doesNotMatch(svg, />84,3</);
  assert.match(svg, />—</);
  assert.doesNotMatch(svg, /\/100/, 'no "/100" under a dash');
  assert.match(svg, /Data kedaluwarsa/);
  assert.doesNotMatch(svg, /#7CB342/i, 'no band colour on a stale badge');
});

test('text from data is escaped in the SVG', () => {
  const d: DataLencana = {
    agencyName: '<script>alert("x")</script> & Co',
    score: 50,
    band: 'kurang-informatif',
    asOf: '2026-11-28',
    source: 'mandiri',
    state: 'terkini',
  };
  const svg = svgLencana(d);
  assert.doesNotMatch(svg, /<script>/);
  assert.match(svg, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &amp; Co/);
});

test('every colour pair a badge can show meets WCAG AA contrast', () => {
  for (const band of BAND_MONEV)
    for (const state of ['terkini', 'kedaluwarsa', 'tidak-terverifikasi'] as const)
      for (const ukuran of ['normal', 'kecil'] as const) {
        const t = tataLetakLencana(
          { agencyName: 'X', score: 50, band: band.code, asOf: '2026-11-28', source: 'mandiri', state },
          { ukuran },
        );
        for (const x of t.texts) {
          const latar = x.x < t.split ? t.fill : t.panel;
          assert.ok(rasioKontras(x.colour, latar) >= 4.5, `${band.code} ${state} ${x.text} on ${latar}`);
        }
      }
});

test('long labels are squeezed into their space instead of overflowing', () => {
  const d: DataLencana = {
    agencyName: 'X',
    score: 85,
    band: 'menuju-informatif',
    asOf: '2026-11-28',
    source: 'pemantauan',
    state: 'terkini',
  };
  const svg = svgLencana(d, { bahasa: 'en', ukuran: 'kecil' });
  const m = /<text x="46"[^>]*textLength="(\d+)"[^>]*>Towards Informative</.exec(svg);
  assert.ok(m, 'the band label carries a textLength');
  assert.ok(Number(m[1]) <= 160 - 40 - 10);
});

test('a score of -0 (valid in a feed: it is ≥ 0) is written 0,0, never -0,0', () => {
  assert.equal(formatSkor(-0, 'id'), '0,0');
  assert.equal(formatSkor(-0, 'en'), '0.0');
  assert.equal(formatSkor(84.4, 'id'), '84,4');
});

test('formatSkor cuts to one decimal: the printed score never crosses a band boundary upwards', () => {
  assert.equal(formatSkor(89.95, 'id'), '89,9');
  assert.equal(formatSkor(89.95, 'en'), '89.9');
  assert.equal(formatSkor(59.99, 'id'), '59,9');
  assert.equal(formatSkor(79.96, 'id'), '79,9');
  assert.equal(formatSkor(39.999, 'id'), '39,9');
  assert.equal(formatSkor(-0, 'id'), '0,0');
  // Every one-decimal score prints as itself.
  for (let i = 0; i <= 1000; i++) assert.equal(formatSkor(i / 10, 'en'), (i / 10).toFixed(1), String(i / 10));
  const d = tataLetakLencana({ ...contohLencanaSkor(89.95) });
  assert.equal(d.texts[0]!.text, '89,9');
});

const contohLencanaSkor = (score: number): DataLencana => ({
  agencyName: 'Dinas Kesehatan',
  score,
  band: 'menuju-informatif',
  asOf: '2026-11-28',
  source: 'pemantauan',
  state: 'terkini',
});

test('lencanaDariNilai: anything but a result of nilaiDIP throws GalatArgumen, not a raw TypeError', () => {
  for (const [v, nama] of [
    [undefined, 'undefined'],
    [null, 'null'],
    [{}, 'object'],
  ] as const) {
    assert.throws(
      () => lencanaDariNilai(v as unknown as Parameters<typeof lencanaDariNilai>[0]),
      (e: unknown) =>
        e instanceof GalatArgumen &&
        e.teks.en === `lencanaDariNilai: hasil must be the result of nilaiDIP, not ${nama}.` &&
        e.teks.id === `lencanaDariNilai: hasil harus hasil nilaiDIP, bukan ${nama}.`,
    );
  }
});

test('formatSkor and svgLencana: a wrong argument throws GalatArgumen (never "NaN" printed, no raw TypeError)', () => {
  for (const [v, nama] of [
    [undefined, 'undefined'],
    [null, 'null'],
    [NaN, 'number NaN'],
    ['90', 'string'],
    [{}, 'object'],
  ] as const) {
    assert.throws(
      () => formatSkor(v as unknown as number, 'id'),
      (e: unknown) =>
        e instanceof GalatArgumen &&
        e.teks.en === `formatSkor: skor must be a score (a number 0–100), not ${nama}.`,
    );
  }
  for (const [v, nama] of [
    [undefined, 'undefined'],
    [null, 'null'],
    [42, 'number 42'],
  ] as const) {
    assert.throws(
      () => svgLencana(v as unknown as DataLencana),
      (e: unknown) =>
        e instanceof GalatArgumen &&
        e.teks.id ===
          `svgLencana: data harus data lencana (lencanaDariFeed atau lencanaDariNilai), bukan ${nama}.`,
    );
  }
});
