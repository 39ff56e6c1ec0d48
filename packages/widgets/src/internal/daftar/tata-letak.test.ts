import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { ItemDIP } from '@terbuka/sdk';
import '../../informasi-berkala/define.js';
import '../../daftar-informasi/define.js';
import type { PpidInformasiBerkala } from '../../informasi-berkala/informasi-berkala.js';
import type { PpidDaftarInformasi } from '../../daftar-informasi/daftar-informasi.js';
import { dokumenUji, SEKARANG, tungguSampai } from '../testing/data-uji.js';
import { pasangFetchPalsu } from '../testing/fetch-palsu.js';
import type { FetchPalsu } from '../testing/fetch-palsu.js';

// Layout of the lists as a reader sees it, measured in the browser: widths are those of a phone (360 px
// page, so about 330 px for the element), a tablet and a desktop column.

type Daftar = PpidInformasiBerkala | PpidDaftarInformasi;

const $$ = (el: HTMLElement, sel: string): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(sel),
];
const kotak = (e: Element): DOMRect => e.getBoundingClientRect();

/** Entries whose detail labels differ in length, one of them excluded (the longest labels). */
const ENTRI: Partial<ItemDIP>[] = [
  {
    title: 'Profil Dinas',
    unit: 'Sekretariat',
    responsible: 'Sekretaris Dinas',
    made: { year: 2026, place: 'Sukamaju' },
    formats: ['cetak', 'digital'],
    retention: 'Permanen',
    links: [{ label: 'Profil', url: 'https://contoh.go.id/profil' }],
  },
  { title: 'Rencana Strategis', unit: 'Subbagian Perencanaan', retention: '5 tahun' },
  {
    title: 'Konfigurasi jaringan',
    category: 'dikecualikan',
    unit: 'Bidang Persandian',
    exclusion: {
      grounds: ['c'],
      consequence: 'Membuka informasi ini memudahkan serangan siber.',
      period: 'Selama sistem masih digunakan',
      decisionNumber: '800/031/2026',
      decisionDate: '2026-01-15',
    },
  },
];

async function pasang<T extends Daftar>(lebar: number, tag: 'berkala' | 'daftar'): Promise<T> {
  const doc = dokumenUji(ENTRI);
  const wadah = await fixture<HTMLElement>(
    tag === 'berkala'
      ? html`<div style="width: ${lebar}px">
          <ppid-informasi-berkala .now=${SEKARANG} .data=${doc}></ppid-informasi-berkala>
        </div>`
      : html`<div style="width: ${lebar}px">
          <ppid-daftar-informasi .now=${SEKARANG} .data=${doc}></ppid-daftar-informasi>
        </div>`,
  );
  const el = wadah.firstElementChild as T;
  await tungguSampai(() => el.state === 'ready');
  await el.updateComplete;
  return el;
}

/** Every label and value of every shown entry. */
function rincian(el: Daftar): { dt: DOMRect[]; dd: DOMRect[] } {
  const tampil = $$(el, '.entri').filter((e) => e.getClientRects().length > 0);
  return {
    dt: tampil.flatMap((e) => [...e.querySelectorAll('dt')].map(kotak)),
    dd: tampil.flatMap((e) => [...e.querySelectorAll('dd')].map(kotak)),
  };
}

describe('entry details line up', () => {
  it('wide: one label column of the same width in every row of every entry, values at one x', async () => {
    for (const lebar of [560, 800, 1200]) {
      const el = await pasang<PpidInformasiBerkala>(lebar, 'berkala');
      const { dt, dd } = rincian(el);
      expect(dt.length).to.be.greaterThan(6);
      expect(new Set(dt.map((r) => Math.round(r.width))).size, `label widths at ${lebar}px`).to.equal(1);
      expect(new Set(dd.map((r) => Math.round(r.left))).size, `value x at ${lebar}px`).to.equal(1);
      // Side by side: the value starts right of its label, on the same line.
      expect(dd[0]!.left).to.be.greaterThan(dt[0]!.right);
      expect(Math.round(dd[0]!.top)).to.equal(Math.round(dt[0]!.top));
    }
  });

  it('the excluded entry (longest labels) keeps the same columns as the others', async () => {
    const el = await pasang<PpidDaftarInformasi>(800, 'daftar');
    const kiriBerkala = rincian(el).dd.map((r) => Math.round(r.left));
    el.shadowRoot!.querySelector<HTMLElement>('[role="tab"][data-kategori="dikecualikan"]')!.click();
    await el.updateComplete;
    const { dt, dd } = rincian(el);
    expect(dt.length).to.be.greaterThan(3);
    expect(new Set([...kiriBerkala, ...dd.map((r) => Math.round(r.left))]).size).to.equal(1);
  });

  it('phone: each label sits above its value, both at the entry’s left edge', async () => {
    const el = await pasang<PpidInformasiBerkala>(330, 'berkala');
    const { dt, dd } = rincian(el);
    const kiri = new Set([...dt, ...dd].map((r) => Math.round(r.left)));
    expect(kiri.size).to.equal(1);
    dt.forEach((r, i) => expect(dd[i]!.top).to.be.at.least(r.bottom - 1));
    await expect(el).to.be.accessible();
  });
});

const bingkai = (): Promise<void> =>
  new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

describe('the list in the page flow', () => {
  let palsu: FetchPalsu | undefined;
  afterEach(() => {
    palsu?.pulihkan();
    palsu = undefined;
    localStorage.clear();
  });

  it('without --ppid-height the list takes its content’s height and does not scroll inside', async () => {
    const el = await pasang<PpidInformasiBerkala>(800, 'berkala');
    const isi = el.shadowRoot!.querySelector<HTMLElement>('[part="body"]')!;
    expect(isi.scrollHeight).to.be.at.most(isi.clientHeight);
    expect(getComputedStyle(isi).overflowY).to.equal('visible');
    expect(isi.hasAttribute('tabindex')).to.equal(false);
    // No reserved blank: the frame ends right after the last entry (the body's padding apart).
    const akhir = [...el.shadowRoot!.querySelectorAll('.entri')].at(-1)!.getBoundingClientRect().bottom;
    const dasar = el.shadowRoot!.querySelector('[part="base"]')!.getBoundingClientRect().bottom;
    expect(dasar - akhir).to.be.lessThan(16);
    await expect(el).to.be.accessible();
  });

  it('with --ppid-height the list has that height, scrolls inside (focusable) and renders more as it scrolls', async () => {
    const n = 130;
    const wadah = await fixture<HTMLElement>(
      html`<div style="--ppid-height: 400px">
        <ppid-informasi-berkala
          .now=${SEKARANG}
          .data=${dokumenUji(Array.from({ length: n }, (_, i) => ({ title: `Informasi ${i + 1}` })))}
        ></ppid-informasi-berkala>
      </div>`,
    );
    const el = wadah.firstElementChild as PpidInformasiBerkala;
    await tungguSampai(() => el.state === 'ready');
    await el.updateComplete;
    const isi = el.shadowRoot!.querySelector<HTMLElement>('[part="body"]')!;
    expect(isi.getBoundingClientRect().height).to.equal(400);
    expect(isi.scrollHeight).to.be.greaterThan(isi.clientHeight);
    expect(isi.getAttribute('tabindex')).to.equal('0');
    await expect(el).to.be.accessible();
    expect($$(el, '[part="entry"]').length).to.be.lessThan(n);
    isi.scrollTop = isi.scrollHeight;
    await tungguSampai(() => {
      isi.scrollTop = isi.scrollHeight;
      return $$(el, '[part="entry"]').length === n;
    });
  });

  // A tall window, so that a loading element shorter than the screen would leave the text below in view.
  for (const [lebar, tinggi] of [
    [330, 900],
    [800, 1100],
  ] as const) {
    it(`first paint → loaded moves nothing in view (layout shift 0) at ${lebar}px`, async () => {
      await setViewport({ width: Math.max(lebar + 40, 800), height: tinggi });
      const doc = dokumenUji(
        Array.from({ length: 12 }, (_, i) => ({ ...ENTRI[i % 2], title: `Informasi ${i + 1}` })),
      );
      palsu = pasangFetchPalsu(() => ({ gantung: true }));
      const wadah = await fixture<HTMLElement>(
        html`<div style="width: ${lebar}px">
          <ppid-informasi-berkala src="/dip.json" .now=${SEKARANG}></ppid-informasi-berkala>
          <p>Teks halaman di bawah widget.</p>
        </div>`,
      );
      const el = wadah.firstElementChild as PpidInformasiBerkala;
      await tungguSampai(() => palsu!.permintaan.length === 1);
      await bingkai();
      const geser: number[] = [];
      const pengamat = new PerformanceObserver((l) => {
        for (const e of l.getEntries()) geser.push((e as PerformanceEntry & { value: number }).value);
      });
      pengamat.observe({ type: 'layout-shift' });
      palsu.pulihkan();
      palsu = pasangFetchPalsu(() => ({
        body: JSON.stringify(doc),
        headers: { 'Content-Type': 'application/json' },
      }));
      void el.muatUlang();
      await tungguSampai(() => el.state === 'ready');
      await el.updateComplete;
      await bingkai();
      geser.push(...pengamat.takeRecords().map((e) => (e as PerformanceEntry & { value: number }).value));
      pengamat.disconnect();
      await setViewport({ width: 800, height: 600 });
      expect(geser).to.deep.equal([]);
    });
  }
});

/** The full DIP fixture (all four categories) in an element of the given width and language. */
async function daftarLengkap(lebar: number, lang = 'id'): Promise<PpidDaftarInformasi> {
  const wadah = await fixture<HTMLElement>(
    html`<div style="width: ${lebar}px">
      <ppid-daftar-informasi
        lang=${lang}
        src="/packages/sdk/fixtures/sukamaju/dip.json"
        .now=${SEKARANG}
      ></ppid-daftar-informasi>
    </div>`,
  );
  const el = wadah.firstElementChild as PpidDaftarInformasi;
  await tungguSampai(() => el.state === 'ready');
  await el.updateComplete;
  return el;
}

const tampak = (e: Element): boolean => e.getBoundingClientRect().width > 1;

describe('category tabs', () => {
  it('phone (330px): two rows of two, short labels shown, full labels kept as the name', async () => {
    const el = await daftarLengkap(330);
    const daftar = $$(el, '[role="tablist"]')[0]!;
    const tab = $$(el, '[role="tab"]');
    // Every tab wholly in view, nothing to scroll sideways (the 360px phone itself: tab-ponsel.test.ts).
    expect(new Set(tab.map((t) => Math.round(kotak(t).top))).size).to.equal(2);
    expect(daftar.scrollWidth).to.be.at.most(daftar.clientWidth);
    for (const t of tab) {
      expect(kotak(t).left).to.be.at.least(kotak(daftar).left - 0.5);
      expect(kotak(t).right).to.be.at.most(kotak(daftar).right + 0.5);
      const pendek = t.querySelector('.nama-pendek')!;
      expect(tampak(pendek)).to.equal(true);
      expect(pendek.getAttribute('aria-hidden')).to.equal('true');
      // The full label is clipped to 1px, not display: none, so it stays the tab's accessible name.
      expect(tampak(t.querySelector('.nama')!)).to.equal(false);
      expect(getComputedStyle(t.querySelector('.nama')!).display).to.not.equal('none');
    }
    expect(tab.map((t) => t.querySelector('.nama-pendek')!.textContent!.trim())).to.deep.equal([
      'Berkala',
      'Serta-merta',
      'Setiap Saat',
      'Dikecualikan',
    ]);
    await expect(el).to.be.accessible();
  });

  it('every tab looks like a tab: a border and a background; the open one joined to its panel in one row, framed in the accent colour when the tabs wrap', async () => {
    for (const [lebar, tergabung] of [
      [800, true],
      [330, false],
    ] as const) {
      const el = await daftarLengkap(lebar);
      for (const t of $$(el, '[role="tab"]')) {
        const g = getComputedStyle(t);
        expect(parseFloat(g.borderTopWidth)).to.be.at.least(1);
        expect(g.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
      }
      const buka = $$(el, '[role="tab"][aria-selected="true"]')[0]!;
      const g = getComputedStyle(buka);
      if (tergabung) expect(g.borderBottomColor).to.equal(g.backgroundColor);
      else expect([g.borderTopColor, g.borderBottomColor]).to.deep.equal([g.color, g.color]);
    }
  });

  it('the keyboard moves through the wrapped tabs (arrows, End, Home), each in view', async () => {
    const el = await daftarLengkap(330);
    const daftar = $$(el, '[role="tablist"]')[0]!;
    const dalamBaris = (t: HTMLElement): boolean =>
      kotak(t).left >= kotak(daftar).left - 1 && kotak(t).right <= kotak(daftar).right + 1;
    $$(el, '[role="tab"]')[0]!.focus();
    await sendKeys({ press: 'End' });
    await tungguSampai(() => el.shadowRoot!.activeElement?.getAttribute('data-kategori') === 'dikecualikan');
    await el.updateComplete;
    const akhir = el.shadowRoot!.activeElement as HTMLElement;
    expect(akhir.getAttribute('aria-selected')).to.equal('true');
    expect(dalamBaris(akhir)).to.equal(true);
    await sendKeys({ press: 'Home' });
    await tungguSampai(() => el.shadowRoot!.activeElement?.getAttribute('data-kategori') === 'berkala');
    expect(dalamBaris(el.shadowRoot!.activeElement as HTMLElement)).to.equal(true);
    const tab = $$(el, '[role="tab"]');
    tab[2]!.click();
    await el.updateComplete;
    expect(tab[2]!.getAttribute('aria-selected')).to.equal('true');
    expect(dalamBaris(tab[2]!)).to.equal(true);
  });

  for (const [lebar, lang, panjang] of [
    [800, 'id', false],
    [1100, 'id', true],
    [1100, 'en', false],
    [1180, 'en', true],
  ] as const) {
    it(`${lebar}px, ${lang}: one row, ${panjang ? 'full' : 'short'} labels, nothing cut off`, async () => {
      const el = await daftarLengkap(lebar, lang);
      const daftar = $$(el, '[role="tablist"]')[0]!;
      const tab = $$(el, '[role="tab"]');
      expect(new Set(tab.map((t) => Math.round(kotak(t).top))).size).to.equal(1);
      expect(daftar.scrollWidth).to.be.at.most(daftar.clientWidth);
      expect(tab.every((t) => tampak(t.querySelector('.nama')!) === panjang)).to.equal(true);
      expect(tab.every((t) => tampak(t.querySelector('.nama-pendek')!) === !panjang)).to.equal(true);
    });
  }

  it('printing names each category above its entries (the tabs are not printed)', async () => {
    const el = await daftarLengkap(800);
    await emulateMedia({ media: 'print' });
    try {
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect(tampak($$(el, '[role="tablist"]')[0]!)).to.equal(false);
      expect(
        $$(el, '.judul-cetak')
          .filter(tampak)
          .map((p) => p.textContent!.trim()),
      ).to.deep.equal([
        'Informasi Berkala',
        'Informasi Serta-merta',
        'Informasi Setiap Saat',
        'Informasi yang Dikecualikan',
      ]);
    } finally {
      window.dispatchEvent(new Event('afterprint'));
      await emulateMedia({ media: 'screen' });
    }
    expect($$(el, '.judul-cetak').filter(tampak)).to.have.length(0);
  });
});

describe('printing', () => {
  /** The muted text colour of the light theme (labels), as computed. */
  const MUTED_TERANG = 'rgb(82, 90, 99)';
  const labelWarna = (el: HTMLElement): string =>
    getComputedStyle(el.shadowRoot!.querySelector('.entri dt')!).color;

  it('prints the address after a labelled link, not after a link that shows its address already', async () => {
    const alamat = 'https://contoh.go.id/profil.pdf';
    const doc = dokumenUji([
      {
        title: 'Profil Dinas',
        links: [
          { label: 'PDF', url: alamat },
          { label: alamat, url: alamat },
        ],
      },
    ]);
    const el = await fixture<PpidInformasiBerkala>(
      html`<ppid-informasi-berkala .now=${SEKARANG} .data=${doc}></ppid-informasi-berkala>`,
    );
    await tungguSampai(() => el.state === 'ready');
    const setelah = (): string[] =>
      $$(el, '.entri a[href]').map((a) => getComputedStyle(a, '::after').content);
    await emulateMedia({ media: 'print' });
    try {
      const [berlabel, ...tanpa] = setelah();
      expect(berlabel).to.equal(`" (${alamat})"`);
      expect(tanpa).to.deep.equal(['none']);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('prints in the light colours even with theme="gelap"', async () => {
    const el = await pasang<PpidInformasiBerkala>(800, 'berkala');
    expect(labelWarna(el)).to.equal(MUTED_TERANG);
    el.theme = 'gelap';
    await el.updateComplete;
    expect(labelWarna(el)).to.not.equal(MUTED_TERANG);
    await emulateMedia({ media: 'print' });
    try {
      expect(labelWarna(el)).to.equal(MUTED_TERANG);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it("a dark site's own --ppid-* colours do not reach paper (labels, chips and links stay readable)", async () => {
    const el = await pasang<PpidInformasiBerkala>(800, 'berkala');
    el.style.cssText =
      '--ppid-color-muted: #b0b0b0; --ppid-color-fresh: #9be9a8; --ppid-color-accent: #8fc8ff';
    const chip = (): string => getComputedStyle(el.shadowRoot!.querySelector('[part~="chip"]')!).color;
    const tautan = (): string => getComputedStyle(el.shadowRoot!.querySelector('.entri a')!).color;
    expect(labelWarna(el)).to.equal('rgb(176, 176, 176)');
    await emulateMedia({ media: 'print' });
    try {
      expect(labelWarna(el)).to.equal(MUTED_TERANG);
      expect(chip()).to.equal('rgb(17, 99, 41)');
      expect(tautan()).to.equal('rgb(0, 0, 0)');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('paper says when it was printed and which decision set the DIP, and keeps the count', async () => {
    const doc = {
      ...dokumenUji(ENTRI),
      decision: { number: '800/012/DISKOMINFO/2026', date: '2026-01-15' },
    };
    const el = await fixture<PpidInformasiBerkala>(
      html`<ppid-informasi-berkala .now=${SEKARANG} .data=${doc}></ppid-informasi-berkala>`,
    );
    await tungguSampai(() => el.state === 'ready');
    const cetak = (): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>('.cetak')!;
    expect(kotak(cetak()).height, 'nothing of it on screen').to.equal(0);
    await emulateMedia({ media: 'print' });
    try {
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect(cetak().textContent).to.equal(
        'Dicetak 28 November 2026. Penetapan DIP: 800/012/DISKOMINFO/2026, 15 Januari 2026.',
      );
      expect(kotak(cetak()).height).to.be.greaterThan(0);
      const jumlah = el.shadowRoot!.querySelector<HTMLElement>('[part="count"]')!;
      expect(jumlah.getClientRects().length, 'the count is printed').to.be.greaterThan(0);
      expect(jumlah.textContent).to.equal('2 dari 2 informasi');
      expect(el.shadowRoot!.querySelector<HTMLElement>('[part="search"]')!.getClientRects().length).to.equal(
        0,
      );
    } finally {
      window.dispatchEvent(new Event('afterprint'));
      await emulateMedia({ media: 'screen' });
    }
    await el.updateComplete;
    expect(cetak().textContent).to.equal('');
  });

  it('a list that could not load prints no empty page (the loading height is for the screen)', async () => {
    const palsu = pasangFetchPalsu(() => ({ putus: true }));
    const el = await fixture<PpidInformasiBerkala>(
      html`<ppid-informasi-berkala src="/dip.json" .now=${SEKARANG}></ppid-informasi-berkala>`,
    );
    el.jedaUlangMs = 1;
    await tungguSampai(() => el.state === 'error');
    expect(kotak(el).height).to.be.at.least(760);
    await emulateMedia({ media: 'print' });
    try {
      expect(kotak(el).height).to.be.below(300);
    } finally {
      await emulateMedia({ media: 'screen' });
      palsu.pulihkan();
    }
  });
});

describe('mode="periksa"', () => {
  it('keeps a 560px scrolling list so the checklist under it stays near; --ppid-height: auto lets it grow', async () => {
    const doc = dokumenUji(Array.from({ length: 30 }, (_, i) => ({ title: `Informasi ${i + 1}` })));
    const wadah = await fixture<HTMLElement>(
      html`<div>
        <ppid-informasi-berkala mode="periksa" .now=${SEKARANG} .data=${doc}></ppid-informasi-berkala>
        <ppid-informasi-berkala
          mode="periksa"
          style="--ppid-height: auto"
          .now=${SEKARANG}
          .data=${doc}
        ></ppid-informasi-berkala>
      </div>`,
    );
    const [a, b] = [...wadah.children] as PpidInformasiBerkala[];
    // Ready, with the checklist (loaded with import() in this mode) under the list.
    const periksa = (el: HTMLElement): Element | null => el.shadowRoot!.querySelector('[part="checklist"]');
    await tungguSampai(() => a!.state === 'ready' && b!.state === 'ready' && !!periksa(a!) && !!periksa(b!));
    await Promise.all([a!.updateComplete, b!.updateComplete]);
    const isi = (el: HTMLElement): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>('[part="body"]')!;
    expect(isi(a!).getBoundingClientRect().height).to.equal(560);
    expect(isi(a!).getAttribute('tabindex')).to.equal('0');
    expect(isi(b!).scrollHeight).to.be.at.most(isi(b!).clientHeight);
    expect(isi(b!).hasAttribute('tabindex')).to.equal(false);
    await expect(a).to.be.accessible();
  });

  // The checklist's stylesheet loads with its code; where stylesheets cannot be adopted (older browsers)
  // it comes as a <style> in the shadow root, which is never redrawn.
  for (const adopsi of [true, false])
    it(`frames the checklist and indents its lists once it loads (${adopsi ? 'adopted stylesheet' : '<style>'})`, async () => {
      const asli = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, 'adoptedStyleSheets')!;
      if (!adopsi) delete (ShadowRoot.prototype as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
      try {
        const doc = dokumenUji([{ title: 'Profil', fulfils: ['berkala.profil'] }]);
        const el = await fixture<PpidInformasiBerkala>(
          html`<ppid-informasi-berkala
            mode="periksa"
            .now=${SEKARANG}
            .data=${doc}
          ></ppid-informasi-berkala>`,
        );
        await tungguSampai(() => $$(el, '[part="checklist"]').length === 1);
        await el.updateComplete;
        expect('adoptedStyleSheets' in el.shadowRoot!).to.equal(adopsi);
        const periksa = $$(el, '[part="checklist"]')[0]!;
        expect(getComputedStyle(periksa).borderTopStyle).to.equal('dashed');
        const butir = $$(el, '.belum-tercakup li')[0]!;
        expect(getComputedStyle(butir).borderLeftStyle).to.equal('none');
        expect(getComputedStyle($$(el, '.belum-tercakup')[0]!).paddingLeft).to.not.equal('0px');
        // The element's own styles are there too (the list's frame).
        expect(getComputedStyle($$(el, '[part="base"]')[0]!).borderTopStyle).to.not.equal('none');
      } finally {
        Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', asli);
      }
    });
});
