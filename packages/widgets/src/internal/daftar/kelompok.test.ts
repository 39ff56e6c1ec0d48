import { expect } from '@open-wc/testing';
import { siapkanBaris } from './baris.js';
import { kelompokKatalog, kelompokKategori } from './kelompok.js';
import { dokumenUji, SEKARANG } from '../testing/data-uji.js';

describe('kelompok', () => {
  const baris = siapkanBaris(
    dokumenUji([
      { title: 'Dua butir', fulfils: ['berkala.laporan-keuangan', 'berkala.profil'] },
      { title: 'Lain 1' },
      { title: 'Aset', category: 'setiap-saat' },
      { title: 'Profil', fulfils: ['berkala.profil'] },
      { title: 'Lain 2' },
      { title: 'Bencana', category: 'serta-merta' },
    ]),
    SEKARANG,
  );
  const judul = (xs: readonly { entry: { title: string } }[]): string[] => xs.map((b) => b.entry.title);

  it('kelompokKatalog: catalog order, an entry under each item it fulfils, then the rest in their order', () => {
    const g = kelompokKatalog(baris, 'opd');
    expect(g.map((k) => k.item?.id ?? 'lainnya')).to.deep.equal([
      'berkala.profil',
      'berkala.laporan-keuangan',
      'lainnya',
    ]);
    expect(g.map((k) => judul(k.baris))).to.deep.equal([
      ['Dua butir', 'Profil'],
      ['Dua butir'],
      ['Lain 1', 'Lain 2'],
    ]);
  });

  it('kelompokKategori: the four categories in the law’s order, each in document order', () => {
    expect(kelompokKategori(baris).map((k) => [k.kategori, judul(k.baris)])).to.deep.equal([
      ['berkala', ['Dua butir', 'Lain 1', 'Profil', 'Lain 2']],
      ['serta-merta', ['Bencana']],
      ['setiap-saat', ['Aset']],
      ['dikecualikan', []],
    ]);
  });
});
