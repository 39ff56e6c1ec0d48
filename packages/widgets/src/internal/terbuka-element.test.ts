import { expect, fixture, html } from '@open-wc/testing';
import { TerbukaElement } from './terbuka-element.js';
import { bahasaDari } from './bahasa.js';

class ContohA extends TerbukaElement {}
class ContohB extends TerbukaElement {
  static override readonly versi = '9.9.9';
}

describe('TerbukaElement.define', () => {
  it('is idempotent and warns once, never throws, when another copy registers the same tag', () => {
    const asli = console.warn;
    const peringatan: unknown[][] = [];
    console.warn = (...a: unknown[]) => void peringatan.push(a);
    try {
      ContohA.define('ppid-uji-define');
      ContohA.define('ppid-uji-define');
      expect(peringatan).to.have.length(0);
      expect(() => ContohB.define('ppid-uji-define')).to.not.throw();
      expect(() => ContohB.define('ppid-uji-define')).to.not.throw();
      expect(customElements.get('ppid-uji-define')).to.equal(ContohA);
      expect(peringatan).to.have.length(1);
      expect(String(peringatan[0]![0])).to.contain('9.9.9');
    } finally {
      console.warn = asli;
    }
  });

  it('registers both real elements twice without throwing', async () => {
    await import('../informasi-berkala/define.js');
    await import('../daftar-informasi/define.js');
    const { PpidInformasiBerkala } = await import('../informasi-berkala/informasi-berkala.js');
    expect(() => PpidInformasiBerkala.define('ppid-informasi-berkala')).to.not.throw();
    expect(customElements.get('ppid-informasi-berkala')).to.equal(PpidInformasiBerkala);
  });
});

describe('bahasaDari', () => {
  it('takes the nearest lang, across shadow roots, else Bahasa Indonesia', async () => {
    const wadah = await fixture<HTMLDivElement>(
      html`<div>
        <section lang="en-GB"><p></p></section>
        <p></p>
      </div>`,
    );
    expect(bahasaDari(wadah.querySelector('section p')!)).to.equal('en');
    expect(bahasaDari(wadah.querySelector(':scope > p')!)).to.equal(
      document.documentElement.lang.startsWith('en') ? 'en' : 'id',
    );
    const tuan = wadah.querySelector('section')!;
    const akar = tuan.attachShadow({ mode: 'open' });
    const dalam = document.createElement('span');
    akar.append(dalam);
    expect(bahasaDari(dalam)).to.equal('en');
    dalam.setAttribute('lang', 'id');
    expect(bahasaDari(dalam)).to.equal('id');
  });
});
