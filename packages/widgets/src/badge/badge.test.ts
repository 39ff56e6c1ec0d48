import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import {
  BAND_MONEV,
  idKunci,
  keBase64Url,
  lencanaDariFeed,
  nilaiDIP,
  rasioKontras,
  svgLencana,
  tataLetakLencana,
  validasiDIP,
} from '@terbuka/sdk';
import { imporCSV } from '@terbuka/sdk/csv';
import type { DataLencana, DokumenDIP, EntriFeed, FeedPemantauan } from '@terbuka/sdk';
import './define.js';
import { PpidBadge } from './badge.js';
import { cadangan } from './kripto.js';
import { pemuatMandiri } from './muat-mandiri.js';
import { bacaFixture, tungguSampai } from '../internal/testing/data-uji.js';
import { pasangFetchPalsu } from '../internal/testing/fetch-palsu.js';
import type { FetchPalsu } from '../internal/testing/fetch-palsu.js';
import { jalaniBatasBawaan, pasangJamPalsu } from '../internal/testing/jam-palsu.js';

const FEED = 'https://monitor.example.go.id/feed.json';
const DIP_JSON = '/packages/sdk/fixtures/sukamaju/dip.json';
/** Signed with node:crypto by scripts/fixture-feed.mjs (test keys a, b; c signs nothing). */
const FIXTURE = '/packages/widgets/src/badge/fixtures/';
const ASLI = { feed: '', sig: '', rotasi: '' };
const KUNCI = { a: '', b: '', c: '' };
let DINKES: EntriFeed;
before(async () => {
  const baca = async (f: string): Promise<string> => (await fetch(FIXTURE + f)).text();
  ASLI.feed = await baca('feed.json');
  ASLI.sig = await baca('feed.json.sig');
  ASLI.rotasi = await baca('rotasi.sig');
  Object.assign(KUNCI, JSON.parse(await baca('kunci-uji.json')));
  DINKES = (JSON.parse(ASLI.feed) as FeedPemantauan).entries[0]!;
});
/** Within the entry's validity, and a week after it expired. */
const KINI = new Date('2026-11-28T10:00:00Z');
const LEWAT = new Date('2026-12-12T00:00:00Z');

const ENTRI: EntriFeed = {
  agencyId: 'dinkes',
  name: 'Dinas Kesehatan',
  kind: 'opd',
  score: 84.4,
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
/** The badge's accessible name: the `<title>` of its image (the link takes it from there). */
const nama = (el: HTMLElement): string => $(el, 'svg.lencana > title')?.textContent ?? '';
const teksSvg = (el: HTMLElement): string[] => $$(el, 'svg.lencana text').map((t) => t.textContent ?? '');
/** A stale badge of the fixture's entry (84.4): "Data kedaluwarsa", a dash for the score, no number. */
function kedaluwarsaTanpaSkor(el: HTMLElement): void {
  const teks = teksSvg(el);
  expect(teks).to.include('Data kedaluwarsa');
  expect(teks.join(' ')).to.not.contain('84');
  expect(teks[0]).to.equal('—');
}
/** The texts of the static SVG, for comparison with the widget. */
const teksStatis = (s: string): string[] =>
  [...new DOMParser().parseFromString(s, 'image/svg+xml').querySelectorAll('text')].map(
    (t) => t.textContent ?? '',
  );

/**
 * A feed of `entries` signed with a key made for the test (WebCrypto Ed25519): its text, its signature
 * file and the public key to pin. A feed that verifies, so the signature is never why it is refused.
 */
async function feedBertanda(entries: unknown[]): Promise<{ feed: string; sig: string; kunci: string }> {
  const par = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const kunci = keBase64Url(new Uint8Array(await crypto.subtle.exportKey('raw', par.publicKey)));
  const feed = JSON.stringify(feedDengan(entries));
  const tanda = await crypto.subtle.sign({ name: 'Ed25519' }, par.privateKey, new TextEncoder().encode(feed));
  const sig = JSON.stringify({
    format: 'terbuka-feed-signature',
    version: 1,
    alg: 'Ed25519',
    file: 'feed.json',
    signatures: [{ kid: await idKunci(kunci), sig: keBase64Url(new Uint8Array(tanda)) }],
  });
  return { feed, sig, kunci };
}

/** The retry button is 24×24 and inside the badge's box (its styles are loaded with the problem words). */
function dalamKotak(el: HTMLElement, tombol: Element): void {
  const k = el.getBoundingClientRect();
  const t = tombol.getBoundingClientRect();
  expect([t.width, t.height]).to.deep.equal([24, 24]);
  expect(t.left >= k.left && t.right <= k.right && t.top >= k.top && t.bottom <= k.bottom).to.equal(true);
}

let palsu: FetchPalsu | undefined;
beforeEach(() => localStorage.clear());
afterEach(() => {
  palsu?.pulihkan();
  palsu = undefined;
});

/**
 * Serves `feed` at FEED and `sig` at FEED + '.sig' (a 404 when absent); the signed fixture by default.
 * Anything else is a 404.
 */
function layaniFeed(
  feed: unknown = ASLI.feed,
  sig: string | null = ASLI.sig,
  lain: Record<string, string> = {},
): void {
  const body = typeof feed === 'string' ? feed : JSON.stringify(feed);
  const berkas: Record<string, string | null> = { [FEED]: body, [`${FEED}.sig`]: sig, ...lain };
  palsu = pasangFetchPalsu((url) => {
    const b = berkas[url];
    return typeof b === 'string'
      ? { body: b, headers: { 'Content-Type': 'application/json' } }
      : { status: 404 };
  });
}

async function lencana(t: ReturnType<typeof html>, status = 'ready'): Promise<PpidBadge> {
  const el = await fixture<PpidBadge>(t);
  el.jedaUlangMs = 10;
  await tungguSampai(() => el.state === status);
  await el.updateComplete;
  return el;
}

describe('<ppid-badge> feed mode, verified', () => {
  it('a good signature by a pinned key: the current band, score and date, "verified" in words, a link to the evidence', async () => {
    layaniFeed();
    const el = await lencana(
      html`<ppid-badge feed=${FEED} agency="dinkes" key=${KUNCI.a} .now=${KINI}></ppid-badge>`,
    );
    expect(teksSvg(el)).to.deep.equal([
      '84,4',
      '/100',
      'Menuju Informatif',
      'per 28 Nov 2026',
      'Hasil terverifikasi',
    ]);
    // Both at once (the order of two parallel requests is not a contract).
    expect(palsu!.permintaan.map((p) => p.url)).to.have.members([FEED, `${FEED}.sig`]);
    const a = $(el, 'a[part="link"]') as HTMLAnchorElement;
    expect(a.href).to.equal('https://monitor.example.go.id/agensi/dinkes.html');
    expect(a.rel).to.equal('noopener noreferrer');
    const t = tataLetakLencana(lencanaDariFeed(DINKES, KINI));
    // The link's accessible name is its only content's: the image's label, the layout's sentence + verified.
    expect(a.getAttribute('aria-label')).to.equal(null);
    expect(a.children).to.have.length(1);
    expect(nama(el)).to.equal(`${t.label} Terverifikasi: tanda tangan digital feed pemantauan sah.`);
    expect($(el, 'path')!.getAttribute('fill')).to.equal('#7CB342');
    expect(el.getBoundingClientRect().width).to.equal(200);
    expect(el.getBoundingClientRect().height).to.equal(48);
    await expect(el).to.be.accessible();
  });

  it('served for real (no stub): the bytes from the server verify, and a 304 keeps them verified', async () => {
    const feed = `${FIXTURE}feed.json`;
    const el = await lencana(
      html`<ppid-badge feed=${feed} agency="dinkes" key=${KUNCI.a} .now=${KINI}></ppid-badge>`,
    );
    expect(nama(el)).to.contain('Terverifikasi');
    el.remove();
    // The saved copy is checked again against its saved signature, then revalidated.
    const el2 = await lencana(
      html`<ppid-badge feed=${feed} agency="dinkes" key=${KUNCI.a} .now=${KINI}></ppid-badge>`,
    );
    expect(teksSvg(el2)[0]).to.equal('84,4');
    await expect(el2).to.be.accessible();
  });

  it('a key rotation: the `signature` file co-signed by two keys verifies with either pinned key', async () => {
    for (const key of [KUNCI.b, `${KUNCI.c} ${KUNCI.a}`]) {
      localStorage.clear();
      palsu?.pulihkan();
      layaniFeed(ASLI.feed, null, { 'https://monitor.example.go.id/rotasi.sig': ASLI.rotasi });
      const el = await lencana(
        html`<ppid-badge
          feed=${FEED}
          signature="https://monitor.example.go.id/rotasi.sig"
          agency="dinkes"
          key=${key}
          .now=${KINI}
        ></ppid-badge>`,
      );
      expect(nama(el)).to.contain('Terverifikasi');
      el.remove();
    }
  });

  it('switches language at runtime: English words, a decimal point, "Verified"', async () => {
    layaniFeed();
    const el = await lencana(
      html`<ppid-badge feed=${FEED} agency="dinkes" key=${KUNCI.a} .now=${KINI}></ppid-badge>`,
    );
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(teksSvg(el)).to.deep.equal([
      '84.4',
      '/100',
      'Towards Informative',
      'as of 28 Nov 2026',
      'Verified result',
    ]);
    expect(nama(el)).to.match(/^Information openness of Dinas Kesehatan/);
    expect(nama(el)).to.contain('Verified: the digital signature of the monitoring feed is valid.');
    await expect(el).to.be.accessible();
  });

  it('asks for the signature together with the feed, not after it (one round trip less)', async () => {
    // The feed does not answer: the signature's request is made all the same.
    palsu = pasangFetchPalsu((url) => (url === FEED ? { gantung: true } : { body: ASLI.sig }));
    const el = await fixture<PpidBadge>(
      html`<ppid-badge feed=${FEED} agency="dinkes" key=${KUNCI.a} .now=${KINI}></ppid-badge>`,
    );
    await tungguSampai(() => palsu!.permintaan.length === 2);
    expect(palsu.permintaan.map((p) => p.url)).to.have.members([FEED, `${FEED}.sig`]);
    expect(el.state).to.equal('loading');
    el.remove();
  });

  it('keeps its size in a narrow footer row that would shrink it (flex, nowrap)', async () => {
    layaniFeed();
    const baris = await fixture<HTMLElement>(html`
      <footer style="display: flex; width: 300px; white-space: nowrap">
        <span>© 2026 Dinas Kesehatan Kabupaten Sukamaju. Hak cipta dilindungi undang-undang.</span>
        <ppid-badge feed=${FEED} agency="dinkes" key=${KUNCI.a} .now=${KINI}></ppid-badge>
        <ppid-badge feed=${FEED} agency="dinkes" key=${KUNCI.a} size="kecil" .now=${KINI}></ppid-badge>
      </footer>
    `);
    const [biasa, kecil] = [...baris.querySelectorAll('ppid-badge')] as PpidBadge[];
    await tungguSampai(() => biasa!.state === 'ready' && kecil!.state === 'ready');
    expect(biasa!.getBoundingClientRect().width).to.equal(200);
    expect(kecil!.getBoundingClientRect().width).to.equal(160);
  });

  it('keeps its texts inside on a right-to-left page', async () => {
    layaniFeed();
    const wadah = await fixture<HTMLElement>(html`
      <div dir="rtl" lang="ar">
        <ppid-badge lang="id" feed=${FEED} agency="dinkes" key=${KUNCI.a} .now=${KINI}></ppid-badge>
      </div>
    `);
    const el = wadah.querySelector('ppid-badge') as PpidBadge;
    await tungguSampai(() => el.state === 'ready');
    const kotak = el.getBoundingClientRect();
    for (const t of $$(el, 'svg.lencana text')) {
      const r = t.getBoundingClientRect();
      expect(r.left, t.textContent ?? '').to.be.at.least(kotak.left);
      expect(r.right, t.textContent ?? '').to.be.at.most(kotak.right);
    }
    await expect(el).to.be.accessible();
  });

  it('size="kecil" is 160×24 with the score and band; "verified" is in its name', async () => {
    layaniFeed();
    const el = await lencana(
      html`<ppid-badge feed=${FEED} agency="dinkes" key=${KUNCI.a} size="kecil" .now=${KINI}></ppid-badge>`,
    );
    expect(el.getBoundingClientRect().width).to.equal(160);
    expect(el.getBoundingClientRect().height).to.equal(24);
    expect(teksSvg(el)).to.deep.equal(['84,4', 'Menuju Informatif']);
    expect(nama(el)).to.contain('Terverifikasi');
    await expect(el).to.be.accessible();
  });

  it('where WebCrypto refuses Ed25519 the @noble/ed25519 fallback verifies; a wrong signature is wrong; no fallback: cannot be checked', async () => {
    // This Chromium's WebCrypto has Ed25519: it verifies, and the fallback is not loaded.
    const muat = cadangan.muat;
    let dimuat = 0;
    cadangan.muat = () => (dimuat++, muat());
    layaniFeed();
    const el0 = await lencana(
      html`<ppid-badge feed=${FEED} agency="dinkes" key=${KUNCI.a} .now=${KINI}></ppid-badge>`,
    );
    expect(nama(el0)).to.contain('Terverifikasi');
    expect(dimuat).to.equal(0);
    // WebCrypto's verify fails on purpose: only the fallback can say "verified" here.
    const verify = crypto.subtle.verify;
    crypto.subtle.verify = () => Promise.reject(new Error('no WebCrypto Ed25519 in this test'));
    try {
      for (const paksa of [false, true]) {
        palsu?.pulihkan();
        localStorage.clear();
        layaniFeed();
        const el = await lencana(
          html`<ppid-badge
            feed=${FEED}
            agency="dinkes"
            key=${KUNCI.a}
            .kriptoCadangan=${paksa}
            .now=${KINI}
          ></ppid-badge>`,
        );
        expect(nama(el)).to.contain('Terverifikasi');
        await expect(el).to.be.accessible();
      }
      palsu!.pulihkan();
      localStorage.clear();
      layaniFeed(ASLI.feed.replace('84.4', '84.9'));
      const el2 = await lencana(
        html`<ppid-badge feed=${FEED} agency="dinkes" key=${KUNCI.a} .now=${KINI}></ppid-badge>`,
        'unverified',
      );
      expect(nama(el2)).to.contain('Tanda tangan tidak cocok');
      // Without WebCrypto Ed25519 and with a fallback that cannot load, nothing can be checked: it says so.
      cadangan.muat = () => Promise.reject(new Error('chunk not loaded'));
      palsu!.pulihkan();
      localStorage.clear();
      layaniFeed();
      const el3 = await lencana(
        html`<ppid-badge feed=${FEED} agency="dinkes" key=${KUNCI.a} .now=${KINI}></ppid-badge>`,
        'unverified',
      );
      expect(nama(el3)).to.contain('Tanda tangan tidak dapat diperiksa');
      // The next badge tries the chunk again.
      cadangan.muat = muat;
      palsu!.pulihkan();
      localStorage.clear();
      layaniFeed();
      const el4 = await lencana(
        html`<ppid-badge feed=${FEED} agency="dinkes" key=${KUNCI.a} .now=${KINI}></ppid-badge>`,
      );
      expect(nama(el4)).to.contain('Terverifikasi');
      // WebCrypto says a signature is wrong and the fallback cannot load: WebCrypto's answer stands.
      crypto.subtle.verify = verify;
      cadangan.muat = () => Promise.reject(new Error('chunk not loaded'));
      palsu!.pulihkan();
      localStorage.clear();
      layaniFeed(ASLI.feed.replace('84.4', '84.9'));
      const el5 = await lencana(
        html`<ppid-badge feed=${FEED} agency="dinkes" key=${KUNCI.a} .now=${KINI}></ppid-badge>`,
        'unverified',
      );
      expect(nama(el5)).to.contain('Tanda tangan tidak cocok');
    } finally {
      crypto.subtle.verify = verify;
      cadangan.muat = muat;
    }
  });

  it('without crypto.subtle (a page over plain http) the fallback verifies with its own SHA-512 and SHA-256', async () => {
    // Shadow the prototype's getter on this page's crypto object: what an http page sees.
    Object.defineProperty(crypto, 'subtle', { value: undefined, configurable: true });
    try {
      expect(globalThis.crypto.subtle).to.equal(undefined);
      layaniFeed();
      const el = await lencana(
        html`<ppid-badge feed=${FEED} agency="dinkes" key=${KUNCI.a} .now=${KINI}></ppid-badge>`,
      );
      expect(el.state).to.equal('ready');
      expect(nama(el)).to.contain('Terverifikasi');
      expect(teksSvg(el)).to.include('Hasil terverifikasi');
      // A key rotation's co-signed file: either pinned key verifies without WebCrypto too.
      palsu!.pulihkan();
      localStorage.clear();
      layaniFeed(ASLI.feed, null, { 'https://monitor.example.go.id/rotasi.sig': ASLI.rotasi });
      const rotasi = await lencana(
        html`<ppid-badge
          feed=${FEED}
          signature="https://monitor.example.go.id/rotasi.sig"
          agency="dinkes"
          key=${KUNCI.b}
          .now=${KINI}
        ></ppid-badge>`,
      );
      expect(rotasi.state).to.equal('ready');
      // One changed byte: unverified, with the SDK's reason.
      palsu!.pulihkan();
      localStorage.clear();
      layaniFeed(ASLI.feed.replace('84.4', '84.5'));
      const el2 = await lencana(
        html`<ppid-badge feed=${FEED} agency="dinkes" key=${KUNCI.a} .now=${KINI}></ppid-badge>`,
        'unverified',
      );
      expect(nama(el2)).to.contain('Tanda tangan tidak cocok');
      // A key the page does not pin: unverified, naming the kid.
      palsu!.pulihkan();
      localStorage.clear();
      layaniFeed();
      const el3 = await lencana(
        html`<ppid-badge feed=${FEED} agency="dinkes" key=${KUNCI.b} .now=${KINI}></ppid-badge>`,
        'unverified',
      );
      expect(nama(el3)).to.contain('kunci yang tidak dipercaya');
      await expect(el3).to.be.accessible();
    } finally {
      delete (crypto as { subtle?: unknown }).subtle;
    }
    expect(globalThis.crypto.subtle).to.not.equal(undefined);
  });

  it('past expiresAt a verified entry is stale: grey, no score, "Data kedaluwarsa"', async () => {
    layaniFeed();
    const el = await lencana(
      html`<ppid-badge feed=${FEED} agency="dinkes" key=${KUNCI.a} .now=${LEWAT}></ppid-badge>`,
      'stale',
    );
    const teks = teksSvg(el);
    expect(teks).to.include('Data kedaluwarsa');
    expect(teks).to.include('Hasil pemantauan');
    expect(teks.join(' ')).to.not.contain('84');
    expect(teks[0]).to.equal('—');
    expect($(el, 'path')!.getAttribute('fill')).to.equal('#5F6368');
    expect(($(el, 'a') as HTMLAnchorElement).href).to.equal(DINKES.evidenceUrl);
    await expect(el).to.be.accessible();
  });

  it('a verified entry evaluated more than a day after the clock is stale, never current (a wrong clock, a made-up entry)', async () => {
    layaniFeed();
    // The fixture's entries are evaluated 2026-11-27T20:00Z: two days later than this clock.
    const el = await lencana(
      html`<ppid-badge
        feed=${FEED}
        agency="dinkes"
        key=${KUNCI.a}
        .now=${new Date('2026-11-25T20:00:00Z')}
      ></ppid-badge>`,
      'stale',
    );
    kedaluwarsaTanpaSkor(el);
    expect($(el, 'path')!.getAttribute('fill')).to.equal('#5F6368');
    // Within a day (a phone's clock some hours off) it is current.
    el.now = new Date('2026-11-27T00:00:00Z');
    await tungguSampai(() => el.state === 'ready');
  });

  it('turns stale when the clock passes expiresAt', async () => {
    layaniFeed();
    const el = await lencana(
      html`<ppid-badge feed=${FEED} agency="dinkes" key=${KUNCI.a} .now=${KINI}></ppid-badge>`,
    );
    el.now = LEWAT;
    await tungguSampai(() => el.state === 'stale');
  });
});

describe('<ppid-badge> feed mode, limits', () => {
  it('an entry that had expired when its signed feed was generated is stale on a device whose clock is set back', async () => {
    const baca = async (f: string): Promise<string> => (await fetch(FIXTURE + f)).text();
    // Generated 2026-11-27T20:00Z, the entry expired 2026-11-26T00:00Z: the device says 2026-11-25.
    layaniFeed(await baca('feed-lama.json'), await baca('feed-lama.json.sig'));
    const el = await lencana(
      html`<ppid-badge
        feed=${FEED}
        agency="dinkes"
        key=${KUNCI.a}
        .now=${new Date('2026-11-25T00:00:00Z')}
      ></ppid-badge>`,
      'stale',
    );
    kedaluwarsaTanpaSkor(el);
  });

  it('a feed past 8 MiB is not read further: the error card, no score, one request, the download cancelled', async () => {
    let dikirim = 0;
    let dibatalkan = false;
    const awal = new TextEncoder().encode(ASLI.feed);
    const spasi = new Uint8Array(2 ** 20).fill(32);
    // The signed feed followed by 19 MiB of spaces: still valid JSON, so only the cap refuses it.
    const body = new ReadableStream<Uint8Array>({
      pull(k) {
        k.enqueue(dikirim ? spasi : awal);
        if (++dikirim > 19) k.close();
      },
      cancel() {
        dibatalkan = true;
      },
    });
    palsu = pasangFetchPalsu((url) =>
      url === FEED ? { body, headers: { 'Content-Type': 'application/json' } } : { status: 404 },
    );
    const el = await lencana(
      html`<ppid-badge feed=${FEED} agency="dinkes" key=${KUNCI.a} .now=${KINI}></ppid-badge>`,
      'error',
    );
    expect($(el, 'svg.lencana')).to.equal(null);
    expect($(el, '.kartu')!.textContent).to.contain('Feed pemantauan tidak sah; skor tidak ditampilkan.');
    expect(palsu.permintaan.filter((p) => p.url === FEED)).to.have.length(1);
    expect(dibatalkan).to.equal(true);
    expect(dikirim).to.be.below(19);
  });
});

describe('<ppid-badge> feed mode, not verified', () => {
  /**
   * Grey, no score, "Tidak terverifikasi", the reason in the name, and no link: the evidence address is the
   * unverified feed's own claim (a forged feed would send the agency's visitors wherever it says).
   */
  async function tidakTerverifikasi(el: PpidBadge, alasan: RegExp): Promise<void> {
    expect(el.state).to.equal('unverified');
    const teks = teksSvg(el);
    expect(teks[0]).to.equal('—');
    expect(teks).to.include('Tidak terverifikasi');
    expect(teks.join(' ')).to.not.contain('84');
    expect($(el, 'path')!.getAttribute('fill')).to.equal('#5F6368');
    expect(nama(el)).to.match(/tidak terverifikasi/);
    expect(nama(el)).to.match(alasan);
    expect($(el, 'a')).to.equal(null);
    expect(el.shadowRoot!.innerHTML).to.not.contain(DINKES.evidenceUrl);
    await expect(el).to.be.accessible();
  }

  it('one byte of the feed changed: not verified', async () => {
    const ubah = ASLI.feed.replace('84.4', '84.9');
    expect(ubah.length).to.equal(ASLI.feed.length);
    layaniFeed(ubah);
    const el = await lencana(
      html`<ppid-badge feed=${FEED} agency="dinkes" key=${KUNCI.a} .now=${KINI}></ppid-badge>`,
      'unverified',
    );
    await tidakTerverifikasi(el, /Tanda tangan tidak cocok dengan isi feed/);
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(teksSvg(el)).to.include('Not verified');
    expect(nama(el)).to.contain('The signature does not match the feed');
    await expect(el).to.be.accessible();
  });

  it('signed by a key the page does not pin: not verified', async () => {
    layaniFeed();
    const el = await lencana(
      html`<ppid-badge feed=${FEED} agency="dinkes" key=${KUNCI.c} .now=${KINI}></ppid-badge>`,
      'unverified',
    );
    await tidakTerverifikasi(el, /kunci yang tidak dipercaya/);
  });

  it('a pinned key with a character lost in copying: not verified, and the key attribute named with its length', async () => {
    layaniFeed();
    const el = await lencana(
      html`<ppid-badge feed=${FEED} agency="dinkes" key=${KUNCI.a.slice(1)} .now=${KINI}></ppid-badge>`,
      'unverified',
    );
    await tidakTerverifikasi(
      el,
      /atribut key memuat kunci yang tidak sah \(42 karakter; kunci publik pemantau ditulis 43/,
    );
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(nama(el)).to.contain('the key attribute holds an invalid key (42 characters');
  });

  it('no signature file (404), or a broken one: not verified', async () => {
    layaniFeed(ASLI.feed, null);
    const el = await lencana(
      html`<ppid-badge feed=${FEED} agency="dinkes" key=${KUNCI.a} .now=${KINI}></ppid-badge>`,
      'unverified',
    );
    await tidakTerverifikasi(el, /tidak bertanda tangan/);
    el.remove();
    palsu!.pulihkan();
    localStorage.clear();
    layaniFeed(ASLI.feed, '{"format": "terbuka-feed-signature"');
    const el2 = await lencana(
      html`<ppid-badge feed=${FEED} agency="dinkes" key=${KUNCI.a} .now=${KINI}></ppid-badge>`,
      'unverified',
    );
    await tidakTerverifikasi(el2, /Berkas tanda tangan tidak sah/);
  });

  it('without `key` nothing can be verified: never current, and no signature request', async () => {
    layaniFeed();
    const el = await lencana(
      html`<ppid-badge feed=${FEED} agency="dinkes" .now=${KINI}></ppid-badge>`,
      'unverified',
    );
    await tidakTerverifikasi(el, /belum memasang kunci publik pemantau \(atribut key\)/);
    expect(palsu!.permintaan.map((p) => p.url)).to.deep.equal([FEED]);
    // Pinning the key afterwards verifies.
    el.key = KUNCI.a;
    await tungguSampai(() => el.state === 'ready');
  });

  it('a bad signature on an expired entry says "not verified", not just "expired"', async () => {
    layaniFeed(ASLI.feed.replace('84.4', '84.9'));
    const el = await lencana(
      html`<ppid-badge feed=${FEED} agency="dinkes" key=${KUNCI.a} .now=${LEWAT}></ppid-badge>`,
      'unverified',
    );
    expect(teksSvg(el)).to.include('Tidak terverifikasi');
  });

  it('renders an agency name with HTML as text', async () => {
    layaniFeed();
    const el = await lencana(
      html`<ppid-badge feed=${FEED} agency="xss" .now=${KINI}></ppid-badge>`,
      'unverified',
    );
    const namaBadan = '<img src=x onerror="window.diserang=1"><b>Dinas</b> & Co';
    expect($$(el, 'img, b')).to.have.length(0);
    expect(nama(el)).to.contain(namaBadan);
    expect($(el, 'svg title')!.textContent).to.contain(namaBadan);
    expect((window as unknown as { diserang?: number }).diserang).to.equal(undefined);
  });
});

describe('<ppid-badge> feed mode, other', () => {
  it('an agency missing from the feed gets a clear empty state, no score', async () => {
    layaniFeed();
    const el = await lencana(
      html`<ppid-badge feed=${FEED} agency="dishub" key=${KUNCI.a} .now=${KINI}></ppid-badge>`,
      'empty',
    );
    expect($(el, '[part="notice"]')!.textContent).to.contain('Badan publik "dishub" tidak ada dalam feed');
    expect($(el, 'svg.lencana')).to.equal(null);
    expect(el.getBoundingClientRect().height).to.equal(48);
    await expect(el).to.be.accessible();
  });

  it('an agency missing from a feed that does not verify is unverified, not absent: the feed’s claim is not relied on', async () => {
    // One changed byte (another agency's score): the signature no longer holds, and dishub is not in it.
    layaniFeed(ASLI.feed.replace('84.4', '84.5'));
    const el = await lencana(
      html`<ppid-badge feed=${FEED} agency="dishub" key=${KUNCI.a} .now=${KINI}></ppid-badge>`,
      'unverified',
    );
    const kata = $(el, '[part="notice"]')!.textContent!;
    expect(kata).to.contain(
      'Badan publik "dishub" tidak ada dalam feed pemantauan, tetapi feed itu tidak terverifikasi',
    );
    expect(kata).to.contain('Tanda tangan tidak cocok');
    expect($(el, 'svg.lencana')).to.equal(null);
    await expect(el).to.be.accessible();
    el.lang = 'en';
    await el.updateComplete;
    expect($(el, '[part="notice"]')!.textContent).to.contain(
      'The agency "dishub" is not in the monitoring feed, but that feed is not verified',
    );
    await expect(el).to.be.accessible();
  });

  it('size="kecil": a problem card keeps its heading on one line inside 160×24, in Indonesian and English', async () => {
    for (const lang of ['id', 'en'])
      for (const keadaan of ['empty', 'error'] as const) {
        // empty: the agency is not in the feed; error: the feed cannot be reached (a retry button too).
        if (keadaan === 'empty') layaniFeed();
        else palsu = pasangFetchPalsu(() => ({ putus: true }));
        const el = await lencana(
          html`<ppid-badge
            feed=${FEED}
            agency="dishub"
            key=${KUNCI.a}
            size="kecil"
            lang=${lang}
            .jedaUlangMs=${1}
            .now=${KINI}
          ></ppid-badge>`,
          keadaan,
        );
        const kotak = el.getBoundingClientRect();
        const judul = $(el, '.teks strong')!.getBoundingClientRect();
        expect([kotak.width, kotak.height]).to.deep.equal([160, 24]);
        // "Lencana tidak tersedia" wrapped to two lines (26 px) and was cut by the card's edge.
        expect(judul.height, `${lang} ${keadaan}`).to.be.below(16);
        expect(judul.top).to.be.at.least(kotak.top);
        expect(judul.bottom).to.be.at.most(kotak.bottom);
        const tombol = $(el, '.ulang');
        expect(judul.right).to.be.at.most(tombol ? tombol.getBoundingClientRect().left : kotak.right);
        // Whole, not cut to "Lencana tidak terse…".
        const strong = $(el, '.teks strong') as HTMLElement;
        expect(strong.scrollWidth, `${lang} ${keadaan}`).to.be.at.most(strong.clientWidth);
        await expect(el).to.be.accessible();
        palsu!.pulihkan();
        localStorage.clear();
      }
  });

  it('a refused feed says in the console which entry breaks which rule, once', async () => {
    const peringatan: string[] = [];
    const asli = console.warn;
    console.warn = (...a: unknown[]) => void peringatan.push(a.join(' '));
    try {
      // Another agency's entry is faulty: the whole feed is refused, also for dinkes.
      layaniFeed(feedDengan([ENTRI, { ...ENTRI, agencyId: 'dishub', score: 90, band: 'menuju-informatif' }]));
      const el = await lencana(
        html`<ppid-badge feed=${FEED} agency="dinkes" key=${KUNCI.a} .now=${KINI}></ppid-badge>`,
        'error',
      );
      expect($(el, '[part="notice"]')!.textContent).to.contain(
        'Feed pemantauan tidak sah; skor tidak ditampilkan.',
      );
      el.requestUpdate();
      await el.updateComplete;
      const feed = peringatan.filter((p) => p.includes('feed pemantauan tidak sah'));
      expect(feed).to.have.length(1);
      expect(feed[0]).to.contain(
        'entries[1].band "menuju-informatif" does not match this entry\'s score; its score is in "informatif"',
      );
      await expect(el).to.be.accessible();
    } finally {
      console.warn = asli;
    }
  });

  it('a feed with one broken field shows nothing as a score', async () => {
    layaniFeed(feedDengan([{ ...ENTRI, score: '84.4' }]));
    const el = await lencana(
      html`<ppid-badge feed=${FEED} agency="dinkes" key=${KUNCI.a} .now=${KINI}></ppid-badge>`,
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
    // The feed schema refuses it already (next test); self-assessed mode takes `evidence` from the page.
    for (const evidence of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>']) {
      const el = await lencana(
        html`<ppid-badge src=${DIP_JSON} evidence=${evidence} .now=${KINI}></ppid-badge>`,
      );
      // Addresses, not elements: a failing comparison of elements serialises their trees (the run hangs).
      expect(
        $$(el, 'a, [href]').map((a) => a.getAttribute('href')),
        evidence,
      ).to.deep.equal([]);
      const gambar = $(el, 'svg.lencana')!;
      expect(gambar.getAttribute('role')).to.equal('img');
      expect(nama(el)).to.match(/^Keterbukaan informasi /);
      expect(teksSvg(el)).to.include('Penilaian mandiri');
      await expect(el).to.be.accessible();
    }
  });

  it('a signed feed whose evidence URL is javascript: or data: is refused whole: no link, no score, the address nowhere', async () => {
    // The same feed with its https address, signed alike: verified, and a link to it.
    const baik = await feedBertanda([ENTRI]);
    layaniFeed(baik.feed, baik.sig);
    const sah = await lencana(
      html`<ppid-badge feed=${FEED} agency="dinkes" key=${baik.kunci} .now=${KINI}></ppid-badge>`,
    );
    expect(teksSvg(sah)).to.include('Hasil terverifikasi');
    expect($(sah, 'a[part="link"]')!.getAttribute('href')).to.equal(ENTRI.evidenceUrl);
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>']) {
      palsu!.pulihkan();
      localStorage.clear();
      const { feed, sig, kunci } = await feedBertanda([{ ...ENTRI, evidenceUrl: url }]);
      layaniFeed(feed, sig);
      const el = await lencana(
        html`<ppid-badge feed=${FEED} agency="dinkes" key=${kunci} .now=${KINI}></ppid-badge>`,
        'error',
      );
      expect(
        $$(el, 'a, [href]').map((a) => a.getAttribute('href')),
        url,
      ).to.deep.equal([]);
      expect($$(el, 'svg.lencana'), url).to.have.length(0);
      expect(el.shadowRoot!.textContent, url).to.not.contain('84');
      expect(el.shadowRoot!.innerHTML, url).to.not.contain(url.slice(0, url.indexOf(':') + 1));
      expect($(el, '[part="notice"]')!.textContent).to.contain('Feed pemantauan tidak sah');
      await expect(el).to.be.accessible();
    }
  });

  it('revalidates with If-None-Match and keeps the feed, verified, on 304', async () => {
    const feedLokal = new URL('/badge-feed-uji.json', location.href).href;
    palsu = pasangFetchPalsu((u) =>
      u.endsWith('.sig')
        ? { body: ASLI.sig }
        : palsu!.permintaan.filter((p) => !p.url.endsWith('.sig')).length === 1
          ? { body: ASLI.feed, headers: { 'Content-Type': 'application/json', ETag: '"v1"' } }
          : { status: 304 },
    );
    const el = await lencana(
      html`<ppid-badge feed=${feedLokal} agency="dinkes" key=${KUNCI.a} .now=${KINI}></ppid-badge>`,
    );
    el.remove();
    const el2 = await lencana(
      html`<ppid-badge feed=${feedLokal} agency="dinkes" key=${KUNCI.a} .now=${KINI}></ppid-badge>`,
    );
    const kedua = palsu.permintaan.filter((p) => p.url === feedLokal)[1]!;
    expect(kedua.headers.get('If-None-Match')).to.equal('"v1"');
    expect(teksSvg(el2)[0]).to.equal('84,4');
    expect(nama(el2)).to.contain('Terverifikasi');
  });
});

/** A node of the browser's accessibility tree (Chromium, over CDP), as a screen reader gets it. */
type Simpul = { role?: string; name?: string; description?: string; focused?: boolean; children?: Simpul[] };
function cariSimpul(s: Simpul, cocok: (s: Simpul) => boolean, hasil: Simpul[] = []): Simpul[] {
  if (cocok(s)) hasil.push(s);
  for (const c of s.children ?? []) cariSimpul(c, cocok, hasil);
  return hasil;
}
const pohon = async (): Promise<Simpul> => (await a11ySnapshot({})) as unknown as Simpul;

describe('<ppid-badge> a `now` that is an Invalid Date', () => {
  it('feed mode: the real clock decides, as with no `now` (not a stale badge because the page passed a broken clock)', async () => {
    // An entry current by the real clock (the browser's), signed: only `now` could make it stale.
    const jam = Date.now();
    const entri = {
      ...ENTRI,
      evaluatedAt: new Date(jam - 3_600_000).toISOString(),
      expiresAt: new Date(jam + 7 * 86_400_000).toISOString(),
    };
    const { feed, sig, kunci } = await feedBertanda([entri]);
    layaniFeed(feed, sig);
    const rusak = await lencana(
      html`<ppid-badge feed=${FEED} agency="dinkes" key=${kunci} .now=${new Date('kemarin')}></ppid-badge>`,
    );
    const tanpa = await lencana(html`<ppid-badge feed=${FEED} agency="dinkes" key=${kunci}></ppid-badge>`);
    expect(rusak.state).to.equal('ready');
    expect(teksSvg(rusak)).to.deep.equal(teksSvg(tanpa));
    expect(teksSvg(rusak)).to.include('Hasil terverifikasi');
    expect(nama(rusak)).to.equal(nama(tanpa));
    await expect(rusak).to.be.accessible();
  });
});

describe('<ppid-badge> for screen readers (the accessibility tree)', () => {
  it('the badge is read once: the link has the whole sentence as its name, and no description repeats it', async () => {
    layaniFeed();
    const el = await lencana(
      html`<ppid-badge feed=${FEED} agency="dinkes" key=${KUNCI.a} .now=${KINI}></ppid-badge>`,
    );
    const kalimat = nama(el);
    expect(kalimat).to.match(/^Keterbukaan informasi .*Terverifikasi: /);
    // The sentence is the link's name once, and nowhere else in the tree (no description, no second node).
    const t = await pohon();
    const tautan = cariSimpul(t, (s) => s.role === 'link');
    expect(tautan.map((s) => [s.name, s.description ?? ''])).to.deep.equal([[kalimat, '']]);
    // Its image inside keeps the name (its only source, the <title>), and nothing has it as a description.
    expect(cariSimpul(t, (s) => !!s.description)).to.have.length(0);
    expect(cariSimpul(t, (s) => s.name === kalimat).map((s) => s.role)).to.deep.equal(['link', 'image']);
    await expect(el).to.be.accessible();
  });

  it('without a link the image is named by its <title>, once; the retry button by "Coba lagi", once', async () => {
    // A saved copy shown after a failed update: the image, and the retry button over it.
    let gagal = false;
    palsu = pasangFetchPalsu((u) =>
      gagal ? { putus: true } : { body: u.endsWith('.sig') ? ASLI.sig : ASLI.feed },
    );
    const el = await lencana(
      html`<ppid-badge feed=${FEED} agency="dinkes" key=${KUNCI.a} .now=${KINI}></ppid-badge>`,
    );
    el.remove();
    gagal = true;
    const el2 = await lencana(
      html`<ppid-badge feed=${FEED} agency="dinkes" key=${KUNCI.a} .now=${KINI}></ppid-badge>`,
      'stale',
    );
    const t = await pohon();
    const kalimat = nama(el2);
    expect(kalimat).to.contain('Menampilkan salinan tersimpan per');
    expect(cariSimpul(t, (s) => !!s.description)).to.have.length(0);
    palsu.pulihkan();
    const tombol = cariSimpul(t, (s) => s.role === 'button');
    expect(tombol.map((s) => [s.name, s.description ?? ''])).to.deep.equal([['Coba lagi', '']]);
    await expect(el2).to.be.accessible();
    el2.remove();

    const img = await lencana(html`<ppid-badge src=${DIP_JSON} .now=${KINI}></ppid-badge>`);
    const gambar = cariSimpul(await pohon(), (s) => s.role === 'image' || s.role === 'img');
    expect(gambar.map((s) => [s.name, s.description ?? ''])).to.deep.equal([[nama(img), '']]);
  });

  it('an error or empty card is polite (status), never an alert that interrupts the page being read', async () => {
    palsu = pasangFetchPalsu(() => ({ putus: true }));
    const el = await lencana(
      html`<ppid-badge feed=${FEED} agency="dinkes" key=${KUNCI.a} .now=${KINI}></ppid-badge>`,
      'error',
    );
    expect($(el, '[part="notice"]')!.getAttribute('role')).to.equal('status');
    const t = await pohon();
    expect(cariSimpul(t, (s) => s.role === 'alert')).to.have.length(0);
    expect(cariSimpul(t, (s) => s.role === 'status')).to.have.length(1);
    await expect(el).to.be.accessible();
    el.remove();
    palsu.pulihkan();
    layaniFeed();
    const kosong = await lencana(
      html`<ppid-badge feed=${FEED} agency="tidak-ada" key=${KUNCI.a} .now=${KINI}></ppid-badge>`,
      'empty',
    );
    expect($(kosong, '[part="notice"]')!.getAttribute('role')).to.equal('status');
  });

  it('a keyboard retry that succeeds without a link leaves focus on the image, named, not the bare element', async () => {
    let gagal = true;
    const dip = await (await fetch(DIP_JSON)).text();
    palsu = pasangFetchPalsu(() =>
      gagal ? { putus: true } : { body: dip, headers: { 'Content-Type': 'application/json' } },
    );
    const el = await lencana(html`<ppid-badge src="/dip-uji.json" .now=${KINI}></ppid-badge>`, 'error');
    gagal = false;
    ($(el, '[part="retry"]') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    await tungguSampai(() => el.state === 'ready');
    await tungguSampai(() => el.shadowRoot!.activeElement === $(el, 'svg.lencana'));
    const t = await pohon();
    expect(cariSimpul(t, (s) => !!s.focused).map((s) => s.name)).to.deep.equal([nama(el)]);
    await expect(el).to.be.accessible();
  });
});

describe('<ppid-badge> several on one page', () => {
  /**
   * Serves the signed feed as layaniFeed does, but holds every answer until `buka()`; records the signal
   * each request was made with (the shared request's, when badges share one).
   */
  function layaniTertahan(): { buka: () => void; sinyal: AbortSignal[] } {
    // A stub already installed goes first (its restore brings back the browser's fetch).
    palsu?.pulihkan();
    layaniFeed();
    const tersaji = window.fetch;
    let buka!: () => void;
    const gerbang = new Promise<void>((r) => (buka = r));
    const sinyal: AbortSignal[] = [];
    window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      sinyal.push(init!.signal!);
      await gerbang;
      return tersaji(input, init);
    }) as typeof window.fetch;
    return { buka, sinyal };
  }
  const tiga = (): ReturnType<typeof html> =>
    html`<div>
      ${['a', 'b', 'c'].map(
        (id) =>
          html`<ppid-badge id=${id} feed=${FEED} agency="dinkes" key=${KUNCI.a} .now=${KINI}></ppid-badge>`,
      )}
    </div>`;
  const badges = (d: HTMLElement): PpidBadge[] => [...d.querySelectorAll('ppid-badge')] as PpidBadge[];
  const hitung = (): { feed: number; sig: number } => ({
    feed: palsu!.permintaan.filter((p) => p.url === FEED).length,
    sig: palsu!.permintaan.filter((p) => p.url === `${FEED}.sig`).length,
  });

  it('three badges of one feed make one feed request and one signature request, and all show it', async () => {
    const { buka, sinyal } = layaniTertahan();
    const d = await fixture<HTMLElement>(tiga());
    await tungguSampai(() => sinyal.length >= 2);
    buka();
    await tungguSampai(() => badges(d).every((b) => b.state === 'ready'));
    expect(hitung()).to.deep.equal({ feed: 1, sig: 1 });
    for (const b of badges(d)) expect(teksSvg(b)[0]).to.equal('84,4');
    // Added once the first request finished: fetched again, not served a result of a moment ago.
    const empat = document.createElement('ppid-badge') as PpidBadge;
    Object.assign(empat, { feed: FEED, agency: 'dinkes', key: KUNCI.a, now: KINI });
    d.append(empat);
    await tungguSampai(() => empat.state === 'ready');
    expect(hitung()).to.deep.equal({ feed: 2, sig: 2 });
  });

  it('removing one badge while loading leaves the shared requests to the others; removing all stops them', async () => {
    const { buka, sinyal } = layaniTertahan();
    const d = await fixture<HTMLElement>(tiga());
    await tungguSampai(() => sinyal.length >= 2);
    const [a, b, c] = badges(d) as [PpidBadge, PpidBadge, PpidBadge];
    a.remove();
    expect(sinyal.map((s) => s.aborted)).to.deep.equal([false, false]);
    buka();
    await tungguSampai(() => b.state === 'ready' && c.state === 'ready');
    expect(hitung()).to.deep.equal({ feed: 1, sig: 1 });
    expect(a.state).to.equal('loading');

    // Every badge gone while the requests wait: they are stopped.
    const lagi = layaniTertahan();
    const d2 = await fixture<HTMLElement>(tiga());
    await tungguSampai(() => lagi.sinyal.length >= 2);
    expect(lagi.sinyal).to.have.length(2);
    badges(d2).forEach((x) => x.remove());
    expect(lagi.sinyal.map((s) => s.aborted)).to.deep.equal([true, true]);
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

  it('without a timeout attribute: the feed may take 10 s, the one retry comes 800 ms after the first fails', async () => {
    palsu = pasangFetchPalsu(() => ({ gantung: true }));
    const jam = pasangJamPalsu();
    try {
      const el = await fixture<PpidBadge>(html`<ppid-badge feed=${FEED} agency="dinkes"></ppid-badge>`);
      await jalaniBatasBawaan(jam, palsu.permintaan, el);
      expect(palsu.permintaan.map((p) => p.url)).to.deep.equal([FEED, FEED]);
      await jam.sampai(() => /terlalu lama menjawab/.test($(el, '[part="notice"]')?.textContent ?? ''));
    } finally {
      jam.pulihkan();
    }
  });

  it('a timeout that is not a whole number from 1 ms (negative, 0, fractional, not a number): the default, 10 s, as for the lists', async () => {
    for (const timeout of ['-5', '0', 'abc', '1.5']) {
      palsu = pasangFetchPalsu(() => ({ gantung: true }));
      const jam = pasangJamPalsu();
      try {
        const el = await fixture<PpidBadge>(
          html`<ppid-badge feed=${FEED} agency="dinkes" timeout=${timeout}></ppid-badge>`,
        );
        await jalaniBatasBawaan(jam, palsu.permintaan, el);
      } finally {
        jam.pulihkan();
        palsu.pulihkan();
      }
    }
  });

  it('error without a saved copy: clear words and a retry that works', async () => {
    let gagal = true;
    palsu = pasangFetchPalsu((u) =>
      gagal ? { putus: true } : { body: u.endsWith('.sig') ? ASLI.sig : ASLI.feed },
    );
    const el = await lencana(
      html`<ppid-badge feed=${FEED} agency="dinkes" key=${KUNCI.a} .now=${KINI}></ppid-badge>`,
      'error',
    );
    expect($(el, '[part="notice"]')!.textContent).to.contain('Lencana tidak dapat dimuat karena sambungan');
    expect(el.getBoundingClientRect().height).to.equal(48);
    // The card's styles load with its words: a 24×24 retry button inside the badge's box.
    dalamKotak(el, $(el, '[part="retry"]')!);
    await expect(el).to.be.accessible();
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect($(el, '[part="notice"]')!.textContent).to.contain('The badge could not be loaded');
    gagal = false;
    // By keyboard: the focus stays on the badge while the button goes, not on <body>, and once the badge
    // is back it is on its link (a role and the badge's sentence), not on the bare element.
    ($(el, '[part="retry"]') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    await tungguSampai(() => el.state === 'ready');
    await tungguSampai(() => el.shadowRoot!.activeElement === $(el, 'a[part="link"]'));
    expect(document.activeElement).to.equal(el);
    expect(el.hasAttribute('tabindex')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('every failure has its words (loaded lazily), and no problem state is shown before them', async () => {
    const kasus: [
      string,
      (u: string) => { status?: number; body?: string; gantung?: boolean },
      RegExp,
      RegExp,
    ][] = [
      ['http', () => ({ status: 404 }), /server menjawab 404/, /the server answered 404/],
      ['waktu', () => ({ gantung: true }), /server terlalu lama menjawab/, /took too long to answer/],
      [
        'data',
        () => ({ body: '{"format":' }),
        /Feed pemantauan tidak sah; skor tidak ditampilkan/,
        /monitoring feed is invalid/,
      ],
    ];
    for (const [nama_, jawab, id, en] of kasus) {
      localStorage.clear();
      palsu?.pulihkan();
      palsu = pasangFetchPalsu(jawab);
      const el = document.createElement('ppid-badge') as PpidBadge;
      // Whenever the state attribute says error, the card already has its words.
      const dilihat: string[] = [];
      const pengamat = new MutationObserver(() => {
        if (el.getAttribute('state') === 'error') dilihat.push($(el, '[part="notice"]')?.textContent ?? '');
      });
      pengamat.observe(el, { attributes: true, attributeFilter: ['state'] });
      el.timeout = 50;
      el.jedaUlangMs = 10;
      el.now = KINI;
      el.setAttribute('feed', FEED);
      el.setAttribute('agency', 'dinkes');
      el.setAttribute('key', KUNCI.a);
      document.body.append(el);
      await tungguSampai(() => el.state === 'error');
      await Promise.resolve();
      pengamat.disconnect();
      expect(dilihat.length, nama_).to.be.greaterThan(0);
      for (const t of dilihat) expect(t, nama_).to.match(id);
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect($(el, '[part="notice"]')!.textContent, nama_).to.match(en);
      el.remove();
    }
  });

  it('error with a saved copy: the copy is shown verified again from its saved signature, with its date and a retry (stale)', async () => {
    let gagal = false;
    palsu = pasangFetchPalsu((u) =>
      gagal ? { status: 503 } : { body: u.endsWith('.sig') ? ASLI.sig : ASLI.feed },
    );
    const el = await lencana(
      html`<ppid-badge feed=${FEED} agency="dinkes" key=${KUNCI.a} .now=${KINI}></ppid-badge>`,
    );
    el.remove();
    gagal = true;
    const el2 = await lencana(
      html`<ppid-badge feed=${FEED} agency="dinkes" key=${KUNCI.a} .now=${KINI}></ppid-badge>`,
      'stale',
    );
    expect(teksSvg(el2)[0]).to.equal('84,4', 'the copy is still within its expiresAt');
    const label = nama(el2);
    expect(label).to.contain('Terverifikasi');
    expect(label).to.contain('server menjawab 503');
    expect(label).to.contain('Menampilkan salinan tersimpan per');
    dalamKotak(el2, $(el2, '[part="retry"]')!);
    await expect(el2).to.be.accessible();
  });

  it("a saved copy's time is the agency's, named: WIB, or the zone agency-timezone gives", async () => {
    let gagal = false;
    palsu = pasangFetchPalsu((u) =>
      gagal ? { status: 503 } : { body: u.endsWith('.sig') ? ASLI.sig : ASLI.feed },
    );
    (
      await lencana(html`<ppid-badge feed=${FEED} agency="dinkes" key=${KUNCI.a} .now=${KINI}></ppid-badge>`)
    ).remove();
    // Saved at 07.05 UTC: 14.05 WIB, 15.05 WITA, whatever zone the reader's device is set to.
    const kunci = `terbuka:salinan:${FEED}`;
    const salinan = JSON.parse(localStorage.getItem(kunci)!) as Record<string, unknown>;
    localStorage.setItem(kunci, JSON.stringify({ ...salinan, disimpan: '2026-11-28T07:05:00.000Z' }));
    gagal = true;
    for (const [zona, jam] of [
      [undefined, '14.05 WIB'],
      ['WITA', '15.05 WITA'],
    ] as const) {
      const el = await lencana(
        html`<ppid-badge
          feed=${FEED}
          agency="dinkes"
          key=${KUNCI.a}
          agency-timezone=${zona ?? nothing}
          .now=${KINI}
        ></ppid-badge>`,
        'stale',
      );
      expect(nama(el)).to.contain(`Menampilkan salinan tersimpan per 28 November 2026 pukul ${jam}.`);
      await expect(el).to.be.accessible();
      el.remove();
    }
  });

  it('size="kecil" from a saved copy: the texts that would run under the retry button stop before it', async () => {
    let gagal = false;
    palsu = pasangFetchPalsu((u) =>
      gagal ? { status: 503 } : { body: u.endsWith('.sig') ? ASLI.sig : ASLI.feed },
    );
    const t = html`<ppid-badge
      feed=${FEED}
      agency="dinkes"
      key=${KUNCI.a}
      size="kecil"
      .now=${KINI}
    ></ppid-badge>`;
    (await lencana(t)).remove();
    gagal = true;
    const el = await lencana(t, 'stale');
    const tombol = $(el, '[part="retry"]')!.getBoundingClientRect();
    const teks = $$(el, 'svg.lencana text').filter((x) => x.getAttribute('text-anchor') !== 'end');
    expect(teks.some((x) => x.hasAttribute('textLength'))).to.equal(true, 'nothing was squeezed');
    for (const x of teks) expect(x.getBoundingClientRect().right).to.be.at.most(tombol.left - 3);
  });

  it('a saved copy whose entry is past expiresAt is still shown stale, never current', async () => {
    let gagal = false;
    palsu = pasangFetchPalsu((u) =>
      gagal ? { putus: true } : { body: u.endsWith('.sig') ? ASLI.sig : ASLI.feed },
    );
    (
      await lencana(html`<ppid-badge feed=${FEED} agency="dinkes" key=${KUNCI.a} .now=${KINI}></ppid-badge>`)
    ).remove();
    gagal = true;
    const el = await lencana(
      html`<ppid-badge feed=${FEED} agency="dinkes" key=${KUNCI.a} .now=${LEWAT}></ppid-badge>`,
      'stale',
    );
    expect(teksSvg(el)).to.include('Data kedaluwarsa');
    expect(teksSvg(el).join(' ')).to.not.contain('84');
  });

  it('a saved copy carries its verification: a tampered copy, or one saved unsigned, is never shown verified', async () => {
    const simpan = (kunci: string, teks: string): void =>
      localStorage.setItem(
        `terbuka:salinan:${kunci}`,
        JSON.stringify({ teks, contentType: 'application/json', disimpan: '2026-11-28T01:00:00Z' }),
      );
    palsu = pasangFetchPalsu(() => ({ putus: true }));
    // A copy changed in storage (one byte), with the signature of the original.
    simpan(FEED, ASLI.feed.replace('84.4', '84.9'));
    simpan(`${FEED}.sig`, ASLI.sig);
    const el = await lencana(
      html`<ppid-badge feed=${FEED} agency="dinkes" key=${KUNCI.a} .now=${KINI}></ppid-badge>`,
      'unverified',
    );
    await tungguSampai(() => nama(el).includes('Menampilkan salinan tersimpan per'));
    expect(teksSvg(el)).to.include('Tidak terverifikasi');
    expect(nama(el)).to.contain('Tanda tangan tidak cocok');
    expect($(el, '[part="retry"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
    el.remove();
    // A copy saved when the feed had no signature file.
    localStorage.clear();
    simpan(FEED, ASLI.feed);
    const el2 = await lencana(
      html`<ppid-badge feed=${FEED} agency="dinkes" key=${KUNCI.a} .now=${KINI}></ppid-badge>`,
      'unverified',
    );
    expect(nama(el2)).to.contain('tidak bertanda tangan');
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

  it("from a saved copy: its time in the zone of the DIP's agency (WIT), named", async () => {
    const doc = JSON.parse(await bacaFixture('sukamaju/dip.json')) as DokumenDIP;
    localStorage.setItem(
      `terbuka:salinan:${new URL('/wit/dip.json', document.baseURI).href}`,
      JSON.stringify({
        teks: JSON.stringify({ ...doc, agency: { ...doc.agency, timeZone: 'Asia/Jayapura' } }),
        contentType: 'application/json',
        disimpan: '2026-11-28T07:05:00.000Z',
      }),
    );
    palsu = pasangFetchPalsu(() => ({ status: 503 }));
    const el = await lencana(html`<ppid-badge src="/wit/dip.json" .now=${KINI}></ppid-badge>`, 'stale');
    expect(teksSvg(el)).to.include('Penilaian mandiri');
    expect(nama(el)).to.contain('Menampilkan salinan tersimpan per 28 November 2026 pukul 16.05 WIT.');
    await expect(el).to.be.accessible();
  });

  it('alone on its page (no list: its own reader), fetches its DIP once', async () => {
    const dip = await bacaFixture('sukamaju/dip.json');
    palsu = pasangFetchPalsu(() => ({ body: dip, headers: { 'Content-Type': 'application/json' } }));
    const el = await lencana(html`<ppid-badge src="/sendiri/dip.json" .now=${KINI}></ppid-badge>`);
    expect(teksSvg(el)).to.include('Penilaian mandiri');
    expect(palsu.permintaan.map((p) => new URL(p.url).pathname)).to.deep.equal(['/sendiri/dip.json']);
  });

  it('size="kecil" says "Penilaian mandiri" in sight too, under the band', async () => {
    const el = await lencana(html`<ppid-badge src=${DIP_JSON} size="kecil" .now=${KINI}></ppid-badge>`);
    const teks = teksSvg(el);
    expect(teks).to.have.length(3);
    expect(teks[2]).to.equal('Penilaian mandiri');
    expect(el.getBoundingClientRect().height).to.equal(24);
    await expect(el).to.be.accessible();
  });

  it("a DIP past 64 MiB (the lists' cap) is not read further: the error card, no score, one request, the download cancelled", async () => {
    const awal = new TextEncoder().encode(await bacaFixture('sukamaju/dip.json'));
    const spasi = new Uint8Array(2 ** 20).fill(32);
    let dikirim = 0;
    let dibatalkan = false;
    // The Sukamaju DIP followed by 80 MiB of spaces: still valid JSON, so only the cap refuses it.
    const body = new ReadableStream<Uint8Array>({
      pull(k) {
        k.enqueue(dikirim ? spasi : awal);
        if (++dikirim > 80) k.close();
      },
      cancel() {
        dibatalkan = true;
      },
    });
    palsu = pasangFetchPalsu(() => ({ body, headers: { 'Content-Type': 'application/json' } }));
    const el = await lencana(html`<ppid-badge src="/besar/dip.json" .now=${KINI}></ppid-badge>`, 'error');
    expect($(el, 'svg.lencana')).to.equal(null);
    expect($(el, '.kartu')!.textContent).to.contain(
      'DIP tidak dapat dibaca, jadi skor tidak dapat dihitung.',
    );
    // Not retried: a second request would download it all again.
    expect(palsu.permintaan).to.have.length(1);
    expect(dibatalkan).to.equal(true);
    expect(dikirim).to.be.below(80);
  });

  /**
   * The Sukamaju DIP as a slow line gives it, afresh for each request: in `n` pieces `jedaMs` apart; `macet`:
   * the first piece, then nothing more (the connection held open). `dibatalkan` counts stopped downloads.
   */
  async function dipBertetes(
    n: number,
    jedaMs: number,
    macet = false,
  ): Promise<{
    jawab: () => { body: ReadableStream<Uint8Array> };
    dikirim: () => number;
    dibatalkan: () => number;
  }> {
    const dip = new TextEncoder().encode(await bacaFixture('sukamaju/dip.json'));
    const ukuran = Math.ceil(dip.length / n);
    let dikirim = 0;
    let dibatalkan = 0;
    return {
      jawab: () => {
        let i = 0;
        return {
          body: new ReadableStream<Uint8Array>({
            async pull(k) {
              if (i >= n) return k.close();
              if (i && macet) return new Promise(() => {});
              if (i) await new Promise((r) => setTimeout(r, jedaMs));
              k.enqueue(dip.slice(i * ukuran, ++i * ukuran));
              dikirim++;
            },
            cancel() {
              dibatalkan++;
            },
          }),
        };
      },
      dikirim: () => dikirim,
      dibatalkan: () => dibatalkan,
    };
  }

  it('a big DIP on a slow line is read while it keeps arriving: `timeout` counts a silence, as for the lists', async () => {
    // Eight pieces 80 ms apart: 560 ms in all, past the 200 ms timeout, never silent that long.
    // Read before fetch is stubbed (bacaFixture fetches it).
    const doc = validasiDIP(JSON.parse(await bacaFixture('sukamaju/dip.json'))).document as DokumenDIP;
    const dip = await dipBertetes(8, 80);
    palsu = pasangFetchPalsu(dip.jawab);
    const el = await lencana(
      html`<ppid-badge src="/lambat/dip.json" timeout="200" .now=${KINI}></ppid-badge>`,
    );
    expect(teksSvg(el)[0]).to.equal(
      new Intl.NumberFormat('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
        nilaiDIP(doc, KINI).total,
      ),
    );
    expect(dip.dikirim()).to.equal(8);
    expect(palsu.permintaan).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('a DIP that stops arriving fails as a connection problem after `timeout` of silence, retried once', async () => {
    const dip = await dipBertetes(8, 10, true);
    palsu = pasangFetchPalsu(dip.jawab);
    const el = await lencana(
      html`<ppid-badge src="/macet/dip.json" timeout="100" .jedaUlangMs=${10} .now=${KINI}></ppid-badge>`,
      'error',
    );
    expect($(el, 'svg.lencana')).to.equal(null);
    expect($(el, '[part="notice"]')!.textContent).to.contain('sambungan bermasalah');
    expect(palsu.permintaan).to.have.length(2);
    // Each stalled download stopped, not left open.
    expect(dip.dibatalkan()).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('its own part (terbuka-mandiri.js) not loading is said as a missing part of the badge, not the connection; the retry loads it', async () => {
    const asli = pemuatMandiri.muat;
    let dimuat = 0;
    pemuatMandiri.muat = () => {
      dimuat++;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    };
    try {
      const el = await lencana(html`<ppid-badge src=${DIP_JSON} .now=${KINI}></ppid-badge>`, 'error');
      const kata = $(el, '[part="notice"]')!.textContent!;
      expect(kata).to.contain('Bagian lencana yang diperlukan untuk menghitung skor tidak dapat dimuat');
      expect(kata).not.to.contain('sambungan');
      expect($(el, 'svg.lencana')).to.equal(null);
      await expect(el).to.be.accessible();
      el.lang = 'en';
      await tungguSampai(() =>
        $(el, '[part="notice"]')!.textContent!.includes('A part of the badge needed to compute the score'),
      );
      pemuatMandiri.muat = asli;
      ($(el, '[part="retry"]') as HTMLButtonElement).click();
      await tungguSampai(() => el.state === 'ready');
      expect(dimuat).to.equal(1);
      await expect(el).to.be.accessible();
    } finally {
      pemuatMandiri.muat = asli;
    }
  });

  it('removed while its DIP is still arriving: the download stops, and is not asked again', async () => {
    const dip = await dipBertetes(40, 50);
    palsu = pasangFetchPalsu(dip.jawab);
    const el = await fixture<PpidBadge>(
      html`<ppid-badge src="/lambat/dip.json" timeout="200" .now=${KINI}></ppid-badge>`,
    );
    await tungguSampai(() => dip.dikirim() >= 2);
    el.remove();
    await tungguSampai(() => dip.dibatalkan() === 1);
    expect(palsu.permintaan[0]!.init?.signal?.aborted).to.equal(true);
    await new Promise((r) => setTimeout(r, 300));
    expect(palsu.permintaan).to.have.length(1);
    expect(dip.dikirim()).to.be.below(40);
  });

  it("a relative `evidence` (a path on the agency's own site) links to that page of the site", async () => {
    const el = await lencana(
      html`<ppid-badge src=${DIP_JSON} evidence="/ppid/dip" .now=${KINI}></ppid-badge>`,
    );
    expect(($(el, 'a') as HTMLAnchorElement).href).to.equal(new URL('/ppid/dip', document.baseURI).href);
    await expect(el).to.be.accessible();
  });

  it('without `evidence` the self-assessed badge is not a link', async () => {
    const el = await lencana(html`<ppid-badge src=${DIP_JSON} .now=${KINI}></ppid-badge>`);
    expect($(el, 'a')).to.equal(null);
    expect(teksSvg(el)).to.include('Penilaian mandiri');
  });

  it('a CSV without agency-name is named by `agency`, else the site, never by the SDK placeholder', async () => {
    const csv = await bacaFixture('sukamaju/dip-excel.csv');
    for (const [atribut, harap] of [
      [{ agency: 'desa-sukamulya' }, 'Keterbukaan informasi desa-sukamulya:'],
      [{}, `Keterbukaan informasi ${location.hostname}:`],
      [{ agencyName: 'Pemerintah Desa Sukamulya' }, 'Keterbukaan informasi Pemerintah Desa Sukamulya:'],
    ] as const) {
      palsu = pasangFetchPalsu(() => ({ body: csv, headers: { 'Content-Type': 'text/csv' } }));
      const el = await lencana(
        html`<ppid-badge
          src="/dip.csv"
          agency=${'agency' in atribut ? atribut.agency : nothing}
          agency-name=${'agencyName' in atribut ? atribut.agencyName : nothing}
          .now=${KINI}
        ></ppid-badge>`,
      );
      expect(nama(el)).to.contain(harap);
      expect(nama(el)).to.not.contain('belum diisi');
      await expect(el).to.be.accessible();
      palsu.pulihkan();
      localStorage.clear();
    }
  });

  it('renders an agency name with script and HTML as text: from the DIP, and from agency-name over a CSV', async () => {
    const jahat =
      '<img src=x onerror="window.diserang=1"><script>window.diserang=1</script><b>Dinas</b> & Co';
    const doc = JSON.parse(await bacaFixture('sukamaju/dip.json')) as DokumenDIP;
    const csv = await bacaFixture('sukamaju/dip-excel.csv');
    const kasus = [
      {
        body: JSON.stringify({ ...doc, agency: { ...doc.agency, name: jahat } }),
        jenis: 'application/json',
        t: html`<ppid-badge src="/jahat/dip.json" .now=${KINI}></ppid-badge>`,
      },
      {
        body: csv,
        jenis: 'text/csv',
        t: html`<ppid-badge src="/jahat/dip.csv" agency-name=${jahat} .now=${KINI}></ppid-badge>`,
      },
    ];
    for (const { body, jenis, t } of kasus) {
      palsu = pasangFetchPalsu(() => ({ body, headers: { 'Content-Type': jenis } }));
      const el = await lencana(t);
      expect(teksSvg(el)).to.include('Penilaian mandiri');
      expect($$(el, 'img, script, b')).to.have.length(0);
      expect(nama(el)).to.contain(`Keterbukaan informasi ${jahat}:`);
      expect((window as unknown as { diserang?: number }).diserang).to.equal(undefined);
      await expect(el).to.be.accessible();
      palsu.pulihkan();
      localStorage.clear();
    }
  });

  it('a CSV of a WIT agency is scored on its own day with agency-timezone, as the SDK does', async () => {
    const csv = await bacaFixture('sukamaju/dip-excel.csv');
    // 22:30 WIB on 19 November is 00:30 WIT on the 20th: some entries cross their cycle that day.
    const kini = new Date('2026-11-19T15:30:00Z');
    const skor = (zona: 'Asia/Jakarta' | 'Asia/Jayapura'): string => {
      const doc = imporCSV(csv, { agency: { id: 'a', name: 'A', kind: 'opd', timeZone: zona } }).document!;
      return new Intl.NumberFormat('id-ID', { minimumFractionDigits: 1 }).format(nilaiDIP(doc, kini).total);
    };
    expect(skor('Asia/Jakarta')).to.not.equal(skor('Asia/Jayapura'));
    for (const [zona, harap] of [
      ['WIT', skor('Asia/Jayapura')],
      ['', skor('Asia/Jakarta')],
    ] as const) {
      palsu = pasangFetchPalsu(() => ({ body: csv, headers: { 'Content-Type': 'text/csv' } }));
      const el = await lencana(
        html`<ppid-badge
          src="/dip.csv"
          agency="a"
          agency-timezone=${zona || nothing}
          .now=${kini}
        ></ppid-badge>`,
      );
      expect(teksSvg(el)[0], zona || 'WIB').to.equal(harap);
      await expect(el).to.be.accessible();
      if (zona) {
        // Changed on the page: read and scored again.
        el.setAttribute('agency-timezone', 'Asia/Jakarta');
        await tungguSampai(() => teksSvg(el)[0] === skor('Asia/Jakarta'));
      }
      palsu.pulihkan();
      localStorage.clear();
    }
  });

  it('reads a register not saved as UTF-8 as the lists do: Excel\'s "Unicode Text" (UTF-16) scores as its UTF-8 copy', async () => {
    const csv = await bacaFixture('sukamaju/dip-excel.csv');
    const utf16 = new Uint8Array(2 + csv.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < csv.length; i++) {
      utf16[2 + i * 2] = csv.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = csv.charCodeAt(i) >> 8;
    }
    const doc = imporCSV(csv, { agency: { id: 'a', name: 'A', kind: 'opd' } }).document!;
    const harap = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 1 }).format(
      nilaiDIP(doc, KINI).total,
    );
    palsu = pasangFetchPalsu(() => ({ body: utf16, headers: { 'Content-Type': 'text/plain' } }));
    const el = await lencana(html`<ppid-badge src="/dip.txt" agency="a" .now=${KINI}></ppid-badge>`);
    expect(teksSvg(el)[0]).to.equal(harap);
    await expect(el).to.be.accessible();
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

describe('<ppid-badge> self-assessed mode, a `now` that is an Invalid Date', () => {
  it('scores at the real clock, as with no `now`: nothing thrown out of its update', async () => {
    const galat: unknown[] = [];
    const tangkap = (e: ErrorEvent): void => void galat.push(e.error);
    window.addEventListener('error', tangkap);
    try {
      const rusak = await lencana(
        html`<ppid-badge src=${DIP_JSON} .now=${new Date(Number.NaN)}></ppid-badge>`,
      );
      const tanpa = await lencana(html`<ppid-badge src=${DIP_JSON}></ppid-badge>`);
      expect(galat).to.deep.equal([]);
      expect(teksSvg(rusak)).to.deep.equal(teksSvg(tanpa));
      expect(nama(rusak)).to.equal(nama(tanpa));
      await expect(rusak).to.be.accessible();
    } finally {
      window.removeEventListener('error', tangkap);
    }
  });
});

describe('<ppid-badge> looks like the static SVG', () => {
  type Kasus = {
    agency: string;
    data: DataLencana;
    bahasa: 'id' | 'en';
    ukuran: 'normal' | 'kecil';
    key: string;
  };
  /** Every band verified and current, stale, and not verified (no key), from the signed fixture. */
  function semuaKasus(): Kasus[] {
    const feed = JSON.parse(ASLI.feed) as FeedPemantauan;
    const kasus: Kasus[] = BAND_MONEV.map((b) => ({
      agency: `band-${b.code}`,
      data: lencanaDariFeed(
        feed.entries.find((e) => e.agencyId === `band-${b.code}`)!,
        KINI,
      ),
      bahasa: 'id',
      ukuran: 'normal',
      key: KUNCI.a,
    }));
    const basi = lencanaDariFeed(DINKES, LEWAT);
    kasus.push({ agency: 'dinkes', data: basi, bahasa: 'en', ukuran: 'kecil', key: KUNCI.a });
    kasus.push({ agency: 'dinkes', data: basi, bahasa: 'id', ukuran: 'normal', key: KUNCI.a });
    const tidak = { ...lencanaDariFeed(DINKES, KINI), state: 'tidak-terverifikasi' as const };
    kasus.push({ agency: 'dinkes', data: tidak, bahasa: 'id', ukuran: 'normal', key: '' });
    kasus.push({ agency: 'dinkes', data: tidak, bahasa: 'en', ukuran: 'kecil', key: '' });
    return kasus;
  }

  it('the same texts, colours and shapes as svgLencana for the same data; every band in its AA colours', async () => {
    for (const k of semuaKasus()) {
      palsu?.pulihkan();
      layaniFeed();
      localStorage.clear();
      const now = k.data.state === 'kedaluwarsa' ? LEWAT : KINI;
      const el = await lencana(
        html`<ppid-badge
          feed=${FEED}
          agency=${k.agency}
          key=${k.key}
          lang=${k.bahasa}
          size=${k.ukuran === 'kecil' ? 'kecil' : 'normal'}
          .now=${now}
        ></ppid-badge>`,
        { terkini: 'ready', kedaluwarsa: 'stale', 'tidak-terverifikasi': 'unverified' }[k.data.state],
      );
      const statis = new DOMParser().parseFromString(
        svgLencana(k.data, { bahasa: k.bahasa, ukuran: k.ukuran }),
        'image/svg+xml',
      );
      const harap = teksStatis(svgLencana(k.data, { bahasa: k.bahasa, ukuran: k.ukuran }));
      // The one difference: a verified badge's source line says so (the static image proves nothing).
      if (k.data.state === 'terkini' && k.ukuran === 'normal') harap[4] = 'Hasil terverifikasi';
      expect(teksSvg(el)).to.deep.equal(harap);
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

describe('<ppid-badge> as an element (without Lit)', () => {
  it('attributes set properties, reflected properties write attributes, updates batch in a microtask', async () => {
    layaniFeed();
    const el = await lencana(
      html`<ppid-badge feed=${FEED} agency="dinkes" timeout="2500" .now=${KINI}></ppid-badge>`,
      'unverified',
    );
    expect(el.timeout).to.equal(2500);
    expect(el.getAttribute('theme')).to.equal('terang');
    expect(el.getAttribute('state')).to.equal('unverified');
    el.size = 'kecil';
    el.theme = 'gelap';
    expect(el.getAttribute('size')).to.equal(null, 'not before the update');
    await el.updateComplete;
    expect(el.getAttribute('size')).to.equal('kecil');
    expect(el.getAttribute('theme')).to.equal('gelap');
    expect(el.getBoundingClientRect().width).to.equal(160);
    el.removeAttribute('size');
    await el.updateComplete;
    expect(el.size).to.equal(undefined);
    expect(el.getBoundingClientRect().width).to.equal(200);
    await expect(el).to.be.accessible();
  });

  it('a property set before the class is defined is kept (upgrade)', async () => {
    layaniFeed();
    class Uji extends PpidBadge {}
    const el = document.createElement('ppid-badge-uji') as PpidBadge;
    Object.assign(el, { feed: FEED, agency: 'dinkes', key: KUNCI.a, now: KINI });
    document.body.append(el);
    Uji.define('ppid-badge-uji');
    await tungguSampai(() => el.state === 'ready');
    expect(el.feed).to.equal(FEED);
    el.remove();
  });
});

describe('<ppid-badge> registration', () => {
  it('registering twice does not throw', async () => {
    await import('./define.js');
    expect(() => PpidBadge.define('ppid-badge')).to.not.throw();
    expect(customElements.get('ppid-badge')).to.equal(PpidBadge);
  });
});
