import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { bagianAgensi } from './bagian.js';
import { pindaiRegistri } from './pindai.js';
import { PenghitungRingkasan, tabelRingkasan } from './ringkasan.js';
import { bacaRiwayat, GalatRiwayat } from './riwayat/index.js';
import { catatanContoh } from './uji/catatan-contoh.js';
import { jeda, mulaiServer, portMati } from './uji/server-lokal.js';
import type { Agensi, CatatanPindai, Registri } from './types.js';
import { REGISTRI_FORMAT, REGISTRI_VERSION } from './types.js';

const tmp = mkdtempSync(join(tmpdir(), 'terbuka-pindai-'));
const now = new Date('2026-03-10T03:00:00Z');

const agensi = (id: string, website = `https://${id}.go.id`): Agensi => ({
  id,
  name: `Badan ${id}`,
  kind: 'desa',
  website,
  dipUrls: [`${website}/dip.json`],
  wordpress: false,
  social: [],
});
const registri = (agencies: Agensi[]): Registri => ({
  format: REGISTRI_FORMAT,
  version: REGISTRI_VERSION,
  agencies,
});

async function baca(path: string): Promise<CatatanPindai[]> {
  const hasil: CatatanPindai[] = [];
  for await (const c of bacaRiwayat([path])) hasil.push(c);
  return hasil;
}

test('a bounded window of agencies in flight; every record streamed to the history', async () => {
  const n = 120;
  const reg = registri(Array.from({ length: n }, (_, i) => agensi(`desa-${i}`)));
  let dalam = 0;
  let puncak = 0;
  const riwayat = join(tmp, 'jendela.jsonl');
  const ringkasan = await pindaiRegistri(reg, {
    riwayat,
    now,
    concurrency: 5,
    progress: false,
    pindaiUji: async (a) => {
      dalam++;
      puncak = Math.max(puncak, dalam);
      await jeda(1 + (a.id.length % 3));
      dalam--;
      const i = Number(a.id.slice(5));
      return catatanContoh(a.id, now.toISOString(), {
        band: i % 4 === 0 ? 'informatif' : 'kurang-informatif',
        score: i % 4 === 0 ? 95 : 45,
        unreachable: i % 10 === 0,
        observations:
          i % 10 === 0
            ? [
                {
                  kind: 'beranda',
                  url: a.website,
                  fetchedAt: now.toISOString(),
                  failure: { reason: 'dns', message: { id: 'x', en: 'x' } },
                },
              ]
            : [],
      });
    },
  });
  assert.equal(puncak, 5);
  const ditulis = await baca(riwayat);
  assert.equal(ditulis.length, n);
  assert.deepEqual(new Set(ditulis.map((c) => c.agencyId)), new Set(reg.agencies.map((a) => a.id)));
  assert.equal(ringkasan.total, n);
  assert.equal(ringkasan.scanned, n);
  assert.equal(ringkasan.stopped, false);
  assert.equal(ringkasan.unreachable, 12);
  assert.deepEqual(ringkasan.failures, { dns: 12 });
  // The 12 unreachable ones are counted apart from the bands (6 of each kind by construction).
  assert.equal(ringkasan.bands.informatif, 30 - 6);
  assert.equal(ringkasan.bands['kurang-informatif'], 90 - 6);
  assert.equal(ringkasan.bands['tidak-informatif'], 0);
  assert.equal(ringkasan.slowest.length, 10);
  for (let i = 1; i < ringkasan.slowest.length; i++)
    assert.ok((ringkasan.slowest[i - 1]?.durationMs ?? 0) >= (ringkasan.slowest[i]?.durationMs ?? 0));
  assert.equal(ringkasan.startedAt, now.toISOString());

  const teks = tabelRingkasan(ringkasan, 'id');
  assert.match(teks, /120 dari 120 badan publik dipindai/);
  assert.match(teks, /│ Informatif\s+│ 24\s+│/);
  assert.match(teks, /│ Tidak dapat dijangkau \(tanpa skor\)\s+│ 12\s+│/);
  assert.match(teks, /│ Nama domain tidak ditemukan \(DNS\)\s+│ 12\s+│/);
  assert.match(tabelRingkasan(ringkasan, 'en'), /│ Less Informative\s+│ 84\s+│/);
});

test('shards: run n times, each agency scanned exactly once; previous records reach the scan', async () => {
  const reg = registri(Array.from({ length: 60 }, (_, i) => agensi(`kel-${i}`)));
  const count = 3;
  const dilihat = new Map<string, number>();
  const files: string[] = [];
  for (let index = 1; index <= count; index++) {
    const riwayat = join(tmp, `bagian-${index}.jsonl`);
    files.push(riwayat);
    const r = await pindaiRegistri(reg, {
      riwayat,
      shard: { index, count },
      now,
      progress: false,
      pindaiUji: async (a, _p, sebelumnya) => {
        assert.equal(sebelumnya, undefined);
        assert.equal(bagianAgensi(a.id, count), index);
        dilihat.set(a.id, (dilihat.get(a.id) ?? 0) + 1);
        return catatanContoh(a.id, now.toISOString());
      },
    });
    assert.deepEqual(r.shard, { index, count });
    assert.equal(r.scanned, r.total);
  }
  assert.equal(dilihat.size, 60);
  assert.ok([...dilihat.values()].every((k) => k === 1));
  const semua: CatatanPindai[] = [];
  for await (const c of bacaRiwayat(files)) semua.push(c);
  assert.equal(semua.length, 60);

  // Second run of shard 1: each agency gets its own last record back.
  const nanti = new Date(now.getTime() + 86_400_000);
  const diterima: [string, string | undefined][] = [];
  await pindaiRegistri(reg, {
    riwayat: files[0] as string,
    shard: { index: 1, count },
    now: nanti,
    progress: false,
    pindaiUji: async (a, _p, sebelumnya) => {
      diterima.push([a.id, sebelumnya?.agencyId]);
      assert.equal(sebelumnya?.scannedAt, now.toISOString());
      return catatanContoh(a.id, nanti.toISOString());
    },
  });
  assert.ok(diterima.length > 0);
  assert.ok(diterima.every(([id, lama]) => id === lama));
});

test('sebelumnya: records found in other files (re-sharding); a path that is no history stops the run before writing', async () => {
  const reg = registri([agensi('kec-a'), agensi('kec-b')]);
  // Last run's records live in another shard's file; this run writes a new one.
  const lama = join(tmp, 'lama-shard-lain.jsonl');
  await pindaiRegistri(reg, {
    riwayat: lama,
    now,
    progress: false,
    pindaiUji: async (a) => catatanContoh(a.id, now.toISOString()),
  });
  const baru = join(tmp, 'shard-baru.jsonl');
  const dilihat: [string, string | undefined][] = [];
  await pindaiRegistri(reg, {
    riwayat: baru,
    sebelumnya: [lama],
    progress: false,
    pindaiUji: async (a, _p, sebelumnya) => {
      dilihat.push([a.id, sebelumnya?.scannedAt]);
      return catatanContoh(a.id, new Date().toISOString());
    },
  });
  assert.deepEqual(dilihat.sort(), [
    ['kec-a', now.toISOString()],
    ['kec-b', now.toISOString()],
  ]);
  const salah = join(tmp, 'tidak-ditulis.jsonl');
  for (const path of [join(tmp, 'tiada.jsonl'), join(tmp, 'registri.csv')]) {
    if (path.endsWith('.csv')) writeFileSync(path, 'id;nama\nkec-a;Kecamatan A\n');
    await assert.rejects(
      pindaiRegistri(reg, { riwayat: salah, sebelumnya: [path], progress: false }),
      (e: unknown) => e instanceof GalatRiwayat && e.teks.id.includes(path),
    );
  }
  assert.throws(() => readFileSync(salah));
});

test('riwayat: an existing file that is not a history is refused before anything is appended; an empty one is a history', async () => {
  const reg = registri([agensi('kec-a')]);
  const kunci = join(tmp, 'keys.json');
  writeFileSync(kunci, '{"keys":[]}\n');
  let dipindai = 0;
  await assert.rejects(
    pindaiRegistri(reg, {
      riwayat: kunci,
      progress: false,
      pindaiUji: async (a) => (dipindai++, catatanContoh(a.id, now.toISOString())),
    }),
    (e: unknown) => e instanceof GalatRiwayat && e.teks.en.includes('is not a scan history file'),
  );
  assert.equal(dipindai, 0);
  assert.equal(readFileSync(kunci, 'utf8'), '{"keys":[]}\n');
  const kosong = join(tmp, 'riwayat-kosong.jsonl');
  writeFileSync(kosong, '');
  await pindaiRegistri(reg, {
    riwayat: kosong,
    progress: false,
    pindaiUji: async (a) => catatanContoh(a.id, now.toISOString()),
  });
  assert.equal((await baca(kosong)).length, 1);
});

test('an aborted run starts no new agency, writes those in flight and says it stopped', async () => {
  const reg = registri(Array.from({ length: 50 }, (_, i) => agensi(`kec-${i}`)));
  const henti = new AbortController();
  let mulai = 0;
  const riwayat = join(tmp, 'henti.jsonl');
  const r = await pindaiRegistri(reg, {
    riwayat,
    now,
    concurrency: 2,
    progress: false,
    signal: henti.signal,
    pindaiUji: async (a) => {
      if (++mulai === 6) henti.abort();
      await jeda(1);
      return catatanContoh(a.id, now.toISOString());
    },
  });
  assert.equal(r.stopped, true);
  assert.ok(r.scanned >= 6 && r.scanned <= 7, String(r.scanned));
  assert.equal((await baca(riwayat)).length, r.scanned);
  assert.match(tabelRingkasan(r, 'en'), /stopped before the end/);
});

test('progress: a bar with counts when asked, nothing on a stream that is not a terminal', async () => {
  const reg = registri([agensi('a'), agensi('b'), agensi('c')]);
  const jalankan = async (progress: boolean | undefined) => {
    const aliran = new PassThrough() as unknown as NodeJS.WriteStream;
    let keluar = '';
    (aliran as unknown as PassThrough).on('data', (d: Buffer) => (keluar += d.toString()));
    await pindaiRegistri(reg, {
      riwayat: join(tmp, 'kemajuan.jsonl'),
      now,
      progress,
      aliranProgress: aliran,
      bahasa: 'en',
      pindaiUji: async (a) => catatanContoh(a.id, now.toISOString()),
    });
    return keluar;
  };
  assert.match(await jalankan(true), /3\/3 agencies/);
  assert.equal(await jalankan(undefined), '');
});

test('the real pindaiAgensi on loopback sites: one answering, one dead; conditional requests on re-scan', async () => {
  const dip = readFileSync(new URL('../../sdk/fixtures/sukamaju/dip.json', import.meta.url));
  const jumlahItem = (JSON.parse(dip.toString()) as { items: unknown[] }).items.length;
  const inm: (string | undefined)[] = [];
  const hidup = await mulaiServer((req, res) => {
    if (req.url === '/dip.json') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(dip);
      return;
    }
    if (req.url === '/') {
      inm.push(req.headers['if-none-match']);
      const kepala = { etag: '"beranda-1"', 'last-modified': 'Mon, 09 Mar 2026 01:00:00 GMT' };
      if (req.headers['if-none-match'] === '"beranda-1"') res.writeHead(304, kepala).end();
      else
        res
          .writeHead(200, { ...kepala, 'content-type': 'text/html' })
          .end('<!doctype html><title>Desa</title>');
      return;
    }
    res.writeHead(404).end();
  });
  const mati = await portMati();
  try {
    const reg = registri([agensi('hidup', hidup.base), agensi('mati', mati)]);
    const riwayat = join(tmp, 'nyata.jsonl');
    const opsi = {
      riwayat,
      now,
      progress: false,
      pengambil: { izinkanAlamatLokal: true, timeoutMs: 5000, retries: 0, backoffMs: 1 },
    };
    const r = await pindaiRegistri(reg, opsi);
    assert.equal(r.scanned, 2);
    assert.equal(r.unreachable, 1);
    assert.ok((r.failures.koneksi ?? 0) >= 1, JSON.stringify(r.failures));
    assert.ok((r.fetches?.requests ?? 0) >= 3);
    const [a, b] = [...(await baca(riwayat))].sort((x, y) => x.agencyId.localeCompare(y.agencyId));
    assert.equal(a?.agencyId, 'hidup');
    assert.equal(a?.unreachable, false);
    assert.equal(a?.dip?.items, jumlahItem);
    assert.ok((a?.score ?? 0) > 0);
    assert.equal(b?.agencyId, 'mati');
    assert.equal(b?.unreachable, true);
    assert.ok(b?.observations.some((o) => o.failure?.reason === 'koneksi'));

    // The second run reads the first run's record: the home page is asked for conditionally.
    await pindaiRegistri(reg, { ...opsi, now: new Date(now.getTime() + 3_600_000) });
    assert.deepEqual(inm, [undefined, '"beranda-1"']);
    assert.equal((await baca(riwayat)).length, 4);
  } finally {
    await hidup.tutup();
  }
});

test('the summary table agrees with its score column: unreachable and not-assessed sites (shown without a score) are counted apart from the bands, the counts add up; numbers as the language writes them', () => {
  const h = new PenghitungRingkasan();
  const t = now.toISOString();
  h.tambah(catatanContoh('dinas-baca', t, { score: 81.8, band: 'menuju-informatif' }), 1540);
  for (const id of ['desa-mati', 'desa-lambat', 'desa-alihan'])
    h.tambah(catatanContoh(id, t, { score: 0, band: 'tidak-informatif', unreachable: true }), 250);
  h.tambah(
    {
      ...catatanContoh('dinas-tertutup', t, { score: 0, band: 'tidak-informatif' }),
      notAssessed: { reason: 'robots', message: { id: '', en: '' }, action: { id: '', en: '' } },
    },
    100,
  );
  const r = {
    riwayat: 'riwayat.jsonl',
    startedAt: t,
    finishedAt: t,
    durationMs: 2_250,
    total: 5,
    scanned: 5,
    stopped: false,
    unreachable: h.unreachable,
    notAssessed: h.notAssessed,
    bands: h.bands,
    failures: h.failures,
    slowest: h.slowest,
  };
  assert.deepEqual(
    [r.bands['tidak-informatif'], r.bands['menuju-informatif'], r.unreachable, r.notAssessed],
    [0, 1, 3, 1],
  );
  const id = tabelRingkasan(r, 'id');
  assert.match(id, /│ Tidak Informatif\s+│ 0\s+│/);
  assert.match(id, /│ Tidak dapat dijangkau \(tanpa skor\)\s+│ 3\s+│/);
  assert.match(id, /│ Tidak dapat dinilai \(tanpa skor\)\s+│ 1\s+│/);
  // Every agency once in the table: its rows add up to the agencies scanned.
  const jumlah = [...id.split('┌')[1]!.matchAll(/│ [^│]+│ (\d+)\s+│/g)].reduce((n, m) => n + Number(m[1]), 0);
  assert.equal(jumlah, r.scanned);
  // Decimal commas in Indonesian, as the report writes them; points in English.
  assert.match(id, /dipindai dalam 2,3 detik/);
  assert.match(id, /│ dinas-baca\s+│[^│]+│ 1,5\s+│ 81,8\s+│/);
  assert.match(id, /│ desa-mati\s+│[^│]+│ 0,3\s+│ —\s+│ tak terjangkau/);
  const en = tabelRingkasan(r, 'en');
  assert.match(en, /scanned in 2\.3 s/);
  assert.match(en, /│ dinas-baca\s+│[^│]+│ 1\.5\s+│ 81\.8\s+│/);
  assert.match(en, /│ Unreachable \(no score\)\s+│ 3\s+│/);
  assert.match(en, /│ Not assessed \(no score\)\s+│ 1\s+│/);
});

test('the summary names the slowest sites’ failures in words, in the chosen language', () => {
  const r = {
    riwayat: 'riwayat.jsonl',
    startedAt: '2026-11-30T00:00:00Z',
    finishedAt: '2026-11-30T00:00:10Z',
    durationMs: 10_000,
    total: 1,
    scanned: 1,
    stopped: false,
    unreachable: 0,
    notAssessed: 0,
    bands: {
      informatif: 0,
      'menuju-informatif': 0,
      'cukup-informatif': 0,
      'kurang-informatif': 1,
      'tidak-informatif': 0,
    },
    failures: { http: 1, 'dip-tidak-sah': 1 },
    slowest: [
      {
        agencyId: 'disdik',
        name: 'Disdik',
        website: 'https://disdik.example.id',
        score: 40,
        band: 'kurang-informatif',
        durationMs: 9000,
        unreachable: false,
        failures: ['http', 'dip-tidak-sah'],
      },
    ],
  } as const;
  assert.match(tabelRingkasan(r, 'id'), /Status HTTP galat, DIP tidak sah/);
  assert.match(tabelRingkasan(r, 'en'), /HTTP error status, Invalid DIP/);
});
