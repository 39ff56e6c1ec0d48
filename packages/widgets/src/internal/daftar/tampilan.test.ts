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
      </div>`,
    );
    const a = [...el.querySelectorAll('a')];
    expect(a.map((x) => x.getAttribute('href'))).to.deep.equal([
      'https://contoh.go.id/',
      'mailto:ppid@contoh.go.id',
    ]);
    expect(a.every((x) => x.rel === 'noopener noreferrer')).to.equal(true);
    expect(el.textContent!.replace(/\s+/g, '')).to.equal('abcde');
  });
});
