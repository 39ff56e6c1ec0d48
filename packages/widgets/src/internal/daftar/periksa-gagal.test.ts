import { expect } from '@open-wc/testing';
import '../../informasi-berkala/define.js';
import '../../daftar-informasi/define.js';
import type { DaftarElement } from './daftar-element.js';
import { SEKARANG, tungguSampai } from '../testing/data-uji.js';
import { pasangFetchPalsu } from '../testing/fetch-palsu.js';
import type { FetchPalsu } from '../testing/fetch-palsu.js';

// The admin's checklist is a lazy part (a chunk, or terbuka-periksa(-semua).js beside the classic script).
// When it does not load, mode="periksa" says a part of the widget is missing, with its retry, as a missing
// CSV part does — never a clean list that hides a faulty row: the public note counting hidden rows stays.
describe('periksa: the checklist part cannot be loaded', () => {
  const dip = {
    format: 'terbuka-dip',
    version: 1,
    agency: { id: 'dinas-uji', name: 'Dinas Uji', kind: 'opd' },
    items: [
      {
        id: 'a',
        title: 'Profil Dinas',
        category: 'berkala',
        fulfils: ['berkala.profil'],
        updated: '2026-10-01',
      },
      { id: 'b', title: 'Laporan Keuangan', category: 'berkla', updated: '2026-10-01' },
    ],
  };
  let palsu: FetchPalsu | undefined;
  afterEach(() => {
    palsu?.pulihkan();
    for (const el of document.querySelectorAll('ppid-informasi-berkala, ppid-daftar-informasi')) el.remove();
  });
  const $ = (el: HTMLElement, sel: string): HTMLElement | null =>
    el.shadowRoot!.querySelector<HTMLElement>(sel);
  const pemberitahuan = (el: HTMLElement): string[] =>
    [...el.shadowRoot!.querySelectorAll('[part="notice"] p')].map((p) => p.textContent!);

  for (const tag of ['ppid-informasi-berkala', 'ppid-daftar-informasi'] as const)
    it(`<${tag}>: says so (id, en) with a retry, keeps the note on the hidden row; the retry loads it`, async () => {
      palsu = pasangFetchPalsu(() => ({
        body: JSON.stringify(dip),
        headers: { 'Content-Type': 'application/json' },
      }));
      const el = document.createElement(tag) as DaftarElement;
      let dimuat = 0;
      let gagal = true;
      const m = el as unknown as { muatPeriksa: () => Promise<unknown> };
      const asli = m.muatPeriksa.bind(el);
      m.muatPeriksa = () => {
        dimuat++;
        return gagal ? Promise.reject(new Error('terbuka-periksa.js')) : asli();
      };
      el.jedaUlangMs = 10;
      el.now = SEKARANG;
      el.mode = 'periksa';
      el.src = '/dip.json';
      document.body.append(el);
      // The register read in full (its hidden row counted) and the checklist's load failed.
      await tungguSampai(
        () =>
          pemberitahuan(el).some((p) => p.startsWith('Bagian widget')) &&
          pemberitahuan(el).some((p) => p.startsWith('1 informasi')),
      );
      await el.updateComplete;
      const kata = pemberitahuan(el);
      expect(kata).to.include(
        'Bagian widget yang diperlukan untuk menampilkan daftar ini tidak dapat dimuat. Muat ulang halaman; bila tetap begitu, pengelola situs perlu memastikan semua berkas Terbuka ada di folder yang sama dengan skripnya.',
      );
      expect(kata).to.include(
        '1 informasi dalam DIP ini tidak ditampilkan karena datanya belum lengkap atau salah.',
      );
      expect($(el, '[role="alert"]')!.textContent).to.contain('Bagian widget');
      expect($(el, '[part="checklist"]')).to.equal(null);
      // Its state says so, as the lists' other parts that could not load do (property and attribute).
      expect(el.state).to.equal('error');
      expect(el.getAttribute('state')).to.equal('error');
      // The list is shown: its search stays (an error with nothing shown hides it).
      expect(getComputedStyle($(el, '[part="search"]')!).visibility).to.equal('visible');
      // Not tried again at each render (a search): once, until the retry.
      el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!.value = 'Profil';
      el.shadowRoot!.querySelector('[part="search"]')!.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(dimuat).to.equal(1);
      await expect(el).to.be.accessible();

      el.lang = 'en';
      await tungguSampai(() => pemberitahuan(el).some((p) => p.startsWith('A part of the widget')));
      await expect(el).to.be.accessible();

      gagal = false;
      $(el, '[part="retry"]')!.click();
      await tungguSampai(() => $(el, '[part="checklist"]') !== null);
      expect(dimuat).to.equal(2);
      expect(el.getAttribute('state')).to.equal('ready');
      expect(pemberitahuan(el).join(' ')).not.to.contain('A part of the widget');
      await expect(el).to.be.accessible();
    });

  for (const tag of ['ppid-informasi-berkala', 'ppid-daftar-informasi'] as const)
    it(`<${tag}> with --ppid-height: auto: the error with the list shown is as tall as the list, not one screen`, async () => {
      palsu = pasangFetchPalsu(() => ({
        body: JSON.stringify(dip),
        headers: { 'Content-Type': 'application/json' },
      }));
      const el = document.createElement(tag) as DaftarElement;
      const m = el as unknown as { muatPeriksa: () => Promise<unknown> };
      m.muatPeriksa = () => Promise.reject(new Error('terbuka-periksa.js'));
      el.style.setProperty('--ppid-height', 'auto');
      el.now = SEKARANG;
      el.mode = 'periksa';
      el.src = '/dip.json';
      document.body.append(el);
      await tungguSampai(() => el.getAttribute('state') === 'error');
      await el.updateComplete;
      expect(pemberitahuan(el).some((p) => p.startsWith('Bagian widget'))).to.equal(true);
      // The list and its notices, not the loading height kept for an error with nothing shown (one screen,
      // at least 47.5em).
      expect(getComputedStyle($(el, '[part="base"]')!).minHeight).to.be.oneOf(['auto', '0px']);
      expect(getComputedStyle($(el, '[part="body"]')!).flexGrow).to.equal('0');
      await expect(el).to.be.accessible();
    });
});
