import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keTanggal, selisihHari, tanggalTerakhir } from '@terbuka/sdk';
import type { BadanPublik, DokumenDIP, JenisBadanPublik, Tanggal, Teks } from '@terbuka/sdk';
import { formatAngka, formatInstan, formatTanggal, bentukJamak } from '../format.js';
import { PESAN } from '../pesan.js';
import { TerbukaElement } from '../terbuka-element.js';
import { SumberDataController } from '../data/sumber-data.js';
import type { HasilData } from '../data/urai.js';
import { siapkanBaris } from './baris.js';
import type { BarisDIP } from './baris.js';
import { daftarTahun, saring } from './saring.js';
import { LANGKAH_TAMPIL } from './batas.js';
import { daftarMasalah } from './tampilan.js';
import type { Konteks } from './tampilan.js';

/** The state an element shows, reflected as its `state` attribute for page CSS and tests. */
export type StatusTampilan = 'loading' | 'ready' | 'empty' | 'error' | 'stale';

/**
 * The engine shared by every element that lists DIP entries: data source, search and year filter,
 * counts, states, the admin's problem list and printing. A subclass picks which entries are relevant
 * and how they are laid out.
 * @csspart base - the outer frame
 * @csspart header - title and agency name
 * @csspart title - the heading
 * @csspart toolbar - search, year filter and count
 * @csspart search - the search field
 * @csspart year - the year select
 * @csspart count - the "12 dari 48 informasi" line
 * @csspart body - the list area (scrolling inside only when `--ppid-height` is set)
 * @csspart notice - error, stale and partial-data notices
 * @csspart retry - the retry button
 * @csspart group - a group of entries
 * @csspart group-title - the heading of a group
 * @csspart entry - one entry
 * @csspart entry-title - the title of an entry
 * @csspart chip - the freshness chip; also chip-segar, chip-jatuh-tempo, chip-terlambat, chip-tanpa-tanggal
 * @csspart link - a link of an entry
 * @csspart checklist - the admin's checklist (mode="periksa")
 * @csspart more - the "show more" button after the first entries of a long list
 * @cssprop [--ppid-height=auto] - a length (`560px`) makes the list scroll inside; default: grows with the page (560px in mode="periksa")
 * @cssprop [--ppid-color-fresh=#116329] - text of the "Diperbarui …" chip
 * @cssprop [--ppid-color-fresh-background=#dff5e3] - background of the "Diperbarui …" chip
 * @cssprop [--ppid-color-due=#7a4b00] - text of the "Perlu diperbarui" chip
 * @cssprop [--ppid-color-due-background=#fff1c7] - background of the "Perlu diperbarui" chip
 * @cssprop [--ppid-color-overdue=#a1151f] - text of the "Terlambat diperbarui" chip
 * @cssprop [--ppid-color-overdue-background=#ffe3e3] - background of the "Terlambat diperbarui" chip
 */
export abstract class DaftarElement extends TerbukaElement {
  /** URL of a DIP as JSON or CSV (a published Google Sheets CSV link works). */
  @property() src?: string;
  /** A DIP document (or anything: it is validated) set from script; wins over `src`. */
  @property({ attribute: false }) data?: unknown;
  /** `periksa` shows the administrator's checklist. */
  @property({ reflect: true }) mode?: 'periksa' | string;
  /** For a CSV source, which names no public body: id, name and kind of the body. */
  @property() agency?: string;
  @property({ attribute: 'agency-name' }) agencyName?: string;
  @property({ attribute: 'agency-kind' }) agencyKind?: JenisBadanPublik;
  /** Request timeout in milliseconds (default 10 000). */
  @property({ type: Number }) timeout = 10_000;
  /** Days after the newest date in the data when it is shown as possibly out of date (default 365). */
  @property({ type: Number, attribute: 'stale-after' }) staleAfter = 365;
  /** The evaluation moment for freshness; defaults to the time the data is read. */
  @property({ attribute: false }) now?: Date;
  /** The shown state, reflected for styling: loading, ready, empty, error, stale. */
  @property({ reflect: true }) state: StatusTampilan = 'loading';

  @state() protected kueri = '';
  @state() protected tahun: number | undefined;
  @state() protected mencetak = false;
  /** How many entries the list renders now; grows as the reader nears the end (see batas.ts). */
  @state() protected batas = LANGKAH_TAMPIL;
  /** A list height is set (`--ppid-height`, or periksa mode): the list scrolls inside it. */
  @state() protected gulirDalam = false;

  protected readonly sumber = new SumberDataController(this);
  /** Pause before a retry; shortened by tests. */
  jedaUlangMs = 800;

  private barisCache: { doc: DokumenDIP; now: number; baris: BarisDIP[] } | undefined;
  private readonly sebelumCetak = (): void => this.cetakSemua(true);
  private readonly sesudahCetak = (): void => this.cetakSemua(false);
  private pengamatLagi: IntersectionObserver | undefined;
  private akarPengamat: Element | null = null;

  /** The heading of the element. */
  protected abstract judul(): Teks;
  /** The entries this element lists (the panel: berkala only). */
  protected abstract relevan(baris: readonly BarisDIP[]): readonly BarisDIP[];
  /** The list itself, given the filtered entries. */
  protected abstract renderIsi(
    k: Konteks,
    tersaring: readonly BarisDIP[],
    semua: readonly BarisDIP[],
  ): unknown;
  /** Extra items of the admin's checklist before the data problems. */
  protected renderPeriksaTambahan(_k: Konteks, _doc: DokumenDIP, _baris: readonly BarisDIP[]): unknown {
    return nothing;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.sebelumCetak);
    window.addEventListener('afterprint', this.sesudahCetak);
    // Back on the page after a removal (which aborted the request): read again.
    if (this.hasUpdated) void this.muatUlang();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.sebelumCetak);
    window.removeEventListener('afterprint', this.sesudahCetak);
    this.pengamatLagi?.disconnect();
    this.pengamatLagi = undefined;
  }

  /** Reads the source again (the retry button does this). */
  muatUlang(): Promise<void> {
    const inline = this.querySelector(
      ':scope > script[type="application/json"], :scope > script[type="text/csv"]',
    );
    return this.sumber.muat({
      ...(this.data !== undefined ? { data: this.data } : {}),
      ...(inline
        ? { inline: { teks: inline.textContent ?? '', contentType: inline.getAttribute('type') ?? '' } }
        : {}),
      ...(this.src ? { src: this.src } : {}),
      timeoutMs: this.timeout,
      jedaMs: this.jedaUlangMs,
      ...(this.badanCSV() ? { agency: this.badanCSV() as BadanPublik } : {}),
    });
  }

  /** A CSV names no body: without agency attributes the SDK's placeholder is not shown to the public. */
  private namaBadanDikenal(): boolean {
    return this.sumber.hasil?.format !== 'csv' || this.badanCSV() !== undefined;
  }

  private badanCSV(): BadanPublik | undefined {
    if (!this.agency && !this.agencyName && !this.agencyKind) return undefined;
    return {
      id: this.agency || 'badan-publik',
      name: this.agencyName || this.agency || 'Badan Publik',
      kind: this.agencyKind ?? 'opd',
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      !this.hasUpdated ||
      changed.has('src') ||
      changed.has('data') ||
      changed.has('agency') ||
      changed.has('agencyName') ||
      changed.has('agencyKind')
    )
      void this.muatUlang();
    const diubah = changed as Map<PropertyKey, unknown>; // private states are not in PropertyValues' keys
    if (diubah.has('kueri') || diubah.has('tahun')) this.batas = LANGKAH_TAMPIL;
    const sebelum = this.state;
    this.state = this.hitungStatus();
    if (!this.hasUpdated || this.state !== sebelum || changed.has('mode')) {
      // The page's --ppid-height, else the styles' default: auto, 560px in mode="periksa".
      const tinggi = getComputedStyle(this).getPropertyValue('--ppid-height').trim();
      this.gulirDalam = tinggi === '' ? this.mode === 'periksa' : tinggi !== 'auto';
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Near the end of the rendered entries (within a screen of the page, or of the list's own scroll
    // area when it has a fixed height), render more.
    const lagi = this.renderRoot.querySelector('.lagi');
    this.pengamatLagi?.disconnect();
    if (!lagi || typeof IntersectionObserver === 'undefined') return;
    const akar = this.gulirDalam ? this.renderRoot.querySelector('.isi') : null;
    if (akar !== this.akarPengamat) this.pengamatLagi = undefined;
    this.akarPengamat = akar;
    this.pengamatLagi ??= new IntersectionObserver(
      (e) => {
        if (e.some((x) => x.isIntersecting)) this.batas += LANGKAH_TAMPIL;
      },
      { root: akar, rootMargin: '0px 0px 100% 0px' },
    );
    this.pengamatLagi.observe(lagi);
  }

  /** Entries to render now: all when printing. */
  protected get batasTampil(): number {
    return this.mencetak ? Infinity : this.batas;
  }

  /** After a cut list: how many are shown, and a button for the next step (also reached by scrolling). */
  protected renderLagi(k: Konteks, tampil: number, total: number): unknown {
    if (tampil >= total) return nothing;
    return html`<div class="lagi">
      <button part="more" type="button" @click=${() => (this.batas += LANGKAH_TAMPIL)}>
        ${this.t(PESAN.tampilkanLagi, {
          n: formatAngka(Math.min(LANGKAH_TAMPIL, total - tampil), k.bahasa),
          tampil: formatAngka(tampil, k.bahasa),
          total: formatAngka(total, k.bahasa),
        })}
      </button>
    </div>`;
  }

  /** Prints every entry: filters and tabs are set aside for the printout. */
  private cetakSemua(ya: boolean): void {
    this.mencetak = ya;
    // The printout is taken right after beforeprint: render now, not in a microtask.
    this.requestUpdate();
    this.performUpdate();
  }

  protected get konteks(): Konteks {
    return { bahasa: this.bahasa };
  }

  protected get dokumen(): DokumenDIP | undefined {
    return this.sumber.hasil?.document;
  }

  /** Prepared entries, recomputed only when the document or the clock changes. */
  protected get semuaBaris(): BarisDIP[] {
    const doc = this.dokumen;
    if (!doc) return [];
    const now = this.now ?? new Date();
    if (this.barisCache?.doc !== doc || (this.now && this.barisCache.now !== now.getTime())) {
      this.barisCache = { doc, now: now.getTime(), baris: siapkanBaris(doc, now) };
    }
    return this.barisCache.baris;
  }

  /** The newest date the data carries, when it is older than `stale-after` days. */
  private tanggalLama(doc: DokumenDIP): Tanggal | undefined {
    let terbaru: Tanggal | undefined = doc.decision?.date;
    for (const e of doc.items) {
      const t = tanggalTerakhir(e)?.date;
      if (t && (!terbaru || t > terbaru)) terbaru = t;
    }
    if (!terbaru) return undefined;
    const hariIni = keTanggal(this.now ?? new Date(), doc.agency.timeZone);
    return selisihHari(terbaru, hariIni) > this.staleAfter ? terbaru : undefined;
  }

  private hitungStatus(): StatusTampilan {
    const s = this.sumber;
    const doc = this.dokumen;
    if (!doc) return !s.selesai || s.sibuk ? 'loading' : 'error';
    if (s.salinanDari && !s.sibuk) return 'stale';
    if (s.galat) return 'stale';
    if (this.tanggalLama(doc)) return 'stale';
    return this.relevan(this.semuaBaris).length === 0 ? 'empty' : 'ready';
  }

  private renderPemberitahuan(k: Konteks, hasil: HasilData | undefined): unknown {
    const s = this.sumber;
    const doc = this.dokumen;
    const ulang = html`<button part="retry" type="button" class="ulang" @click=${() => void this.muatUlang()}>
      ${this.t(PESAN.cobaLagi)}
    </button>`;
    const catatan: TemplateResult[] = [];
    if (s.galat && !s.sibuk) {
      const salinan = s.salinanDari
        ? ` ${this.t(PESAN.salinanTersimpan, { tanggal: formatInstan(s.salinanDari, k.bahasa) })}`
        : '';
      catatan.push(
        html`<div part="notice" class="pemberitahuan galat" role="alert">
          <p>${this.t(s.galat)}${salinan}</p>
          ${s.galat === PESAN.tanpaSumber ? nothing : ulang}
        </div>`,
      );
    } else if (s.salinanDari && !s.sibuk) {
      catatan.push(
        html`<div part="notice" class="pemberitahuan basi" role="status">
          <p>${this.t(PESAN.salinanTersimpan, { tanggal: formatInstan(s.salinanDari, k.bahasa) })}</p>
          ${ulang}
        </div>`,
      );
    }
    const lama = doc ? this.tanggalLama(doc) : undefined;
    if (lama)
      catatan.push(
        html`<div part="notice" class="pemberitahuan basi" role="status">
          <p>${this.t(PESAN.dataLama, { tanggal: formatTanggal(lama, k.bahasa) })}</p>
        </div>`,
      );
    if (hasil && hasil.omitted > 0 && this.mode !== 'periksa')
      catatan.push(
        html`<div part="notice" class="pemberitahuan info" role="status">
          <p>${this.t(PESAN.sebagianDisembunyikan, { n: formatAngka(hasil.omitted, k.bahasa) })}</p>
        </div>`,
      );
    return catatan;
  }

  private renderAlat(k: Konteks, semua: readonly BarisDIP[], tersaring: readonly BarisDIP[]): TemplateResult {
    const siap = this.dokumen !== undefined;
    const tahun = daftarTahun(semua);
    const jumlah = bentukJamak(semua.length, k.bahasa) === 'one' ? PESAN.jumlahSatu : PESAN.jumlah;
    return html`<div part="toolbar" class="alat">
      <label class="cari">
        <span class="label">${this.t(PESAN.cari)}</span>
        <input
          part="search"
          type="search"
          .value=${this.kueri}
          placeholder=${this.t(PESAN.cariPetunjuk)}
          ?disabled=${!siap}
          @input=${(e: Event) => (this.kueri = (e.target as HTMLInputElement).value)}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === 'Escape' && this.kueri !== '') {
              e.preventDefault();
              this.kueri = '';
            }
          }}
        />
      </label>
      <label class="tahun">
        <span class="label">${this.t(PESAN.tahun)}</span>
        <select
          part="year"
          ?disabled=${!siap}
          @change=${(e: Event) => {
            const v = (e.target as HTMLSelectElement).value;
            this.tahun = v === '' ? undefined : Number(v);
          }}
        >
          <option value="" ?selected=${this.tahun === undefined}>${this.t(PESAN.semuaTahun)}</option>
          ${tahun.map((t) => html`<option value=${t} ?selected=${this.tahun === t}>${t}</option>`)}
        </select>
      </label>
      <p part="count" class="jumlah" role="status" aria-live="polite">
        ${
          siap
            ? this.t(jumlah, {
                n: formatAngka(tersaring.length, k.bahasa),
                total: formatAngka(semua.length, k.bahasa),
              })
            : nothing
        }
      </p>
    </div>`;
  }

  private renderMemuat(): TemplateResult {
    return html`<div class="memuat" aria-hidden="true">
        ${[0, 1, 2, 3].map(() => html`<div class="kerangka"></div>`)}
      </div>
      <p class="sr-only">${this.t(PESAN.memuat)}</p>`;
  }

  override render(): TemplateResult {
    const k = this.konteks;
    const s = this.sumber;
    const doc = this.dokumen;
    const semua = this.relevan(this.semuaBaris);
    const tersaring = this.mencetak
      ? semua
      : saring(semua, { kueri: this.kueri, ...(this.tahun !== undefined ? { tahun: this.tahun } : {}) });
    let isi: unknown;
    if (!doc) isi = this.state === 'loading' ? this.renderMemuat() : nothing;
    else if (semua.length === 0) isi = html`<p class="kosong">${this.t(PESAN.kosong)}</p>`;
    else if (tersaring.length === 0) isi = html`<p class="kosong">${this.t(PESAN.tidakDitemukan)}</p>`;
    else isi = this.renderIsi(k, tersaring, semua);
    const periksa = this.mode === 'periksa' && (doc || s.terakhir);
    return html`<div
      part="base"
      class=${this.gulirDalam ? 'dasar gulir' : 'dasar'}
      aria-busy=${s.sibuk ? 'true' : 'false'}
    >
      <div part="header" class="kepala">
        <h2 part="title" id="judul">${this.t(this.judul())}</h2>
        <p class="badan">${doc && this.namaBadanDikenal() ? doc.agency.name : nothing}</p>
      </div>
      ${this.renderAlat(k, semua, tersaring)}
      <div
        part="body"
        class="isi"
        role="region"
        tabindex=${this.gulirDalam ? '0' : nothing}
        aria-labelledby="judul"
      >
        ${this.renderPemberitahuan(k, s.hasil)} ${isi}
      </div>
      ${
        periksa
          ? html`<section part="checklist" class="periksa" aria-labelledby="judul-periksa">
              <h3 id="judul-periksa">${this.t(PESAN.periksa)}</h3>
              <p class="catatan">${this.t(PESAN.periksaKeterangan)}</p>
              ${doc ? this.renderPeriksaTambahan(k, doc, this.semuaBaris) : nothing}
              <h4>${this.t(PESAN.masalahImpor)}</h4>
              ${daftarMasalah(k, s.terakhir?.errors ?? [], s.terakhir?.warnings ?? [])}
            </section>`
          : nothing
      }
    </div>`;
  }
}
