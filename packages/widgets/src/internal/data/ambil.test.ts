import { expect } from '@open-wc/testing';
import { ambilTeks, GalatAmbil } from './ambil.js';
import { ambilBersama } from './ambil-bersama.js';
import { kenaliFormat } from './urai.js';
import { bacaSalinan, simpanSalinan } from './simpanan.js';
import { pasangFetchPalsu } from '../testing/fetch-palsu.js';
import type { FetchPalsu } from '../testing/fetch-palsu.js';
import { pasangJamPalsu } from '../testing/jam-palsu.js';
import type { JamPalsu } from '../testing/jam-palsu.js';

let palsu: FetchPalsu | undefined;
let jam: JamPalsu | undefined;
afterEach(() => {
  jam?.pulihkan();
  jam = undefined;
  palsu?.pulihkan();
});

describe('ambilTeks', () => {
  it('retries once after a 5xx answer, not after a 4xx', async () => {
    palsu = pasangFetchPalsu((_u, n) => (n === 1 ? { status: 502 } : { body: 'ok' }));
    const r = await ambilTeks('/a', { jedaMs: 1 });
    expect(r).to.include({ berubah: true, teks: 'ok' });
    palsu.pulihkan();
    palsu = pasangFetchPalsu(() => ({ status: 404 }));
    const e = await ambilTeks('/a', { jedaMs: 1 }).catch((x: unknown) => x);
    expect(e).to.be.instanceOf(GalatAmbil);
    expect((e as GalatAmbil).status).to.equal(404);
    expect(palsu.permintaan).to.have.length(1);
  });

  it('an empty ETag header is no ETag: nothing to revalidate with', async () => {
    palsu = pasangFetchPalsu(() => ({ body: 'isi', headers: { ETag: '' } }));
    const r = await ambilTeks('/a');
    expect(r.berubah && r.etag).to.equal(undefined);
  });

  it('sends If-None-Match to its own origin only, and no cookies', async () => {
    palsu = pasangFetchPalsu(() => ({ status: 304 }));
    expect(await ambilTeks('/a', { etag: '"x"' })).to.deep.equal({ berubah: false });
    palsu.pulihkan();
    palsu = pasangFetchPalsu(() => ({ body: 'b' }));
    await ambilTeks('https://docs.google.com/x?output=csv', { etag: '"x"' });
    expect(palsu.permintaan[0]!.headers.has('If-None-Match')).to.equal(false);
    expect(palsu.permintaan[0]!.init?.credentials).to.equal('omit');
  });

  it("gives fetch the address as a string, which host pages' fetch wrappers pass on as it is", async () => {
    palsu = pasangFetchPalsu(() => ({ body: 'isi' }));
    // A wrapper of a monitoring or debug tool, as many host pages carry: it reads `input.url` from
    // anything that is not a string (a URL object has none: the request would go to /undefined).
    const dalam = window.fetch;
    const diminta: unknown[] = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      diminta.push(input);
      return dalam(typeof input === 'string' ? input : (input as Request).url, init);
    };
    try {
      expect(await ambilTeks('/data/dip.json')).to.include({ berubah: true, teks: 'isi' });
      expect(typeof diminta[0]).to.equal('string');
      expect(palsu.permintaan[0]!.url).to.match(/\/data\/dip\.json$/);
    } finally {
      window.fetch = dalam;
    }
  });

  it('the lists time out on silence: a body that keeps arriving is read whole, one that stops times out', async () => {
    const asli = window.fetch;
    /** Headers at once, then `potongan` one every `jedaMs`; `berhenti`: then nothing more, ever. */
    const palsuLambat =
      (potongan: string[], jedaMs: number, berhenti: boolean) =>
      (_u: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
        const sisa = [...potongan];
        const badan = new ReadableStream<Uint8Array>({
          start(k) {
            init?.signal?.addEventListener('abort', () => k.error(new DOMException('Aborted', 'AbortError')));
          },
          async pull(k) {
            const p = sisa.shift();
            if (p === undefined) {
              if (berhenti) await new Promise(() => {});
              k.close();
              return;
            }
            await new Promise((r) => setTimeout(r, jedaMs));
            k.enqueue(new TextEncoder().encode(p));
          },
        });
        return Promise.resolve(new Response(badan, { status: 200 }));
      };
    try {
      // Four pieces 60 ms apart: 240 ms in all, more than twice the 100 ms timeout, never 100 ms silent.
      window.fetch = palsuLambat(['{"bagian":', '1,', '"akhir"', ':true}'], 60, false) as typeof window.fetch;
      const r = await ambilBersama('/lambat.json', { timeoutMs: 100, ulang: 0 });
      expect(r).to.include({ berubah: true, teks: '{"bagian":1,"akhir":true}' });
      // Without the piece-by-piece reading (the badge: a feed is small) the timeout covers the whole request.
      const dipotong = await ambilTeks('/lambat-lencana.json', { timeoutMs: 100, ulang: 0 }).catch(
        (x: unknown) => x,
      );
      expect((dipotong as GalatAmbil).jenis).to.equal('waktu-habis');
      // The first piece, then silence.
      window.fetch = palsuLambat(['{"bagian":'], 10, true) as typeof window.fetch;
      const e = await ambilBersama('/berhenti.json', { timeoutMs: 100, ulang: 0 }).catch((x: unknown) => x);
      // A download that stopped: a connection problem (with the retry button), not an endless wait.
      expect((e as GalatAmbil).jenis).to.equal('jaringan');
      // No answer at all.
      window.fetch = ((_u: RequestInfo | URL, init?: RequestInit) =>
        new Promise<Response>((_s, gagal) =>
          init?.signal?.addEventListener('abort', () => gagal(new DOMException('Aborted', 'AbortError'))),
        )) as typeof window.fetch;
      const d = await ambilTeks('/diam.json', { timeoutMs: 50, ulang: 0 }).catch((x: unknown) => x);
      expect((d as GalatAmbil).jenis).to.equal('waktu-habis');
    } finally {
      window.fetch = asli;
    }
  });

  it('by default an attempt may take 10 s; one retry follows after 800 ms, and no other', async () => {
    palsu = pasangFetchPalsu(() => ({ gantung: true }));
    const j = (jam = pasangJamPalsu());
    const janji = ambilTeks('/a').catch((x: unknown) => x);
    await j.sampai(() => palsu!.permintaan.length === 1);
    const pertama = palsu.permintaan[0]!.init!.signal!;
    j.maju(9_999);
    await j.reda();
    expect(pertama.aborted).to.equal(false);
    j.maju(1);
    expect(pertama.aborted).to.equal(true);
    // The pause before the retry: 800 ms, not a moment less.
    await j.sampai(() => j.menunggu().length === 1);
    j.maju(799);
    await j.reda();
    expect(palsu.permintaan).to.have.length(1);
    j.maju(1);
    await j.sampai(() => palsu!.permintaan.length === 2);
    // The retry has its own 10 s; then the timeout is reported, with no third attempt.
    const kedua = palsu.permintaan[1]!.init!.signal!;
    j.maju(9_999);
    await j.reda();
    expect(kedua.aborted).to.equal(false);
    j.maju(1);
    expect(((await janji) as GalatAmbil).jenis).to.equal('waktu-habis');
    expect(palsu.permintaan).to.have.length(2);
    expect(j.menunggu()).to.deep.equal([]);
  });

  it("by default the lists' reading of a body that stops cuts it after 10 s of silence, then retries once", async () => {
    const potongan = new TextEncoder().encode('{"format":');
    // Headers and a first piece at once, then nothing more, ever (a connection held open).
    palsu = pasangFetchPalsu(() => ({
      body: new ReadableStream<Uint8Array>({
        start(k) {
          k.enqueue(potongan);
        },
      }),
    }));
    const j = (jam = pasangJamPalsu());
    const janji = ambilBersama('/diam-tengah.json').catch((x: unknown) => x);
    await j.sampai(() => palsu!.permintaan.length === 1);
    const pertama = palsu.permintaan[0]!.init!.signal!;
    await j.reda();
    j.maju(9_999);
    await j.reda();
    expect(pertama.aborted).to.equal(false);
    j.maju(1);
    expect(pertama.aborted).to.equal(true);
    await j.sampai(() => j.menunggu().length === 1);
    j.maju(800);
    await j.sampai(() => palsu!.permintaan.length === 2);
    await j.reda();
    j.maju(10_000);
    // A download that stopped: a connection problem, reported after the one retry.
    expect(((await janji) as GalatAmbil).jenis).to.equal('jaringan');
    expect(palsu.permintaan).to.have.length(2);
  });

  it('stops when aborted, without retrying', async () => {
    palsu = pasangFetchPalsu(() => ({ gantung: true }));
    const batal = new AbortController();
    const janji = ambilTeks('/a', { signal: batal.signal, jedaMs: 1 }).catch((x: unknown) => x);
    batal.abort();
    expect(((await janji) as GalatAmbil).jenis).to.equal('dibatalkan');
    expect(palsu.permintaan).to.have.length(1);
  });
});

describe('kenaliFormat', () => {
  it('trusts a decisive content type, else the content', () => {
    expect(kenaliFormat('No;Judul', 'text/csv')).to.equal('csv');
    expect(kenaliFormat('{"a":1}', 'application/json; charset=utf-8')).to.equal('json');
    expect(kenaliFormat('\uFEFF  {"a":1}', 'text/plain')).to.equal('json');
    expect(kenaliFormat('No,Judul,Kategori', '')).to.equal('csv');
  });
});

describe('simpanan', () => {
  it('keeps the last good copy with its date in localStorage', () => {
    localStorage.clear();
    simpanSalinan('k', {
      teks: 'isi',
      contentType: 'text/csv',
      etag: '"1"',
      disimpan: '2026-11-28T00:00:00.000Z',
    });
    expect(bacaSalinan('k')).to.deep.equal({
      teks: 'isi',
      contentType: 'text/csv',
      etag: '"1"',
      disimpan: '2026-11-28T00:00:00.000Z',
    });
    localStorage.setItem('terbuka:salinan:rusak', '{');
    expect(bacaSalinan('rusak')).to.equal(undefined);
    expect(bacaSalinan('tidak-ada')).to.equal(undefined);
    localStorage.setItem('terbuka:salinan:kosong', '');
    expect(bacaSalinan('kosong')).to.equal(undefined);
    expect(document.cookie).to.equal('');
  });
});
