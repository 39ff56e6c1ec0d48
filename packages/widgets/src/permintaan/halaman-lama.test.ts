import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { buatTandaBukti } from '@terbuka/sdk';
import './define.js';
import '../status-permintaan/define.js';
import type { PpidPermintaan } from './permintaan.js';
import type { PpidStatusPermintaan } from '../status-permintaan/status-permintaan.js';
import { tungguSampai } from '../internal/testing/data-uji.js';
import { pasangFetchPalsu } from '../internal/testing/fetch-palsu.js';
import { isiLengkap, NIK_UJI } from '../internal/testing/formulir-uji.js';
import type { FetchPalsu } from '../internal/testing/fetch-palsu.js';

// The request form and the status page on the pages admins really have: an old theme's Prototype.js,
// a browser that blocks site data. A request must never be lost, nor the form be missing.

const API = 'https://ppid.uji.go.id/api';
const NIK = NIK_UJI;
const TANDA_BUKTI = buatTandaBukti({
  jenis: 'permintaan',
  nomor: '001/PPID/DISKOMINFO/PI/2026',
  receivedAt: new Date('2026-03-18T03:00:00Z'),
  agency: { id: 'diskominfo', name: 'Diskominfo Uji', timeZone: 'Asia/Jakarta' },
  ringkasan: 'Laporan keuangan 2025',
});
/** The server's answer, written by the server (not under the page's Prototype.js). */
const JAWABAN = JSON.stringify(TANDA_BUKTI);

const $ = <T extends Element = HTMLElement>(el: HTMLElement, sel: string): T =>
  el.shadowRoot!.querySelector<T>(sel)!;

const formulir = (): Promise<PpidPermintaan> =>
  fixture<PpidPermintaan>(
    html`<ppid-permintaan
      .jedaUlangMs=${1}
      endpoint=${API}
      agency="diskominfo"
      agency-name="Diskominfo Uji"
      lang="id"
    ></ppid-permintaan>`,
  );

let palsu: FetchPalsu | undefined;
let lepas: (() => void) | undefined;
beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(() => {
  palsu?.pulihkan();
  palsu = undefined;
  lepas?.();
  lepas = undefined;
});

describe('a theme with Prototype.js 1.6 (Array.prototype.toJSON writes arrays as text)', () => {
  beforeEach(() => {
    const p = Array.prototype as unknown as Record<string, unknown>;
    p['toJSON'] = function (this: unknown[]) {
      return `[${this.map((x) => JSON.stringify(x)).join(', ')}]`;
    };
    lepas = () => delete p['toJSON'];
  });

  it('a request kept while the server is down survives a reload and is sent with its choices as a list', async () => {
    let pulih = false;
    palsu = pasangFetchPalsu(() => (pulih ? { status: 201, body: JAWABAN } : { status: 503 }));
    const el = await formulir();
    el.jedaAntreanMs = 60_000;
    await isiLengkap(el, ['membaca', 'mencatat']);
    $(el, 'button[type="submit"]').click();
    await tungguSampai(() => el.state === 'queued');
    // Sent as real JSON: the server would refuse `"obtain": "[…]"`.
    const dikirim = JSON.parse(palsu.permintaan[0]!.init!.body as string) as { obtain: unknown };
    expect(dikirim.obtain).to.deep.equal(['membaca', 'mencatat']);
    el.remove();
    // The page reloaded: the kept request is found (its NIK, never stored, is asked again).
    const lagi = await formulir();
    await tungguSampai(() => lagi.state === 'queued');
    expect(localStorage.length).to.be.greaterThan(0);
    const antre = JSON.parse(localStorage.getItem(localStorage.key(0)!)!) as { body: { obtain: unknown } }[];
    expect(Array.isArray(antre)).to.equal(true);
    expect(antre[0]!.body.obtain).to.deep.equal(['membaca', 'mencatat']);
    await expect(lagi).to.be.accessible();
    // The server back: the kept request is sent, its list intact.
    pulih = true;
    window.dispatchEvent(new Event('online'));
    await tungguSampai(() => lagi.state === 'success');
    const terkirim = JSON.parse(palsu.permintaan.at(-1)!.init!.body as string) as { obtain: unknown };
    expect(terkirim.obtain).to.deep.equal(['membaca', 'mencatat']);
  });

  it('the draft keeps the ticked ways of getting the information', async () => {
    palsu = pasangFetchPalsu(() => ({ status: 503 }));
    const el = await formulir();
    await isiLengkap(el, ['membaca', 'mencatat']);
    el.remove();
    const lagi = await formulir();
    await lagi.updateComplete;
    expect($<HTMLInputElement>(lagi, '#f-name').value).to.equal('Siti Aminah');
    expect($<HTMLInputElement>(lagi, '#f-obtain-membaca').checked).to.equal(true);
    expect($<HTMLInputElement>(lagi, '#f-obtain-mencatat').checked).to.equal(true);
  });
});

describe('a browser that blocks site data (reading localStorage throws)', () => {
  beforeEach(() => {
    const asli = ['localStorage', 'sessionStorage'].map(
      (n) => [n, Object.getOwnPropertyDescriptor(window, n)!] as const,
    );
    for (const [n] of asli)
      Object.defineProperty(window, n, {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    lepas = () => {
      for (const [n, d] of asli) Object.defineProperty(window, n, d);
    };
  });

  it('the request form shows and sends', async () => {
    palsu = pasangFetchPalsu(() => ({ status: 201, body: JAWABAN }));
    const el = await formulir();
    expect(el.state).to.equal('ready');
    expect($(el, '#f-name')).to.exist;
    await expect(el).to.be.accessible();
    await isiLengkap(el, ['membaca', 'mencatat']);
    $(el, 'button[type="submit"]').click();
    await tungguSampai(() => el.state === 'success');
    expect(palsu.permintaan).to.have.length(1);
  });

  it('with the server unreachable it says the request could not be kept, and keeps what was typed', async () => {
    palsu = pasangFetchPalsu(() => ({ putus: true }));
    const el = await formulir();
    await isiLengkap(el, ['membaca', 'mencatat']);
    $(el, 'button[type="submit"]').click();
    await tungguSampai(() => el.state === 'error');
    expect($(el, '.galat-kirim').getAttribute('role')).to.equal('alert');
    expect($<HTMLInputElement>(el, '#f-nik').value).to.equal(NIK);
    await expect(el).to.be.accessible();
  });

  it('the status page looks a request up', async () => {
    palsu = pasangFetchPalsu(() => ({
      status: 200,
      body: JSON.stringify({
        number: TANDA_BUKTI.number,
        kind: 'permintaan',
        status: 'diterima',
        deadline: '2026-04-08',
        deadlineKind: 'jawaban',
        receivedAt: '2026-03-18T10:00:00+07:00',
        events: [
          { at: '2026-03-18T10:00:00+07:00', type: 'diterima', status: 'diterima', deadline: '2026-04-08' },
        ],
      }),
    }));
    const el = await fixture<PpidStatusPermintaan>(
      html`<ppid-status-permintaan .jedaUlangMs=${1} endpoint=${API} lang="id"></ppid-status-permintaan>`,
    );
    $(el, '#f-nomor').focus();
    await sendKeys({ type: TANDA_BUKTI.number });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'siti@contoh.id' });
    await sendKeys({ press: 'Enter' });
    await tungguSampai(() => el.state === 'success');
    expect(palsu.permintaan).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});
