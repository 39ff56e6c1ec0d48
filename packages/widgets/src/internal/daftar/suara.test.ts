import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../informasi-berkala/define.js';
import '../../daftar-informasi/define.js';
import type { DaftarElement } from './daftar-element.js';
import { dokumenUji, SEKARANG, tungguSampai } from '../testing/data-uji.js';

// What a screen reader hears of the count while the reader searches: the list follows every keystroke, the
// live region speaks once the typing pauses — not "4 dari 5", "2 dari 5" over the letters the
// screen reader echoes (each, in the full DIP, with a long sentence on where the matches are).

const doc = dokumenUji([
  { title: 'Laporan Keuangan', updated: '2025-03-01' },
  { title: 'Laporan Kinerja', updated: '2025-04-01' },
  { title: 'Lampiran Anggaran', updated: '2024-03-01' },
  { title: 'Kalender Kegiatan', updated: '2024-05-01' },
  { title: 'Layanan Publik', updated: '2026-01-01' },
  { title: 'Profil Dinas', updated: '2026-02-01', category: 'setiap-saat' },
]);

const $ = (el: HTMLElement, sel: string): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>(sel)!;
const jeda = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The live region's words each time it changed while live (aria-live not off): what is announced. */
function dengarkan(el: HTMLElement): string[] {
  const wilayah = $(el, '[part="toolbar"] [role="status"]');
  const didengar: string[] = [];
  new MutationObserver(() => {
    const t = wilayah.textContent ?? '';
    if (wilayah.getAttribute('aria-live') !== 'off' && t !== didengar.at(-1)) didengar.push(t);
  }).observe(wilayah, { childList: true, characterData: true, subtree: true });
  return didengar;
}

async function buat(t: ReturnType<typeof html>): Promise<DaftarElement> {
  const el = await fixture<DaftarElement>(t);
  await tungguSampai(() => el.state === 'ready');
  return el;
}

describe('the count a screen reader hears', () => {
  it('a burst of keys: the list and the shown count follow each key, one announcement after the pause', async () => {
    const el = await buat(
      html`<ppid-informasi-berkala .data=${doc} .now=${SEKARANG}></ppid-informasi-berkala>`,
    );
    const didengar = dengarkan(el);
    $(el, '[part="search"]').focus();
    await sendKeys({ type: 'laporan' });
    await el.updateComplete;
    // At once for sighted readers: the list and its count agree.
    expect(el.shadowRoot!.querySelectorAll('[part="entry"]')).to.have.length(2);
    expect($(el, '[part="count"]').textContent).to.equal('2 dari 5 informasi');
    await jeda(1000);
    expect(didengar).to.deep.equal(['2 dari 5 informasi']);

    // Escape clears the search: heard once.
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '[part="count"]').textContent).to.equal('5 dari 5 informasi');
    await jeda(1000);
    expect(didengar).to.deep.equal(['2 dari 5 informasi', '5 dari 5 informasi']);

    // A run through the year select (arrow keys on a closed select change it at each press): heard once.
    const tahun = $(el, '[part="year"]') as HTMLSelectElement;
    for (const t of ['2026', '2025', '2024']) {
      tahun.value = t;
      tahun.dispatchEvent(new Event('change'));
      await el.updateComplete;
      await jeda(100);
    }
    expect($(el, '[part="count"]').textContent).to.equal('2 dari 5 informasi');
    await jeda(1000);
    expect(didengar).to.deep.equal(['2 dari 5 informasi', '5 dari 5 informasi', '2 dari 5 informasi']);
  });

  it('the full DIP: its long sentence on where the matches are is heard once, after the typing', async () => {
    const el = await buat(
      html`<ppid-daftar-informasi .data=${doc} .now=${SEKARANG}></ppid-daftar-informasi>`,
    );
    const didengar = dengarkan(el);
    $(el, '[part="search"]').focus();
    await sendKeys({ type: 'profil' });
    await el.updateComplete;
    expect($(el, '[part="count"]').textContent).to.equal('1 dari 6 informasi');
    await jeda(1000);
    expect(didengar).to.deep.equal([
      '1 dari 6 informasi. Tidak ada yang cocok di tab ini; 1 cocok di Informasi Setiap Saat.',
    ]);
  });
});
