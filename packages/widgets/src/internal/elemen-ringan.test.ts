import { expect } from '@open-wc/testing';
import { ElemenRingan } from './elemen-ringan.js';

/** Loads on its first update, as the lists do; its render throws, as on a page that broke a built-in. */
class ContohGagal extends ElemenRingan {
  muat = 0;
  protected override willUpdate(): void {
    // Each load, once read (here at once, as from the saved copy), asks for an update of its own;
    // bounded so that a regression fails instead of hanging the page.
    if (!this.hasUpdated && this.muat < 50) {
      this.muat++;
      void Promise.resolve().then(() => this.requestUpdate());
    }
  }
  protected override render(): Node {
    throw new Error('render gagal (uji)');
  }
}
ContohGagal.css = '';
ContohGagal.pasangSifat({});
ContohGagal.define('ppid-uji-render-gagal');

describe('ElemenRingan', () => {
  it('an update that throws still counts as the first: the element does not reload in a loop', async () => {
    const galat: unknown[] = [];
    const tangkap = (e: PromiseRejectionEvent): void => {
      galat.push(e.reason);
      e.preventDefault();
    };
    window.addEventListener('unhandledrejection', tangkap);
    try {
      const el = document.createElement('ppid-uji-render-gagal') as ContohGagal;
      document.body.append(el);
      for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
      expect(el.muat).to.equal(1);
      expect(el.hasUpdated).to.equal(true);
      // The first update and the one its load asked for: each error reaches the console, once.
      expect(galat.map(String)).to.deep.equal(['Error: render gagal (uji)', 'Error: render gagal (uji)']);
      el.remove();
    } finally {
      window.removeEventListener('unhandledrejection', tangkap);
    }
  });
});
