import { expect, fixture, html } from '@open-wc/testing';
import '../../informasi-berkala/define.js';
import '../../daftar-informasi/define.js';
import type { DaftarElement } from './daftar-element.js';
import { dokumenUji, SEKARANG, tungguSampai } from '../testing/data-uji.js';
import { pasangFetchPalsu } from '../testing/fetch-palsu.js';
import type { FetchPalsu } from '../testing/fetch-palsu.js';

// The search field and the year select filter what is shown: with nothing to filter they are not shown —
// an error with no saved copy, a register with no dated entry (a select of "Semua tahun" alone). Their place
// is kept (visibility), so nothing moves when the list comes.
describe('the filters with nothing to filter', () => {
  let palsu: FetchPalsu | undefined;
  beforeEach(() => localStorage.clear());
  afterEach(() => palsu?.pulihkan());
  const label = (el: HTMLElement, bagian: string): HTMLElement =>
    el.shadowRoot!.querySelector(`[part="${bagian}"]`)!.closest('label')!;
  const tampak = (el: HTMLElement, bagian: string): boolean =>
    getComputedStyle(label(el, bagian)).visibility === 'visible';

  for (const tag of ['ppid-informasi-berkala', 'ppid-daftar-informasi'])
    it(`<${tag}>: an error without a saved copy hides both, in their place; the retry that reads shows them`, async () => {
      let gagal = true;
      const doc = dokumenUji([{ title: 'Profil Dinas', fulfils: ['berkala.profil'], updated: '2026-10-01' }]);
      palsu = pasangFetchPalsu(() =>
        gagal
          ? { status: 404 }
          : { body: JSON.stringify(doc), headers: { 'Content-Type': 'application/json' } },
      );
      const el = document.createElement(tag) as DaftarElement;
      el.jedaUlangMs = 10;
      el.now = SEKARANG;
      el.src = '/dip.json';
      const wadah = await fixture<HTMLElement>(html`<div style="width: 600px"></div>`);
      wadah.append(el);
      await tungguSampai(() => el.state === 'error');
      await el.updateComplete;
      expect(tampak(el, 'search')).to.equal(false);
      expect(tampak(el, 'year')).to.equal(false);
      const tinggi = el.shadowRoot!.querySelector<HTMLElement>('[part="toolbar"]')!.offsetHeight;
      expect(tinggi).to.be.greaterThan(0);
      await expect(el).to.be.accessible();

      gagal = false;
      el.shadowRoot!.querySelector<HTMLElement>('[part="retry"]')!.click();
      await tungguSampai(() => el.state === 'ready');
      await el.updateComplete;
      expect(tampak(el, 'search')).to.equal(true);
      expect(tampak(el, 'year')).to.equal(true);
      expect(el.shadowRoot!.querySelector<HTMLElement>('[part="toolbar"]')!.offsetHeight).to.equal(tinggi);
      await expect(el).to.be.accessible();
    });

  it('a register with no dated entry: the search shows, the year select (only "Semua tahun") does not', async () => {
    const doc = dokumenUji([{ title: 'Profil Dinas', fulfils: ['berkala.profil'] }]);
    delete (doc.items[0] as { updated?: string }).updated;
    const el = await fixture<DaftarElement>(
      html`<ppid-daftar-informasi .data=${doc} .now=${SEKARANG}></ppid-daftar-informasi>`,
    );
    await tungguSampai(() => el.state === 'ready');
    await el.updateComplete;
    expect(tampak(el, 'search')).to.equal(true);
    expect(tampak(el, 'year')).to.equal(false);
    await expect(el).to.be.accessible();
  });
});
