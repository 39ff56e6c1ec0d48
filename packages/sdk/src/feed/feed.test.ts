import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as v from 'valibot';
import {
  cariEntriFeed,
  entriMasihBerlaku,
  periksaFeed,
  TOLERANSI_MASA_DEPAN_MS,
  MASA_BERLAKU_MAKS_HARI,
  validasiFeed,
} from './validasi.js';
import { lencanaDariFeed } from '../lencana/data.js';
import { pesanMasalahFeed } from './pesan-feed.js';
import { SkemaFeedPemantauan } from './skema.js';
import type { FeedPemantauan } from './types.js';

export const contohFeed = (): FeedPemantauan => ({
  format: 'terbuka-feed',
  version: 1,
  issuer: { id: 'diskominfo-sukamaju', name: 'Diskominfo Kabupaten Sukamaju' },
  generatedAt: '2026-11-28T09:00:00+07:00',
  entries: [
    {
      agencyId: 'dinkes-sukamaju',
      name: 'Dinas Kesehatan',
      kind: 'opd',
      score: 91.2,
      band: 'informatif',
      evaluatedAt: '2026-11-28T08:00:00+07:00',
      expiresAt: '2026-12-05T08:00:00+07:00',
      methodVersion: 'dip-2026.1',
      evidenceUrl: 'https://monitor.sukamajukab.go.id/badan/dinkes-sukamaju.html',
    },
    {
      agencyId: 'desa-sukamulya',
      name: 'Pemerintah Desa Sukamulya',
      kind: 'desa',
      score: 38.5,
      band: 'tidak-informatif',
      evaluatedAt: '2026-11-28T08:00:00Z',
      expiresAt: '2026-12-05T08:00:00Z',
      methodVersion: 'dip-2026.1',
      evidenceUrl: 'https://monitor.sukamajukab.go.id/badan/desa-sukamulya.html',
    },
  ],
});

test('a well-formed feed validates and entries are found by agency id', () => {
  const r = validasiFeed(contohFeed());
  assert.equal(r.ok, true, JSON.stringify(r.errors));
  assert.equal(cariEntriFeed(r.feed!, 'desa-sukamulya')?.score, 38.5);
  assert.equal(cariEntriFeed(r.feed!, 'tidak-ada'), undefined);
});

test('every broken field is reported with its path, and nothing is accepted from a broken feed', () => {
  const f = structuredClone(contohFeed()) as unknown as Record<string, unknown> & {
    entries: Record<string, unknown>[];
  };
  f.entries[0]!['score'] = 140;
  f.entries[1]!['band'] = 'hebat';
  f.entries[1]!['evidenceUrl'] = 'javascript:alert(1)';
  f.entries[0]!['evaluatedAt'] = '2026-11-28 08:00';
  const r = validasiFeed(f);
  assert.equal(r.ok, false);
  assert.equal(r.feed, undefined);
  const paths = r.errors.map((e) => e.path).sort();
  assert.deepEqual(paths, [
    'entries[0].evaluatedAt',
    'entries[0].score',
    'entries[1].band',
    'entries[1].evidenceUrl',
  ]);
  for (const e of r.errors) assert.ok(e.message.id && e.message.en);
});

test('duplicate agencies, expiry before evaluation and unknown versions are errors', () => {
  const f = contohFeed();
  const dobel = { ...f, entries: [f.entries[0]!, { ...f.entries[0]!, expiresAt: '2026-11-01T00:00:00Z' }] };
  const r = validasiFeed(dobel);
  assert.deepEqual(r.errors.map((e) => e.code).sort(), [
    'entry.duplicate-agency',
    'entry.expires-before-evaluated',
  ]);
  const v2 = validasiFeed({ ...f, version: 2 });
  assert.deepEqual(
    v2.errors.map((e) => e.code),
    ['version.unsupported'],
  );
  assert.equal(validasiFeed(null).ok, false);
  assert.equal(validasiFeed('feed').ok, false);
});

test('an entry is current strictly before expiresAt, whatever the offset it was written with', () => {
  const e = contohFeed().entries[0]!;
  assert.equal(entriMasihBerlaku(e, new Date('2026-12-05T00:59:59Z')), true);
  assert.equal(entriMasihBerlaku(e, new Date('2026-12-05T01:00:00Z')), false);
});

test('the committed feed JSON Schema is current and an independent validator (ajv) agrees', async () => {
  const { readFileSync } = await import('node:fs');
  const { Ajv } = await import('ajv');
  const { teksSkemaJSONFeed } = await import('../../scripts/skema-json-feed.js');
  const teks = readFileSync(new URL('../../schema/feed-v1.schema.json', import.meta.url), 'utf8');
  assert.equal(teks, teksSkemaJSONFeed());
  const cek = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(teks));
  assert.equal(cek(contohFeed()), true, JSON.stringify(cek.errors));
  const rusak = structuredClone(contohFeed()) as unknown as { entries: Record<string, unknown>[] };
  rusak.entries[0]!['evidenceUrl'] = 'javascript:alert(1)';
  assert.equal(cek(rusak), false);
  rusak.entries[0]!['evidenceUrl'] = 'https://x.go.id/';
  rusak.entries[0]!['evaluatedAt'] = '2026-11-28 08:00';
  assert.equal(cek(rusak), false);
  // The band of the score, at and around every limit, as the SDK judges it.
  for (const [score, band, sah] of [
    [90, 'informatif', true],
    [89.9, 'informatif', false],
    [89.9, 'menuju-informatif', true],
    [80, 'menuju-informatif', true],
    [79.9, 'cukup-informatif', true],
    [60, 'kurang-informatif', false],
    [40, 'kurang-informatif', true],
    [39.9, 'tidak-informatif', true],
    [0, 'tidak-informatif', true],
    [100, 'menuju-informatif', false],
  ] as const) {
    const f = { ...contohFeed(), entries: [{ ...contohFeed().entries[0]!, score, band }] };
    assert.equal(cek(f), sah, `ajv: ${score} ${band}`);
    assert.equal(validasiFeed(f).ok, sah, `validasiFeed: ${score} ${band}`);
  }
});

test('validasiFeed and the schema (SkemaFeedPemantauan, which makes the JSON Schema) agree field by field', () => {
  const buruk: Record<string, unknown[]> = {
    agencyId: ['', ' ', 5, null],
    name: ['', undefined],
    kind: ['kota', 1, null],
    // 84.35: the SDK computes one decimal; 89.9 with band informatif: the band must be the score's.
    score: [-0.1, 100.1, Number.NaN, Infinity, '84', null, 84.35, 91.25, 89.9],
    band: ['hebat', '', undefined],
    evaluatedAt: ['2026-11-28 08:00', '2026-11-28T08:00:00', '2026-13-40T08:00:00Z', 1],
    expiresAt: ['besok', undefined],
    methodVersion: ['', 2],
    evidenceUrl: ['javascript:alert(1)', 'mailto:a@b.id', 'https://', ' https://x.id', undefined],
  };
  const baik: Record<string, unknown[]> = {
    kind: [undefined, 'desa'],
    score: [90, 100, 99.9, 90.1],
    evaluatedAt: ['2026-11-28T08:00Z', '2026-11-28T08:00:00.5+07:00'],
    evidenceUrl: ['http://x.id', 'HTTPS://x.id/a?b#c'],
  };
  const kasus: [unknown, boolean][] = [
    [contohFeed(), true],
    [{ ...contohFeed(), issuer: { id: 'x', name: 'X', url: 'ftp://x' } }, false],
    [{ ...contohFeed(), issuer: { id: 'x', name: 'X', url: 'https://x.id' } }, true],
    [{ ...contohFeed(), issuer: 'x' }, false],
    [{ ...contohFeed(), format: 'feed' }, false],
    [{ ...contohFeed(), generatedAt: 'kemarin' }, false],
    [{ ...contohFeed(), entries: {} }, false],
    [{ ...contohFeed(), entries: [null] }, false],
    [{ ...contohFeed(), entries: [] }, true],
    [{ ...contohFeed(), tambahan: 1 }, true],
    [[], false],
  ];
  for (const [medan, nilai] of Object.entries(buruk))
    for (const x of nilai) kasus.push([ubahEntri(medan, x), false]);
  for (const [medan, nilai] of Object.entries(baik))
    for (const x of nilai) kasus.push([ubahEntri(medan, x), true]);
  for (const [f, harap] of kasus) {
    const skema = v.safeParse(SkemaFeedPemantauan, f).success;
    const r = validasiFeed(f);
    assert.equal(skema, harap, `schema on ${JSON.stringify(f)}`);
    assert.equal(r.ok, harap, `validasiFeed on ${JSON.stringify(f)}: ${JSON.stringify(r.errors)}`);
  }
  // What validasiFeed returns is what the schema outputs: known fields only.
  const lebih = { ...contohFeed(), tambahan: 1, entries: [{ ...contohFeed().entries[0]!, lain: true }] };
  assert.deepEqual(validasiFeed(lebih).feed, v.parse(SkemaFeedPemantauan, lebih));
});

function ubahEntri(medan: string, nilai: unknown): unknown {
  const f = structuredClone(contohFeed()) as unknown as { entries: Record<string, unknown>[] };
  if (nilai === undefined) delete f.entries[0]![medan];
  else f.entries[0]![medan] = nilai;
  return f;
}

test('periksaFeed reports the codes validasiFeed words; every code gets its exact id/en message', () => {
  const f = contohFeed() as unknown as { entries: Record<string, unknown>[] } & Record<string, unknown>;
  f.entries[0]!['score'] = 140;
  f.entries[1]!['band'] = 'hebat';
  f.entries[1] = { ...f.entries[1]!, kind: 7 };
  const kasus: unknown[] = [
    contohFeed(),
    f,
    null,
    [],
    { ...contohFeed(), version: 2 },
    { ...contohFeed(), entries: [null] },
    { ...contohFeed(), entries: [contohFeed().entries[0], contohFeed().entries[0]] },
    { ...contohFeed(), entries: [{ ...contohFeed().entries[0]!, score: 89.9 }] },
  ];
  for (const k of kasus) {
    const kode = periksaFeed(k);
    const kata = validasiFeed(k);
    assert.equal(kode.ok, kata.ok);
    assert.deepEqual(kode.feed, kata.feed);
    assert.deepEqual(kode.errors.map(pesanMasalahFeed), kata.errors);
    for (const e of kode.errors) assert.ok(!('message' in e));
  }
  const pesan = (x: unknown): string[] => validasiFeed(x).errors.flatMap((e) => [e.message.id, e.message.en]);
  assert.deepEqual(pesan(f), [
    'Feed pemantauan: entries[0].score tidak sah (diharapkan angka 0–100 dengan paling banyak satu desimal, diterima 140).',
    'Monitoring feed: entries[0].score is invalid (expected a number 0–100 with at most one decimal, received 140).',
    'Feed pemantauan: entries[1].kind tidak sah (diharapkan opd | kecamatan | kelurahan | desa | lainnya, diterima 7).',
    'Monitoring feed: entries[1].kind is invalid (expected opd | kecamatan | kelurahan | desa | lainnya, received 7).',
    'Feed pemantauan: entries[1].band tidak sah (diharapkan informatif | menuju-informatif | cukup-informatif | kurang-informatif | tidak-informatif, diterima "hebat").',
    'Monitoring feed: entries[1].band is invalid (expected informatif | menuju-informatif | cukup-informatif | kurang-informatif | tidak-informatif, received "hebat").',
  ]);
  assert.deepEqual(pesan([]), [
    'Feed pemantauan: dokumen tidak sah (diharapkan objek, diterima Array).',
    'Monitoring feed: document is invalid (expected an object, received Array).',
  ]);
  assert.deepEqual(pesan({ ...contohFeed(), version: 2 }), [
    'Versi feed 2 tidak didukung; SDK ini membaca versi 1.',
    'Feed version 2 is not supported; this SDK reads version 1.',
  ]);
  assert.deepEqual(pesan({ ...contohFeed(), entries: [contohFeed().entries[0], contohFeed().entries[0]] }), [
    'Badan publik "dinkes-sukamaju" muncul lebih dari sekali dalam feed.',
    'Agency "dinkes-sukamaju" appears more than once in the feed.',
  ]);
  // 89.9 is Menuju Informatif (below 90), not the entry's Informatif.
  assert.deepEqual(pesan({ ...contohFeed(), entries: [{ ...contohFeed().entries[0]!, score: 89.9 }] }), [
    'Feed pemantauan: entries[0].band "informatif" tidak sesuai dengan skor entri ini; skornya termasuk "menuju-informatif".',
    'Monitoring feed: entries[0].band "informatif" does not match this entry\'s score; its score is in "menuju-informatif".',
  ]);
});

test('an instant on no calendar day is refused by periksaFeed and the schema alike (Date.parse rolls it over)', () => {
  for (const [kolom, nilai] of [
    ['evaluatedAt', '2026-02-30T00:00Z'],
    ['evaluatedAt', '2026-04-31T08:00:00+07:00'],
    ['expiresAt', '2027-02-29T08:00:00Z'],
    ['expiresAt', '2026-06-31T08:00:00+08:00'],
  ] as const) {
    const f = contohFeed();
    (f.entries[0] as unknown as Record<string, unknown>)[kolom] = nilai;
    const h = periksaFeed(f);
    assert.equal(h.ok, false, `${kolom} ${nilai}`);
    assert.equal(h.errors[0]?.path, `entries[0].${kolom}`);
    assert.equal(v.safeParse(SkemaFeedPemantauan, f).success, false, `schema: ${kolom} ${nilai}`);
  }
  // A real 29 February still passes.
  const f = contohFeed();
  (f.entries[0] as { evaluatedAt: string }).evaluatedAt = '2028-02-29T08:00:00+07:00';
  (f.entries[0] as { expiresAt: string }).expiresAt = '2028-03-07T08:00:00+07:00';
  assert.equal(periksaFeed(f).ok, true);
  assert.equal(v.safeParse(SkemaFeedPemantauan, f).success, true);
});

test('an entry valid for more than MASA_BERLAKU_MAKS_HARI is never current (a replayed feed would pass for a year)', () => {
  const e = contohFeed().entries[0]!;
  const selama = (hari: number, ms = 0) => ({
    ...e,
    expiresAt: new Date(Date.parse(e.evaluatedAt) + hari * 86_400_000 + ms).toISOString(),
  });
  const besok = new Date(Date.parse(e.evaluatedAt) + 86_400_000);
  assert.equal(entriMasihBerlaku(selama(MASA_BERLAKU_MAKS_HARI), besok), true);
  assert.equal(entriMasihBerlaku(selama(MASA_BERLAKU_MAKS_HARI, 1), besok), false);
  assert.equal(entriMasihBerlaku(selama(365), besok), false);
  assert.equal(lencanaDariFeed(selama(365), besok).state, 'kedaluwarsa');
});

test('an entry evaluated more than a day in the future is never current; within a day (clock skew) it is', () => {
  const e = contohFeed().entries[0]!;
  const sebelum = (ms: number): Date => new Date(Date.parse(e.evaluatedAt) - ms);
  assert.equal(entriMasihBerlaku(e, sebelum(TOLERANSI_MASA_DEPAN_MS + 1)), false);
  assert.equal(entriMasihBerlaku(e, sebelum(30 * 86_400_000)), false);
  assert.equal(entriMasihBerlaku(e, sebelum(TOLERANSI_MASA_DEPAN_MS)), true);
  assert.equal(entriMasihBerlaku(e, sebelum(3_600_000)), true);
  assert.equal(lencanaDariFeed(e, sebelum(2 * 86_400_000)).state, 'kedaluwarsa');
  assert.equal(lencanaDariFeed(e, sebelum(3_600_000)).state, 'terkini');
});
