// A self-assessed badge on a page with the lists fetches its DIP through their shared request (sumber.ts,
// caraDaftar): the panel and the badge of one src, as the docs pair them, download it once.
import { expect, fixture, html } from '@open-wc/testing';
import '../informasi-berkala/define.js';
import '../daftar-informasi/define.js';
import './define.js';
import type { PpidBadge } from './badge.js';
import { bacaFixture, SEKARANG, tungguSampai } from '../internal/testing/data-uji.js';
import { pasangFetchPalsu } from '../internal/testing/fetch-palsu.js';
import type { FetchPalsu, JawabanPalsu } from '../internal/testing/fetch-palsu.js';

type Elemen = HTMLElement & { state: string };

let dip = '';
let palsu: FetchPalsu | undefined;
before(async () => {
  dip = await bacaFixture('sukamaju/dip.json');
  // The badge's self-assessed module loaded beforehand (as from the HTTP cache): its request then starts right
  // after the lists', while theirs is on its way.
  await import('./mandiri.js');
});
beforeEach(() => localStorage.clear());
afterEach(() => {
  palsu?.pulihkan();
  palsu = undefined;
  localStorage.clear();
});

/** Answers with `jawab`, 400 ms late as a network would: every element of the page asks meanwhile. */
function layani(jawab: (h: Headers) => JawabanPalsu): void {
  palsu = pasangFetchPalsu((_u, _n, h) => jawab(h));
  const cepat = window.fetch;
  window.fetch = (...x) => new Promise((r) => setTimeout(r, 400)).then(() => cepat(...x));
}

const dariDIP = (): JawabanPalsu => ({ body: dip, headers: { 'Content-Type': 'application/json' } });

/** Whether an element is done: not loading, and no request in flight (a saved copy may show meanwhile). */
const selesai = (e: Elemen): boolean =>
  e.state !== 'loading' &&
  !e.hasAttribute('aria-busy') &&
  e.shadowRoot?.querySelector('[part="base"]')?.getAttribute('aria-busy') !== 'true';

/** The page's elements, once each has had its answer. */
async function halaman(t: ReturnType<typeof html>): Promise<Elemen[]> {
  const w = await fixture<HTMLElement>(t);
  const el = [...w.children] as Elemen[];
  await tungguSampai(() => palsu!.permintaan.length > 0 && el.every(selesai), 8000);
  return el;
}

const teksLencana = (b: Elemen): string[] =>
  [...b.shadowRoot!.querySelectorAll('svg.lencana text')].map((t) => t.textContent ?? '');
const entri = (e: Elemen): number => e.shadowRoot!.querySelectorAll('[part="entry"]').length;
const diminta = (): string[] => palsu!.permintaan.map((p) => new URL(p.url).pathname);

describe('a self-assessed badge and the lists of the same src', function () {
  // The first page also compiles the lists' and the badge's lazy modules in the test server.
  this.timeout(30_000);
  it('the panel and the badge: one request serves both, and both render', async () => {
    layani(dariDIP);
    const [p, b] = await halaman(
      html`<div>
        <ppid-informasi-berkala src="/bersama/dip.json" .now=${SEKARANG}></ppid-informasi-berkala>
        <ppid-badge src="/bersama/dip.json" .now=${SEKARANG}></ppid-badge>
      </div>`,
    );
    expect(diminta()).to.deep.equal(['/bersama/dip.json']);
    expect(p!.state).to.be.oneOf(['ready', 'stale']);
    expect(entri(p!)).to.be.greaterThan(0);
    expect(b!.state).to.equal('ready');
    expect(teksLencana(b!)).to.include('Penilaian mandiri');
    await expect(p).to.be.accessible();
    await expect(b).to.be.accessible();
  });

  it('the panel, the full DIP and the badge: still one request', async () => {
    layani(dariDIP);
    const [p, d, b] = await halaman(
      html`<div>
        <ppid-informasi-berkala src="/tiga/dip.json" .now=${SEKARANG}></ppid-informasi-berkala>
        <ppid-daftar-informasi src="/tiga/dip.json" .now=${SEKARANG}></ppid-daftar-informasi>
        <ppid-badge src="/tiga/dip.json" .now=${SEKARANG}></ppid-badge>
      </div>`,
    );
    expect(diminta()).to.deep.equal(['/tiga/dip.json']);
    expect([entri(p!) > 0, entri(d!) > 0, b!.state]).to.deep.equal([true, true, 'ready']);
  });

  it('a copy saved two days ago: both fetch the source whole (no If-None-Match), in one request', async () => {
    // The lists revalidate only a copy younger than a day; the badge keeps its copy as they do, so that both
    // ask for the same thing and can share it.
    localStorage.setItem(
      `terbuka:salinan:${new URL('/lama/dip.json', document.baseURI).href}`,
      JSON.stringify({
        teks: dip,
        contentType: 'application/json',
        etag: '"v1"',
        disimpan: new Date(Date.now() - 2 * 864e5).toISOString(),
      }),
    );
    layani(dariDIP);
    const [p, b] = await halaman(
      html`<div>
        <ppid-informasi-berkala src="/lama/dip.json" .now=${SEKARANG}></ppid-informasi-berkala>
        <ppid-badge src="/lama/dip.json" .now=${SEKARANG}></ppid-badge>
      </div>`,
    );
    expect(palsu!.permintaan.map((x) => x.headers.get('If-None-Match'))).to.deep.equal([null]);
    expect([entri(p!) > 0, b!.state]).to.deep.equal([true, 'ready']);
  });

  it('a fresh copy the source confirms (304): one request, both shown as current', async () => {
    localStorage.setItem(
      `terbuka:salinan:${new URL('/segar/dip.json', document.baseURI).href}`,
      JSON.stringify({
        teks: dip,
        contentType: 'application/json',
        etag: '"v1"',
        disimpan: new Date(Date.now() - 36e5).toISOString(),
      }),
    );
    layani((h) => (h.get('If-None-Match') === '"v1"' ? { status: 304 } : dariDIP()));
    const [p, b] = await halaman(
      html`<div>
        <ppid-informasi-berkala src="/segar/dip.json" .now=${SEKARANG}></ppid-informasi-berkala>
        <ppid-badge src="/segar/dip.json" .now=${SEKARANG}></ppid-badge>
      </div>`,
    );
    expect(palsu!.permintaan.map((x) => x.headers.get('If-None-Match'))).to.deep.equal(['"v1"']);
    expect(p!.shadowRoot!.textContent).to.not.contain('salinan tersimpan');
    expect([entri(p!) > 0, b!.state]).to.deep.equal([true, 'ready']);
  });

  it('a badge alone on a page that carries the lists’ code: one request, and it renders', async () => {
    layani(dariDIP);
    const [b] = await halaman(
      html`<div>
        <ppid-badge src="/sendiri/dip.json" .now=${SEKARANG}></ppid-badge>
      </div>`,
    );
    expect(diminta()).to.deep.equal(['/sendiri/dip.json']);
    expect((b as PpidBadge).state).to.equal('ready');
    expect(teksLencana(b!)).to.include('Penilaian mandiri');
  });
});
