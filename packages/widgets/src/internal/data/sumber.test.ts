import { expect } from '@open-wc/testing';
import { SumberController } from './sumber.js';
import { SumberDataController } from './sumber-data.js';
import { dokumenUji } from '../testing/data-uji.js';
import type { KonfigSumberUrl, PesanSumber } from './sumber.js';
import { bacaSalinan, simpanSalinan } from './simpanan.js';
import { pasangFetchPalsu } from '../testing/fetch-palsu.js';
import type { FetchPalsu } from '../testing/fetch-palsu.js';

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
