import { expect } from '@open-wc/testing';
import { formatTanggal as formatTanggalSDK } from '@terbuka/sdk';
import { formatRelatif, formatTanggal } from './format.js';

describe("formatTanggal: the SDK's calendar date, long, in the lists", () => {
  it('writes what the SDK writes (the badge says the same dates alike)', () => {
    for (const t of ['2026-03-05', '2026-12-31', '2024-02-29'])
      for (const b of ['id', 'en'] as const)
        expect(formatTanggal(t, b), `${t} ${b}`).to.equal(formatTanggalSDK(t, b, 'long'));
    expect(formatTanggal('2026-03-05', 'id')).to.equal('5 Maret 2026');
    expect(formatTanggal('2026-03-05', 'en')).to.equal('5 March 2026');
  });

  it('builds one formatter per language for many dates (building one costs ~0.3–1 ms on a phone)', () => {
    const asli = Intl.DateTimeFormat;
    let dibuat = 0;
    Intl.DateTimeFormat = new Proxy(asli, {
      construct(t, a: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        dibuat++;
        return new t(...a);
      },
    });
    try {
      for (let i = 1; i <= 28; i++)
        for (const b of ['id', 'en'] as const) formatTanggal(`2026-02-${String(i).padStart(2, '0')}`, b);
    } finally {
      Intl.DateTimeFormat = asli;
    }
    // The module may have built its two before this test: at most one per language either way.
    expect(dibuat, `${dibuat} formatters for 56 dates`).to.be.at.most(2);
  });

  it('shows a text that is no date as written instead of throwing (one such date does not stop the list)', () => {
    for (const t of ['', '2026-13-01', 'kemarin']) expect(formatTanggal(t, 'id'), t).to.equal(t);
  });
});

describe('formatRelatif: how long ago, in words a reader can trust', () => {
  it('days in words, then whole months and whole years, never rounded up', () => {
    const kasus: [number, string, string][] = [
      [0, 'hari ini', 'today'],
      [1, 'kemarin', 'yesterday'],
      [30, '30 hari yang lalu', '30 days ago'],
      // 30 September read on 1 November: a month, not "last month" (that would be October).
      [32, '1 bulan yang lalu', '1 month ago'],
      [60, '1 bulan yang lalu', '1 month ago'],
      [61, '2 bulan yang lalu', '2 months ago'],
      [364, '11 bulan yang lalu', '11 months ago'],
      [365, '1 tahun yang lalu', '1 year ago'],
      // A year and a half is one year, not two.
      [548, '1 tahun yang lalu', '1 year ago'],
      [731, '2 tahun yang lalu', '2 years ago'],
    ];
    for (const [hari, id, en] of kasus) {
      expect(formatRelatif(hari, 'id'), `${hari} id`).to.equal(id);
      expect(formatRelatif(hari, 'en'), `${hari} en`).to.equal(en);
    }
  });
});
