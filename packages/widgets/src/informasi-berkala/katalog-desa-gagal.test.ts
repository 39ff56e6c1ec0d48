import { expect, fixture, html } from '@open-wc/testing';
import type { DokumenDIP } from '@terbuka/sdk';
import './define.js';
import type { PpidInformasiBerkala } from './informasi-berkala.js';
import { pemuatDesa } from '../internal/daftar/katalog.js';
import { dokumenUji, SEKARANG, tungguSampai } from '../internal/testing/data-uji.js';

// A desa's register needs the desa catalog, loaded with import() on first use. A page that went offline
// before loading it says a part of the widget did not load, with its retry, never the register grouped by
// the other catalog; the retry works once the chunk can load. Its own file: this page starts without the
// desa core.
describe('<ppid-informasi-berkala> when the desa catalog cannot load', () => {
  const doc: DokumenDIP = {
    ...dokumenUji([{ title: 'Profil Pemerintah Desa', fulfils: ['berkala.profil'], updated: '2026-10-01' }]),
    agency: { id: 'desa-sukamaju', name: 'Pemerintah Desa Sukamaju', kind: 'desa' },
  };
  const asli = pemuatDesa.muat;
  afterEach(() => {
    pemuatDesa.muat = asli;
  });

  it('a register given as data: "a part of the widget could not be loaded", with a retry that works once it loads', async () => {
    pemuatDesa.muat = () => Promise.reject(new Error('offline'));
    const el = await fixture<PpidInformasiBerkala>(
      html`<ppid-informasi-berkala .data=${doc} .now=${SEKARANG}></ppid-informasi-berkala>`,
    );
    await tungguSampai(() => el.state === 'error');
    const akar = el.shadowRoot!;
    expect(akar.querySelector('[part="notice"]')?.textContent).to.contain(
      'Bagian widget yang diperlukan untuk menampilkan daftar ini tidak dapat dimuat',
    );
    expect(akar.querySelector('[part="group"]')).to.not.exist;
    await expect(el).to.be.accessible();
    pemuatDesa.muat = asli;
    akar.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await tungguSampai(() => el.state === 'ready');
    expect(
      [...akar.querySelectorAll<HTMLElement>('[part="group"]')].map((g) => g.dataset['item']),
    ).to.deep.equal(['berkala.profil']);
  });
});
