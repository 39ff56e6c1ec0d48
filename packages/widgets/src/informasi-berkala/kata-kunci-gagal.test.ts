import { expect, fixture, html } from '@open-wc/testing';
import { katalogIntiBerkalaBadanPublik } from '@terbuka/sdk';
import './define.js';
import type { PpidInformasiBerkala } from './informasi-berkala.js';
import { intiUntuk, pemuatKataKunci } from '../internal/daftar/katalog.js';
import { dokumenUji, SEKARANG, tungguSampai } from '../internal/testing/data-uji.js';

// The Badan Publik catalog's phrases load with import() only for a register with an entry that declares no
// `fulfils`. A register that declares them everywhere is grouped without them; one that needs them and
// cannot load them (a page offline after its first load) says a part of the widget did not load, with its
// retry, never its entries ungrouped. Its own file, in this order: this page starts without the phrases.
describe('<ppid-informasi-berkala> and the catalog phrases loaded on demand', () => {
  const asli = pemuatKataKunci.muat;
  let diminta = 0;
  beforeEach(() => {
    diminta = 0;
    pemuatKataKunci.muat = () => {
      diminta++;
      return asli();
    };
  });
  afterEach(() => {
    pemuatKataKunci.muat = asli;
  });
  const grup = (el: PpidInformasiBerkala): (string | undefined)[] =>
    [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="group"]')].map((g) => g.dataset['item']);

  it('a register whose every entry declares `fulfils` is grouped by its ids, the phrases never requested', async () => {
    const doc = dokumenUji([
      { title: 'Tupoksi dinas', fulfils: ['berkala.profil.tugas-fungsi'] },
      { title: 'Laporan keuangan 2025', fulfils: ['berkala.laporan-keuangan'] },
      // An id the catalog does not know matches nothing: its title's phrase is not looked at either.
      { title: 'Rencana strategis', fulfils: ['berkala.tidak-ada'] },
      { title: 'SK DIP', category: 'setiap-saat', fulfils: ['setiap-saat.dip'] },
    ]);
    const el = await fixture<PpidInformasiBerkala>(
      html`<ppid-informasi-berkala .data=${doc} .now=${SEKARANG}></ppid-informasi-berkala>`,
    );
    await tungguSampai(() => el.state === 'ready');
    expect(grup(el)).to.deep.equal(['berkala.profil', 'berkala.laporan-keuangan', 'lainnya']);
    expect(diminta).to.equal(0);
    expect(intiUntuk('opd')).to.not.equal(katalogIntiBerkalaBadanPublik);
  });

  it('when the phrases cannot load: "a part of the widget could not be loaded", no group, a retry that works; a panel grouped before keeps its groups', async () => {
    const gagal = (): Promise<never> => {
      diminta++;
      return Promise.reject(new Error('offline'));
    };
    pemuatKataKunci.muat = gagal;
    const semuaFulfils = dokumenUji([
      { title: 'Rencana strategis', fulfils: ['berkala.profil'] },
      { title: 'Neraca', fulfils: ['berkala.laporan-keuangan.neraca'] },
    ]);
    const doc = dokumenUji([
      { title: 'Tupoksi dinas', fulfils: ['berkala.profil.tugas-fungsi'] },
      { title: 'Laporan realisasi anggaran 2025' },
    ]);
    const halaman = await fixture<HTMLElement>(
      html`<div>
        <ppid-informasi-berkala id="a" .data=${semuaFulfils} .now=${SEKARANG}></ppid-informasi-berkala>
        <ppid-informasi-berkala id="b" .data=${doc} .now=${SEKARANG}></ppid-informasi-berkala>
      </div>`,
    );
    const a = halaman.querySelector<PpidInformasiBerkala>('#a')!;
    const el = halaman.querySelector<PpidInformasiBerkala>('#b')!;
    await tungguSampai(() => el.state === 'error' && a.state === 'ready');
    const akar = el.shadowRoot!;
    expect(diminta).to.equal(1);
    expect(akar.querySelector('[part="notice"]')?.textContent).to.contain(
      'Bagian widget yang diperlukan untuk menampilkan daftar ini tidak dapat dimuat',
    );
    expect(akar.querySelector('[part="group"]')).to.not.exist;
    await expect(el).to.be.accessible();
    expect(grup(a)).to.deep.equal(['berkala.profil', 'berkala.laporan-keuangan']);
    pemuatKataKunci.muat = () => {
      diminta++;
      return asli();
    };
    akar.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await tungguSampai(() => el.state === 'ready');
    expect(diminta).to.equal(2);
    expect(grup(el)).to.deep.equal(['berkala.profil', 'berkala.laporan-keuangan']);
    // The first panel's entries were matched before the phrases loaded; drawn again, they stay grouped.
    a.lang = 'en';
    await a.updateComplete;
    expect(grup(a)).to.deep.equal(['berkala.profil', 'berkala.laporan-keuangan']);
    expect(a.shadowRoot!.querySelector('[part="group"] h3')?.textContent).to.contain('Profile');
  });

  it('a register with an entry without `fulfils` is grouped by the phrases, loaded once for the page', async () => {
    const doc = dokumenUji([
      { title: 'Tupoksi dinas' },
      { title: 'LHKPN pejabat', fulfils: ['berkala.profil.lhkpn'] },
      { title: 'Pengumuman lelang', summary: 'Rencana umum pengadaan' },
    ]);
    const el = await fixture<PpidInformasiBerkala>(
      html`<ppid-informasi-berkala .data=${doc} .now=${SEKARANG}></ppid-informasi-berkala>`,
    );
    await tungguSampai(() => el.state === 'ready');
    expect(grup(el)).to.deep.equal(['berkala.profil', 'berkala.pengadaan']);
    expect(intiUntuk('opd')).to.equal(katalogIntiBerkalaBadanPublik);
    // Loaded by the retry above, and kept: not asked for again.
    expect(diminta).to.equal(0);
  });
});
