import { expect } from '@open-wc/testing';
import './define.js';
import '../informasi-berkala/define.js';
import { pemuatKataEn } from '../internal/kata-en.js';
import { dokumenUji, SEKARANG, tungguSampai } from '../internal/testing/data-uji.js';

// A list in English whose words (terbuka-en.js, or their chunk) could not load: wholly in Indonesian — its
// own words, the standard's titles, dates, relative times and counts — never half of each — and marked
// lang="id", so a screen reader does not read it with English pronunciation. Its own file: the failed load
// holds for the page's life.
describe('a list in English without its English words', () => {
  it('the full DIP and the panel show everything in Indonesian', async () => {
    const asli = pemuatKataEn.muat;
    pemuatKataEn.muat = () => Promise.reject(new Error('terbuka-en.js'));
    try {
      const doc = dokumenUji([
        { title: 'Profil Dinas', fulfils: ['berkala.profil'], unit: 'Sekretariat', updated: '2026-10-01' },
      ]);
      for (const tag of ['ppid-daftar-informasi', 'ppid-informasi-berkala']) {
        const el = document.createElement(tag) as HTMLElement & { data: unknown; now: Date };
        el.lang = 'en';
        el.data = doc;
        el.now = SEKARANG;
        document.body.append(el);
        await tungguSampai(() => el.getAttribute('state') === 'ready');
        const teks = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
        for (const id of [
          'Informasi Berkala',
          'Diperbarui 1 bulan yang lalu',
          '1 Oktober 2026',
          'Cari informasi',
        ])
          expect(teks).to.contain(id);
        for (const en of ['Periodic', 'ago', 'October', 'Public Information List'])
          expect(teks).not.to.contain(en);
        // Everything it shows is inside lang="id" (the host keeps the page's lang="en").
        const bagian = el.shadowRoot!.querySelector('[part="base"]')!;
        expect(bagian.closest('[lang]')?.getAttribute('lang')).to.equal('id');
        expect([...el.shadowRoot!.children].every((c) => c === bagian || c.localName === 'style')).to.equal(
          true,
        );
        expect(el.getAttribute('lang')).to.equal('en');
        await expect(el).to.be.accessible();
      }
    } finally {
      pemuatKataEn.muat = asli;
      for (const el of document.querySelectorAll('ppid-daftar-informasi, ppid-informasi-berkala'))
        el.remove();
    }
  });
});
