import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPublicKey, verify } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { access, mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import {
  METODE_PEMANTAUAN_VERSI,
  SkemaSetKunci,
  validasiTandaTangan,
  verifikasiFeed,
  validasiFeed,
  type SetKunci,
  type TandaTanganFeed,
} from '@terbuka/sdk';
import { buatKunci, putarKunci } from '../kunci/index.js';
import { GalatTerbit, terbitkan } from './terbitkan.js';
import { catatan, jsonl } from './contoh.test.js';

const folder = (): Promise<string> => mkdtemp(join(tmpdir(), 'terbuka-terbit-'));
const NOW = new Date('2026-11-28T12:00:00Z');

async function dunia(): Promise<{ riwayat: string; kunci: string; keluar: string; root: string }> {
  const root = await folder();
  const riwayat = join(root, 'riwayat.jsonl');
  await writeFile(
    riwayat,
    jsonl([
      catatan('dinkes', 'Dinas Kesehatan', 'opd', 71.5, '2026-11-01T01:00:00Z'),
      catatan('desa-mulya', 'Desa <script>alert(1)</script> Mulya', 'desa', 38.5, '2026-11-27T01:00:00Z'),
      catatan('dinkes', 'Dinas Kesehatan', 'opd', 91.2, '2026-11-27T01:00:00Z'),
      catatan('kec-barat', 'Kecamatan Barat', 'kecamatan', 62, '2026-11-27T02:00:00Z', { unreachable: true }),
    ]) + 'bukan json\n',
  );
  const kunci = join(root, 'kunci');
  await buatKunci(kunci, { now: new Date('2026-11-01T00:00:00Z') });
  return { riwayat, kunci, keluar: join(root, 'publik'), root };
}

const terbit = (
  d: Awaited<ReturnType<typeof dunia>>,
  now = NOW,
  lain: Partial<Parameters<typeof terbitkan>[0]> = {},
) =>
  terbitkan({
    riwayat: [d.riwayat],
    keluar: d.keluar,
    kunci: d.kunci,
    baseUrl: 'https://monitor.sukamajukab.go.id/laporan',
    issuer: { id: 'diskominfo-sukamaju', name: 'Diskominfo Kabupaten Sukamaju' },
    now,
    ...lain,
  });

/** Independent check: node:crypto with a KeyObject built from the published JWK only. */
function sahNode(keys: SetKunci, bytes: Uint8Array, s: { kid: string; sig: string }): boolean {
  const jwk = keys.keys.find((k) => k.kid === s.kid);
  assert.ok(jwk, `kid ${s.kid} published`);
  const kunci = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: jwk.x }, format: 'jwk' });
  return verify(null, bytes, kunci, Buffer.from(s.sig, 'base64url'));
}

test('the feed: latest record per agency, expiry = scan + 7 days, evidence URL, valid for the SDK', async () => {
  const d = await dunia();
  const h = await terbit(d);
  const teks = await readFile(join(d.keluar, 'feed.json'));
  assert.deepEqual(new Uint8Array(teks), h.feedBytes);
  const feed = JSON.parse(teks.toString('utf8'));
  assert.equal(validasiFeed(feed).ok, true);
  assert.equal(feed.generatedAt, NOW.toISOString());
  assert.deepEqual(
    feed.entries.map((e: { agencyId: string; score: number }) => [e.agencyId, e.score]),
    [
      ['desa-mulya', 38.5],
      ['dinkes', 91.2],
      ['kec-barat', 62],
    ],
  );
  const dinkes = feed.entries[1];
  assert.equal(dinkes.band, 'informatif');
  // The scan's instant, written with the body's offset (WIB when the registry names none).
  assert.equal(dinkes.evaluatedAt, '2026-11-27T08:00:00.000+07:00');
  assert.equal(dinkes.expiresAt, '2026-12-04T08:00:00.000+07:00');
  assert.equal(dinkes.methodVersion, METODE_PEMANTAUAN_VERSI);
  assert.equal(dinkes.evidenceUrl, 'https://monitor.sukamajukab.go.id/laporan/agensi/dinkes.html');
});

test('a WITA body scanned after its midnight: the feed, the badge and the evidence page say its day', async () => {
  const d = await dunia();
  const zona = (c: ReturnType<typeof catatan>): ReturnType<typeof catatan> => ({
    ...c,
    agency: { ...c.agency, timeZone: 'Asia/Makassar' },
  });
  // 00:30 WITA on 28 Nov is 23:30 WIB on the 27th.
  await writeFile(
    d.riwayat,
    jsonl([zona(catatan('dinkes', 'Dinas Kesehatan', 'opd', 91.2, '2026-11-27T16:30:00Z'))]),
  );
  await terbit(d);
  const feed = JSON.parse(await readFile(join(d.keluar, 'feed.json'), 'utf8'));
  assert.equal(feed.entries[0].evaluatedAt, '2026-11-28T00:30:00.000+08:00');
  assert.equal(validasiFeed(feed).ok, true);
  const svg = await readFile(join(d.keluar, 'lencana', 'dinkes.svg'), 'utf8');
  assert.match(svg, /per 28 Nov 2026/);
  const bukti = await readFile(join(d.keluar, 'agensi', 'dinkes.html'), 'utf8');
  assert.match(bukti, /28 Nov 2026,? 00[.:]30 WITA/);
  // Every time on its page, the publishing time too, in WITA.
  assert.doesNotMatch(bukti, /WIB/);
  const papan = await readFile(join(d.keluar, 'index.html'), 'utf8');
  assert.match(papan, />28 Nov 2026</);
});

test('feed.json.sig verifies with node:crypto from keys.json and with the SDK; one byte changed fails', async () => {
  const d = await dunia();
  const h = await terbit(d);
  const bytes = new Uint8Array(await readFile(join(d.keluar, 'feed.json')));
  const sig = JSON.parse(await readFile(join(d.keluar, 'feed.json.sig'), 'utf8')) as TandaTanganFeed;
  const keys = JSON.parse(await readFile(join(d.keluar, 'keys.json'), 'utf8')) as SetKunci;
  assert.equal(sig.file, 'feed.json');
  // Both files match the SDK's published formats.
  assert.deepEqual(validasiTandaTangan(sig).errors, []);
  assert.equal(v.safeParse(SkemaSetKunci, keys).success, true);
  assert.deepEqual(
    sig.signatures.map((s) => s.kid),
    h.signedBy,
  );
  assert.equal(sahNode(keys, bytes, sig.signatures[0]!), true);
  const pin = keys.keys.map((k) => k.x);
  const sdk = await verifikasiFeed(bytes, sig, pin);
  assert.deepEqual(sdk.verified && sdk.kid, h.signedBy[0]);

  const ubah = Uint8Array.from(bytes);
  ubah[ubah.length - 10] = ubah[ubah.length - 10]! ^ 0x01;
  assert.equal(sahNode(keys, ubah, sig.signatures[0]!), false);
  const sdkUbah = await verifikasiFeed(ubah, sig, pin);
  assert.equal(sdkUbah.verified, false);
  assert.equal(!sdkUbah.verified && sdkUbah.reason, 'tanda-tangan-salah');
  // No private member is ever published.
  for (const k of keys.keys)
    assert.deepEqual(Object.keys(k).sort(), ['alg', 'created', 'crv', 'kid', 'kty', 'status', 'use', 'x']);
});

test('rotation: during the overlap both kids sign and each pinned key alone verifies; old kid stays listed', async () => {
  const d = await dunia();
  const lama = (await terbit(d)).signedBy[0]!;
  const baru = await putarKunci(d.kunci, { now: NOW, overlapDays: 30 });
  const h = await terbit(d, new Date('2026-12-01T00:00:00Z'));
  assert.deepEqual(h.signedBy, [baru.kid, lama]);
  const bytes = new Uint8Array(await readFile(join(d.keluar, 'feed.json')));
  const sig = JSON.parse(await readFile(join(d.keluar, 'feed.json.sig'), 'utf8')) as TandaTanganFeed;
  const keys = JSON.parse(await readFile(join(d.keluar, 'keys.json'), 'utf8')) as SetKunci;
  // The new feed's signatures come first (the previous feed's follow them: the bridge).
  for (const s of sig.signatures.slice(0, h.signedBy.length))
    assert.equal(sahNode(keys, bytes, s), true, s.kid);
  for (const k of keys.keys) {
    const r = await verifikasiFeed(bytes, sig, [k.x]);
    assert.equal(r.verified && r.kid, k.kid, `pinned ${k.status} key verifies`);
  }
  const sesudah = await terbit(d, new Date('2027-01-15T00:00:00Z'));
  assert.deepEqual(sesudah.signedBy, [baru.kid]);
  const keys2 = JSON.parse(await readFile(join(d.keluar, 'keys.json'), 'utf8')) as SetKunci;
  assert.deepEqual(
    keys2.keys.map((k) => [k.kid, k.status]),
    [
      [baru.kid, 'aktif'],
      [lama, 'pensiun'],
    ],
  );
});

test('badges: a shields endpoint JSON and the SDK SVG per agency; the output has every page and no staging left', async () => {
  const d = await dunia();
  const h = await terbit(d);
  const shields = JSON.parse(await readFile(join(d.keluar, 'lencana/dinkes.json'), 'utf8'));
  assert.deepEqual(shields, {
    schemaVersion: 1,
    label: 'keterbukaan informasi',
    message: '91,2 · Informatif',
    color: '1B5E20',
    cacheSeconds: 3600,
  });
  const svg = await readFile(join(d.keluar, 'lencana/desa-mulya.svg'), 'utf8');
  assert.match(svg, /^<svg [^>]*role="img"/);
  assert.match(svg, /Desa &lt;script&gt;alert\(1\)&lt;\/script&gt; Mulya/);
  assert.doesNotMatch(svg, /<script/);
  for (const f of [
    'index.html',
    'jenis-opd.html',
    'jenis-kecamatan.html',
    'jenis-kelurahan.html',
    'jenis-desa.html',
    'metode.html',
    'agensi/dinkes.html',
    'aset/laporan.css',
    'aset/urut.js',
  ])
    assert.ok(h.files.includes(f), f);
  assert.deepEqual((await readdir(d.root)).sort(), ['kunci', 'publik', 'riwayat.jsonl']);
  assert.deepEqual(
    (await readdir(d.keluar)).filter((n) => n.startsWith('.')),
    [],
  );
  // Past expiry at publishing time: grey and saying so.
  const lambat = await terbit(d, new Date('2026-12-30T00:00:00Z'));
  assert.ok(lambat);
  const kedaluwarsa = JSON.parse(await readFile(join(d.keluar, 'lencana/dinkes.json'), 'utf8'));
  assert.equal(kedaluwarsa.color, '5F6368');
  assert.match(kedaluwarsa.message, /kedaluwarsa/);
});

test('every value from data is escaped in the pages; unsafe ids are skipped, bad input refused', async () => {
  const d = await dunia();
  await writeFile(d.riwayat, jsonl([catatan('../luar', 'Jahat', 'opd', 50, '2026-11-27T01:00:00Z')]), {
    flag: 'a',
  });
  const h = await terbit(d);
  assert.deepEqual(
    h.skipped.map((m) => m.code),
    ['riwayat.invalid-line', 'agency.id-unsafe'],
  );
  for (const f of h.files.filter((f) => f.endsWith('.html'))) {
    const teks = await readFile(join(d.keluar, f), 'utf8');
    assert.doesNotMatch(teks, /<script>alert/, f);
    assert.doesNotMatch(teks, /<script(?![^>]*src="(\.\.\/)?aset\/urut\.js")/, f);
    assert.doesNotMatch(teks, / style=/, f);
  }
  const papan = await readFile(join(d.keluar, 'index.html'), 'utf8');
  assert.match(papan, /Desa &lt;script&gt;alert\(1\)&lt;\/script&gt; Mulya/);
  await assert.rejects(terbitkan({ ...opsiDari(d), baseUrl: 'javascript:alert(1)' }), GalatTerbit);
  // A validity past a month (a typo: 365 for 7) would let a replayed feed pass as current for a year.
  for (const validityDays of [0, 32, 365, Number.NaN])
    await assert.rejects(
      terbitkan({ ...opsiDari(d), validityDays }),
      (e: GalatTerbit) => e instanceof GalatTerbit && /31/.test(e.teks.id) && /31/.test(e.teks.en),
    );
  await assert.rejects(terbitkan({ ...opsiDari(d), riwayat: [join(d.root, 'kosong.jsonl')] }), /ENOENT/);
  await writeFile(join(d.root, 'kosong.jsonl'), '');
  await assert.rejects(terbitkan({ ...opsiDari(d), riwayat: [join(d.root, 'kosong.jsonl')] }), GalatTerbit);
});

const opsiDari = (d: Awaited<ReturnType<typeof dunia>>) => ({
  riwayat: [d.riwayat],
  keluar: d.keluar,
  kunci: d.kunci,
  baseUrl: 'https://monitor.sukamajukab.go.id/',
  issuer: { id: 'x', name: 'X' },
  now: NOW,
});

test('one publish at a time per folder: a second one is refused in id/en; a lock of an ended process is taken over', async () => {
  const d = await dunia();
  const kunciBerkas = join(d.keluar, '.terbit.lock');
  const hasil = await Promise.allSettled([terbit(d), terbit(d)]);
  assert.deepEqual(hasil.map((h) => h.status).sort(), ['fulfilled', 'rejected']);
  const galat = hasil.find((h) => h.status === 'rejected')!.reason as GalatTerbit;
  assert.ok(galat instanceof GalatTerbit);
  assert.match(galat.teks.id, /^Penerbitan lain ke .*publik sedang berjalan/);
  assert.match(galat.teks.en, /^Another publish into .*publik is running/);
  await assert.rejects(access(kunciBerkas), /ENOENT/);
  // A lock held by a live process (this one) stops a publish before anything is written.
  const d2 = await dunia();
  const kunci2 = join(d2.keluar, '.terbit.lock');
  await mkdir(d2.keluar);
  await writeFile(
    kunci2,
    JSON.stringify({ pid: process.pid, host: hostname(), startedAt: NOW.toISOString() }),
  );
  await assert.rejects(terbit(d2), (e: GalatTerbit) => e.teks.en.includes(`process ${process.pid}`));
  await assert.rejects(access(join(d2.keluar, 'feed.json')), /ENOENT/);
  // A lock left by a process that has ended is stale: taken over, and said.
  const mati = spawnSync(process.execPath, ['-e', '']).pid;
  await writeFile(kunci2, JSON.stringify({ pid: mati, host: hostname(), startedAt: NOW.toISOString() }));
  const alih = await terbit(d2);
  await assert.rejects(access(kunci2), /ENOENT/);
  assert.deepEqual(
    alih.skipped.filter((m) => m.code === 'publish.stale-lock').map((m) => m.path),
    [kunci2],
  );
  assert.match(
    alih.skipped[0]?.message.en ?? '',
    new RegExp(`of a publish that has ended \\(process ${mati} `),
  );
  // An empty lock (a crash between creating and writing it): refused while it could be a publish in that
  // instant; older than a minute, taken over with a notice.
  await writeFile(kunci2, '');
  await assert.rejects(terbit(d2), (e: GalatTerbit) => /sedang berjalan\. Tunggu/.test(e.teks.id));
  const duaMenit = new Date(Date.now() - 120_000);
  await utimes(kunci2, duaMenit, duaMenit);
  const kosong = await terbit(d2);
  await assert.rejects(access(kunci2), /ENOENT/);
  const pesan = kosong.skipped.find((m) => m.code === 'publish.stale-lock')?.message;
  assert.match(
    pesan?.id ?? '',
    /\.terbit\.lock kosong \(penerbitan sebelumnya terhenti saat membuatnya\) dan diambil alih/,
  );
  assert.match(
    pesan?.en ?? '',
    /\.terbit\.lock was empty \(an earlier publish stopped while creating it\) and was taken over/,
  );
  // A lock with content that is not a lock (written by hand?) is not guessed at: refused as before.
  await writeFile(kunci2, 'sedang dipakai');
  await utimes(kunci2, duaMenit, duaMenit);
  await assert.rejects(terbit(d2), (e: GalatTerbit) =>
    e.teks.en.includes(`if none is running, delete ${kunci2}`),
  );
});

test('a feed in place that no known key verifies is told through laporkan before any file is replaced', async () => {
  const d = await dunia();
  await terbit(d);
  await writeFile(join(d.keluar, 'feed.json'), '{"diubah": true}\n');
  const urutan: string[] = [];
  const h = await terbitkan({
    ...opsiDari(d),
    laporkan: (m) => urutan.push(m.code),
    diPasang: (p) => void urutan.push(p),
  });
  const ditulisPertama = urutan.indexOf('aset/laporan.css');
  assert.ok(ditulisPertama > 0, urutan.join(' '));
  assert.ok(urutan.slice(0, ditulisPertama).includes('feed.unverified-in-place'), urutan.join(' '));
  assert.ok(h.skipped.some((m) => m.code === 'feed.unverified-in-place'));
  // After it, the feed in place is the publisher's again: nothing to say.
  const lagi = await terbitkan(opsiDari(d));
  assert.ok(!lagi.skipped.some((m) => m.code === 'feed.unverified-in-place'));
});

test('files of agencies no longer in the history are removed and reported; other files are kept', async () => {
  const d = await dunia();
  await terbit(d);
  await writeFile(join(d.keluar, 'lencana', 'BACA.txt'), 'bukan milik penerbit');
  await writeFile(
    d.riwayat,
    jsonl([catatan('dinkes', 'Dinas Kesehatan', 'opd', 91.2, '2026-11-27T01:00:00Z')]),
  );
  const h = await terbit(d);
  assert.deepEqual(h.removed, [
    'agensi/desa-mulya.html',
    'agensi/kec-barat.html',
    'en/agensi/desa-mulya.html',
    'en/agensi/kec-barat.html',
    'lencana/desa-mulya.json',
    'lencana/desa-mulya.svg',
    'lencana/kec-barat.json',
    'lencana/kec-barat.svg',
  ]);
  assert.deepEqual((await readdir(join(d.keluar, 'lencana'))).sort(), [
    'BACA.txt',
    'dinkes.json',
    'dinkes.svg',
  ]);
  assert.deepEqual(await readdir(join(d.keluar, 'agensi')), ['dinkes.html']);
  assert.deepEqual(await readdir(join(d.keluar, 'en', 'agensi')), ['dinkes.html']);
});

test('at every rename the signature file holds a signature of the feed beside it (the bridge)', async () => {
  const d = await dunia();
  await terbit(d);
  const x = (JSON.parse(await readFile(join(d.keluar, 'keys.json'), 'utf8')) as SetKunci).keys.map(
    (k) => k.x,
  );
  const dilihat: string[] = [];
  await terbitkan({
    ...opsiDari(d),
    baseUrl: 'https://monitor.sukamajukab.go.id/laporan',
    now: new Date(NOW.getTime() + 3_600_000),
    diPasang: async (p) => {
      const bytes = new Uint8Array(await readFile(join(d.keluar, 'feed.json')));
      const sig = JSON.parse(await readFile(join(d.keluar, 'feed.json.sig'), 'utf8')) as unknown;
      const v = await verifikasiFeed(bytes, sig, x);
      assert.equal(v.verified, true, `after ${p}: ${v.verified ? '' : v.reason}`);
      if (p.startsWith('feed')) dilihat.push(p);
    },
  });
  assert.deepEqual(dilihat, ['feed.json.sig', 'feed.json', 'feed.json.sig']);
});

test("the signature file published holds the previous feed's signature too, so a copy that sends it first never mismatches; it does not grow", async () => {
  const d = await dunia();
  const x = async (): Promise<string[]> =>
    (JSON.parse(await readFile(join(d.keluar, 'keys.json'), 'utf8')) as SetKunci).keys.map((k) => k.x);
  await terbit(d);
  const feedLama = new Uint8Array(await readFile(join(d.keluar, 'feed.json')));
  for (const jam of [1, 2, 3]) {
    const sebelum = new Uint8Array(await readFile(join(d.keluar, 'feed.json')));
    await terbit(d, new Date(NOW.getTime() + jam * 3_600_000));
    const sig = JSON.parse(await readFile(join(d.keluar, 'feed.json.sig'), 'utf8')) as TandaTanganFeed;
    const baru = new Uint8Array(await readFile(join(d.keluar, 'feed.json')));
    // A web server that got the new signature file before the new feed serves the previous feed with it.
    for (const feed of [sebelum, baru])
      assert.equal((await verifikasiFeed(feed, sig, await x())).verified, true);
    // The new feed's signature and the previous one's: never more.
    assert.equal(sig.signatures.length, 2, `publish ${jam}`);
  }
  // The feed of three publishes ago is no longer signed by it.
  const sig = JSON.parse(await readFile(join(d.keluar, 'feed.json.sig'), 'utf8')) as TandaTanganFeed;
  assert.equal((await verifikasiFeed(feedLama, sig, await x())).verified, false);
});

test('a night the site is not reached publishes no signed 0 while the last reached result is valid; past it, it does', async () => {
  const d = await dunia();
  const gagal = (scannedAt: string) =>
    catatan('dinkes', 'Dinas Kesehatan', 'opd', 0, scannedAt, { unreachable: true });
  await writeFile(
    d.riwayat,
    jsonl([
      catatan('dinkes', 'Dinas Kesehatan', 'opd', 91.2, '2026-11-25T01:00:00Z'),
      gagal('2026-11-28T01:00:00Z'),
    ]),
  );
  const h0 = await terbit(d);
  const feed = JSON.parse(await readFile(join(d.keluar, 'feed.json'), 'utf8'));
  assert.deepEqual(
    [feed.entries[0].score, feed.entries[0].band, feed.entries[0].evaluatedAt],
    [91.2, 'informatif', '2026-11-25T08:00:00.000+07:00'],
  );
  const bukti = await readFile(join(d.keluar, 'agensi', 'dinkes.html'), 'utf8');
  assert.match(
    bukti,
    /tidak dapat dijangkau pada pemindaian terakhir<\/strong> \(<time datetime="2026-11-28T01:00:00Z"/,
  );
  assert.match(await readFile(join(d.keluar, 'index.html'), 'utf8'), /skor dari pemindaian sebelumnya/);
  // Seven days after the last reached scan, the failed one is the result.
  await terbit(d, new Date('2026-12-02T12:00:00Z'));
  const lewat = JSON.parse(await readFile(join(d.keluar, 'feed.json'), 'utf8'));
  assert.deepEqual([lewat.entries[0].score, lewat.entries[0].band], [0, 'tidak-informatif']);
  // Published a month later with no new scan: said, every badge would show "expired".
  const basi = await terbit(d, new Date('2027-01-01T00:00:00Z'));
  assert.match(
    basi.skipped.find((m) => m.code === 'feed.expired-entries')?.message.id ?? '',
    /^1 dari 1 hasil sudah kedaluwarsa/,
  );
  assert.ok(!h0.skipped.some((m) => m.code === 'feed.expired-entries'));
});

test('with the registry, an agency taken out of it leaves the feed and the report, its files removed', async () => {
  const d = await dunia();
  await terbit(d);
  const h = await terbitkan({ ...opsiDari(d), now: NOW, agencies: new Set(['dinkes', 'desa-mulya']) });
  assert.deepEqual(
    h.feed.entries.map((e) => e.agencyId),
    ['desa-mulya', 'dinkes'],
  );
  assert.ok(h.removed.includes('agensi/kec-barat.html'), h.removed.join(' '));
  assert.doesNotMatch(await readFile(join(d.keluar, 'index.html'), 'utf8'), /Kecamatan Barat/);
});

test("a WITA district's report pages say their publishing time in WITA, the ranking's introduction as its footer; the feed's issuer is unchanged", async () => {
  const d = await dunia();
  const h = await terbitkan({ ...opsiDari(d), issuer: { id: 'x', name: 'X', timeZone: 'Asia/Makassar' } });
  for (const f of ['index.html', 'metode.html', 'jenis-desa.html', 'en/index.html', 'en/metode.html'])
    assert.match(
      await readFile(join(d.keluar, f), 'utf8'),
      /(?:Diterbitkan|Published)\s+<time[^>]*>28 Nov 2026,? 20[.:]00 WITA</,
      f,
    );
  for (const [f, kata] of [
    ['index.html', 'Pemindaian terakhir diterbitkan'],
    ['jenis-desa.html', 'Pemindaian terakhir diterbitkan'],
    ['en/index.html', 'The latest scan was\\s+published'],
  ] as const) {
    const isi = await readFile(join(d.keluar, f), 'utf8');
    assert.match(isi, new RegExp(`${kata}\\s+<time[^>]*>28 Nov 2026,? 20[.:]00 WITA<`), f);
    // Every time the page writes (scan dates aside) carries the district's zone, never WIB.
    assert.doesNotMatch(isi, /WIB/, f);
  }
  assert.deepEqual(h.feed.issuer, { id: 'x', name: 'X' });
});

test('a scan dated more than a day ahead of the publish (a wrong clock) is not signed; within a day it is', async () => {
  const d = await dunia();
  await writeFile(
    d.riwayat,
    jsonl([
      // NOW is 2026-11-28T12:00Z: 37 hours ahead, and 18 hours ahead (a clock in another zone set by hand).
      catatan('dinkes', 'Dinas Kesehatan', 'opd', 91.2, '2026-11-30T01:00:00Z'),
      catatan('desa-mulya', 'Desa Mulya', 'desa', 38.5, '2026-11-29T06:00:00Z'),
    ]),
  );
  const h = await terbit(d);
  const feed = JSON.parse(await readFile(join(d.keluar, 'feed.json'), 'utf8'));
  assert.deepEqual(
    feed.entries.map((e: { agencyId: string }) => e.agencyId),
    ['desa-mulya'],
  );
  const m = h.skipped.find((x) => x.code === 'feed.future-entry');
  assert.equal(m?.path, 'dinkes');
  assert.match(m?.message.id ?? '', /masa depan \(2026-11-30T01:00:00Z\).*jam mesin pemindai/);
  assert.match(m?.message.en ?? '', /in the future .*clock/);
});

test('after a scan dated a year ahead, the next scan with the clock set right is the result, not hidden by it', async () => {
  const d = await dunia();
  await writeFile(
    d.riwayat,
    jsonl([
      catatan('dinkes', 'Dinas Kesehatan', 'opd', 80.1, '2026-11-20T01:00:00Z'),
      catatan('dinkes', 'Dinas Kesehatan', 'opd', 91.2, '2027-11-27T01:00:00Z'),
      catatan('dinkes', 'Dinas Kesehatan', 'opd', 70.4, '2026-11-28T11:00:00Z'),
    ]),
  );
  const h = await terbit(d);
  const feed = JSON.parse(await readFile(join(d.keluar, 'feed.json'), 'utf8'));
  assert.deepEqual(
    feed.entries.map((e: { agencyId: string; score: number }) => [e.agencyId, e.score]),
    [['dinkes', 70.4]],
  );
  assert.ok(h.skipped.some((x) => x.code === 'feed.future-entry' && x.path === 'dinkes'));
  // The report too: the evidence page's score and its history hold no point from the future.
  const bukti = await readFile(join(d.keluar, 'agensi', 'dinkes.html'), 'utf8');
  assert.match(bukti, /70,4/);
  assert.doesNotMatch(bukti, /91,2|2027/);
  assert.ok(await readFile(join(d.keluar, 'lencana', 'dinkes.svg'), 'utf8'));
});

test('a failure once the new feed is in place (the final feed.json.sig cannot be renamed) is an error in skipped, never a throw saying nothing was published; the staging folder and the lock still go', async () => {
  const d = await dunia();
  const dikabari: string[] = [];
  const h = await terbitkan({
    riwayat: [d.riwayat],
    keluar: d.keluar,
    kunci: d.kunci,
    baseUrl: 'https://monitor.sukamajukab.go.id/',
    issuer: { id: 'diskominfo-sukamaju', name: 'Diskominfo Kabupaten Sukamaju' },
    now: NOW,
    laporkan: (m) => void dikabari.push(m.code),
    // A folder where the signature file goes, once the feed is in place: its rename fails (EISDIR).
    diPasang: async (p) => {
      if (p === 'feed.json') await mkdir(join(d.keluar, 'feed.json.sig', 'x'), { recursive: true });
    },
  });
  const m = h.skipped.find((x) => x.code === 'publish.incomplete');
  assert.equal(m?.severity, 'error');
  assert.equal(m?.path, 'feed.json.sig');
  assert.match(
    m?.message.en ?? '',
    /^The publish succeeded \(the new feed is in place\), but feed\.json\.sig failed: .*EISDIR.* The new feed has no matching signature yet: badges show "not verified" until the next publish succeeds\. Fix the cause and publish again\.$/,
  );
  assert.match(
    m?.message.id ?? '',
    /^Penerbitan berhasil \(feed baru sudah terpasang\), tetapi feed\.json\.sig gagal: /,
  );
  assert.ok(dikabari.includes('publish.incomplete'), 'told as it arises');
  // The rest of the publish went on: the feed in place, the staging folder and the lock gone.
  assert.deepEqual(JSON.parse(await readFile(join(d.keluar, 'feed.json'), 'utf8')), h.feed);
  assert.deepEqual(
    (await readdir(d.keluar)).filter((n) => n.startsWith('.terbit')),
    [],
  );
});

test('a rename failing after some files of the run are in place but before feed.json is not "nothing was published": it names what is in place and that the feed is still the earlier one (a refusal, exit 1: nothing to upload)', async () => {
  const d = await dunia();
  await terbit(d);
  const feedLama = await readFile(join(d.keluar, 'feed.json'));
  const sigLama = await readFile(join(d.keluar, 'feed.json.sig'));
  const besok = new Date(NOW.getTime() + 86_400_000);
  // A folder (not empty) where keys.json must go, once the first files of the run are in place: the
  // rename of keys.json fails for real (EISDIR), after the assets, badges and pages were renamed.
  const galat = await terbit(d, besok, {
    diPasang: async (p) => {
      if (p !== 'aset/laporan.css') return;
      await rm(join(d.keluar, 'keys.json'));
      await mkdir(join(d.keluar, 'keys.json', 'x'), { recursive: true });
    },
  }).then(
    () => assert.fail('must not succeed'),
    (e: unknown) => e,
  );
  assert.ok(galat instanceof GalatTerbit);
  // Not a usage error (exit 2) and not "published" (exit 5): a refusal (exit 1), so no recipe uploads.
  assert.equal(galat.penggunaan, false);
  assert.doesNotMatch(galat.teks.en, /Nothing was published/i);
  assert.doesNotMatch(galat.teks.id, /Tidak ada yang diterbitkan/i);
  assert.match(
    galat.teks.en,
    /^The publish stopped partway, before the new feed was in place: .*keys\.json is a folder where a file must be \(EISDIR\)\..* \d+ of \d+ files of this run are in place in .* \(aset\/laporan\.css, aset\/urut\.js, aset\/ikon\.svg, lencana\/desa-mulya\.json, lencana\/desa-mulya\.svg, …\)\. feed\.json and feed\.json\.sig are still the earlier ones, so the feed being served is unchanged; the files not listed are the earlier ones too\. Do not copy this folder to the web server; fix the cause and publish again: the next publish puts every file in place\.$/,
  );
  assert.match(galat.teks.id, /^Penerbitan terhenti di tengah jalan, sebelum feed baru terpasang: /);
  assert.equal(galat.errors[0]?.code, 'publish.partial');
  assert.equal(galat.errors[0]?.severity, 'error');
  // What it says is what is on disk: the earlier feed and signature, a new page, no staging, no lock.
  assert.deepEqual(await readFile(join(d.keluar, 'feed.json')), feedLama);
  assert.deepEqual(await readFile(join(d.keluar, 'feed.json.sig')), sigLama);
  assert.ok(galat.errors[0]?.path.split(',').includes('agensi/dinkes.html'));
  assert.deepEqual(
    (await readdir(d.keluar)).filter((n) => n.startsWith('.terbit')),
    [],
  );

  // The rename of feed.json itself failing (its staged file gone), after the bridge signature went in.
  await rm(join(d.keluar, 'keys.json'), { recursive: true });
  await terbit(d);
  const feedSebelum = await readFile(join(d.keluar, 'feed.json'));
  const g2 = await terbit(d, besok, {
    diPasang: async (p) => {
      if (p !== 'feed.json.sig') return;
      for (const n of await readdir(d.keluar))
        if (n.startsWith('.terbit-')) await rm(join(d.keluar, n, 'feed.json'));
    },
  }).then(
    () => assert.fail('must not succeed'),
    (e: unknown) => e,
  );
  assert.ok(g2 instanceof GalatTerbit);
  assert.equal(g2.penggunaan, false);
  assert.match(
    g2.teks.en,
    / feed\.json was not replaced, and feed\.json\.sig is the bridge \(the new and the earlier signatures\), which still verifies the earlier feed; the files not listed are the earlier ones too\./,
  );
  assert.deepEqual(await readFile(join(d.keluar, 'feed.json')), feedSebelum);
});
