import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ItemDIP } from '@terbuka/sdk';
import '../../informasi-berkala/define.js';
import '../../daftar-informasi/define.js';
import type { PpidInformasiBerkala } from '../../informasi-berkala/informasi-berkala.js';
import type { PpidDaftarInformasi } from '../../daftar-informasi/daftar-informasi.js';
import { dokumenUji, SEKARANG, simpulSama, tungguSampai } from '../testing/data-uji.js';
import { BATAS_OTOMATIS, batasiKelompok, LANGKAH_TAMPIL } from './batas.js';
import type { BarisDIP } from './baris.js';

const $$ = (el: HTMLElement, sel: string): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(sel),
];
const teks = (el: HTMLElement | null | undefined): string =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** n entries; every third is a financial report (catalog item "laporan keuangan"), so groups differ. */
function banyak(n: number, kategori: ItemDIP['category'] = 'berkala'): Partial<ItemDIP>[] {
  return Array.from({ length: n }, (_, i) => ({
    title: i % 3 === 0 ? `Laporan Keuangan ${i + 1}` : `Informasi ${i + 1}`,
    category: kategori,
  }));
}

async function siap<T extends PpidInformasiBerkala | PpidDaftarInformasi>(el: T): Promise<T> {
  await tungguSampai(() => el.state === 'ready');
  await el.updateComplete;
  return el;
}

/** The panel with `n` berkala entries, ready. */
const panel = async (n: number): Promise<PpidInformasiBerkala> =>
  siap(
    await fixture<PpidInformasiBerkala>(
      html`<ppid-informasi-berkala .now=${SEKARANG} .data=${dokumenUji(banyak(n))}></ppid-informasi-berkala>`,
    ),
  );

/** A frame, then a task: the IntersectionObserver's callbacks of that frame have run. */
const bingkai = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

/** Lets the lists react to a scroll: the observers' callbacks, then the renders they asked for. */
async function tenang(el: readonly HTMLElement[]): Promise<void> {
  await bingkai();
  await bingkai();
  for (const e of el) await (e as PpidInformasiBerkala).updateComplete;
}

/**
 * Scrolls the page down a screen at a time, as a reader does, until `tujuan` is in view once the lists
 * settled; the screens it took, or Infinity past `paling`.
 */
async function gulirSampai(tujuan: Element, paling: number, ...el: HTMLElement[]): Promise<number> {
  window.scrollTo(0, 0);
  await tenang(el);
  for (let layar = 0; layar <= paling; layar++) {
    if (dalamLayar(tujuan)) return layar;
    window.scrollBy(0, window.innerHeight);
    await tenang(el);
  }
  return Infinity;
}

const dalamLayar = (el: Element): boolean => {
  const r = el.getBoundingClientRect();
  return r.bottom > 0 && r.top < window.innerHeight;
};

const baris = (n: number): BarisDIP[] => Array.from({ length: n }, () => ({}) as BarisDIP);

describe('long lists render in steps', () => {
  it('batasiKelompok keeps the first entries in display order and counts every one', () => {
    const g = [{ baris: baris(3) }, { baris: baris(4) }, { baris: baris(5) }];
    const r = batasiKelompok(g, 5);
    expect(r.kelompok.map((k) => k.baris.length)).to.deep.equal([3, 2]);
    expect([r.tampil, r.total]).to.deep.equal([5, 12]);
    expect(r.kelompok[0]).to.equal(g[0]);
    expect(batasiKelompok(g, Infinity).kelompok).to.deep.equal(g);
  });

  it('the panel renders the first entries, counts all, and shows more by button and by scrolling', async () => {
    const n = LANGKAH_TAMPIL * 2 + 20;
    const el = await panel(n);
    expect($$(el, '[part="entry"]')).to.have.length(LANGKAH_TAMPIL);
    expect(teks(el.shadowRoot!.querySelector('[part="count"]'))).to.equal(`${n} dari ${n} informasi`);
    const tombol = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="more"]')!;
    expect(teks(tombol)).to.equal(
      `Tampilkan ${LANGKAH_TAMPIL} lagi (${LANGKAH_TAMPIL} dari ${n} ditampilkan)`,
    );
    await expect(el).to.be.accessible();
    tombol.click();
    await el.updateComplete;
    expect($$(el, '[part="entry"]')).to.have.length(LANGKAH_TAMPIL * 2);
    // Scrolling the page to the end of the list (which grows with the page) renders the rest.
    el.shadowRoot!.querySelector('.lagi')!.scrollIntoView();
    await tungguSampai(() => $$(el, '[part="entry"]').length === n);
    expect(el.shadowRoot!.querySelector('[part="more"]')).to.equal(null);
  });

  it('a press of the "show more" button from the keyboard moves focus to the first entry it added, in view', async () => {
    // From the top of the page, so no scrolling adds a step before the press (the test before ends scrolled).
    window.scrollTo(0, 0);
    const n = LANGKAH_TAMPIL * 10;
    const el = await panel(n);
    const tombol = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="more"]')!;
    const pertama = $$(el, '[part="entry"]')[0];
    tombol.focus({ preventScroll: true });
    const sebelum = $$(el, '[part="entry"]').length;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // More entries (scrolling may add a step of its own), the first ones not rebuilt.
    const tampil = $$(el, '[part="entry"]').length;
    expect(tampil).to.be.at.least(LANGKAH_TAMPIL * 2);
    expect($$(el, '[part="entry"]')[0]).to.equal(pertama);
    expect(teks(tombol)).to.contain(`(${tampil} dari ${n} ditampilkan)`);
    // Focus on the first new entry (by index: a failing comparison of elements prints them whole), and
    // that entry on the screen a moment later — the button it left is now 50 entries further down.
    const fokus = el.shadowRoot!.activeElement as HTMLElement | null;
    expect($$(el, '[part="entry"]').indexOf(fokus!)).to.equal(sebelum);
    await new Promise((r) => setTimeout(r, 300));
    const kotak = fokus!.getBoundingClientRect();
    expect(kotak.top).to.be.at.least(0);
    expect(kotak.top).to.be.below(window.innerHeight);
    expect(tombol.getBoundingClientRect().top).to.be.above(window.innerHeight);
    window.scrollTo(0, 0);
  });

  it('a new search starts again from the first step; printing renders every entry', async () => {
    const n = LANGKAH_TAMPIL * 3;
    const el = await panel(n);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="more"]')!.click();
    await el.updateComplete;
    expect($$(el, '[part="entry"]')).to.have.length(LANGKAH_TAMPIL * 2);
    const cari = el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
    cari.value = 'informasi';
    cari.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($$(el, '[part="entry"]')).to.have.length(LANGKAH_TAMPIL);
    expect(teks(el.shadowRoot!.querySelector('[part="count"]'))).to.equal(
      `${(n * 2) / 3} dari ${n} informasi`,
    );
    window.dispatchEvent(new Event('beforeprint'));
    expect($$(el, '[part="entry"]')).to.have.length(n);
    expect(el.shadowRoot!.querySelector('[part="more"]')).to.equal(null);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect($$(el, '[part="entry"]')).to.have.length(LANGKAH_TAMPIL);
  });

  it('a search typed and deleted, or a year chosen and set back, shows the same entry nodes again', async () => {
    // Made in 2025 or 2026 by turns; every third a financial report (the panel's first group).
    const items = banyak(LANGKAH_TAMPIL * 2).map((e, i) => ({ ...e, made: { year: 2025 + (i % 2) } }));
    const el = await siap(
      await fixture<PpidInformasiBerkala>(
        html`<ppid-informasi-berkala .now=${SEKARANG} .data=${dokumenUji(items)}></ppid-informasi-berkala>`,
      ),
    );
    const entri = (): HTMLElement[] => $$(el, '[part="entry"]');
    const awal = entri();
    const cari = el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
    const tahun = el.shadowRoot!.querySelector<HTMLSelectElement>('[part="year"]')!;
    const ubah = async (
      e: HTMLInputElement | HTMLSelectElement,
      nilai: string,
      jenis: string,
    ): Promise<void> => {
      e.value = nilai;
      e.dispatchEvent(new Event(jenis));
      await el.updateComplete;
    };
    await ubah(cari, 'informasi', 'input');
    expect(entri().some((e) => !awal.includes(e))).to.equal(true);
    await ubah(cari, '', 'input');
    expect(simpulSama(entri(), awal)).to.equal(true);
    await ubah(tahun, '2025', 'change');
    expect(entri().some((e) => !awal.includes(e))).to.equal(true);
    await ubah(tahun, '', 'change');
    expect(simpulSama(entri(), awal)).to.equal(true);
  });

  it('the full DIP caps the open tab, with its button, and starts again on another tab', async () => {
    const n = LANGKAH_TAMPIL + 10;
    const el = await siap(
      await fixture<PpidDaftarInformasi>(
        html`<ppid-daftar-informasi
          .now=${SEKARANG}
          .data=${dokumenUji([...banyak(n), ...banyak(n, 'setiap-saat')])}
        ></ppid-daftar-informasi>`,
      ),
    );
    const panel = (k: string): HTMLElement =>
      el.shadowRoot!.querySelector(`[role="tabpanel"][data-kategori="${k}"]`)!;
    expect(panel('berkala').querySelectorAll('[part="entry"]')).to.have.length(LANGKAH_TAMPIL);
    panel('berkala').querySelector<HTMLButtonElement>('[part="more"]')!.click();
    await el.updateComplete;
    expect(panel('berkala').querySelectorAll('[part="entry"]')).to.have.length(n);
    expect(panel('berkala').querySelector('[part="more"]')).to.equal(null);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[role="tab"][data-kategori="setiap-saat"]')!.click();
    await el.updateComplete;
    expect(panel('setiap-saat').querySelectorAll('[part="entry"]')).to.have.length(LANGKAH_TAMPIL);
    expect(panel('setiap-saat').querySelector('[part="more"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('scrolling the page adds steps only up to the limit: what follows the lists is reached (1,000 entries)', async () => {
    const n = 1000;
    const doc = dokumenUji(banyak(n));
    const wadah = await fixture<HTMLElement>(
      html`<div>
        <ppid-informasi-berkala .now=${SEKARANG} .data=${doc}></ppid-informasi-berkala>
        <ppid-daftar-informasi .now=${SEKARANG} .data=${doc}></ppid-daftar-informasi>
        <footer id="sesudah">Formulir permohonan</footer>
      </div>`,
    );
    const [el, dip] = [...wadah.children] as [PpidInformasiBerkala, PpidDaftarInformasi];
    await siap(el);
    await siap(dip);
    const sesudah = wadah.querySelector('#sesudah')!;
    // Unbounded, each list grew a step per screen until all 1,000 were shown (about 300 screens); bounded, 44.
    expect(await gulirSampai(sesudah, 60, el, dip)).to.be.below(60);
    // Both stopped at the limit, with their button; scrolling on at the page's end adds nothing.
    expect($$(el, '[part="entry"]')).to.have.length(BATAS_OTOMATIS);
    expect($$(dip, '[part="entry"]')).to.have.length(BATAS_OTOMATIS);
    for (let i = 0; i < 4; i++) {
      window.scrollTo(0, document.documentElement.scrollHeight);
      await tenang([el, dip]);
    }
    expect(dalamLayar(sesudah)).to.equal(true);
    expect(teks(el.shadowRoot!.querySelector('[part="count"]'))).to.equal('1.000 dari 1.000 informasi');
    // The button still adds a step; scrolling past it adds none.
    const tombol = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="more"]')!;
    expect(teks(tombol)).to.equal(
      `Tampilkan ${LANGKAH_TAMPIL} lagi (${BATAS_OTOMATIS} dari 1.000 ditampilkan)`,
    );
    tombol.click();
    await el.updateComplete;
    expect($$(el, '[part="entry"]')).to.have.length(BATAS_OTOMATIS + LANGKAH_TAMPIL);
    expect(await gulirSampai(sesudah, 60, el, dip)).to.be.below(60);
    expect($$(el, '[part="entry"]')).to.have.length(BATAS_OTOMATIS + LANGKAH_TAMPIL);
    // Printing still prints every entry.
    window.dispatchEvent(new Event('beforeprint'));
    expect($$(el, '[part="entry"]')).to.have.length(n);
    expect($$(dip, '[part="entry"]')).to.have.length(n);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    await dip.updateComplete;
    window.scrollTo(0, 0);
  });

  it('inside its own scroll area (--ppid-height) scrolling keeps adding steps past the limit', async () => {
    const n = BATAS_OTOMATIS * 2;
    const el = await siap(
      await fixture<PpidInformasiBerkala>(
        html`<ppid-informasi-berkala
          style="--ppid-height: 300px"
          .now=${SEKARANG}
          .data=${dokumenUji(banyak(n))}
        ></ppid-informasi-berkala>`,
      ),
    );
    const isi = el.shadowRoot!.querySelector<HTMLElement>('[part="body"]')!;
    await tungguSampai(() => {
      isi.scrollTop = isi.scrollHeight;
      return $$(el, '[part="entry"]').length === n;
    });
  });

  it('the last press of the button from the keyboard moves focus to the first entry it added', async () => {
    const n = LANGKAH_TAMPIL + 10;
    const el = await panel(n);
    const tombol = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="more"]')!;
    tombol.focus({ preventScroll: true });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($$(el, '[part="entry"]')).to.have.length(n);
    expect(tombol.isConnected).to.equal(false);
    const fokus = el.shadowRoot!.activeElement as HTMLElement | null;
    // By index: an assertion that compares elements prints them whole when it fails.
    expect($$(el, '[part="entry"]').indexOf(fokus!)).to.equal(LANGKAH_TAMPIL);
    // Tab goes on from there; the entry is no tab stop of its own afterwards.
    await sendKeys({ press: 'Tab' });
    expect(fokus!.hasAttribute('tabindex')).to.equal(false);
    window.scrollTo(0, 0);
  });
});
