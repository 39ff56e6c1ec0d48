import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, setViewport } from '@web/test-runner-commands';
import '../../informasi-berkala/define.js';
import '../../daftar-informasi/define.js';
import type { PpidInformasiBerkala } from '../../informasi-berkala/informasi-berkala.js';
import type { PpidDaftarInformasi } from '../../daftar-informasi/daftar-informasi.js';
import { SEKARANG, dokumenUji, tungguSampai } from '../testing/data-uji.js';
import { LANGKAH_TAMPIL } from './batas.js';

// What a screen reader can reach: every entry the list renders is in the browser's accessibility tree, also
// the ones far below the screen. A blind reader moves by headings and opens a list of links; an entry left
// out of the tree (content-visibility: auto does that to entries it skips) is not there to find.

type Simpul = { role?: string; name?: string; description?: string; children?: Simpul[] };

/** Every link of the tree: its name and its description, as a screen reader's list of links offers it. */
function tautan(s: Simpul, hasil: string[] = []): string[] {
  if (s.role === 'link') hasil.push(`${s.name}, ${s.description ?? ''}`);
  for (const c of s.children ?? []) tautan(c, hasil);
  return hasil;
}

/** The page's links as the accessibility tree has them, once the frame after a render is drawn. */
async function daftarTautan(): Promise<string[]> {
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return tautan((await a11ySnapshot({})) as unknown as Simpul);
}

/** Two frames drawn: the one after a render, and the next. */
const duaBingkai = (): Promise<unknown> =>
  new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** Rendered, not skipped by content-visibility: auto (an entry out of view, in the frame that placed it). */
const utuh = (e: HTMLElement): boolean => e.checkVisibility({ contentVisibilityAuto: true });

/** The ids of a shadow root, each once. */
function idUnik(akar: ShadowRoot): string[] {
  const id = [...akar.querySelectorAll('[id]')].map((e) => e.id);
  expect(new Set(id).size, 'ids unique in the element').to.equal(id.length);
  return id;
}

function kumpulkan(s: Simpul, role: string, hasil: string[] = []): string[] {
  if (s.role === role && s.name) hasil.push(s.name);
  for (const c of s.children ?? []) kumpulkan(c, role, hasil);
  return hasil;
}

/**
 * The render's own frame lays out the entries on the screen, not those screens below (`LANGKAH_TAMPIL` of
 * them, "Laporan nomor …"); the next frame every one, in the accessibility tree too.
 */
async function bingkaiLaluSemua(judul: () => HTMLElement[]): Promise<void> {
  await new Promise((r) => requestAnimationFrame(r));
  expect(utuh(judul()[0]!), 'an entry on the screen').to.equal(true);
  expect(utuh(judul()[LANGKAH_TAMPIL - 1]!), 'an entry screens below').to.equal(false);
  await duaBingkai();
  expect(judul().every(utuh), 'every entry, the next frame').to.equal(true);
  const pohon = (await a11ySnapshot({})) as unknown as Simpul;
  expect(kumpulkan(pohon, 'heading').filter((j) => j.startsWith('Laporan nomor '))).to.have.length(
    LANGKAH_TAMPIL,
  );
}

describe('the lists in the accessibility tree', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('exposes the heading and the link of every rendered entry, also those far out of view', async () => {
    await setViewport({ width: 360, height: 640 });
    // One step of entries (batas.ts): all rendered at once.
    const n = LANGKAH_TAMPIL;
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

  it('a search leaves the entries it placed out of view for the next frame, then every one is in the tree; a printout renders all at once', async () => {
    await setViewport({ width: 360, height: 640 });
    const n = LANGKAH_TAMPIL * 2;
    const doc = dokumenUji(
      Array.from({ length: n }, (_, i) => ({ title: `${i % 2 ? 'Laporan' : 'Rencana'} nomor ${i + 1}` })),
    );
    const el = await fixture<PpidInformasiBerkala>(
      html`<ppid-informasi-berkala .data=${doc} .now=${SEKARANG}></ppid-informasi-berkala>`,
    );
    await tungguSampai(() => el.getAttribute('state') === 'ready');
    await duaBingkai();
    const judul = (): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.judul-entri')];
    expect(judul().every(utuh), 'the first render, a frame later').to.equal(true);
    const cari = el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
    cari.value = 'laporan';
    cari.dispatchEvent(new Event('input'));
    await el.updateComplete;
    await bingkaiLaluSemua(judul);
    cari.value = '';
    cari.dispatchEvent(new Event('input'));
    await el.updateComplete;
    window.dispatchEvent(new Event('beforeprint'));
    expect(judul()).to.have.length(n);
    expect(judul().every(utuh), 'every entry of the printout').to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
  });

  it('a tab opened again leaves its entries out of view for the next frame too, then every one is in the tree', async () => {
    await setViewport({ width: 360, height: 640 });
    const doc = dokumenUji([
      ...Array.from({ length: LANGKAH_TAMPIL }, (_, i) => ({ title: `Laporan nomor ${i + 1}` })),
      { title: 'Daftar Aset', category: 'setiap-saat' },
    ]);
    const el = await fixture<PpidDaftarInformasi>(
      html`<ppid-daftar-informasi .data=${doc} .now=${SEKARANG}></ppid-daftar-informasi>`,
    );
    await tungguSampai(() => el.getAttribute('state') === 'ready');
    const tab = (k: string): HTMLElement =>
      el.shadowRoot!.querySelector<HTMLElement>(`[role="tab"][data-kategori="${k}"]`)!;
    const judul = (): HTMLElement[] => [
      ...el.shadowRoot!.querySelectorAll<HTMLElement>(
        '[role="tabpanel"][data-kategori="berkala"] .judul-entri',
      ),
    ];
    tab('setiap-saat').click();
    await el.updateComplete;
    await duaBingkai();
    tab('berkala').click();
    await el.updateComplete;
    await bingkaiLaluSemua(judul);
  });

  // The data's own labels, "PDF" or "Unduh", forty times over in a screen reader's list of links: each link is
  // described by its entry's title, which tells them apart.
  it("describes each entry's links by the entry's title, with ids unique and kept across renders and tabs", async () => {
    const pdf = (n: string): { label: string; url: string }[] => [
      { label: 'PDF', url: `https://ppid.example.go.id/${n}.pdf` },
      { label: 'Unduh', url: `https://ppid.example.go.id/${n}.xlsx` },
    ];
    const doc = dokumenUji([
      { title: 'Laporan Keuangan 2025', fulfils: ['berkala.laporan-keuangan'], links: pdf('lk') },
      // Under two catalog items: in two of the panel's lists, each copy with its own id.
      {
        title: 'Profil dan Program 2026',
        fulfils: ['berkala.profil', 'berkala.ringkasan-program'],
        links: pdf('pp'),
      },
      { title: 'Daftar Aset', category: 'setiap-saat', links: pdf('aset') },
    ]);
    const el = await fixture<PpidInformasiBerkala>(
      html`<ppid-informasi-berkala .data=${doc} .now=${SEKARANG}></ppid-informasi-berkala>`,
    );
    await tungguSampai(() => el.getAttribute('state') === 'ready');
    const akar = el.shadowRoot!;
    expect(await daftarTautan()).to.deep.equal([
      'PDF, Profil dan Program 2026',
      'Unduh, Profil dan Program 2026',
      'PDF, Profil dan Program 2026',
      'Unduh, Profil dan Program 2026',
      'PDF, Laporan Keuangan 2025',
      'Unduh, Laporan Keuangan 2025',
    ]);
    const id = idUnik(akar);
    // A search and its clearing re-render the list: the same ids.
    const cari = akar.querySelector<HTMLInputElement>('[part="search"]')!;
    for (const q of ['laporan', '']) {
      cari.value = q;
      cari.dispatchEvent(new Event('input'));
      await el.updateComplete;
    }
    expect(idUnik(akar)).to.deep.equal(id);
    el.remove();

    const dip = await fixture<PpidDaftarInformasi>(
      html`<ppid-daftar-informasi .data=${doc} .now=${SEKARANG}></ppid-daftar-informasi>`,
    );
    await tungguSampai(() => dip.getAttribute('state') === 'ready');
    const tab = (i: number): HTMLElement => dip.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')[i]!;
    expect(await daftarTautan()).to.deep.equal([
      'PDF, Laporan Keuangan 2025',
      'Unduh, Laporan Keuangan 2025',
      'PDF, Profil dan Program 2026',
      'Unduh, Profil dan Program 2026',
    ]);
    const idBerkala = idUnik(dip.shadowRoot!);
    tab(2).click();
    await dip.updateComplete;
    expect(await daftarTautan()).to.deep.equal(['PDF, Daftar Aset', 'Unduh, Daftar Aset']);
    idUnik(dip.shadowRoot!);
    tab(0).click();
    await dip.updateComplete;
    expect(idUnik(dip.shadowRoot!), 'the same ids when its tab opens again').to.deep.equal(idBerkala);
  });

  // A tab shows its category and a bare number ("Berkala 26"); a screen reader heard "Informasi Berkala 26",
  // the two run together. It hears the category, then the count in the lists' own words. The same names
  // whether the tabs show their full or short labels (a wide element, a phone).
  for (const [lebar, tampil] of [
    [1280, 'full labels'],
    [360, 'short labels'],
  ] as const)
    it(`names each category tab by its category and its count in words, in id and en (${tampil})`, async () => {
      await setViewport({ width: lebar, height: 740 });
      const doc = dokumenUji([
        { title: 'Laporan Keuangan 2025' },
        { title: 'Profil Dinas' },
        { title: 'Peringatan Dini Banjir', category: 'serta-merta' },
      ]);
      const nama = async (lang: string): Promise<string[]> => {
        const el = await fixture<PpidDaftarInformasi>(
          html`<ppid-daftar-informasi lang=${lang} .data=${doc} .now=${SEKARANG}></ppid-daftar-informasi>`,
        );
        await tungguSampai(() => el.getAttribute('state') === 'ready');
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const tab = kumpulkan((await a11ySnapshot({})) as unknown as Simpul, 'tab');
        // Heard, not shown: the tab shows its label and the number only.
        for (const kata of el.shadowRoot!.querySelectorAll('.hitung-kata'))
          expect(kata.getBoundingClientRect().width, kata.textContent!).to.equal(0);
        el.remove();
        return tab;
      };
      expect(await nama('id')).to.deep.equal([
        'Informasi Berkala, 2 informasi',
        'Informasi Serta-merta, 1 informasi',
        'Informasi Setiap Saat, 0 informasi',
        'Informasi yang Dikecualikan, 0 informasi',
      ]);
      expect(await nama('en')).to.deep.equal([
        'Periodic information, 2 entries',
        'Immediate information, 1 entry',
        'Information available at any time, 0 entries',
        'Exempt information, 0 entries',
      ]);
    });
});
