import { expect, fixture, html } from '@open-wc/testing';
import { katalogIntiBerkalaBadanPublik } from '@terbuka/sdk';
import './define.js';
import '../informasi-berkala/define.js';
import type { PpidPermintaan } from './permintaan.js';
import type { PpidInformasiBerkala } from '../informasi-berkala/informasi-berkala.js';
import { intiUntuk, pemuatKataKunci } from '../internal/daftar/katalog.js';
import { dokumenUji, SEKARANG, tungguSampai } from '../internal/testing/data-uji.js';
import { pasangFetchPalsu } from '../internal/testing/fetch-palsu.js';
import type { FetchPalsu } from '../internal/testing/fetch-palsu.js';
import { ketik } from '../internal/testing/formulir-uji.js';

// The form's DIP suggestions search titles, units and summaries, never the catalog's phrases, so a
// register with an entry without `fulfils` does not make the form fetch the phrases' chunk; the panel on the
// same register still loads them to group its entries. Its own file, in this order: this page starts
// without the phrases (they are kept once loaded).
describe('<ppid-permintaan dip> and the catalog phrases', () => {
  const asli = pemuatKataKunci.muat;
  let diminta = 0;
  let palsu: FetchPalsu | undefined;
  const doc = dokumenUji([{ title: 'Laporan Keuangan Dinas 2025' }, { title: 'Tupoksi dinas' }]);
  beforeEach(() => {
    diminta = 0;
    pemuatKataKunci.muat = () => {
      diminta++;
      return asli();
    };
    palsu = pasangFetchPalsu((url) =>
      url.endsWith('dip.json')
        ? { status: 200, body: JSON.stringify(doc), headers: { 'content-type': 'application/json' } }
        : { status: 500 },
    );
  });
  afterEach(() => {
    pemuatKataKunci.muat = asli;
    palsu?.pulihkan();
  });

  it('the form suggests from a register without `fulfils` and never requests the phrases', async () => {
    const el = await fixture<PpidPermintaan>(
      html`<ppid-permintaan
        endpoint="https://api.uji.go.id"
        dip="https://uji.go.id/dip.json"
        lang="id"
      ></ppid-permintaan>`,
    );
    await ketik(el, 'f-information', 'Saya minta laporan keuangan tahun 2025');
    await tungguSampai(() => (el.shadowRoot!.querySelectorAll('.saran li').length ?? 0) > 0, 8000);
    expect(el.shadowRoot!.querySelector('.saran a, .saran li')!.textContent).to.contain('Laporan Keuangan');
    expect(diminta).to.equal(0);
    expect(intiUntuk('opd')).to.not.equal(katalogIntiBerkalaBadanPublik);
  });

  it('the panel on the same register still loads them, once, and groups by them', async () => {
    const el = await fixture<PpidInformasiBerkala>(
      html`<ppid-informasi-berkala
        src="https://uji.go.id/dip.json"
        .now=${SEKARANG}
      ></ppid-informasi-berkala>`,
    );
    await tungguSampai(() => el.state === 'ready');
    expect(diminta).to.equal(1);
    expect(intiUntuk('opd')).to.equal(katalogIntiBerkalaBadanPublik);
    const grup = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="group"]')].map(
      (g) => g.dataset['item'],
    );
    expect(grup).to.include('berkala.laporan-keuangan');
  });
});
