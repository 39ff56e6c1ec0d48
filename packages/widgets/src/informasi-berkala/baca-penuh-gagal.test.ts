import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { PpidInformasiBerkala } from './informasi-berkala.js';
import { pemuatBacaPenuh } from '../internal/data/baca-json.js';
import { SEKARANG, tungguSampai } from '../internal/testing/data-uji.js';

// The validator (valibot and the SDK's full reading) loads with import() only for a register the shortcut is
// not sure of. A page that went offline before loading it shows a register valid as given all the same; one
// with a faulty entry says a part of the widget did not load, with its retry, never a list that silently
// lacks entries; the retry shows the valid entries and how many were left out.
describe('<ppid-informasi-berkala> when the validator cannot load', () => {
  const dip = (): { items: Record<string, unknown>[] } & Record<string, unknown> => ({
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
      {
        id: 'b',
        title: 'Laporan Keuangan',
        category: 'berkala',
        fulfils: ['berkala.laporan-keuangan'],
        updated: '2026-10-01',
      },
    ],
  });
  const asli = pemuatBacaPenuh.muat;
  let dimuat = 0;
  beforeEach(() => {
    dimuat = 0;
    pemuatBacaPenuh.muat = () => {
      dimuat++;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    };
  });
  afterEach(() => {
    pemuatBacaPenuh.muat = asli;
  });

  it('a register valid as given: shown without it', async () => {
    const el = await fixture<PpidInformasiBerkala>(
      html`<ppid-informasi-berkala .data=${dip()} .now=${SEKARANG}></ppid-informasi-berkala>`,
    );
    await tungguSampai(() => el.state !== 'loading');
    expect(el.state).to.equal('ready');
    expect(dimuat).to.equal(0);
    expect(
      [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="group"]')].map((g) => g.dataset['item']),
    ).to.deep.equal(['berkala.profil', 'berkala.laporan-keuangan']);
  });

  it('a faulty entry: "a part of the widget could not be loaded", and the retry shows the rest and the count', async () => {
    const data = dip();
    data.items[1]!['updated'] = '2026-02-30';
    const el = await fixture<PpidInformasiBerkala>(
      html`<ppid-informasi-berkala .data=${data} .now=${SEKARANG}></ppid-informasi-berkala>`,
    );
    await tungguSampai(() => el.state === 'error');
    expect(dimuat).to.equal(1);
    const akar = el.shadowRoot!;
    expect(akar.querySelector('[part="notice"]')?.textContent).to.contain(
      'Bagian widget yang diperlukan untuk menampilkan daftar ini tidak dapat dimuat',
    );
    expect(akar.querySelector('[part="group"]')).to.not.exist;
    await expect(el).to.be.accessible();
    pemuatBacaPenuh.muat = asli;
    akar.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await tungguSampai(() => el.state === 'ready');
    expect(
      [...akar.querySelectorAll<HTMLElement>('[part="group"]')].map((g) => g.dataset['item']),
    ).to.deep.equal(['berkala.profil']);
    expect(akar.textContent).to.contain('1 informasi dalam DIP ini tidak ditampilkan');
  });
});
