import { expect, fixture, html } from '@open-wc/testing';
import '../../informasi-berkala/define.js';
import '../../daftar-informasi/define.js';
import type { DaftarElement } from './daftar-element.js';
import { dokumenUji, SEKARANG, tungguSampai } from '../testing/data-uji.js';
import { pasangFetchPalsu } from '../testing/fetch-palsu.js';
import type { FetchPalsu } from '../testing/fetch-palsu.js';

// `heading-level` on both lists: the title at that level, every heading inside deeper (at most h6), in
// every state; a page that places the list under its own h2 or h3 keeps an unbroken outline.

const $ = (el: HTMLElement, sel: string): HTMLElement | null =>
  el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: HTMLElement, sel: string): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(sel),
];
/** The level of every heading in the element, in document order. */
const tingkat = (el: HTMLElement): number[] =>
  $$(el, 'h1, h2, h3, h4, h5, h6').map((h) => Number(h.localName[1]));
const tag = (el: HTMLElement, sel: string): string[] => $$(el, sel).map((h) => h.localName);

/** The outline starts at the title's level and never skips one going down (h3 → h5). */
function utuh(el: HTMLElement, judul: number): void {
  const t = tingkat(el);
  expect(t[0], 'the title comes first').to.equal(judul);
  t.forEach((n, i) => {
    expect(n, `heading ${i}`).to.be.at.least(judul);
    if (i > 0) expect(n, `heading ${i} after h${t[i - 1]}`).to.be.at.most(t[i - 1]! + 1);
  });
}

const DOC = dokumenUji([
  { title: 'Profil Dinas', fulfils: ['berkala.profil'] },
  { title: 'Laporan keuangan 2025', fulfils: ['berkala.ketenagakerjaan'] },
  { title: 'Daftar hadir rapat', updated: '2020-01-01' },
  { title: 'Agenda', category: 'setiap-saat' },
]);

async function siap<T extends DaftarElement>(t: ReturnType<typeof html>, status = 'ready'): Promise<T> {
  const el = await fixture<T>(t);
  el.jedaUlangMs = 10;
  await tungguSampai(
    () => el.state === status && $(el, '[part="base"]')?.getAttribute('aria-busy') === 'false',
  );
  if (el.mode === 'periksa') await tungguSampai(() => $(el, '[part="checklist"]') !== null);
  await el.updateComplete;
  return el;
}

let palsu: FetchPalsu | undefined;
let peringatan: string[] = [];
const asliWarn = console.warn;
beforeEach(() => {
  localStorage.clear();
  peringatan = [];
  console.warn = (...a: unknown[]) => void peringatan.push(a.join(' '));
});
afterEach(() => {
  console.warn = asliWarn;
  palsu?.pulihkan();
  palsu = undefined;
});

describe('heading-level on <ppid-informasi-berkala>', () => {
  it('3: the title is an h3, the groups h4, the entries h5; accessible', async () => {
    const el = await siap<DaftarElement>(
      html`<ppid-informasi-berkala heading-level="3" .data=${DOC} .now=${SEKARANG}></ppid-informasi-berkala>`,
    );
    expect(el.headingLevel).to.equal(3);
    expect($(el, '[part~="title"]')!.localName).to.equal('h3');
    expect($(el, '#judul')!.textContent).to.equal('Informasi Berkala');
    expect(tag(el, '[part~="group-title"]'))
      .to.have.length.above(1)
      .and.satisfy((t: string[]) => t.every((x) => x === 'h4'));
    expect(tag(el, '[part~="entry-title"]'))
      .to.have.length(3)
      .and.satisfy((t: string[]) => t.every((x) => x === 'h5'));
    expect($$(el, 'h2')).to.have.length(0);
    utuh(el, 3);
    expect(peringatan).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('without it: h2, h3, h4 as before', async () => {
    const el = await siap<DaftarElement>(
      html`<ppid-informasi-berkala .data=${DOC} .now=${SEKARANG}></ppid-informasi-berkala>`,
    );
    expect(el.headingLevel).to.equal(2);
    expect($(el, '#judul')!.localName).to.equal('h2');
    expect(new Set(tag(el, '[part~="group-title"]'))).to.deep.equal(new Set(['h3']));
    expect(new Set(tag(el, '[part~="entry-title"]'))).to.deep.equal(new Set(['h4']));
    utuh(el, 2);
  });

  it('the checklist (mode="periksa") one level below the title, its parts two', async () => {
    const el = await siap<DaftarElement>(
      html`<ppid-informasi-berkala
        heading-level="3"
        mode="periksa"
        .data=${DOC}
        .now=${SEKARANG}
      ></ppid-informasi-berkala>`,
    );
    expect($(el, '#judul-periksa')!.localName).to.equal('h4');
    const sub = tag(el, '.periksa .sub');
    expect(sub.length).to.be.at.least(3);
    expect(new Set(sub)).to.deep.equal(new Set(['h5']));
    utuh(el, 3);
    await expect(el).to.be.accessible();
  });

  it('loading, error and empty: the title at the level', async () => {
    palsu = pasangFetchPalsu(() => ({ gantung: true }));
    const memuat = await fixture<DaftarElement>(
      html`<ppid-informasi-berkala heading-level="4" src="/dip.json"></ppid-informasi-berkala>`,
    );
    await memuat.updateComplete;
    expect(memuat.state).to.equal('loading');
    expect(tingkat(memuat)).to.deep.equal([4]);
    palsu.pulihkan();
    palsu = pasangFetchPalsu(() => ({ putus: true }));
    const galat = await siap<DaftarElement>(
      html`<ppid-informasi-berkala heading-level="4" src="/lain.json"></ppid-informasi-berkala>`,
      'error',
    );
    expect(tingkat(galat)).to.deep.equal([4]);
    await expect(galat).to.be.accessible();
    const kosong = await siap<DaftarElement>(
      html`<ppid-informasi-berkala heading-level="4" .data=${dokumenUji([])}></ppid-informasi-berkala>`,
      'empty',
    );
    expect(tingkat(kosong)).to.deep.equal([4]);
  });

  it('changed later: the title, groups and entries follow; deeper than h6 stays h6', async () => {
    const el = await siap<DaftarElement>(
      html`<ppid-informasi-berkala heading-level="3" .data=${DOC} .now=${SEKARANG}></ppid-informasi-berkala>`,
    );
    el.setAttribute('heading-level', '5');
    await el.updateComplete;
    expect($(el, '#judul')!.localName).to.equal('h5');
    expect($(el, '#judul')!.textContent).to.equal('Informasi Berkala');
    // The list is still named by its title.
    expect($(el, '[part="body"]')!.getAttribute('aria-labelledby')).to.equal('judul');
    expect(new Set(tag(el, '[part~="group-title"]'))).to.deep.equal(new Set(['h6']));
    expect(new Set(tag(el, '[part~="entry-title"]'))).to.deep.equal(new Set(['h6']));
    el.headingLevel = 1;
    await el.updateComplete;
    expect(tingkat(el).slice(0, 3)).to.deep.equal([1, 2, 3]);
    expect($$(el, '#judul')).to.have.length(1);
    utuh(el, 1);
  });

  it('the level changes the outline, not the look', async () => {
    const rupa = (el: HTMLElement, sel: string): string => {
      const c = getComputedStyle($(el, sel)!);
      return `${c.fontSize} ${c.fontWeight} ${c.marginTop} ${c.marginBottom}`;
    };
    const dua = await siap<DaftarElement>(
      html`<ppid-informasi-berkala mode="periksa" .data=${DOC} .now=${SEKARANG}></ppid-informasi-berkala>`,
    );
    for (const n of ['1', '4', '6']) {
      const lain = await siap<DaftarElement>(
        html`<ppid-informasi-berkala
          heading-level=${n}
          mode="periksa"
          .data=${DOC}
          .now=${SEKARANG}
        ></ppid-informasi-berkala>`,
      );
      for (const sel of [
        '#judul',
        '[part~="group-title"]',
        '[part~="entry-title"]',
        '#judul-periksa',
        '.sub',
      ])
        expect(rupa(lain, sel), `${sel} at ${n}`).to.equal(rupa(dua, sel));
    }
  });

  for (const salah of ['0', '7', 'abc', '2.5'])
    it(`"${salah}" is not a level: h2, and one warning that names it`, async () => {
      const el = await siap<DaftarElement>(
        html`<ppid-informasi-berkala
          heading-level=${salah}
          .data=${DOC}
          .now=${SEKARANG}
        ></ppid-informasi-berkala>`,
      );
      expect($(el, '#judul')!.localName).to.equal('h2');
      expect(new Set(tag(el, '[part~="group-title"]'))).to.deep.equal(new Set(['h3']));
      // Later updates (a search) do not warn again.
      el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!.value = 'profil';
      $(el, '[part="search"]')!.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(peringatan).to.have.length(1);
      expect(peringatan[0]).to.contain(`heading-level "${salah}"`).and.contain('ppid-informasi-berkala');
    });
});

describe('heading-level on <ppid-daftar-informasi>', () => {
  it('3: the title is an h3, the entries h4; accessible', async () => {
    const el = await siap<DaftarElement>(
      html`<ppid-daftar-informasi heading-level="3" .data=${DOC} .now=${SEKARANG}></ppid-daftar-informasi>`,
    );
    expect($(el, '#judul')!.localName).to.equal('h3');
    expect(tag(el, '[part~="entry-title"]'))
      .to.have.length(3)
      .and.satisfy((t: string[]) => t.every((x) => x === 'h4'));
    utuh(el, 3);
    await expect(el).to.be.accessible();
  });

  it('without it: h2 and h3 as before; periksa at 3: the checklist h4, its parts h5', async () => {
    const el = await siap<DaftarElement>(
      html`<ppid-daftar-informasi .data=${DOC} .now=${SEKARANG}></ppid-daftar-informasi>`,
    );
    expect($(el, '#judul')!.localName).to.equal('h2');
    expect(new Set(tag(el, '[part~="entry-title"]'))).to.deep.equal(new Set(['h3']));
    const periksa = await siap<DaftarElement>(
      html`<ppid-daftar-informasi
        heading-level="3"
        mode="periksa"
        .data=${DOC}
        .now=${SEKARANG}
      ></ppid-daftar-informasi>`,
    );
    expect($(periksa, '#judul-periksa')!.localName).to.equal('h4');
    expect(new Set(tag(periksa, '.periksa .sub'))).to.deep.equal(new Set(['h5']));
    // The full DIP's uncovered items under their category: a level below.
    expect(tag(periksa, '.periksa .kategori')).to.not.be.empty;
    expect(new Set(tag(periksa, '.periksa .kategori'))).to.deep.equal(new Set(['h6']));
    utuh(periksa, 3);
  });

  it('"abc": h2, one warning', async () => {
    const el = await siap<DaftarElement>(
      html`<ppid-daftar-informasi heading-level="abc" .data=${DOC} .now=${SEKARANG}></ppid-daftar-informasi>`,
    );
    expect($(el, '#judul')!.localName).to.equal('h2');
    expect(peringatan).to.have.length(1);
    expect(peringatan[0]).to.contain('heading-level "abc"');
  });
});
