import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { tautan } from './tampilan.js';

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
});
