import { expect } from '@open-wc/testing';
import './define.js';
import type { PpidInformasiBerkala } from './informasi-berkala.js';
import { pemuatKataEn } from '../internal/kata-en.js';
import { PESAN } from '../internal/pesan.js';
import { PESAN as PESAN_LENGKAP } from '../internal/pesan-lengkap.js';
import { dokumenUji, SEKARANG, tungguSampai } from '../internal/testing/data-uji.js';

// The lists' English words are a lazy chunk (pesan-en.ts), loaded only for a list shown in English. Its own
// file: this page starts without them.
describe('<ppid-informasi-berkala> and its English words loaded on demand', () => {
  const doc = dokumenUji([
    { title: 'Profil Dinas', fulfils: ['berkala.profil'], unit: 'Sekretariat', responsible: 'Kepala Bidang' },
  ]);
  const $ = (el: HTMLElement, sel: string): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>(sel)!;
  const judul = (el: HTMLElement): string => $(el, '[part="title"]').textContent!;
  const terlihat = (el: HTMLElement): boolean =>
    getComputedStyle($(el, '[part="base"]')).visibility === 'visible';
  const panel = (lang: string): PpidInformasiBerkala => {
    const el = document.createElement('ppid-informasi-berkala');
    el.lang = lang;
    el.data = doc;
    el.now = SEKARANG;
    document.body.append(el);
    return el;
  };

  it('an Indonesian page never loads them; a list in English is laid out hidden and loading until they come, one shown in Indonesian stays as it is, then both are English', async () => {
    const asli = pemuatKataEn.muat;
    let diminta = 0;
    let lepas!: () => void;
    const tahan = new Promise<void>((ok) => (lepas = ok));
    pemuatKataEn.muat = () => {
      diminta++;
      return tahan.then(asli);
    };
    const id = panel('id');
    try {
      await tungguSampai(() => id.state === 'ready');
      expect(diminta).to.equal(0);
      expect(judul(id)).to.equal('Informasi Berkala');
      expect(PESAN.judulBerkala.en).to.equal('Informasi Berkala');

      const en = panel('en');
      id.lang = 'en';
      await new Promise((ok) => setTimeout(ok, 100));
      expect(diminta).to.equal(1);
      // The new list: its loading state, laid out (the height it keeps) but not shown, nor its Indonesian.
      expect(en.state).to.equal('loading');
      expect(terlihat(en)).to.equal(false);
      expect($(en, '[part="base"]').offsetHeight).to.be.greaterThan(0);
      // The list already shown: as it was.
      expect(id.state).to.equal('ready');
      expect(terlihat(id)).to.equal(true);
      expect(judul(id)).to.equal('Informasi Berkala');

      lepas();
      // updateComplete waits for the words.
      await en.updateComplete;
      await id.updateComplete;
      for (const el of [en, id]) {
        expect(el.state).to.equal('ready');
        expect(terlihat(el)).to.equal(true);
        expect(judul(el)).to.equal('Periodic information');
        // The entries too, built before in Indonesian (the list shown) or not at all (the list waiting).
        expect(
          [...el.shadowRoot!.querySelectorAll('.rincian dt')].map((d) => d.textContent),
        ).to.include.members(['Unit', 'Person responsible']);
        expect($(el, '[part="search"]').getAttribute('placeholder')).to.equal('Title, unit or summary');
        await expect(el).to.be.accessible();
      }
      expect(diminta).to.equal(1);
      // The package's catalog has both languages whatever was loaded.
      expect(PESAN_LENGKAP.judulBerkala).to.deep.equal({
        id: 'Informasi Berkala',
        en: 'Periodic information',
      });
      // Back to Indonesian and again to English: no new load.
      en.lang = 'id';
      await tungguSampai(() => judul(en) === 'Informasi Berkala');
      en.lang = 'en';
      await en.updateComplete;
      expect(judul(en)).to.equal('Periodic information');
      expect(diminta).to.equal(1);
    } finally {
      pemuatKataEn.muat = asli;
      lepas();
      for (const el of document.querySelectorAll('ppid-informasi-berkala')) el.remove();
    }
  });
});
