import { expect } from '@open-wc/testing';
import {
  JENIS_BADAN_PUBLIK,
  jenisKatalog,
  katalogIntiBerkalaBadanPublik,
  katalogIntiBerkalaBadanPublikTanpaKataKunci,
  katalogIntiBerkalaDesa,
} from '@terbuka/sdk';
import { intiUntuk, muatKatalog, muatKataKunci } from './katalog.js';
import { dokumenUji } from '../testing/data-uji.js';

// The desa core is loaded once, with import(), for a desa's register; the Badan Publik phrases likewise,
// for a register with an entry without `fulfils`: this file's page starts without either.
describe('katalog: the desa core loads on demand', () => {
  it('a body of another kind needs nothing loaded', async () => {
    await muatKatalog('opd', () => Promise.reject(new Error('not needed')));
    expect(intiUntuk('opd')).to.equal(katalogIntiBerkalaBadanPublikTanpaKataKunci);
    expect(intiUntuk('kelurahan')).to.equal(katalogIntiBerkalaBadanPublikTanpaKataKunci);
  });

  it('when the desa core cannot load, the read fails (no silent fallback to the other catalog)', async () => {
    let gagal = false;
    await muatKatalog('desa', () => Promise.reject(new Error('offline'))).catch(() => (gagal = true));
    expect(gagal).to.equal(true);
    expect(() => intiUntuk('desa')).to.throw();
  });

  it('once loaded, a desa is matched against the SDK desa core', async () => {
    await muatKatalog('desa');
    expect(intiUntuk('desa')).to.equal(katalogIntiBerkalaDesa);
  });
});

describe('katalog: the Badan Publik phrases load only for an entry without `fulfils`', () => {
  const tidakPerlu = (): Promise<never> => Promise.reject(new Error('not needed'));

  it('no document, a desa, or every entry with `fulfils` (empty ones are none): nothing loaded', async () => {
    await muatKataKunci(undefined, tidakPerlu);
    await muatKataKunci(
      { ...dokumenUji([{ title: 'Tupoksi' }]), agency: { id: 'd', name: 'Desa', kind: 'desa' } },
      tidakPerlu,
    );
    await muatKataKunci(dokumenUji([{ fulfils: ['berkala.profil'] }, { fulfils: ['x'] }]), tidakPerlu);
    expect(intiUntuk('opd')).to.equal(katalogIntiBerkalaBadanPublikTanpaKataKunci);
  });

  it('when they cannot load, the read fails and the core stays without them', async () => {
    let gagal = false;
    await muatKataKunci(dokumenUji([{ fulfils: ['berkala.profil'] }, { fulfils: [] }]), () =>
      Promise.reject(new Error('offline')),
    ).catch(() => (gagal = true));
    expect(gagal).to.equal(true);
    expect(intiUntuk('opd')).to.equal(katalogIntiBerkalaBadanPublikTanpaKataKunci);
  });

  it('once loaded, another kind is matched against the SDK view with its phrases', async () => {
    await muatKataKunci(dokumenUji([{ title: 'Tupoksi' }]));
    expect(intiUntuk('opd')).to.equal(katalogIntiBerkalaBadanPublik);
    expect(intiUntuk('kecamatan')).to.equal(katalogIntiBerkalaBadanPublik);
  });
});

// intiUntuk writes the SDK's jenisKatalog rule out (importing it cost the badge's shared chunk ~15 B): this
// holds the copy to the rule, for every kind of body, so the lists never follow another catalog than the
// badge's score and the SDK do.
describe('katalog: the lists follow the catalog the SDK names for each kind of body', () => {
  it('every kind: the core of the catalog jenisKatalog names', async () => {
    await muatKatalog('desa');
    for (const kind of JENIS_BADAN_PUBLIK) expect(intiUntuk(kind).kind, kind).to.equal(jenisKatalog(kind));
  });
});
