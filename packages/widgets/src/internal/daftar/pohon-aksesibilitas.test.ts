import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, setViewport } from '@web/test-runner-commands';
import '../../informasi-berkala/define.js';
import type { PpidInformasiBerkala } from '../../informasi-berkala/informasi-berkala.js';
import { SEKARANG, dokumenUji, tungguSampai } from '../testing/data-uji.js';

// What a screen reader can reach: every entry the list renders is in the browser's accessibility tree, also
// the ones far below the screen. A blind reader moves by headings and opens a list of links; an entry left
// out of the tree (content-visibility: auto does that to entries it skips) is not there to find.

type Simpul = { role?: string; name?: string; children?: Simpul[] };

function kumpulkan(s: Simpul, role: string, hasil: string[] = []): string[] {
  if (s.role === role && s.name) hasil.push(s.name);
  for (const c of s.children ?? []) kumpulkan(c, role, hasil);
  return hasil;
}

describe('the lists in the accessibility tree', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('exposes the heading and the link of every rendered entry, also those far out of view', async () => {
    await setViewport({ width: 360, height: 640 });
    const n = 40;
    const doc = dokumenUji(
      Array.from({ length: n }, (_, i) => ({
        title: `Laporan nomor ${i + 1}`,
        links: [{ label: `Unduhan ${i + 1}`, url: `https://ppid.example.go.id/berkas/${i + 1}.pdf` }],
      })),
    );
    const el = await fixture<PpidInformasiBerkala>(
      html`<ppid-informasi-berkala .data=${doc} .now=${SEKARANG}></ppid-informasi-berkala>`,
    );
    await tungguSampai(() => el.getAttribute('state') === 'ready');
    const entri = el.shadowRoot!.querySelectorAll('.entri');
    expect(entri.length, 'all entries rendered').to.equal(n);
    // The last entry is screens below the fold.
    expect(entri[n - 1]!.getBoundingClientRect().top).to.be.greaterThan(640 * 5);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

    const pohon = (await a11ySnapshot({})) as unknown as Simpul;
    const judul = kumpulkan(pohon, 'heading').filter((j) => j.startsWith('Laporan nomor '));
    const tautan = kumpulkan(pohon, 'link').filter((t) => t.startsWith('Unduhan '));
    expect(judul.length, 'entry headings in the tree').to.equal(n);
    expect(tautan.length, 'entry links in the tree').to.equal(n);
    await expect(el).to.be.accessible();
  });
});
