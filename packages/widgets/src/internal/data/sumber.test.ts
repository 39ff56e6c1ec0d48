import { expect } from '@open-wc/testing';
import { SumberController } from './sumber.js';
import { SumberDataController } from './sumber-data.js';
import { dokumenUji } from '../testing/data-uji.js';
import type { KonfigSumberUrl, PesanSumber } from './sumber.js';
import { bacaSalinan, simpanSalinan } from './simpanan.js';
import { pasangFetchPalsu } from '../testing/fetch-palsu.js';
import type { FetchPalsu, JawabanPalsu } from '../testing/fetch-palsu.js';

const PESAN: PesanSumber = {
  jaringan: { id: 'jaringan', en: 'network' },
  waktu: { id: 'waktu', en: 'timeout' },
  http: { id: 'http {status}', en: 'http {status}' },
  data: { id: 'data', en: 'data' },
  bagian: { id: 'bagian', en: 'part' },
};

/** The least a controller needs of its element. */
const tuanRumah = (): ConstructorParameters<typeof SumberController>[0] => ({
  addController: () => {},
  requestUpdate: () => {},
  updateComplete: Promise.resolve(true),
});

// A saved copy is read by code that may come in a lazy chunk (the CSV importer, the desa catalog): offline,
// that chunk may fail to load while the source itself still answers.
describe('SumberController and a saved copy that cannot be read', () => {
  const src = '/sumber-uji.json';
  const kunci = new URL(src, document.baseURI).href;
  let palsu: FetchPalsu | undefined;
  beforeEach(() => {
    localStorage.clear();
    simpanSalinan(kunci, {
      teks: 'lama',
      contentType: 'application/json',
      etag: '"v1"',
      disimpan: '2026-11-20T00:00:00.000Z',
    });
  });
  afterEach(() => {
    palsu?.pulihkan();
    localStorage.clear();
  });

  /** Reads a fetched text; the saved copy's read (no bytes) rejects, as a chunk that did not load. */
  const konfig: KonfigSumberUrl<string> = {
    src,
    jedaMs: 1,
    baca: (teks, _ct, bytes) => (bytes === undefined ? Promise.reject(new Error('chunk offline')) : teks),
    layak: () => true,
  };

  it('fetches the source anyway and shows what it brings, saved in place of the copy', async () => {
    palsu = pasangFetchPalsu(() => ({ body: 'baru', headers: { 'Content-Type': 'application/json' } }));
    const s = new SumberController<string>(tuanRumah(), PESAN);
    await s.muatUrl(konfig);
    expect(palsu.permintaan).to.have.length(1);
    // The copy was not read, so it is not revalidated: the whole text is asked for.
    expect(palsu.permintaan[0]!.headers.has('If-None-Match')).to.equal(false);
    expect(s.hasil).to.equal('baru');
    expect(s.galat).to.equal(undefined);
    expect(s.salinanDari).to.equal(undefined);
    expect(s.selesai).to.equal(true);
    expect(bacaSalinan(kunci)?.teks).to.equal('baru');
  });

  it('with the source unreachable too, says the connection failed, with nothing shown', async () => {
    palsu = pasangFetchPalsu(() => ({ putus: true }));
    const s = new SumberController<string>(tuanRumah(), PESAN);
    await s.muatUrl(konfig);
    expect(palsu.permintaan.length).to.be.greaterThan(0);
    expect(s.hasil).to.equal(undefined);
    expect(s.galat).to.equal(PESAN.jaringan);
    expect(s.selesai).to.equal(true);
  });
});

// On a budget phone a large register's reading and both lists' render were one main-thread task of 0.5–0.8 s.
describe('SumberDataController gives the main thread back between reading and showing', () => {
  let palsu: FetchPalsu | undefined;
  const asli = window.setTimeout;
  afterEach(() => {
    window.setTimeout = asli;
    palsu?.pulihkan();
    localStorage.clear();
  });
  const bingkai = (): Promise<unknown> => new Promise((r) => requestAnimationFrame(r));

  it('a fetched DIP read is shown only after a task of its own (a zero-delay timer) has run', async () => {
    localStorage.clear();
    const dip = dokumenUji([{ title: 'Profil Dinas' }]);
    palsu = pasangFetchPalsu(() => ({
      body: JSON.stringify(dip),
      headers: { 'Content-Type': 'application/json' },
    }));
    // Zero-delay timers held back (the request's own time limits keep theirs, unfired).
    const tertahan: (() => void)[] = [];
    window.setTimeout = ((f: () => void, ms?: number) =>
      ms ? asli(f, ms) : (tertahan.push(f), 0)) as typeof window.setTimeout;
    const s = new SumberDataController(tuanRumah());
    let selesai = false;
    void s.muat({ src: '/dip-jeda.json', kataKunci: false }).then(() => (selesai = true));
    for (let i = 0; i < 10; i++) await bingkai();
    // Read (fetched, parsed, validated), not shown yet.
    expect(palsu.permintaan).to.have.length(1);
    expect([selesai, s.hasil]).to.deep.equal([false, undefined]);
    expect(tertahan.length).to.be.greaterThan(0);
    window.setTimeout = asli;
    for (const f of tertahan.splice(0)) f();
    for (let i = 0; i < 10 && !selesai; i++) await bingkai();
    expect(selesai).to.equal(true);
    expect(s.hasil?.document?.items.map((e) => e.title)).to.deep.equal(['Profil Dinas']);
  });
});

// A register's copy is large (247 kB at 2,000 rows): an answer that only confirms it moves its date alone.
describe('SumberDataController: a copy the source confirms keeps its text and moves its date', () => {
  const src = '/dip-salinan.json';
  const kunci = new URL(src, document.baseURI).href;
  const teks = JSON.stringify(dokumenUji([{ title: 'Profil Dinas' }]));
  // An hour ago: a copy younger than a day is revalidated (If-None-Match), an older one fetched whole.
  const LAMA = new Date(Date.now() - 36e5).toISOString();
  let palsu: FetchPalsu | undefined;
  const setItem = Storage.prototype.setItem;
  /** Every localStorage write: key and value. */
  let ditulis: [string, string][];
  beforeEach(() => {
    localStorage.clear();
    // As the previous release saved it: text and date under one key.
    localStorage.setItem(
      `terbuka:salinan:${kunci}`,
      JSON.stringify({ teks, contentType: 'application/json', etag: '"v1"', disimpan: LAMA }),
    );
    ditulis = [];
    Storage.prototype.setItem = function (this: Storage, k: string, v: string) {
      ditulis.push([k, v]);
      setItem.call(this, k, v);
    };
  });
  afterEach(() => {
    Storage.prototype.setItem = setItem;
    palsu?.pulihkan();
    localStorage.clear();
  });

  const muat = async (jawab: Parameters<typeof pasangFetchPalsu>[0]): Promise<SumberDataController> => {
    palsu?.pulihkan();
    palsu = pasangFetchPalsu(jawab);
    const s = new SumberDataController(tuanRumah());
    await s.muat({ src, kataKunci: false, jedaMs: 1 });
    return s;
  };
  /** The date a later load shows with the copy when the source fails. */
  const tanggalSalinan = async (): Promise<string | undefined> =>
    (await muat(() => ({ status: 503 }))).salinanDari;
  const copyDitulis = (): number => ditulis.filter(([k]) => k.startsWith('terbuka:salinan:')).length;

  it('a 304: no copy written, the date moved', async () => {
    const s = await muat((_u, _n, h) =>
      h.get('If-None-Match') === '"v1"' ? { status: 304 } : { body: teks },
    );
    expect([s.galat, s.salinanDari, s.hasil?.document?.items[0]?.title]).to.deep.equal([
      undefined,
      undefined,
      'Profil Dinas',
    ]);
    expect(copyDitulis()).to.equal(0);
    expect(ditulis.map(([, v]) => v.length)).to.deep.equal([24]);
    const per = await tanggalSalinan();
    expect(per! > LAMA).to.equal(true);
    expect(bacaSalinan(kunci)).to.deep.include({ teks, etag: '"v1"', disimpan: LAMA });
  });

  it('the same text again (a host without ETag, or the browser cache revalidating a cross-origin source): no copy written, the date moved', async () => {
    const s = await muat(() => ({
      body: teks,
      headers: { 'Content-Type': 'application/json', ETag: '"v1"' },
    }));
    expect(s.hasil?.document?.items[0]?.title).to.equal('Profil Dinas');
    expect(copyDitulis()).to.equal(0);
    expect((await tanggalSalinan())! > LAMA).to.equal(true);
  });

  /** Saves the copy as written `umurMs` ago (negative: in the future), with the source's current ETag. */
  const simpanBerumur = (umurMs: number, judul = 'Profil Dinas'): void =>
    localStorage.setItem(
      `terbuka:salinan:${kunci}`,
      JSON.stringify({
        teks: JSON.stringify(dokumenUji([{ title: judul }])),
        contentType: 'application/json',
        etag: '"v1"',
        disimpan: new Date(Date.now() - umurMs).toISOString(),
      }),
    );
  const sumberV1 = (_u: string, _n: number, h: Headers): JawabanPalsu =>
    h.get('If-None-Match') === '"v1"'
      ? { status: 304 }
      : { body: teks, headers: { 'Content-Type': 'application/json', ETag: '"v1"' } };

  it('a copy written a day ago or more, with the same text: fetched whole and written whole once (its date renewed), then revalidated again', async () => {
    simpanBerumur(864e5 + 6e4);
    localStorage.setItem(`terbuka:salinan-per:${kunci}`, new Date().toISOString());
    ditulis = [];
    const sebelum = new Date().toISOString();
    const s = await muat(sumberV1);
    expect(palsu!.permintaan.map((p) => p.headers.get('If-None-Match'))).to.deep.equal([null]);
    expect(s.hasil?.document?.items[0]?.title).to.equal('Profil Dinas');
    expect(copyDitulis()).to.equal(1);
    expect(bacaSalinan(kunci)!.disimpan >= sebelum).to.equal(true);
    ditulis = [];
    await muat(sumberV1);
    expect(palsu!.permintaan.map((p) => p.headers.get('If-None-Match'))).to.deep.equal(['"v1"']);
    expect(copyDitulis()).to.equal(0);
  });

  it("a copy poisoned a day ago or more (another register under the source's current ETag): the source's register replaces it", async () => {
    simpanBerumur(2 * 864e5, 'DITIPU: hubungi wa.me/620000');
    const s = await muat(sumberV1);
    expect(palsu!.permintaan.map((p) => p.headers.get('If-None-Match'))).to.deep.equal([null]);
    expect([s.galat, s.salinanDari, s.hasil?.document?.items[0]?.title]).to.deep.equal([
      undefined,
      undefined,
      'Profil Dinas',
    ]);
    expect(bacaSalinan(kunci)?.teks).to.equal(teks);
  });

  it('a copy dated in the future is not trusted: fetched whole, the poisoned register replaced', async () => {
    simpanBerumur(-36e5, 'DITIPU: hubungi wa.me/620000');
    const s = await muat(sumberV1);
    expect(palsu!.permintaan.map((p) => p.headers.get('If-None-Match'))).to.deep.equal([null]);
    expect(s.hasil?.document?.items[0]?.title).to.equal('Profil Dinas');
    expect(bacaSalinan(kunci)?.teks).to.equal(teks);
  });

  it('new text: the whole copy written with its date, the date written apart before dropped', async () => {
    await muat(() => ({ status: 304 }));
    const baru = JSON.stringify(dokumenUji([{ title: 'Laporan Keuangan' }]));
    ditulis = [];
    await muat(() => ({ body: baru, headers: { 'Content-Type': 'application/json', ETag: '"v2"' } }));
    expect(copyDitulis()).to.equal(1);
    expect(localStorage.getItem(`terbuka:salinan-per:${kunci}`)).to.equal(null);
    const s = await muat(() => ({ status: 503 }));
    expect(s.hasil?.document?.items[0]?.title).to.equal('Laporan Keuangan');
    expect(s.salinanDari).to.equal(bacaSalinan(kunci)?.disimpan);
  });

  it('a copy written after the date (a tab still running the previous release) keeps its own date', async () => {
    localStorage.setItem(`terbuka:salinan-per:${kunci}`, new Date(Date.now() - 72e5).toISOString());
    expect(await tanggalSalinan()).to.equal(LAMA);
  });

  it('a full storage: nothing thrown, the copy still shown and its date as it was', async () => {
    Storage.prototype.setItem = () => {
      throw new DOMException('penuh', 'QuotaExceededError');
    };
    const s = await muat(() => ({ status: 304 }));
    expect([s.galat, s.hasil?.document?.items[0]?.title]).to.deep.equal([undefined, 'Profil Dinas']);
    Storage.prototype.setItem = setItem;
    expect(await tanggalSalinan()).to.equal(LAMA);
  });

  it('two elements sharing the source: one request, both shown, no copy written', async () => {
    palsu = pasangFetchPalsu(() => ({ status: 304 }));
    // The answer a moment late, as a network's: both elements ask while it is on its way.
    const cepat = window.fetch;
    window.fetch = (...x) => new Promise((r) => setTimeout(r, 50)).then(() => cepat(...x));
    const [a, b] = [new SumberDataController(tuanRumah()), new SumberDataController(tuanRumah())];
    await Promise.all([a, b].map((s) => s.muat({ src, kataKunci: false })));
    expect(palsu.permintaan).to.have.length(1);
    expect([a, b].map((s) => [s.galat, s.hasil?.document?.items[0]?.title])).to.deep.equal([
      [undefined, 'Profil Dinas'],
      [undefined, 'Profil Dinas'],
    ]);
    expect(copyDitulis()).to.equal(0);
    expect((await tanggalSalinan())! > LAMA).to.equal(true);
  });
});
