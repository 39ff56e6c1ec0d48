// The real scan path (`pindaiAgensi`: fetcher, sources, anti-gaming and the SDK's `nilaiPemantauan`)
// over the whole fixture world, checked against expectations derived here by hand from the published
// method monev-2026.3 (DIP weights 28/24/8/8/12, activity 20: half recency, half regularity). A wrong
// weight, a broken source or a missing anti-gaming rule changes a number below.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { METODE_PEMANTAUAN_VERSI } from '@terbuka/sdk';
import { Pengambil } from '../ambil/index.js';
import { pindaiAgensi } from '../sumber/index.js';
import type { Agensi, CatatanPindai } from '../types.js';
import { mulaiDunia, type Dunia } from './dunia.js';
import { JUMLAH_PER_PUTARAN, type Harapan } from './rencana.js';
import { aktivitasHarapan, skorHarapan } from './skor-harapan.js';

const NOW = new Date('2026-11-20T03:00:00Z');
const BESOK = new Date(NOW.getTime() + 86_400_000);
let dunia: Dunia;
let pengambil: Pengambil;
const scan1 = new Map<string, CatatanPindai>();
const scan2 = new Map<string, CatatanPindai>();

const agensiJenis = (jenis: Harapan['jenis']): Agensi =>
  dunia.registri.agencies.find((a) => dunia.harapan.get(a.id)!.jenis === jenis)!;

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
  const semua = await Promise.all(
    dunia.registri.agencies.map((a) => pindaiAgensi(a, pengambil, undefined, NOW)),
  );
  for (const c of semua) scan1.set(c.agencyId, c);
  // A day later, the gaming site, its honest twin and the static site are scanned again.
  dunia.setelJam(BESOK);
  for (const jenis of ['curang', 'berubah', 'statis'] as const) {
    const a = agensiJenis(jenis);
    scan2.set(a.id, await pindaiAgensi(a, pengambil, scan1.get(a.id), BESOK));
  }
});
after(async () => {
  await pengambil.tutup();
  await dunia.tutup();
});

/** Round 0 (all OPD), derived by hand: DIP part + activity. */
const SKOR_PUTARAN_0: readonly [number, string][] = [
  [100, 'informatif'], // wordpress lengkap harian: 80 + 20
  [71.6, 'cukup-informatif'], // wordpress separuh mingguan: 12.7 + 10.9 + 28 + 20
  [44, 'kurang-informatif'], // wordpress basi jarang: 44 + 0
  [87, 'menuju-informatif'], // wordpress tanpa-dik bulanan: 72 + 15
  [100, 'informatif'], // rss lengkap mingguan
  [69.2, 'cukup-informatif'], // rss separuh (CSV: no SK DIP, 5.6 of 8) harian: 12.7 + 10.9 + 5.6 + 20 + 20
  [59, 'kurang-informatif'], // atom basi bulanan: 44 + 15
  [97.6, 'informatif'], // atom lengkap (CSV) harian: 77.6 + 20
  [92, 'informatif'], // sitemap tanpa-dik mingguan: 72 + 20
  [49.2, 'kurang-informatif'], // sitemap separuh (CSV) jarang
  [90, 'informatif'], // statis lengkap, Last-Modified 20 days ago: 80 + 10
  [54, 'kurang-informatif'], // statis basi: 44 + 10
  [0, 'tidak-informatif'], // mati
  [0, 'tidak-informatif'], // dns
  [0, 'tidak-informatif'], // lambat
  [0, 'tidak-informatif'], // alihan
  [0, 'tidak-informatif'], // besar
  [20, 'tidak-informatif'], // dip-rusak, RSS harian: activity only
  [20, 'tidak-informatif'], // dip-csv-rusak, WordPress mingguan
  [15, 'tidak-informatif'], // dip-hilang, Atom bulanan
  [0, 'tidak-informatif'], // robots
  [90, 'informatif'], // curang lengkap, first scan: its claim is taken once
  [61.6, 'cukup-informatif'], // berubah separuh: 51.6 + 10
  [92, 'informatif'], // sosial-youtube tanpa-dik harian
  [64, 'cukup-informatif'], // sosial-mastodon basi mingguan: 44 + 20
];

test('round 0: every score and band as derived by hand from the published weights', () => {
  assert.equal(SKOR_PUTARAN_0.length, JUMLAH_PER_PUTARAN);
  const a = dunia.registri.agencies.slice(0, JUMLAH_PER_PUTARAN);
  assert.deepEqual(
    a.map((x) => [scan1.get(x.id)!.score, scan1.get(x.id)!.band]),
    SKOR_PUTARAN_0,
  );
  // The spread covers every band.
  assert.equal(new Set(SKOR_PUTARAN_0.map(([, b]) => b)).size, 5);
});

test('every agency: failures with their reason, DIP read, activity, score, method, endpoint', () => {
  for (const a of dunia.registri.agencies) {
    const h = dunia.harapan.get(a.id)!;
    const c = scan1.get(a.id)!;
    const pesan = `${a.id}`;
    assert.equal(c.agencyId, a.id);
    assert.equal(c.scannedAt.slice(0, 16), NOW.toISOString().slice(0, 16), pesan);
    assert.equal(c.methodVersion, METODE_PEMANTAUAN_VERSI);
    assert.equal(c.unreachable, h.unreachable, `${pesan} unreachable`);
    assert.equal(c.notAssessed?.reason, h.notAssessed, `${pesan} notAssessed`);

    for (const [kind, g] of Object.entries(h.gagal)) {
      const o = c.observations.filter((x) => x.kind === kind);
      assert.ok(o.length > 0, `${pesan}: no ${kind} observation`);
      assert.ok(
        o.some(
          (x) => x.failure?.reason === g.reason && (g.status === undefined || x.failure.status === g.status),
        ),
        `${pesan} ${kind}: expected ${g.reason}, got ${JSON.stringify(o.map((x) => x.failure?.reason))}`,
      );
    }
    if (h.dip) {
      assert.equal(c.dip?.format, h.dip.format, pesan);
      assert.equal(c.dip?.items, h.dip.items, pesan);
      assert.equal(c.dip?.errors, 0, pesan);
      assert.equal(c.observations.find((o) => o.kind === 'dip')?.failure, undefined, pesan);
    }

    const harap = aktivitasHarapan(h);
    const { poin: poinAktivitas, ...ringkas } = harap;
    const { lastUpdateAt, ...dapat } = c.activity;
    assert.deepEqual(dapat, ringkas, `${pesan} activity (${h.pola} via ${h.sumberAktivitas ?? '-'})`);
    assert.equal(
      lastUpdateAt === undefined,
      h.pola === 'tidak-ada' && !['statis', 'curang', 'berubah'].includes(h.jenis),
    );

    const kontribusi = new Map(c.contributions.map((k) => [k.code, k]));
    assert.equal(kontribusi.get('aktivitas-situs')?.points, poinAktivitas, `${pesan} activity points`);
    assert.equal(c.score, skorHarapan(h, a.kind), `${pesan} score`);
    // Contributions add up to the score exactly, each with a reason in both languages.
    assert.equal(
      Math.round(c.contributions.reduce((n, k) => n + k.points * 10, 0)),
      Math.round(c.score * 10),
    );
    for (const k of c.contributions) assert.ok(k.reason.id && k.reason.en, `${pesan} ${k.code} reason`);

    const wajib = a.kind === 'desa' ? 7 : 11;
    const adaWajib = h.dip?.varian === 'separuh' ? Math.floor(wajib / 2) : h.dip ? wajib : 0;
    assert.equal(c.missing.length, wajib - adaWajib, `${pesan} missing`);

    if (h.endpoint) assert.equal(c.endpoint?.ok, h.endpoint.ok, `${pesan} endpoint`);
    else assert.equal(c.endpoint, undefined, pesan);
  }
});

test('politeness: robots-disallowed site sees only robots.txt; our User-Agent everywhere; no feedless social page fetched', () => {
  for (const a of dunia.registri.agencies) {
    const log = dunia.log(a.id);
    for (const l of log) assert.match(l.userAgent ?? '', /^TerbukaMonitor\//, `${a.id} ${l.path}`);
    if (dunia.harapan.get(a.id)!.jenis === 'robots')
      assert.deepEqual([...new Set(log.map((l) => l.path))], ['/robots.txt']);
  }
  assert.ok(dunia.logPlatform.some((l) => l.path.includes('/feeds/videos.xml')));
  assert.ok(dunia.logPlatform.some((l) => l.path.endsWith('.rss')));
  assert.ok(!dunia.logPlatform.some((l) => l.path.includes('/instagram/')));
});

test('anti-gaming: a Last-Modified that moves while the page stays the same is not an update on the second scan', () => {
  const a = agensiJenis('curang');
  const [c1, c2] = [scan1.get(a.id)!, scan2.get(a.id)!];
  const klaim1 = c1.observations.find((o) => o.kind === 'beranda')!;
  const klaim2 = c2.observations.find((o) => o.kind === 'beranda')!;
  assert.ok(klaim1.claimedAt && klaim2.claimedAt && klaim2.claimedAt > klaim1.claimedAt, 'the claim moved');
  assert.equal(klaim2.hash, klaim1.hash, 'the page did not');
  // The date accepted on the first scan stands; the new claim is not an update.
  assert.equal(c1.activity.lastUpdateAt, klaim1.claimedAt);
  assert.equal(c2.activity.lastUpdateAt, c1.activity.lastUpdateAt);
  assert.equal(c2.activity.daysSinceLastUpdate, 1);

  // The honest twin changed its page: its new date counts.
  const b = agensiJenis('berubah');
  const d2 = scan2.get(b.id)!;
  assert.equal(d2.activity.lastUpdateAt, d2.observations.find((o) => o.kind === 'beranda')!.claimedAt);
  assert.equal(d2.activity.daysSinceLastUpdate, 0);
});

test('re-scan is conditional: the static page answers 304 and keeps its date', () => {
  const a = agensiJenis('statis');
  const c2 = scan2.get(a.id)!;
  const beranda = c2.observations.find((o) => o.kind === 'beranda')!;
  assert.equal(beranda.notModified, true);
  assert.equal(c2.activity.lastUpdateAt, scan1.get(a.id)!.activity.lastUpdateAt);
  assert.ok(dunia.log(a.id).some((l) => l.path === '/' && l.conditional && l.status === 304));
});
