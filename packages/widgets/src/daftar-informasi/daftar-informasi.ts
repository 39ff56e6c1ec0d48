import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { pilihTeks, infoKategori } from '@terbuka/sdk';
import type { Kategori } from '@terbuka/sdk';
import { DaftarElement } from '../internal/daftar/daftar-element.js';
import { daftarStyles } from '../internal/daftar/daftar.styles.js';
import type { BarisDIP } from '../internal/daftar/baris.js';
import { kelompokKategori } from '../internal/daftar/kelompok.js';
import { LANGKAH_TAMPIL } from '../internal/daftar/batas.js';
import { daftarEntri } from '../internal/daftar/tampilan.js';
import type { Konteks } from '../internal/daftar/tampilan.js';
import { formatAngka } from '../internal/format.js';
import { PESAN } from '../internal/pesan.js';
import { temaStyles } from '../internal/tema.styles.js';
import { daftarInformasiStyles } from './daftar-informasi.styles.js';

/** Scrolls the one-row tab list sideways (never the page) so the chosen tab is wholly in view. */
function tampakkanTab(tab: HTMLElement): void {
  const daftar = tab.parentElement;
  if (!daftar) return;
  const a = daftar.getBoundingClientRect();
  const b = tab.getBoundingClientRect();
  if (b.left < a.left) daftar.scrollLeft -= a.left - b.left;
  else if (b.right > a.right) daftar.scrollLeft += b.right - a.right;
}

/**
 * The whole DIP of an agency in four tabs, one per category, each with its count; excluded entries show
 * their Pasal 17 grounds, exclusion period and decision. Same engine as the informasi berkala panel.
 * @summary Daftar Informasi Publik (all categories).
 * @attr src - URL of the DIP (JSON or CSV)
 * @attr mode - `periksa` for the admin's checklist
 * @csspart tabs - the tab list
 * @csspart tab - one category tab, with its count
 * @csspart tabpanel - the entries of the chosen category
 */
export class PpidDaftarInformasi extends DaftarElement {
  static override styles = [temaStyles, daftarStyles, daftarInformasiStyles];

  /** The category whose tab is open. */
  @state() protected aktif: Kategori = 'berkala';

  protected judul() {
    return PESAN.judulDaftar;
  }

  protected relevan(baris: readonly BarisDIP[]): readonly BarisDIP[] {
    return baris;
  }

  private pilih(kategori: Kategori, fokus: boolean): void {
    if (kategori !== this.aktif) this.batas = LANGKAH_TAMPIL;
    this.aktif = kategori;
    void this.updateComplete.then(() => {
      const tab = this.renderRoot.querySelector<HTMLElement>(`[role="tab"][data-kategori="${kategori}"]`);
      if (!tab) return;
      if (fokus) tab.focus({ preventScroll: true });
      tampakkanTab(tab);
    });
  }

  private tombol(e: KeyboardEvent, daftar: readonly Kategori[]): void {
    const i = daftar.indexOf(this.aktif);
    const n = daftar.length;
    const ke: Record<string, number> = { ArrowRight: i + 1, ArrowLeft: i - 1 + n, Home: 0, End: n - 1 };
    const j = ke[e.key];
    if (j === undefined) return;
    e.preventDefault();
    this.pilih(daftar[j % n] as Kategori, true);
  }

  protected renderIsi(k: Konteks, tersaring: readonly BarisDIP[]): unknown {
    const kelompok = kelompokKategori(tersaring);
    const urutan = kelompok.map((g) => g.kategori);
    return html`<div
        part="tabs"
        role="tablist"
        aria-label=${this.t(PESAN.kategori)}
        @keydown=${(e: KeyboardEvent) => this.tombol(e, urutan)}
      >
        ${kelompok.map(
          (g) =>
            html`<button
              part="tab"
              role="tab"
              type="button"
              id="tab-${g.kategori}"
              data-kategori=${g.kategori}
              aria-selected=${g.kategori === this.aktif ? 'true' : 'false'}
              aria-controls="panel-${g.kategori}"
              tabindex=${g.kategori === this.aktif ? 0 : -1}
              @click=${() => this.pilih(g.kategori, false)}
            >
              <span class="nama">${pilihTeks(infoKategori(g.kategori).label, k.bahasa)}</span
              ><span class="nama-pendek" aria-hidden="true"
                >${pilihTeks(infoKategori(g.kategori).shortLabel, k.bahasa)}</span
              >
              <span class="hitung">${formatAngka(g.baris.length, k.bahasa)}</span>
            </button>`,
        )}
      </div>
      ${kelompok.map(
        (g) =>
          html`<div
            part="tabpanel"
            role="tabpanel"
            id="panel-${g.kategori}"
            aria-labelledby="tab-${g.kategori}"
            data-kategori=${g.kategori}
            ?hidden=${g.kategori !== this.aktif && !this.mencetak}
          >
            <p class="judul-cetak">${pilihTeks(infoKategori(g.kategori).label, k.bahasa)}</p>
            <p class="keterangan-kategori">${pilihTeks(infoKategori(g.kategori).description, k.bahasa)}</p>
            ${
              g.baris.length === 0
                ? html`<p class="kosong">${this.t(PESAN.tidakDitemukan)}</p>`
                : html`${daftarEntri(k, g.baris.slice(0, this.batasTampil), 3)}${
                    g.kategori === this.aktif
                      ? this.renderLagi(k, Math.min(g.baris.length, this.batasTampil), g.baris.length)
                      : nothing
                  }`
            }
          </div>`,
      )}`;
  }
}
