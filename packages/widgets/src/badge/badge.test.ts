import { expect, fixture, html } from '@open-wc/testing';
import {
  BAND_MONEV,
  lencanaDariFeed,
  nilaiDIP,
  rasioKontras,
  svgLencana,
  tataLetakLencana,
  validasiDIP,
} from '@terbuka/sdk';
import type { DataLencana, DokumenDIP, EntriFeed, FeedPemantauan } from '@terbuka/sdk';
import './define.js';
import { PpidBadge } from './badge.js';
import { bacaFixture, tungguSampai } from '../internal/testing/data-uji.js';
import { pasangFetchPalsu } from '../internal/testing/fetch-palsu.js';
import type { FetchPalsu } from '../internal/testing/fetch-palsu.js';

const FEED = 'https://monitor.example.go.id/feed.json';
const DIP_JSON = '/packages/sdk/fixtures/sukamaju/dip.json';
/** Within the entry's validity, and a week after it expired. */
const KINI = new Date('2026-11-28T10:00:00Z');
const LEWAT = new Date('2026-12-12T00:00:00Z');

const ENTRI: EntriFeed = {
  agencyId: 'dinkes',
  name: 'Dinas Kesehatan',
  kind: 'opd',
  score: 84.35,
  band: 'menuju-informatif',
  evaluatedAt: '2026-11-27T20:00:00Z',
  expiresAt: '2026-12-05T00:00:00Z',
  methodVersion: 'dip-2026.1',
  evidenceUrl: 'https://monitor.example.go.id/badan/dinkes.html',
};

function feedDengan(entries: unknown[]): FeedPemantauan {
  return {
    format: 'terbuka-feed',
    version: 1,
    issuer: { id: 'diskominfo', name: 'Diskominfo Kabupaten Sukamaju' },
    generatedAt: '2026-11-28T09:00:00+07:00',
    entries: entries as EntriFeed[],
  };
}

const $ = (el: HTMLElement, sel: string): Element | null => el.shadowRoot!.querySelector(sel);
const $$ = (el: HTMLElement, sel: string): Element[] => [...el.shadowRoot!.querySelectorAll(sel)];
/** The badge's accessible name: the label of its image (the link takes it from there). */
const nama = (el: HTMLElement): string => $(el, 'svg.lencana')?.getAttribute('aria-label') ?? '';
const teksSvg = (el: HTMLElement): string[] => $$(el, 'svg.lencana text').map((t) => t.textContent ?? '');
/** The texts of the static SVG, for comparison with the widget. */
const teksStatis = (s: string): string[] =>
  [...new DOMParser().parseFromString(s, 'image/svg+xml').querySelectorAll('text')].map(
    (t) => t.textContent ?? '',
  );

let palsu: FetchPalsu | undefined;
beforeEach(() => localStorage.clear());
afterEach(() => {
  palsu?.pulihkan();
  palsu = undefined;
});

function layaniFeed(feed: unknown, extra: Record<string, string> = {}): void {
  const body = typeof feed === 'string' ? feed : JSON.stringify(feed);
  palsu = pasangFetchPalsu(() => ({ body, headers: { 'Content-Type': 'application/json', ...extra } }));
}

async function lencana(t: ReturnType<typeof html>, status = 'ready'): Promise<PpidBadge> {
  const el = await fixture<PpidBadge>(t);
  el.jedaUlangMs = 10;
  await tungguSampai(() => el.state === status);
  await el.updateComplete;
  return el;
}

describe('<ppid-badge> feed mode', () => {
  it('shows the current band, score and date from the feed, the whole badge a link to the evidence', async () => {
    layaniFeed(feedDengan([ENTRI]));
    const el = await lencana(html`<ppid-badge feed=${FEED} agency="dinkes" .now=${KINI}></ppid-badge>`);
    expect(teksSvg(el)).to.deep.equal([
      '84,4',
      '/100',
      'Menuju Informatif',
      'per 28 Nov 2026',
      'Hasil pemantauan',
    ]);
    const a = $(el, 'a[part="link"]') as HTMLAnchorElement;
    expect(a.href).to.equal(ENTRI.evidenceUrl);
    expect(a.rel).to.equal('noopener noreferrer');
    const t = tataLetakLencana(lencanaDariFeed(ENTRI, KINI));
    // The link's accessible name is its only content's: the image labelled with the layout's sentence.
    expect(a.getAttribute('aria-label')).to.equal(null);
    expect(a.children).to.have.length(1);
    expect(a.querySelector('svg[role="img"]')!.getAttribute('aria-label')).to.equal(t.label);
    expect($(el, 'path')!.getAttribute('fill')).to.equal('#7CB342');
    expect(el.getBoundingClientRect().width).to.equal(200);
    expect(el.getBoundingClientRect().height).to.equal(48);
    expect(el.shadowRoot!.textContent).to.not.match(/terverifikasi/i);
    await expect(el).to.be.accessible();
  });

  it('past expiresAt shows the stale state: grey, no score, "Data kedaluwarsa"', async () => {
    layaniFeed(feedDengan([ENTRI]));
    const el = await lencana(
      html`<ppid-badge feed=${FEED} agency="dinkes" .now=${LEWAT}></ppid-badge>`,
      'stale',
    );
    const teks = teksSvg(el);
    expect(teks).to.include('Data kedaluwarsa');
    expect(teks.join(' ')).to.not.contain('84');
    expect(teks[0]).to.equal('—');
    expect($(el, 'path')!.getAttribute('fill')).to.equal('#5F6368');
    await expect(el).to.be.accessible();
  });

  it('turns stale when the clock passes expiresAt', async () => {
    layaniFeed(feedDengan([ENTRI]));
    const el = await lencana(html`<ppid-badge feed=${FEED} agency="dinkes" .now=${KINI}></ppid-badge>`);
    el.now = LEWAT;
    await tungguSampai(() => el.state === 'stale');
  });

  it('an agency missing from the feed gets a clear empty state, no score', async () => {
    layaniFeed(feedDengan([ENTRI]));
    const el = await lencana(
      html`<ppid-badge feed=${FEED} agency="dishub" .now=${KINI}></ppid-badge>`,
      'empty',
    );
    expect($(el, '[part="notice"]')!.textContent).to.contain('Badan publik "dishub" tidak ada dalam feed');
    expect($(el, 'svg.lencana')).to.equal(null);
    expect(el.getBoundingClientRect().height).to.equal(48);
    await expect(el).to.be.accessible();
  });

  it('a feed with one broken field shows nothing as a score', async () => {
    layaniFeed(feedDengan([{ ...ENTRI, score: '84.35' }]));
    const el = await lencana(
      html`<ppid-badge feed=${FEED} agency="dinkes" .now=${KINI}></ppid-badge>`,
      'error',
    );
    expect($(el, 'svg.lencana')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.not.contain('84');
    expect($(el, '[part="notice"]')!.textContent).to.contain('Feed pemantauan tidak sah');
    expect($(el, '[part="retry"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('malformed JSON is an invalid feed, not a crash', async () => {
    layaniFeed('{"format": "terbuka-feed", ');
    const el = await lencana(html`<ppid-badge feed=${FEED} agency="dinkes"></ppid-badge>`, 'error');
    expect($(el, 'svg.lencana')).to.equal(null);
  });

  it('an evidence URL that is not http(s) is not a link', async () => {
    // The feed schema refuses it already; self-assessed mode takes `evidence` from the page.
    const el = await lencana(
      html`<ppid-badge src=${DIP_JSON} evidence="javascript:alert(1)" .now=${KINI}></ppid-badge>`,
    );
    expect($(el, 'a')).to.equal(null);
    const gambar = $(el, 'svg.lencana')!;
    expect(gambar.getAttribute('role')).to.equal('img');
    expect(gambar.getAttribute('aria-label')).to.match(/^Keterbukaan informasi /);
    await expect(el).to.be.accessible();
  });

  it('renders an agency name with HTML as text', async () => {
    const namaBadan = '<img src=x onerror="window.diserang=1"><b>Dinas</b> & Co';
    layaniFeed(feedDengan([{ ...ENTRI, name: namaBadan }]));
    const el = await lencana(html`<ppid-badge feed=${FEED} agency="dinkes" .now=${KINI}></ppid-badge>`);
    expect($$(el, 'img, b')).to.have.length(0);
    expect(nama(el)).to.contain(namaBadan);
    expect($(el, 'svg title')!.textContent).to.contain(namaBadan);
    expect((window as unknown as { diserang?: number }).diserang).to.equal(undefined);
  });

  it('switches language at runtime: English words, a decimal point', async () => {
    layaniFeed(feedDengan([ENTRI]));
    const el = await lencana(html`<ppid-badge feed=${FEED} agency="dinkes" .now=${KINI}></ppid-badge>`);
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(teksSvg(el)).to.deep.equal([
      '84.4',
      '/100',
      'Towards Informative',
      'as of 28 Nov 2026',
      'Monitoring result',
    ]);
    expect(nama(el)).to.match(/^Information openness of Dinas Kesehatan/);
    await expect(el).to.be.accessible();
  });

  it('size="kecil" is 160×24 with the score and band', async () => {
    layaniFeed(feedDengan([ENTRI]));
    const el = await lencana(
      html`<ppid-badge feed=${FEED} agency="dinkes" size="kecil" .now=${KINI}></ppid-badge>`,
    );
    expect(el.getBoundingClientRect().width).to.equal(160);
    expect(el.getBoundingClientRect().height).to.equal(24);
    expect(teksSvg(el)).to.deep.equal(['84,4', 'Menuju Informatif']);
    await expect(el).to.be.accessible();
  });

  it('revalidates with If-None-Match and keeps the feed on 304', async () => {
    const body = JSON.stringify(feedDengan([ENTRI]));
    const feedLokal = new URL('/badge-feed-uji.json', location.href).href;
    palsu = pasangFetchPalsu((_u, n) =>
      n === 1 ? { body, headers: { 'Content-Type': 'application/json', ETag: '"v1"' } } : { status: 304 },
    );
    const el = await lencana(html`<ppid-badge feed=${feedLokal} agency="dinkes" .now=${KINI}></ppid-badge>`);
    el.remove();
    const el2 = await lencana(html`<ppid-badge feed=${feedLokal} agency="dinkes" .now=${KINI}></ppid-badge>`);
    expect(palsu.permintaan[1]!.headers.get('If-None-Match')).to.equal('"v1"');
    expect(teksSvg(el2)[0]).to.equal('84,4');
  });
});

describe('<ppid-badge> states', () => {
  it('loading reserves the exact badge size, so nothing moves when the badge arrives', async () => {
    palsu = pasangFetchPalsu(() => ({ gantung: true }));
    const el = await fixture<PpidBadge>(html`<ppid-badge feed=${FEED} agency="dinkes"></ppid-badge>`);
    await el.updateComplete;
    expect(el.state).to.equal('loading');
    const r = el.getBoundingClientRect();
    expect([r.width, r.height]).to.deep.equal([200, 48]);
    expect($(el, '[role="status"]')!.textContent).to.contain('Memuat lencana');
    await expect(el).to.be.accessible();
    el.size = 'kecil';
    await el.updateComplete;
    const k = el.getBoundingClientRect();
    expect([k.width, k.height]).to.deep.equal([160, 24]);
  });

  it('error without a saved copy: clear words and a retry that works', async () => {
    let gagal = true;
    const body = JSON.stringify(feedDengan([ENTRI]));
    palsu = pasangFetchPalsu(() => (gagal ? { putus: true } : { body }));
    const el = await lencana(
      html`<ppid-badge feed=${FEED} agency="dinkes" .now=${KINI}></ppid-badge>`,
      'error',
    );
    expect($(el, '[part="notice"]')!.textContent).to.contain('Lencana tidak dapat dimuat karena sambungan');
    expect(el.getBoundingClientRect().height).to.equal(48);
    await expect(el).to.be.accessible();
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect($(el, '[part="notice"]')!.textContent).to.contain('The badge could not be loaded');
    gagal = false;
    ($(el, '[part="retry"]') as HTMLButtonElement).click();
    await tungguSampai(() => el.state === 'ready');
  });

  it('error with a saved copy: the copy is shown, with its date and a retry (stale)', async () => {
    const body = JSON.stringify(feedDengan([ENTRI]));
    let gagal = false;
    palsu = pasangFetchPalsu(() => (gagal ? { status: 503 } : { body }));
    const el = await lencana(html`<ppid-badge feed=${FEED} agency="dinkes" .now=${KINI}></ppid-badge>`);
    el.remove();
    gagal = true;
    const el2 = await lencana(
      html`<ppid-badge feed=${FEED} agency="dinkes" .now=${KINI}></ppid-badge>`,
      'stale',
    );
    expect(teksSvg(el2)[0]).to.equal('84,4', 'the copy is still within its expiresAt');
    const label = nama(el2);
    expect(label).to.contain('server menjawab 503');
    expect(label).to.contain('Menampilkan salinan tersimpan per');
    expect($(el2, '[part="retry"]')).to.not.equal(null);
    await expect(el2).to.be.accessible();
  });

  it('a saved copy whose entry is past expiresAt is still shown stale, never current', async () => {
    const body = JSON.stringify(feedDengan([ENTRI]));
    let gagal = false;
    palsu = pasangFetchPalsu(() => (gagal ? { putus: true } : { body }));
    (await lencana(html`<ppid-badge feed=${FEED} agency="dinkes" .now=${KINI}></ppid-badge>`)).remove();
    gagal = true;
    const el = await lencana(
      html`<ppid-badge feed=${FEED} agency="dinkes" .now=${LEWAT}></ppid-badge>`,
      'stale',
    );
    expect(teksSvg(el)).to.include('Data kedaluwarsa');
    expect(teksSvg(el).join(' ')).to.not.contain('84');
  });

  it('without a source, or a feed without agency, says how to configure it', async () => {
    const el = await lencana(html`<ppid-badge></ppid-badge>`, 'error');
    expect($(el, '[part="notice"]')!.textContent).to.contain('isi atribut feed dan agency, atau src');
    await expect(el).to.be.accessible();
    const el2 = await lencana(html`<ppid-badge feed=${FEED}></ppid-badge>`, 'error');
    expect($(el2, 'svg.lencana')).to.equal(null);
  });

  it('is accessible in the dark theme too', async () => {
    palsu = pasangFetchPalsu(() => ({ putus: true }));
    const el = await lencana(
      html`<ppid-badge feed=${FEED} agency="dinkes" theme="gelap"></ppid-badge>`,
      'error',
    );
    await expect(el).to.be.accessible();
  });
});

describe('<ppid-badge> self-assessed mode', () => {
  it('scores the Sukamaju DIP in the browser exactly as the SDK does, labelled "Penilaian mandiri"', async () => {
    const el = await lencana(
      html`<ppid-badge
        src=${DIP_JSON}
        evidence="https://sukamajukab.go.id/ppid/dip"
        .now=${KINI}
      ></ppid-badge>`,
    );
    const doc = validasiDIP(JSON.parse(await bacaFixture('sukamaju/dip.json'))).document as DokumenDIP;
    const hasil = nilaiDIP(doc, KINI);
    const band = BAND_MONEV.find((b) => b.code === hasil.band.code)!;
    const teks = teksSvg(el);
    expect(teks[0]).to.equal(
      new Intl.NumberFormat('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
        hasil.total,
      ),
    );
    expect(teks[2]).to.equal(band.label.id);
    expect(teks[4]).to.equal('Penilaian mandiri');
    expect($(el, 'path')!.getAttribute('fill')).to.equal(band.colour.fill);
    expect(($(el, 'a') as HTMLAnchorElement).href).to.equal('https://sukamajukab.go.id/ppid/dip');
    await expect(el).to.be.accessible();
  });

  it('without `evidence` the self-assessed badge is not a link', async () => {
    const el = await lencana(html`<ppid-badge src=${DIP_JSON} .now=${KINI}></ppid-badge>`);
    expect($(el, 'a')).to.equal(null);
    expect(teksSvg(el)).to.include('Penilaian mandiri');
  });

  it('a DIP that cannot be read shows an error, no score', async () => {
    palsu = pasangFetchPalsu(() => ({
      body: '{"format": "terbuka-dip", "version": 1}',
      headers: { 'Content-Type': 'application/json' },
    }));
    const el = await lencana(html`<ppid-badge src="/dip-rusak.json" .now=${KINI}></ppid-badge>`, 'error');
    expect($(el, 'svg.lencana')).to.equal(null);
    expect($(el, '[part="notice"]')!.textContent).to.contain('DIP tidak dapat dibaca');
    await expect(el).to.be.accessible();
  });
});

describe('<ppid-badge> looks like the static SVG', () => {
  const kasus: { data: DataLencana; bahasa: 'id' | 'en'; ukuran: 'normal' | 'kecil' }[] = [];
  for (const b of BAND_MONEV)
    kasus.push({
      data: lencanaDariFeed({ ...ENTRI, band: b.code, score: b.min + 0.5 }, KINI),
      bahasa: 'id',
      ukuran: 'normal',
    });
  kasus.push({ data: lencanaDariFeed(ENTRI, LEWAT), bahasa: 'en', ukuran: 'kecil' });
  kasus.push({ data: lencanaDariFeed(ENTRI, LEWAT), bahasa: 'id', ukuran: 'normal' });

  it('the same texts, colours and shapes as svgLencana for the same data; every band in its AA colours', async () => {
    for (const k of kasus) {
      const entri = { ...ENTRI, band: k.data.band, score: k.data.score };
      palsu?.pulihkan();
      layaniFeed(feedDengan([entri]));
      localStorage.clear();
      const now = k.data.state === 'terkini' ? KINI : LEWAT;
      const el = await lencana(
        html`<ppid-badge
          feed=${FEED}
          agency="dinkes"
          lang=${k.bahasa}
          size=${k.ukuran === 'kecil' ? 'kecil' : 'normal'}
          .now=${now}
        ></ppid-badge>`,
        k.data.state === 'terkini' ? 'ready' : 'stale',
      );
      const statis = new DOMParser().parseFromString(
        svgLencana(k.data, { bahasa: k.bahasa, ukuran: k.ukuran }),
        'image/svg+xml',
      );
      expect(teksSvg(el)).to.deep.equal(
        teksStatis(svgLencana(k.data, { bahasa: k.bahasa, ukuran: k.ukuran })),
      );
      const atribut = (n: Element | null, ...nama: string[]): (string | null)[] =>
        nama.map((a) => n?.getAttribute(a) ?? null);
      for (const sel of ['rect', 'path'])
        expect(atribut($(el, `svg.lencana ${sel}`), 'd', 'fill', 'stroke', 'width', 'height')).to.deep.equal(
          atribut(statis.querySelector(sel), 'd', 'fill', 'stroke', 'width', 'height'),
        );
      const warna = (n: Element[]): string[] =>
        n.map((t) =>
          [
            t.getAttribute('fill'),
            t.getAttribute('x'),
            t.getAttribute('y'),
            t.getAttribute('font-size'),
            t.getAttribute('textLength'),
          ].join(),
        );
      expect(warna($$(el, 'svg.lencana text'))).to.deep.equal(warna([...statis.querySelectorAll('text')]));
      const band = BAND_MONEV.find((b) => b.code === k.data.band)!;
      if (k.data.state === 'terkini') {
        expect($(el, 'svg.lencana path')!.getAttribute('fill')).to.equal(band.colour.fill);
        expect($(el, 'svg.lencana text')!.getAttribute('fill')).to.equal(band.colour.text);
      }
      // Every text the widget draws, on the block or the panel behind it, meets AA.
      const split = Number(($(el, 'svg.lencana path')!.getAttribute('d') ?? '').split(/[HV]/)[1]);
      for (const t of $$(el, 'svg.lencana text')) {
        const latar =
          Number(t.getAttribute('x')) < split
            ? $(el, 'svg.lencana path')!.getAttribute('fill')!
            : $(el, 'svg.lencana rect')!.getAttribute('fill')!;
        expect(rasioKontras(t.getAttribute('fill')!, latar)).to.be.at.least(4.5);
      }
      el.remove();
    }
  });
});

describe('<ppid-badge> registration', () => {
  it('registering twice does not throw', async () => {
    await import('./define.js');
    expect(() => PpidBadge.define('ppid-badge')).to.not.throw();
    expect(customElements.get('ppid-badge')).to.equal(PpidBadge);
  });
});
