// The whole run (`pindaiRegistri`) over the fixture world, split in two shards as two CI jobs would: every
// agency lands in exactly one shard's history, with the hand-derived score, and the run summaries count
// the bands and failures the world was built to produce. Then a re-scan from the history a day later.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bandMonev, KODE_BAND, type KodeBand } from '@terbuka/sdk';
import { pindaiRegistri } from '../pindai.js';
import type { RingkasanPindai } from '../ringkasan.js';
import { bacaRiwayat } from '../riwayat/index.js';
import type { CatatanPindai } from '../types.js';
import { mulaiDunia, type Dunia } from './dunia.js';
import { situsGagal } from './rencana.js';
import { skorHarapan } from './skor-harapan.js';

const NOW = new Date('2026-11-20T03:00:00Z');
const BESOK = new Date(NOW.getTime() + 86_400_000);
const PENGAMBIL = {
  izinkanAlamatLokal: true,
  timeoutMs: 5000, // generous, as in pindai-dunia.test.ts
  retries: 1,
  backoffMs: 20,
  maxBytes: 100_000,
} as const;
let dunia: Dunia;
let dir: string;
const ringkasan: RingkasanPindai[] = [];
const catatan = new Map<string, CatatanPindai[]>();

async function baca(path: string): Promise<CatatanPindai[]> {
  const semua: CatatanPindai[] = [];
  for await (const c of bacaRiwayat([path])) semua.push(c);
  return semua;
}

before(async () => {
  dunia = await mulaiDunia({ now: NOW, lambatMs: 60_000, besarBytes: 200_000 });
  dir = mkdtempSync(join(tmpdir(), 'terbuka-uji-dunia-'));
  for (const index of [1, 2])
    ringkasan.push(
      await pindaiRegistri(dunia.registri, {
        riwayat: join(dir, `riwayat-${index}.jsonl`),
        shard: { index, count: 2 },
        now: NOW,
        progress: false,
        pengambil: PENGAMBIL,
      }),
    );
  for (const index of [1, 2]) catatan.set(String(index), await baca(join(dir, `riwayat-${index}.jsonl`)));
});
after(async () => {
  await dunia.tutup();
  rmSync(dir, { recursive: true, force: true });
});

test('two shards: every agency scanned exactly once, with its hand-derived score', () => {
  const semua = [...catatan.values()].flat();
  assert.equal(semua.length, dunia.registri.agencies.length);
  assert.deepEqual(new Set(semua.map((c) => c.agencyId)), new Set(dunia.registri.agencies.map((a) => a.id)));
  assert.ok(
    [...catatan.values()].every((c) => c.length > 0),
    'both shards got agencies',
  );
  for (const c of semua) {
    const a = dunia.registri.agencies.find((x) => x.id === c.agencyId)!;
    assert.equal(c.score, skorHarapan(dunia.harapan.get(a.id)!, a.kind), a.id);
  }
});

test('the run summaries: totals, bands and failures as the world was built', () => {
  const jumlah = (f: (r: RingkasanPindai) => number) => ringkasan.reduce((n, r) => n + f(r), 0);
  assert.equal(
    jumlah((r) => r.total),
    dunia.registri.agencies.length,
  );
  assert.equal(
    jumlah((r) => r.scanned),
    dunia.registri.agencies.length,
  );
  const gagal = [...dunia.rencana.values()].filter((r) => situsGagal(r.jenis) !== undefined);
  // A site robots.txt closes to the monitor is not assessed: neither unreachable nor in a band.
  const robots = gagal.filter((r) => r.jenis === 'robots').length;
  assert.ok(robots > 0);
  assert.equal(
    jumlah((r) => r.unreachable),
    gagal.length - robots,
  );
  assert.equal(
    jumlah((r) => r.notAssessed),
    robots,
  );

  // Bands count the sites that were read: neither not assessed nor unreachable (counted apart).
  const bands = Object.fromEntries(KODE_BAND.map((b) => [b, 0])) as Record<KodeBand, number>;
  for (const a of dunia.registri.agencies)
    if (situsGagal(dunia.rencana.get(a.id)!.jenis) === undefined)
      bands[bandMonev(skorHarapan(dunia.harapan.get(a.id)!, a.kind)).code]++;
  for (const b of KODE_BAND)
    assert.equal(
      jumlah((r) => r.bands[b]),
      bands[b],
      b,
    );

  // A site counts once per reason it shows, at least for the reason it was built to fail with.
  for (const alasan of [
    'dns',
    'koneksi',
    'waktu-habis',
    'terlalu-banyak-alihan',
    'terlalu-besar',
    'robots',
  ] as const) {
    const n = gagal.filter((r) => situsGagal(r.jenis) === alasan).length;
    assert.ok(jumlah((r) => r.failures[alasan] ?? 0) >= n, alasan);
  }
  const dipRusak = [...dunia.harapan.values()].filter((h) => h.gagal.dip?.reason === 'dip-tidak-sah').length;
  assert.equal(
    jumlah((r) => r.failures['dip-tidak-sah'] ?? 0),
    dipRusak,
  );
});

test('re-scan from the history a day later: conditional requests answered 304, the gaming site not updated', async () => {
  dunia.setelJam(BESOK);
  const riwayat = join(dir, 'riwayat-1.jsonl');
  const gabungan = [join(dir, 'riwayat-2.jsonl')];
  await pindaiRegistri(dunia.registri, {
    riwayat,
    shard: { index: 1, count: 2 },
    sebelumnya: gabungan,
    now: BESOK,
    progress: false,
    pengambil: PENGAMBIL,
  });
  await pindaiRegistri(dunia.registri, {
    riwayat: gabungan[0]!,
    shard: { index: 2, count: 2 },
    now: BESOK,
    progress: false,
    pengambil: PENGAMBIL,
  });
  const kedua = [...(await baca(riwayat)), ...(await baca(gabungan[0]!))].filter(
    (c) => c.scannedAt === BESOK.toISOString(),
  );
  assert.equal(kedua.length, dunia.registri.agencies.length);
  const per = new Map(kedua.map((c) => [c.agencyId, c]));
  const pertama = new Map([...catatan.values()].flat().map((c) => [c.agencyId, c]));
  let tak = 0;
  for (const [id, r] of dunia.rencana) {
    const c = per.get(id)!;
    if (r.jenis === 'statis' || r.jenis === 'wordpress') {
      const o = c.observations.find((x) => x.kind === (r.jenis === 'statis' ? 'beranda' : 'wordpress'))!;
      assert.equal(o.notModified, true, `${id} ${o.kind} 304`);
      tak++;
    }
    if (r.jenis === 'curang') {
      assert.equal(c.activity.lastUpdateAt, pertama.get(id)!.activity.lastUpdateAt, id);
      assert.equal(c.activity.daysSinceLastUpdate, 1);
    }
    if (r.jenis === 'berubah') assert.equal(c.activity.daysSinceLastUpdate, 0, id);
  }
  assert.ok(tak >= 4);
});
