import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BATAS_CACHE_ROBOTS, PenjagaRobots, type JawabanRobots } from './robots.js';

// A guard whose robots.txt "fetches" are counted per origin; no network.
function penjaga(batas?: number, jawab?: (url: string) => JawabanRobots) {
  const diambil: string[] = [];
  const p = new PenjagaRobots(
    'TerbukaMonitor',
    async (url) => {
      diambil.push(new URL(url).origin);
      return jawab?.(url) ?? { ok: true, status: 200, body: 'User-agent: *\nDisallow: /rahasia\n' };
    },
    batas,
  );
  return { p, diambil };
}
const asal = (i: number): string => `http://situs-${i}.test`;

describe('PenjagaRobots cache', () => {
  it('keeps at most its bound of origins, dropping the least recently used', async () => {
    const { p, diambil } = penjaga(3);
    for (const i of [1, 2, 3]) await p.periksa(new URL(`${asal(i)}/`));
    // Origin 1 used again: now the most recent, so origin 2 is the one dropped when 4 arrives.
    assert.equal((await p.periksa(new URL(`${asal(1)}/rahasia`))) !== undefined, true);
    await p.periksa(new URL(`${asal(4)}/`));
    assert.equal(p.ukuranCache, 3);
    assert.deepEqual(diambil, [asal(1), asal(2), asal(3), asal(4)]);

    await p.periksa(new URL(`${asal(1)}/lagi`));
    await p.periksa(new URL(`${asal(3)}/lagi`));
    assert.equal(diambil.length, 4, 'origins 1 and 3 are still kept: not fetched again');
    await p.periksa(new URL(`${asal(2)}/lagi`));
    assert.deepEqual(diambil.slice(4), [asal(2)], 'origin 2 was evicted: fetched again');
    assert.equal(p.ukuranCache, 3);
  });

  it('does not grow with the number of origins seen', async () => {
    const { p, diambil } = penjaga();
    for (let i = 0; i < BATAS_CACHE_ROBOTS * 3; i++) await p.periksa(new URL(`${asal(i)}/`));
    assert.equal(p.ukuranCache, BATAS_CACHE_ROBOTS);
    assert.equal(diambil.length, BATAS_CACHE_ROBOTS * 3);
  });

  it('keeps a failed robots.txt short-circuiting an origin in use while others come and go', async () => {
    const { p, diambil } = penjaga(2, (url) =>
      url.startsWith(asal(0))
        ? { ok: false, failure: { reason: 'koneksi', message: { id: 'Gagal', en: 'Failed' } } }
        : { ok: true, status: 404, body: '' },
    );
    assert.equal((await p.periksa(new URL(`${asal(0)}/a`)))?.reason, 'koneksi');
    for (let i = 1; i <= 5; i++) {
      await p.periksa(new URL(`${asal(i)}/`));
      // The failing site's next request (its agency still in flight) keeps the origin recent.
      assert.equal((await p.periksa(new URL(`${asal(0)}/b${i}`)))?.reason, 'koneksi');
    }
    assert.equal(diambil.filter((o) => o === asal(0)).length, 1, 'its robots.txt was tried once');
  });
});
