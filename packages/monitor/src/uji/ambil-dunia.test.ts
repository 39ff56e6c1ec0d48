// The real fetcher against the fixture world: each failing kind of site gives its recorded reason, a
// disallowed site is never asked for anything but robots.txt, and a re-fetch of a static page is a 304.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Pengambil } from '../ambil/index.js';
import { mulaiDunia, type Dunia } from './dunia.js';

const NOW = new Date('2026-11-20T03:00:00Z');
let dunia: Dunia;
let pengambil: Pengambil;

before(async () => {
  dunia = await mulaiDunia({ now: NOW, lambatMs: 60_000, besarBytes: 200_000 });
  pengambil = new Pengambil({
    izinkanAlamatLokal: true,
    userAgent: 'TerbukaMonitor/uji (+http://127.0.0.1/)',
    timeoutMs: 5000, // generous: a loaded machine (CI, 2 cores) must not turn a healthy site into a timeout
    retries: 1,
    backoffMs: 20,
    maxBytes: 100_000,
  });
});
after(async () => {
  await pengambil.tutup();
  await dunia.tutup();
});

test('every site of the world: home page and DIP fail with the expected reason, or are read', async () => {
  const agencies = dunia.registri.agencies;
  const hasil = await Promise.all(
    agencies.map(async (a) => ({
      a,
      beranda: await pengambil.ambil(a.website, { kind: 'beranda' }),
      dip: await pengambil.ambil(a.dipUrls[0]!, { kind: 'dip' }),
    })),
  );
  for (const { a, beranda, dip } of hasil) {
    const h = dunia.harapan.get(a.id)!;
    for (const [kind, r] of [
      ['beranda', beranda],
      ['dip', dip],
    ] as const) {
      const harap = h.gagal[kind];
      // A DIP that is read but not valid is the scan's verdict, not the fetcher's.
      if (harap && harap.reason !== 'dip-tidak-sah') {
        assert.equal(r.ok, false, `${a.id} ${kind} should fail`);
        assert.equal(r.ok ? undefined : r.failure.reason, harap.reason, `${a.id} ${kind}`);
        if (harap.status !== undefined) assert.equal(r.ok ? undefined : r.failure.status, harap.status);
      } else assert.equal(r.ok, true, `${a.id} ${kind}: ${r.ok ? '' : r.failure.reason}`);
    }
  }
});

test('robots.txt honoured: the disallowing site only ever sees requests for /robots.txt, with our User-Agent', () => {
  const id = [...dunia.rencana.values()].find((r) => r.jenis === 'robots')!.id;
  const log = dunia.log(id);
  assert.ok(log.length >= 1);
  assert.deepEqual([...new Set(log.map((l) => l.path))], ['/robots.txt']);
  assert.ok(log.every((l) => l.userAgent?.startsWith('TerbukaMonitor/')));
});

test('conditional re-fetch: the static page answers 304 to the validators of the first fetch', async () => {
  const a = dunia.registri.agencies.find((x) => dunia.rencana.get(x.id)!.jenis === 'statis')!;
  const satu = await pengambil.ambil(a.website, { kind: 'beranda' });
  assert.ok(satu.ok);
  const dua = await pengambil.ambil(a.website, {
    kind: 'beranda',
    ...(satu.headers.etag ? { etag: satu.headers.etag } : {}),
    ...(satu.headers.lastModified ? { lastModified: satu.headers.lastModified } : {}),
  });
  assert.ok(dua.ok);
  assert.equal(dua.notModified, true);
  assert.equal(dunia.log(a.id).at(-1)?.status, 304);
});
