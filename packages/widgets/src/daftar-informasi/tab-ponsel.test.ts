import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import './define.js';
import type { PpidDaftarInformasi } from './daftar-informasi.js';
import { SEKARANG, dokumenUji, tungguSampai } from '../internal/testing/data-uji.js';

// The category tabs on a phone: a 360 px wide screen, the element in the page's flow (the body's 8px
// margins leave it 344 px), every tab wholly in view, no sideways scrolling to find one.

const FIXTURE_JSON = '/packages/sdk/fixtures/sukamaju/dip.json';
const $$ = (el: HTMLElement, sel: string): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(sel),
];
const tabs = (el: HTMLElement): HTMLElement[] => $$(el, '[role="tab"]');
const kotak = (e: Element): DOMRect => e.getBoundingClientRect();

/** `dalam` wholly inside `luar` (half a pixel for rounding). */
const di = (dalam: DOMRect, luar: DOMRect): boolean =>
  dalam.left >= luar.left - 0.5 &&
  dalam.right <= luar.right + 0.5 &&
  dalam.top >= luar.top - 0.5 &&
  dalam.bottom <= luar.bottom + 0.5;

/** Every tab and its words are inside the element's box and inside the tab list's visible box. */
function semuaTampak(el: PpidDaftarInformasi): void {
  const daftar = $$(el, '[role="tablist"]')[0]!;
  expect(daftar.scrollWidth, 'the tab list does not scroll sideways').to.be.at.most(daftar.clientWidth);
  for (const t of tabs(el)) {
    const nama = t.dataset['kategori'];
    expect(di(kotak(t), kotak(el)), `${nama} inside the element`).to.equal(true);
    expect(di(kotak(t), kotak(daftar)), `${nama} inside the tab list`).to.equal(true);
    // The words a sighted reader reads (short label and count) are not cut off inside the tab.
    for (const bagian of t.querySelectorAll<HTMLElement>('.nama-pendek, .hitung')) {
      expect(kotak(bagian).width, `${nama}: ${bagian.className} shown`).to.be.greaterThan(1);
      expect(di(kotak(bagian), kotak(t)), `${nama}: ${bagian.className} inside its tab`).to.equal(true);
    }
  }
}

async function ponsel(lang: string, gaya = ''): Promise<PpidDaftarInformasi> {
  const el = await fixture<PpidDaftarInformasi>(
    html`<ppid-daftar-informasi
      lang=${lang}
      style=${gaya}
      src=${FIXTURE_JSON}
      .now=${SEKARANG}
    ></ppid-daftar-informasi>`,
  );
  await tungguSampai(() => el.state === 'ready');
  await el.updateComplete;
  return el;
}

describe('<ppid-daftar-informasi> tabs on a 360 px phone', () => {
  before(() => setViewport({ width: 360, height: 740 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const lang of ['id', 'en'])
    it(`${lang}: every tab is wholly inside the element, none scrolled out of view`, async () => {
      const el = await ponsel(lang);
      expect(kotak(el).width).to.be.at.most(360);
      expect(tabs(el)).to.have.length(4);
      semuaTampak(el);
      // Two rows of two, not one row cut off nor a column four tabs tall.
      expect(new Set(tabs(el).map((t) => Math.round(kotak(t).top))).size).to.equal(2);
      await expect(el).to.be.accessible();
    });

  it('with a larger reader font (20px) too', async () => {
    const el = await ponsel('id', '--ppid-font-size: 20px');
    semuaTampak(el);
    await expect(el).to.be.accessible();
  });

  it('on a 320px phone with text at 200% (32px): a count too long for its row goes under its label, nothing cut', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      for (const lang of ['id', 'en']) {
        const el = await ponsel(lang, '--ppid-font-size: 32px');
        semuaTampak(el);
        await expect(el).to.be.accessible();
      }
    } finally {
      await setViewport({ width: 360, height: 740 });
    }
  });

  it('with a very large reader font (28px; 40px on a 320 px phone) the search field and year filter stay inside the element', async () => {
    for (const [lebar, huruf] of [
      [360, 28],
      [320, 40],
    ] as const) {
      await setViewport({ width: lebar, height: 740 });
      const el = await ponsel('id', `--ppid-font-size: ${huruf}px`);
      for (const sel of ['input[type="search"]', 'select']) {
        const kontrol = $$(el, sel)[0]!;
        expect(di(kotak(kontrol), kotak(el)), `${sel} inside the element at ${huruf}px`).to.equal(true);
      }
      await expect(el).to.be.accessible();
    }
    await setViewport({ width: 360, height: 740 });
  });

  it('keeps the keyboard pattern: arrows, Home and End move the selection and focus, one tab stop', async () => {
    const el = await ponsel('id');
    const fokus = (): string | undefined =>
      (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset['kategori'];
    const terpilih = (): string | undefined =>
      tabs(el).find((t) => t.getAttribute('aria-selected') === 'true')?.dataset['kategori'];
    tabs(el)[0]!.focus();
    for (const [tombol, harap] of [
      ['ArrowRight', 'serta-merta'],
      ['ArrowRight', 'setiap-saat'],
      ['End', 'dikecualikan'],
      ['ArrowRight', 'berkala'],
      ['ArrowLeft', 'dikecualikan'],
      ['Home', 'berkala'],
      ['ArrowLeft', 'dikecualikan'],
    ] as const) {
      await sendKeys({ press: tombol });
      await el.updateComplete;
      expect([tombol, terpilih(), fokus()]).to.deep.equal([tombol, harap, harap]);
      semuaTampak(el);
    }
    expect(tabs(el).map((t) => t.tabIndex)).to.deep.equal([-1, -1, -1, 0]);
    const panel = $$(el, '[role="tabpanel"]:not([hidden])');
    expect(panel.map((p) => p.id)).to.deep.equal(['panel-dikecualikan']);
    await expect(el).to.be.accessible();
  });

  // The panel a Tab from its tab lands on is many screens tall: Chromium scrolls its top to the top of the
  // screen. Its focus ring was drawn outside it, 2–5 px above the screen (only two thin lines down its sides
  // showed), and cut off entirely by the scrolling list area (--ppid-height) once the arrows scrolled it.
  describe('the focus ring of a long tab panel', () => {
    const panjang = dokumenUji(
      Array.from({ length: 60 }, (_, i) => ({
        title: `Laporan nomor ${i + 1}`,
        summary: 'Ringkasan yang cukup panjang untuk mengisi dua baris di layar ponsel yang sempit.',
      })),
    );

    /** The ring's four bands around `e` (outline-offset and outline-width from its computed style). */
    function cincin(e: HTMLElement): Record<'atas' | 'kiri' | 'kanan', DOMRect> {
      const g = getComputedStyle(e);
      expect(g.outlineStyle, 'a ring is drawn').to.equal('solid');
      const lebar = parseFloat(g.outlineWidth);
      const luar = parseFloat(g.outlineOffset) + lebar;
      const r = kotak(e);
      const [kiri, kanan, atas] = [r.left - luar, r.right + luar, r.top - luar];
      return {
        atas: new DOMRect(kiri, atas, kanan - kiri, lebar),
        kiri: new DOMRect(kiri, atas, lebar, r.bottom + luar - atas),
        kanan: new DOMRect(kanan - lebar, atas, lebar, r.bottom + luar - atas),
      };
    }

    /** Tab from the open tab: the panel has the focus, shown as for a keyboard. */
    async function kePanel(el: PpidDaftarInformasi): Promise<HTMLElement> {
      tabs(el)[0]!.focus();
      await sendKeys({ press: 'Tab' });
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const panel = el.shadowRoot!.activeElement as HTMLElement;
      expect(panel.getAttribute('role')).to.equal('tabpanel');
      expect(panel.matches(':focus-visible')).to.equal(true);
      return panel;
    }

    it("in the page: the ring's top edge is on the screen after the focus scrolled the panel up", async () => {
      const el = await fixture<PpidDaftarInformasi>(
        html`<ppid-daftar-informasi .data=${panjang} .now=${SEKARANG}></ppid-daftar-informasi>`,
      );
      await tungguSampai(() => el.state === 'ready');
      const panel = await kePanel(el);
      expect(kotak(panel).height, 'many screens tall').to.be.greaterThan(740 * 5);
      expect(window.scrollY, 'the focus scrolled the page').to.be.greaterThan(0);
      const layar = new DOMRect(0, 0, innerWidth, innerHeight);
      const c = cincin(panel);
      expect(di(c.atas, layar), `top edge ${JSON.stringify(c.atas)} on the screen`).to.equal(true);
      // Not flush with the screen's edge either: the scroll stops short of the panel's top.
      expect(c.atas.top, 'room above the top edge').to.be.at.least(8);
      window.scrollTo(0, 0);
    });

    it("scrolling inside (--ppid-height): the ring's sides stay in the list area while the arrows scroll it", async () => {
      const el = await fixture<PpidDaftarInformasi>(
        html`<ppid-daftar-informasi
          style="--ppid-height: 400px"
          .data=${panjang}
          .now=${SEKARANG}
        ></ppid-daftar-informasi>`,
      );
      await tungguSampai(() => el.state === 'ready');
      const panel = await kePanel(el);
      const isi = $$(el, '.isi')[0]!;
      expect(di(cincin(panel).atas, kotak(isi)), 'top edge in the list area').to.equal(true);
      for (let i = 0; i < 10; i++) await sendKeys({ press: 'ArrowDown' });
      // The arrows scroll smoothly: the ring is checked once the list area has scrolled that far.
      await tungguSampai(() => isi.scrollTop > 200).catch(() => {
        throw new Error(`the arrows did not scroll the list (scrollTop ${isi.scrollTop})`);
      });
      const c = cincin(panel);
      const tampak = kotak(isi);
      for (const sisi of ['kiri', 'kanan'] as const) {
        const b = c[sisi];
        expect(b.left >= tampak.left - 0.5 && b.right <= tampak.right + 0.5, `${sisi} edge inside`).to.equal(
          true,
        );
      }
    });
  });
});
