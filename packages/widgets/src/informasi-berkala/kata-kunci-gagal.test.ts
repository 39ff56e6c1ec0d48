import { expect, fixture, html } from '@open-wc/testing';
import { katalogIntiBerkalaBadanPublik } from '@terbuka/sdk';
import './define.js';
import type { PpidInformasiBerkala } from './informasi-berkala.js';
import { intiUntuk, pemuatKataKunci } from '../internal/daftar/katalog.js';
import { dokumenUji, SEKARANG, tungguSampai } from '../internal/testing/data-uji.js';
import { pasangFetchPalsu } from '../internal/testing/fetch-palsu.js';

// The Badan Publik catalog's phrases load with import() only for a register with an entry that declares no
// `fulfils`. A register that declares them everywhere is grouped without them; one that needs them and
// cannot load them (a page offline after its first load) is still shown, the entries only the phrases
// would place under "other", and the next read tries them again. Its own file, in this order: this page
// starts without the phrases.
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
  const judulDi = (el: PpidInformasiBerkala, item: string): string[] =>
    [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part="group"][data-item="${item}"] .judul-entri`)].map(
      (j) => j.textContent!.trim(),
    );

  it('a register whose every berkala entry declares `fulfils` is grouped by its ids, the phrases never requested', async () => {
    const doc = dokumenUji([
      { title: 'Tupoksi dinas', fulfils: ['berkala.profil.tugas-fungsi'] },
      { title: 'Laporan keuangan 2025', fulfils: ['berkala.laporan-keuangan'] },
      // An id the catalog does not know matches nothing: its title's phrase is not looked at either.
      { title: 'Rencana strategis', fulfils: ['berkala.tidak-ada'] },
      { title: 'SK DIP', category: 'setiap-saat', fulfils: ['setiap-saat.dip'] },
      // Another category's entry without `fulfils`: the view has no phrase of its items to place it by.
      { title: 'Daftar pengadaan barang', category: 'setiap-saat' },
    ]);
    const el = await fixture<PpidInformasiBerkala>(
      html`<ppid-informasi-berkala .data=${doc} .now=${SEKARANG}></ppid-informasi-berkala>`,
    );
    await tungguSampai(() => el.state === 'ready');
    expect(grup(el)).to.deep.equal(['berkala.profil', 'berkala.laporan-keuangan', 'lainnya']);
    expect(diminta).to.equal(0);
    expect(intiUntuk('opd')).to.not.equal(katalogIntiBerkalaBadanPublik);
  });

  it('when the phrases cannot load the list still shows, the entry they would place under "other"; a new reading tries them again', async () => {
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
    await tungguSampai(() => el.state === 'ready' && a.state === 'ready');
    const akar = el.shadowRoot!;
    expect(diminta).to.equal(1);
    expect(akar.querySelector('[part="notice"]')).to.not.exist;
    expect(grup(el)).to.deep.equal(['berkala.profil', 'lainnya']);
    expect(judulDi(el, 'lainnya')).to.deep.equal(['Laporan realisasi anggaran 2025']);
    await expect(el).to.be.accessible();
    expect(grup(a)).to.deep.equal(['berkala.profil', 'berkala.laporan-keuangan']);
    // A new reading tries the phrases again; still failing, the list stays shown as it was.
    el.data = dokumenUji([
      { title: 'Tupoksi dinas', fulfils: ['berkala.profil.tugas-fungsi'] },
      { title: 'Laporan realisasi anggaran 2025', summary: 'Semester I' },
    ]);
    await tungguSampai(() => diminta === 2 && el.state === 'ready');
    expect(grup(el)).to.deep.equal(['berkala.profil', 'lainnya']);
    expect(akar.querySelector('[part="notice"]')).to.not.exist;
  });

  it('in mode="periksa" phrases that cannot load are the error "a part could not be loaded" (the checklist would name covered items as missing), with a retry that tries them again', async () => {
    pemuatKataKunci.muat = () => {
      diminta++;
      return Promise.reject(new Error('offline'));
    };
    const doc = dokumenUji([
      { title: 'Tupoksi dinas', fulfils: ['berkala.profil.tugas-fungsi'] },
      { title: 'Laporan realisasi anggaran 2025' },
    ]);
    const el = await fixture<PpidInformasiBerkala>(
      html`<ppid-informasi-berkala mode="periksa" .data=${doc} .now=${SEKARANG}></ppid-informasi-berkala>`,
    );
    await tungguSampai(() => el.state === 'error');
    const akar = el.shadowRoot!;
    expect(akar.querySelector('[part="notice"]')?.textContent).to.contain(
      'Bagian widget yang diperlukan untuk menampilkan daftar ini tidak dapat dimuat',
    );
    expect(akar.querySelector('[part="group"]')).to.not.exist;
    await expect(el).to.be.accessible();
    expect(diminta).to.equal(1);
    akar.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await tungguSampai(() => diminta === 2);
    await tungguSampai(() => el.state === 'error');
    expect(akar.querySelector('[part="group"]')).to.not.exist;
  });

  it('a saved copy read offline without the phrases shows its list; the retry that loads them regroups it; a panel grouped before keeps its groups', async () => {
    pemuatKataKunci.muat = () => {
      diminta++;
      return Promise.reject(new Error('offline'));
    };
    const src = new URL('/dip-luring.json', document.baseURI).href;
    localStorage.setItem(
      `terbuka:salinan:${src}`,
      JSON.stringify({
        teks: JSON.stringify(
          dokumenUji([
            { title: 'Tupoksi dinas', fulfils: ['berkala.profil.tugas-fungsi'] },
            { title: 'Laporan realisasi anggaran 2025' },
          ]),
        ),
        contentType: 'application/json',
        disimpan: '2026-11-20T00:00:00.000Z',
      }),
    );
    const palsu = pasangFetchPalsu(() => ({ putus: true }));
    try {
      const semuaFulfils = dokumenUji([
        { title: 'Rencana strategis', fulfils: ['berkala.profil'] },
        { title: 'Neraca', fulfils: ['berkala.laporan-keuangan.neraca'] },
      ]);
      const halaman = await fixture<HTMLElement>(
        html`<div>
          <ppid-informasi-berkala id="a" .data=${semuaFulfils} .now=${SEKARANG}></ppid-informasi-berkala>
          <ppid-informasi-berkala
            id="b"
            src="/dip-luring.json"
            .jedaUlangMs=${10}
            .now=${SEKARANG}
          ></ppid-informasi-berkala>
        </div>`,
      );
      const a = halaman.querySelector<PpidInformasiBerkala>('#a')!;
      const el = halaman.querySelector<PpidInformasiBerkala>('#b')!;
      await tungguSampai(() => el.state === 'stale' && a.state === 'ready');
      expect(diminta).to.equal(1);
      expect(el.shadowRoot!.querySelector('[part="notice"]')?.textContent).to.contain('salinan tersimpan');
      expect(grup(el)).to.deep.equal(['berkala.profil', 'lainnya']);
      expect(judulDi(el, 'lainnya')).to.deep.equal(['Laporan realisasi anggaran 2025']);
      await expect(el).to.be.accessible();
      // Back online for the chunk (still not for the data): the retry reads the saved copy again — the same
      // text, the same document — and this time the phrases load and place the entry under its item.
      pemuatKataKunci.muat = () => {
        diminta++;
        return asli();
      };
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await tungguSampai(() => el.state === 'stale' && grup(el).includes('berkala.laporan-keuangan'));
      expect(diminta).to.equal(2);
      expect(grup(el)).to.deep.equal(['berkala.profil', 'berkala.laporan-keuangan']);
      // The first panel's entries were matched before the phrases loaded; drawn again, they stay grouped.
      a.lang = 'en';
      await a.updateComplete;
      expect(grup(a)).to.deep.equal(['berkala.profil', 'berkala.laporan-keuangan']);
      expect(a.shadowRoot!.querySelector('[part="group"] h3')?.textContent).to.contain('Profile');
    } finally {
      palsu.pulihkan();
      localStorage.clear();
    }
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
