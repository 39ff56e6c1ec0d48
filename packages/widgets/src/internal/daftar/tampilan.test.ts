import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { DaftarEntri, tautan } from './tampilan.js';
import type { Tautan } from '@terbuka/sdk';
import { siapkanBaris } from './baris.js';
import { LANGKAH_TAMPIL } from './batas.js';
import { dokumenUji, SEKARANG, simpulSama } from '../testing/data-uji.js';

/** Each link of `tautanUji` as the lists render it, in a list of its own. */
const daftarTautan = (tautanUji: Tautan[]): Promise<HTMLDivElement> =>
  fixture<HTMLDivElement>(
    html`<div>
      <ul>
        ${tautanUji.map((t) => html`<li>${tautan(t)}</li>`)}
      </ul>
    </div>`,
  );

describe('tautan', () => {
  it('makes a link only of an allowed address, with rel="noopener noreferrer"', async () => {
    const el = await fixture<HTMLDivElement>(
      html`<div>
        ${tautan({ label: 'a', url: 'https://contoh.go.id/' })}
        ${tautan({ label: 'b', url: 'javascript:alert(1)' })}
        ${tautan({ label: 'c', url: 'data:text/html,<b>x</b>' })}
        ${tautan({ label: 'd', url: 'java\tscript:alert(1)' })}
        ${tautan({ label: 'e', url: 'mailto:ppid@contoh.go.id' })}
        ${tautan({ label: 'f', url: 'https://contoh.go.id/a\u0085b\u009B.pdf' })}
      </div>`,
    );
    const a = [...el.querySelectorAll('a')];
    expect(a.map((x) => x.getAttribute('href'))).to.deep.equal([
      'https://contoh.go.id/',
      'mailto:ppid@contoh.go.id',
    ]);
    expect(a.every((x) => x.rel === 'noopener noreferrer')).to.equal(true);
    // A refused address is shown after its label, as text.
    expect([...el.querySelectorAll('.tautan-mati')].map((x) => x.textContent)).to.deep.equal([
      'b: javascript:alert(1)',
      'c: data:text/html,<b>x</b>',
      'd: java\tscript:alert(1)',
      // C1 control characters (NEXT LINE, CSI) are refused as the C0 ones are.
      'f: https://contoh.go.id/a\u0085b\u009B.pdf',
    ]);
    expect(el.querySelectorAll('b')).to.have.length(0);
  });

  it('shows a refused address as text, cut short, and alone when it is its own label', async () => {
    const panjang = `data:image/png;base64,${'A'.repeat(5000)}`;
    const el = await fixture<HTMLDivElement>(
      html`<div>
        ${tautan({ label: 'Profil', url: panjang })}
        ${tautan({ label: 'www.a.go.id/x.pdf', url: 'www.a.go.id/x.pdf' })}
      </div>`,
    );
    const teks = [...el.querySelectorAll('.tautan-mati')].map((x) => x.textContent!);
    expect(teks[0]).to.equal(`Profil: ${panjang.slice(0, 99)}…`);
    expect(teks[1]).to.equal('www.a.go.id/x.pdf');
    expect(el.querySelectorAll('a')).to.have.length(0);
  });

  it("a label that looks like another host's address gets the real host after it; an address shown as text is the parsed one", async () => {
    const tautanUji = [
      { label: 'https://sukamajukab.go.id/laporan.pdf', url: 'https://evil.example/x' },
      { label: 'Unduh di sukamajukab.go.id', url: 'https://evil.example/x' },
      { label: 'ppid@sukamajukab.go.id', url: 'mailto:ppid@evil.example' },
      // Cyrillic ѕ: another host, whose true name is punycode.
      { label: 'sukamajukab.go.id', url: 'https://ѕukamajukab.go.id/' },
      { label: 'https://ѕukamajukab.go.id/', url: 'https://ѕukamajukab.go.id/' },
      // U+3002 is a dot to the URL parser: the host is sukamajukab.go.id.evil.example.
      { label: '', url: 'http://sukamajukab.go.id。evil.example/' },
      // The same host, or no address in the label: the label alone.
      { label: 'Laporan (https://SUKAMAJUKAB.go.id/lra.pdf)', url: 'https://sukamajukab.go.id/x' },
      { label: 'ppid@sukamajukab.go.id', url: 'mailto:ppid@sukamajukab.go.id' },
      { label: 'Laporan Keuangan T.A. 2025', url: 'https://evil.example/x' },
      // A file's name is not an address (.zip is a real top-level domain: it counts as one).
      { label: 'LRA-2025.pdf', url: 'https://sukamajukab.go.id/lra.pdf' },
      { label: 'rekap.XLSX', url: 'https://sukamajukab.go.id/rekap.xlsx' },
      { label: 'arsip.zip', url: 'https://evil.example/arsip.zip' },
    ];
    const el = await daftarTautan(tautanUji);
    const a = [...el.querySelectorAll('a')];
    expect(a.map((x) => x.textContent)).to.deep.equal([
      'https://sukamajukab.go.id/laporan.pdf (evil.example)',
      'Unduh di sukamajukab.go.id (evil.example)',
      'ppid@sukamajukab.go.id (evil.example)',
      'sukamajukab.go.id (xn--ukamajukab-l2i.go.id)',
      'https://xn--ukamajukab-l2i.go.id/',
      'http://sukamajukab.go.id.evil.example/',
      'Laporan (https://SUKAMAJUKAB.go.id/lra.pdf)',
      'ppid@sukamajukab.go.id',
      'Laporan Keuangan T.A. 2025',
      'LRA-2025.pdf',
      'rekap.XLSX',
      'arsip.zip (evil.example)',
    ]);
    // Only the words change: every link still goes where the DIP says.
    expect(a.map((x) => x.getAttribute('href'))).to.deep.equal(tautanUji.map((t) => t.url));
    await expect(el).to.be.accessible();
  });

  it("a host wrapped in punctuation still gets the real one; www., an abbreviation or a data file's name does not", async () => {
    const tautanUji = [
      // Punctuation around the word is not part of the host it names.
      { label: 'Kunjungi evil.example.', url: 'https://desa.id/' },
      { label: 'evil.example!', url: 'https://desa.id/' },
      { label: '[evil.example]', url: 'https://desa.id/' },
      { label: '«evil.example»', url: 'https://desa.id/' },
      { label: 'WWW.EVIL.EXAMPLE.', url: 'https://desa.id/' },
      // A leading www. names the same host, either way round.
      { label: 'bantulkab.go.id', url: 'https://www.bantulkab.go.id/' },
      { label: 'www.bantulkab.go.id', url: 'https://bantulkab.go.id/' },
      // An abbreviation written without a space: its last part is Capitalised.
      { label: 'Kab.Bantul', url: 'https://evil.example/' },
      { label: 'SK Kec.Wates No.12', url: 'https://evil.example/' },
      // A data file's name is not an address.
      ...['data.json', 'index.html', 'peta.kml', 'arsip.rar', 'batas.geojson', 'batas.shp', 'data.xml'].map(
        (label) => ({ label, url: 'https://evil.example/' }),
      ),
    ];
    const el = await daftarTautan(tautanUji);
    const a = [...el.querySelectorAll('a')];
    expect(a.map((x) => x.textContent)).to.deep.equal([
      'Kunjungi evil.example. (desa.id)',
      'evil.example! (desa.id)',
      '[evil.example] (desa.id)',
      '«evil.example» (desa.id)',
      'WWW.EVIL.EXAMPLE. (desa.id)',
      'bantulkab.go.id',
      'www.bantulkab.go.id',
      'Kab.Bantul',
      'SK Kec.Wates No.12',
      'data.json',
      'index.html',
      'peta.kml',
      'arsip.rar',
      'batas.geojson',
      'batas.shp',
      'data.xml',
    ]);
    // Only the words change: every link still goes where the DIP says.
    expect(a.map((x) => x.getAttribute('href'))).to.deep.equal(tautanUji.map((t) => t.url));
    await expect(el).to.be.accessible();
  });
});

describe('DaftarEntri', () => {
  it('puts back the entries it showed before, up to four steps; after a printout only those it shows', () => {
    const semua = siapkanBaris(dokumenUji(Array.from({ length: LANGKAH_TAMPIL * 8 }, () => ({}))), SEKARANG);
    const langkah = (i: number) => semua.slice(i * LANGKAH_TAMPIL, (i + 1) * LANGKAH_TAMPIL);
    const d = new DaftarEntri();
    const k = { bahasa: 'id', tingkat: 2 } as const;
    const tampil = (): Element[] => [...d.ul.children];
    d.isi(k, langkah(0));
    const awal = tampil();
    // Another search, then the first again (typed and deleted): the same nodes.
    d.isi(k, langkah(1));
    const kedua = tampil();
    expect(simpulSama(kedua, awal)).to.equal(false);
    d.isi(k, langkah(0));
    expect(simpulSama(tampil(), awal)).to.equal(true);
    d.isi(k, langkah(1));
    expect(simpulSama(tampil(), kedua)).to.equal(true);
    // Four steps built are kept; a fifth starts again from the entries shown then.
    d.isi(k, langkah(2));
    d.isi(k, langkah(3));
    d.isi(k, langkah(0));
    expect(simpulSama(tampil(), awal)).to.equal(true);
    d.isi(k, langkah(4));
    d.isi(k, langkah(0));
    expect(simpulSama(tampil(), awal)).to.equal(true);
    d.isi(k, langkah(1));
    expect(tampil().some((e) => kedua.includes(e))).to.equal(false);
    // A printout builds every entry; the next render keeps only those it shows.
    d.isi(k, semua);
    const cetak = tampil();
    d.isi(k, langkah(0));
    expect(simpulSama(tampil(), awal)).to.equal(true);
    d.isi(k, langkah(7));
    expect(tampil().some((e) => cetak.includes(e))).to.equal(false);
    // Another language builds them again.
    d.isi({ ...k, bahasa: 'en' }, langkah(0));
    expect(tampil().some((e) => awal.includes(e))).to.equal(false);
  });
});
