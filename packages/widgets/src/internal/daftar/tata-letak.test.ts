import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
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
