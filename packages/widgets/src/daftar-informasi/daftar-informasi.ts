import { pilihTeks, infoKategori } from '@terbuka/sdk';
import type { Kategori } from '@terbuka/sdk';
import { DaftarElement, atur, tombol, tulis } from '../internal/daftar/daftar-element.js';
import { muatPeriksaSemua } from '../internal/daftar/muat-periksa.js';
import type * as PeriksaSemua from '../internal/daftar/periksa-semua.js';
import { DAFTAR_CSS } from '../internal/daftar/daftar.styles.js';
import type { BarisDIP } from '../internal/daftar/baris.js';
import { kelompokKategori } from '../internal/daftar/kelompok.js';
import { LANGKAH_TAMPIL } from '../internal/daftar/batas.js';
import { rincianPengecualian } from '../internal/daftar/pengecualian.js';
import { DaftarEntri } from '../internal/daftar/tampilan.js';
import type { Konteks } from '../internal/daftar/tampilan.js';
import { samakan } from '../internal/daftar/tampilan.js';
import { h } from '../internal/dom.js';
import { bentukJamak, formatAngka } from '../internal/format.js';
import { TEMA_CSS } from '../internal/tema-css.js';
import { DAFTAR_INFORMASI_CSS } from './daftar-informasi.styles.js';

// The full DIP's own words (the panel does not carry them).
const JUDUL = { id: 'Daftar Informasi Publik', en: 'Public Information List' };
const LABEL_TAB = { id: 'Kategori informasi', en: 'Information categories' };
// An empty tab: nothing searched, or a search that finds entries only in other tabs ({daftar}: COCOK_DI).
const KOSONG_KATEGORI = {
  id: 'Belum ada informasi dalam kategori ini.',
  en: 'There is no information in this category yet.',
};
// With faulty entries hidden (the notice counts them over the DIP: a hidden row's category may be its fault).
const KOSONG_KATEGORI_TERSEMBUNYI = {
  id: 'Belum ada informasi dalam kategori ini yang dapat ditampilkan.',
  en: 'No information in this category can be shown yet.',
};
const COCOK_LAIN = {
  id: 'Tidak ada yang cocok di tab ini; {daftar}.',
  en: 'Nothing in this tab matches; found {daftar}.',
};
const COCOK_DI = { id: '{n} cocok di {tab}', en: '{n} in {tab}' };
// A tab's count as a screen reader hears it, after the category's name: the count line's words (PESAN.jumlah).
const JUMLAH_TAB = { id: ', {n} informasi', en: ', {n} entries' };
const JUMLAH_TAB_SATU = { id: ', {n} informasi', en: ', {n} entry' };

/**
 * Scrolls the tab list sideways (never the page) so the chosen tab is wholly in view: only needed when
 * one tab is wider than the element (a very large font in a tiny column); otherwise the tabs wrap.
 */
function tampakkanTab(tab: HTMLElement): void {
  const daftar = tab.parentElement;
  if (!daftar) return;
  const a = daftar.getBoundingClientRect();
  const b = tab.getBoundingClientRect();
  if (b.left < a.left) daftar.scrollLeft -= a.left - b.left;
  else if (b.right > a.right) daftar.scrollLeft += b.right - a.right;
}

/** One category: its tab and its panel, kept for the element's life. */
interface Kolom {
  readonly tab: HTMLElement;
  /** The full label's text (in `.nama`, before `hitungKata`). */
  readonly nama: Text;
  readonly pendek: HTMLElement;
  readonly hitung: HTMLElement;
  /** The count in words, in the name's text: heard, not shown (the shown number is hidden from readers). */
  readonly hitungKata: HTMLElement;
  readonly panel: HTMLElement;
  readonly judulCetak: HTMLElement;
  readonly keterangan: HTMLElement;
  readonly kosong: HTMLElement;
  readonly daftar: DaftarEntri;
}

/**
 * The whole DIP of an agency in four tabs, one per category, each with its count; excluded entries show
 * their Pasal 17 grounds, exclusion period and decision. Same engine as the informasi berkala panel.
 * @summary Daftar Informasi Publik (all categories).
 * @attr src - URL of the DIP (JSON or CSV)
 * @attr {'periksa'} mode - `periksa` for the admin's view: the mandatory items of every category not yet in the DIP, and every data problem
 * @csspart tabs - the tab list
 * @csspart tab - one category tab, with its count
 * @csspart tabpanel - the entries of the chosen category
 */
export class PpidDaftarInformasi extends DaftarElement<typeof PeriksaSemua> {
  // Excluded entries are shown here by design: their details come with the element, not with import().
  protected override pengecualian = rincianPengecualian;
  /** The category whose tab is open. */
  protected aktif: Kategori = 'berkala';
  #urutan: readonly Kategori[] = [];
  #daftarTab: HTMLElement | undefined;
  readonly #kolom = new Map<Kategori, Kolom>();

  protected judul() {
    return JUDUL;
  }

  protected relevan(baris: readonly BarisDIP[]): readonly BarisDIP[] {
    return baris;
  }

  #pilih(kategori: Kategori, fokus: boolean): void {
    if (kategori !== this.aktif) this.batas = LANGKAH_TAMPIL;
    this.aktif = kategori;
    this.requestUpdate('aktif');
    void this.updateComplete.then(() => {
      const tab = this.#kolom.get(kategori)?.tab;
      if (!tab?.isConnected) return;
      if (fokus) tab.focus({ preventScroll: true });
      tampakkanTab(tab);
    });
  }

  #tombol(e: KeyboardEvent): void {
    const daftar = this.#urutan;
    const i = daftar.indexOf(this.aktif);
    const n = daftar.length;
    const ke: Record<string, number> = { ArrowRight: i + 1, ArrowLeft: i - 1 + n, Home: 0, End: n - 1 };
    const j = ke[e.key];
    if (j === undefined) return;
    e.preventDefault();
    this.#pilih(daftar[j % n] as Kategori, true);
  }

  #buatKolom(kategori: Kategori): Kolom {
    // The tab's name is its text: the full label, then the count in words (a bare number ran into the
    // label: "Informasi Berkala 26"), in the label's own line, so no space comes before the comma.
    const nama = document.createTextNode('');
    const pendek = h('span', { class: 'nama-pendek', 'aria-hidden': 'true' });
    const hitung = h('span', { class: 'hitung', 'aria-hidden': 'true' });
    const hitungKata = h('span', { class: 'hitung-kata' });
    const tab = tombol(
      {
        part: 'tab',
        role: 'tab',
        id: `tab-${kategori}`,
        'data-kategori': kategori,
        'aria-controls': `panel-${kategori}`,
      },
      '',
      () => this.#pilih(kategori, false),
    );
    tab.append(h('span', { class: 'nama' }, nama, hitungKata), pendek, hitung);
    const judulCetak = h('p', { class: 'judul-cetak' });
    const keterangan = h('p', { class: 'keterangan-kategori' });
    // Focusable (ARIA tabs pattern): Tab from the tab lands in the panel, even one with no link in it.
    const panel = h('div', {
      part: 'tabpanel',
      role: 'tabpanel',
      id: `panel-${kategori}`,
      'aria-labelledby': `tab-${kategori}`,
      'data-kategori': kategori,
      tabindex: 0,
    });
    const kosong = h('p', { class: 'kosong' });
    return {
      tab,
      nama,
      pendek,
      hitung,
      hitungKata,
      panel,
      judulCetak,
      keterangan,
      kosong,
      daftar: new DaftarEntri(),
    };
  }

  /**
   * The full DIP's checklist (periksa-semua.ts): the uncovered mandatory items of every category, not
   * berkala only, by the whole catalog core; its berkala entries past their cadence, as the panel's.
   */
  protected muatPeriksa(): Promise<typeof PeriksaSemua> {
    return muatPeriksaSemua();
  }

  /** Each tab panel takes focus and scrolls the list area with the arrow keys: the area is no tab stop. */
  protected override get isiDapatDifokus(): boolean {
    return false;
  }

  /**
   * For an open tab a search or year left empty while other tabs have matches: which tabs, and how many.
   * Said in the empty tab and after the count (its live region), so a screen reader hears it too.
   */
  #cocokLain(k: Konteks, tersaring: readonly BarisDIP[], semua: readonly BarisDIP[]): string {
    if (tersaring.length === semua.length || tersaring.some((b) => b.entry.category === this.aktif))
      return '';
    const cocok = kelompokKategori(tersaring)
      .filter((g) => g.baris.length > 0)
      .map((g) =>
        this.t(COCOK_DI, {
          n: formatAngka(g.baris.length, k.bahasa),
          tab: pilihTeks(infoKategori(g.kategori).label, k.bahasa),
        }),
      )
      .join(', ');
    return this.t(COCOK_LAIN, { daftar: cocok });
  }

  protected override keteranganJumlah(
    k: Konteks,
    tersaring: readonly BarisDIP[],
    semua: readonly BarisDIP[],
  ): string {
    return tersaring.length > 0 ? this.#cocokLain(k, tersaring, semua) : '';
  }

  protected renderIsi(k: Konteks, tersaring: readonly BarisDIP[], semua: readonly BarisDIP[]): Node[] {
    const kelompok = kelompokKategori(tersaring);
    this.#urutan = kelompok.map((g) => g.kategori);
    if (!this.#daftarTab) {
      this.#daftarTab = h('div', { part: 'tabs', role: 'tablist' });
      this.#daftarTab.addEventListener('keydown', (e) => this.#tombol(e));
    }
    atur(this.#daftarTab, 'aria-label', this.t(LABEL_TAB));
    const panel = kelompok.map((g) => {
      const kat = g.kategori;
      let c = this.#kolom.get(kat);
      if (!c) this.#kolom.set(kat, (c = this.#buatKolom(kat)));
      const info = infoKategori(kat);
      const buka = kat === this.aktif;
      tulis(c.nama, pilihTeks(info.label, k.bahasa));
      tulis(
        c.hitungKata,
        this.t(bentukJamak(g.baris.length, k.bahasa) === 'one' ? JUMLAH_TAB_SATU : JUMLAH_TAB, {
          n: formatAngka(g.baris.length, k.bahasa),
        }),
      );
      tulis(c.pendek, pilihTeks(info.shortLabel, k.bahasa));
      tulis(c.hitung, formatAngka(g.baris.length, k.bahasa));
      atur(c.tab, 'aria-selected', buka ? 'true' : 'false');
      atur(c.tab, 'tabindex', buka ? '0' : '-1');
      c.panel.hidden = !buka && !this.mencetak;
      tulis(c.judulCetak, pilihTeks(info.label, k.bahasa));
      tulis(c.keterangan, pilihTeks(info.description, k.bahasa));
      if (g.baris.length === 0)
        tulis(
          c.kosong,
          (buka && this.#cocokLain(k, tersaring, semua)) ||
            this.t(this.sumber.hasil?.omitted ? KOSONG_KATEGORI_TERSEMBUNYI : KOSONG_KATEGORI),
        );
      // Only the open panel holds its entries (all of them when printing): a hidden panel built too made
      // every keystroke and tab click rebuild three times what anyone sees (about 130 ms a tab click on a
      // budget phone). Its entries' nodes are kept, and put back when its tab opens.
      samakan(c.panel, [
        c.judulCetak,
        c.keterangan,
        ...(g.baris.length === 0
          ? [c.kosong]
          : buka || this.mencetak
            ? [
                c.daftar.isi(k, g.baris.slice(0, this.batasTampil), 1),
                ...(buka
                  ? this.renderLagi(k, Math.min(g.baris.length, this.batasTampil), g.baris.length)
                  : []),
              ]
            : []),
      ]);
      return c.panel;
    });
    samakan(
      this.#daftarTab,
      kelompok.map((g) => this.#kolom.get(g.kategori)!.tab),
    );
    return [this.#daftarTab, ...panel];
  }
}

PpidDaftarInformasi.css = TEMA_CSS + DAFTAR_CSS + DAFTAR_INFORMASI_CSS;
