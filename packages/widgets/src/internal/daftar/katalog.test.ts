import { expect } from '@open-wc/testing';
import { katalogIntiBerkalaBadanPublik, katalogIntiBerkalaDesa } from '@terbuka/sdk';
import { intiUntuk, muatKatalog } from './katalog.js';

// The desa core is loaded once, with import(), for a desa's register: this file's page starts without it.
describe('katalog: the desa core loads on demand', () => {
  it('a body of another kind needs nothing loaded', async () => {
    await muatKatalog('opd', () => Promise.reject(new Error('not needed')));
    expect(intiUntuk('opd')).to.equal(katalogIntiBerkalaBadanPublik);
    expect(intiUntuk('kelurahan')).to.equal(katalogIntiBerkalaBadanPublik);
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
