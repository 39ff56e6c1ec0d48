import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { buatTandaBukti } from '@terbuka/sdk';
import './define.js';
import '../status-permintaan/define.js';
import type { PpidPermintaan } from './permintaan.js';
import type { PpidStatusPermintaan } from '../status-permintaan/status-permintaan.js';
import { dokumenUji, tungguSampai } from '../internal/testing/data-uji.js';
import { pasangFetchPalsu } from '../internal/testing/fetch-palsu.js';
import { isiKeberatan, isiLengkap, ketik } from '../internal/testing/formulir-uji.js';
import type { FetchPalsu } from '../internal/testing/fetch-palsu.js';

// `heading-level` on the request form and the status page: the title at that level, every heading inside
// deeper (at most h6), in every state — form, error summary, suggestions, waiting list, receipt, receipts
// kept, lookup result.

const API = 'https://ppid.uji.go.id/api';
const TB = buatTandaBukti({
  jenis: 'permintaan',
  nomor: '001/PPID/DISKOMINFO/PI/2026',
  receivedAt: new Date('2026-03-18T03:00:00Z'),
  agency: { id: 'diskominfo', name: 'Diskominfo Uji', timeZone: 'Asia/Jakarta' },
  ringkasan: 'Laporan keuangan 2025',
});
const STATUS = {
  number: TB.number,
  kind: 'permintaan',
  status: 'diproses',
  deadline: '2026-04-08',
  deadlineKind: 'jawaban',
  receivedAt: '2026-03-18T10:00:00+07:00',
  events: [{ at: '2026-03-18T10:00:00+07:00', type: 'diterima', status: 'diterima', deadline: '2026-04-08' }],
};

const $ = (el: HTMLElement, sel: string): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>(sel)!;
/** The tag of every heading in the element, in document order. */
const judul = (el: HTMLElement): string[] =>
  [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.localName);
const rupa = (el: HTMLElement, sel: string): string => {
  const c = getComputedStyle($(el, sel));
  return `${c.fontSize} ${c.fontWeight} ${c.marginTop} ${c.marginBottom} ${c.lineHeight}`;
};

let palsu: FetchPalsu | undefined;
let peringatan: string[] = [];
const asliWarn = console.warn;
beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  peringatan = [];
  console.warn = (...a: unknown[]) => void peringatan.push(a.join(' '));
});
afterEach(() => {
  console.warn = asliWarn;
  palsu?.pulihkan();
  palsu = undefined;
});

const formulir = (level?: string, dip?: string): Promise<PpidPermintaan> =>
  fixture<PpidPermintaan>(
    html`<ppid-permintaan
      .jedaUlangMs=${1}
      endpoint=${API}
      agency="diskominfo"
      lang="id"
      heading-level=${level ?? nothing}
      dip=${dip ?? nothing}
    ></ppid-permintaan>`,
  );

async function kirimKosong(el: HTMLElement & { updateComplete: Promise<unknown> }): Promise<void> {
  $(el, 'button[type="submit"]').click();
  await tungguSampai(() => el.shadowRoot!.querySelector('.ringkasan-galat') !== null);
}

describe('heading-level on <ppid-permintaan>', () => {
  it('3: the title an h3; the error summary and the suggestions h4; accessible', async () => {
    const doc = dokumenUji([{ title: 'Laporan Keuangan Dinas 2025' }]);
    palsu = pasangFetchPalsu((url) =>
      url.endsWith('dip.json')
        ? { status: 200, body: JSON.stringify(doc), headers: { 'content-type': 'application/json' } }
        : { status: 500 },
    );
    const el = await formulir('3', 'https://uji.go.id/dip.json');
    expect(el.headingLevel).to.equal(3);
    expect(judul(el)).to.deep.equal(['h3']);
    expect($(el, '.judul').localName).to.equal('h3');
    await kirimKosong(el);
    expect($(el, '#ringkasan-galat-judul').localName).to.equal('h4');
    await ketik(el, 'f-information', 'laporan keuangan dinas 2025');
    await tungguSampai(() => el.shadowRoot!.querySelectorAll('.saran li').length > 0, 8000);
    expect($(el, '.saran .dalam-1').localName).to.equal('h4');
    expect(judul(el)).to.deep.equal(['h3', 'h4', 'h4']);
    expect(peringatan).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('the receipt: its heading one below the title, focused; the skipped days below it; then the kept receipts', async () => {
    palsu = pasangFetchPalsu(() => ({ status: 201, body: JSON.stringify(TB) }));
    const el = await formulir('4');
    await isiLengkap(el);
    $(el, 'button[type="submit"]').click();
    await tungguSampai(() => el.state === 'success');
    await el.updateComplete;
    // The title stays above the receipt: a receipt heading at its level would read as a second form.
    expect(judul(el)).to.deep.equal(['h4', 'h5', 'h6']);
    expect($(el, '#tb-judul').localName).to.equal('h5');
    expect(el.shadowRoot!.activeElement === $(el, '#tb-judul'), 'focus on the receipt heading').to.equal(
      true,
    );
    await expect(el).to.be.accessible();
    [...el.shadowRoot!.querySelectorAll<HTMLElement>('button')]
      .find((b) => /Ajukan/.test(b.textContent!))!
      .click();
    await el.updateComplete;
    expect($(el, '#sebelumnya-judul').localName).to.equal('h5');
    expect(judul(el)[0]).to.equal('h4');
  });

  it("the objection's receipt: its heading one below the title too, without heading-level and with it", async () => {
    const tb = buatTandaBukti({
      jenis: 'keberatan',
      nomor: '001/PPID/DISKOMINFO/KEB/2026',
      receivedAt: new Date('2026-03-18T03:00:00Z'),
      agency: { id: 'diskominfo', name: 'Diskominfo Uji', timeZone: 'Asia/Jakarta' },
      ringkasan: 'Permohonan tidak ditanggapi',
    });
    palsu = pasangFetchPalsu(() => ({ status: 201, body: JSON.stringify(tb) }));
    for (const [level, harap] of [
      [undefined, ['h2', 'h3', 'h4']],
      ['3', ['h3', 'h4', 'h5']],
    ] as const) {
      localStorage.clear();
      sessionStorage.clear();
      const el = await fixture<PpidPermintaan>(
        html`<ppid-permintaan
          .jedaUlangMs=${1}
          endpoint=${API}
          mode="keberatan"
          lang="id"
          heading-level=${level ?? nothing}
        ></ppid-permintaan>`,
      );
      await isiKeberatan(el, TB.number);
      $(el, 'button[type="submit"]').click();
      await tungguSampai(() => el.state === 'success');
      await el.updateComplete;
      expect(judul(el), `heading-level ${level}`).to.deep.equal([...harap]);
      expect($(el, '#tb-judul').textContent).to.contain('Tanda Bukti Pengajuan Keberatan');
      expect(el.shadowRoot!.activeElement === $(el, '#tb-judul'), 'focus on the receipt heading').to.equal(
        true,
      );
      await expect(el).to.be.accessible();
      el.remove();
    }
  });

  it('the waiting list (server unreachable) one level below the title', async () => {
    palsu = pasangFetchPalsu(() => ({ putus: true }));
    const el = await formulir('5');
    el.jedaAntreanMs = 60_000;
    await isiLengkap(el);
    $(el, 'button[type="submit"]').click();
    await tungguSampai(() => el.state === 'queued');
    await el.updateComplete;
    expect(judul(el)).to.deep.equal(['h5', 'h6']);
    expect($(el, '#antre-judul').localName).to.equal('h6');
    await expect(el).to.be.accessible();
  });

  it('without it: h2 and h3 as before; the look is the same at any level', async () => {
    const dua = await formulir();
    expect(dua.headingLevel).to.equal(2);
    expect(dua.hasAttribute('heading-level')).to.equal(false);
    await kirimKosong(dua);
    expect(judul(dua)).to.deep.equal(['h2', 'h3']);
    const satu = await formulir('1');
    await kirimKosong(satu);
    expect(judul(satu)).to.deep.equal(['h1', 'h2']);
    const enam = await formulir('6');
    await kirimKosong(enam);
    expect(judul(enam)).to.deep.equal(['h6', 'h6']);
    expect(peringatan).to.deep.equal([]);
    for (const el of [satu, enam])
      for (const sel of ['.judul', '#ringkasan-galat-judul'])
        expect(rupa(el, sel), sel).to.equal(rupa(dua, sel));
  });

  for (const salah of ['0', '7', 'abc'])
    it(`"${salah}" is not a level: h2, and one warning that names it`, async () => {
      const el = await formulir(salah);
      await kirimKosong(el);
      expect(judul(el)).to.deep.equal(['h2', 'h3']);
      // Typing (more updates) does not warn again.
      await ketik(el, 'f-name', 'Siti');
      expect(peringatan).to.have.length(1);
      expect(peringatan[0]).to.contain(`heading-level "${salah}"`).and.contain('ppid-permintaan');
    });
});

const halamanStatus = (level?: string): Promise<PpidStatusPermintaan> =>
  fixture<PpidStatusPermintaan>(
    html`<ppid-status-permintaan
      .jedaUlangMs=${1}
      endpoint=${API}
      lang="id"
      heading-level=${level ?? nothing}
    ></ppid-status-permintaan>`,
  );

async function cari(el: PpidStatusPermintaan): Promise<void> {
  palsu = pasangFetchPalsu(() => ({ status: 200, body: JSON.stringify(STATUS) }));
  await ketik(el, 'f-nomor', TB.number);
  await ketik(el, 'f-kontak', 'siti@contoh.id');
  $(el, 'button[type="submit"]').click();
  await tungguSampai(() => el.state === 'success');
  await el.updateComplete;
}

describe('heading-level on <ppid-status-permintaan>', () => {
  it('3: the title an h3, the error summary and the result h4, the timeline h5; accessible', async () => {
    const el = await halamanStatus('3');
    await kirimKosong(el);
    expect(judul(el)).to.deep.equal(['h3', 'h4']);
    await cari(el);
    expect(judul(el)).to.deep.equal(['h3', 'h4', 'h5']);
    expect($(el, '#hasil-judul').localName).to.equal('h4');
    expect(el.shadowRoot!.activeElement?.id).to.equal('hasil-judul');
    expect(peringatan).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('without it: h2, h3, h4 as before; the look is the same at any level', async () => {
    const dua = await halamanStatus();
    await cari(dua);
    expect(judul(dua)).to.deep.equal(['h2', 'h3', 'h4']);
    palsu!.pulihkan();
    const lima = await halamanStatus('5');
    await cari(lima);
    expect(judul(lima)).to.deep.equal(['h5', 'h6', 'h6']);
    for (const sel of ['.dalam-0', '#hasil-judul', '.dalam-2'])
      expect(rupa(lima, sel), sel).to.equal(rupa(dua, sel));
  });

  it('"7": h2, one warning', async () => {
    const el = await halamanStatus('7');
    expect(judul(el)).to.deep.equal(['h2']);
    expect(peringatan).to.have.length(1);
    expect(peringatan[0]).to.contain('heading-level "7"').and.contain('ppid-status-permintaan');
  });
});
