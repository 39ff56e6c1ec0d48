import { expect, fixture, html } from '@open-wc/testing';
import type { ItemDIP } from '@terbuka/sdk';
import '../../informasi-berkala/define.js';
import '../../daftar-informasi/define.js';
import type { PpidInformasiBerkala } from '../../informasi-berkala/informasi-berkala.js';
import type { PpidDaftarInformasi } from '../../daftar-informasi/daftar-informasi.js';
import { dokumenUji, SEKARANG, tungguSampai } from '../testing/data-uji.js';

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
