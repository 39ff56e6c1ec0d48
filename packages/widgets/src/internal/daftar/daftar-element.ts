import {
  bacaBasiSetelah,
  bacaTimeout,
  badanDariAtribut,
  keTanggal,
  selisihHari,
  tanggalTerakhir,
} from '@terbuka/sdk';
import type {
  BadanPublik,
  Bahasa,
  DokumenDIP,
  JenisBadanPublik,
  KatalogInti,
  Tanggal,
  Teks,
} from '@terbuka/sdk';
import { formatAngka, formatTanggal, formatWaktu, bentukJamak, zonaBadan } from '../format.js';
import { PESAN } from '../pesan.js';
import { ElemenTetap } from '../elemen-tetap.js';
import { h } from '../dom.js';
import { fokusSekali } from '../fokus.js';
import type { Atribut } from '../dom.js';
import { TEMA_CSS } from '../tema-css.js';
import { kataEn, tungguKataEn } from '../kata-en.js';
import { tingkatJudul } from '../tingkat-judul.js';
import { SumberDataController } from '../data/sumber-data.js';
import type { HasilData } from '../data/urai.js';
import { siapkanBaris } from './baris.js';
import { intiUntuk } from './katalog.js';
import type { BarisDIP } from './baris.js';
import { daftarTahun, saring } from './saring.js';
import { BATAS_OTOMATIS, LANGKAH_TAMPIL } from './batas.js';
import { samakan } from './tampilan.js';
import type * as periksa from './periksa.js';
import type { Konteks } from './tampilan.js';
import { DAFTAR_CSS } from './daftar.styles.js';

/**
 * How long typing pauses before the count is announced (ms): longer than the gap between a typist's keys
 * (about 150–300 ms; 400–500 ms for a slow typist on a phone), short enough that the count follows a pause
 * before the reader moves on (under a second).
 */
const JEDA_SUARA = 700;

/**
 * The checklist's module, loaded in periksa mode only: periksa.ts, or a module that adds to it (the full
 * DIP's, periksa-semua.ts).
 */
export type ModulPeriksa = typeof periksa;

/** The state an element shows, reflected as its `state` attribute for page CSS and tests. */
export type StatusTampilan = 'loading' | 'ready' | 'empty' | 'error' | 'stale';

/** Sets a text only when it differs (an unchanged live region is not announced again). */
export function tulis(el: Node, teks: string): void {
  if (el.textContent !== teks) el.textContent = teks;
}

/** Sets an attribute only when it differs; `null` removes it. */
export function atur(el: Element, nama: string, nilai: string | null): void {
  if (nilai === null) el.removeAttribute(nama);
  else if (el.getAttribute(nama) !== nilai) el.setAttribute(nama, nilai);
}

/** A `type="button"` that runs `klik`. */
export function tombol(a: Atribut, teks: string, klik: () => void): HTMLButtonElement {
  const b = h('button', { type: 'button', ...a }, teks);
  b.addEventListener('click', klik);
  return b as HTMLButtonElement;
}

/** The parts that stay for the element's life: the search field is never rebuilt while typing. */
interface Kerangka {
  readonly dasar: HTMLElement;
  readonly kepala: HTMLElement;
  /** Replaced when `heading-level` changes. */
  judul: HTMLElement;
  readonly badan: HTMLElement;
  /** On paper: the printing date and the DIP's decision (empty on screen). */
  readonly cetak: HTMLElement;
  readonly alat: HTMLElement;
  readonly labelCari: HTMLElement;
  readonly cari: HTMLInputElement;
  readonly labelTahun: HTMLElement;
  readonly tahun: HTMLSelectElement;
  /** The count's text, shown (hidden from screen readers: `suara` says it). */
  readonly jumlah: Text;
  /** What a screen reader hears of the count: the count, then keteranganJumlah (see #umumkan). */
  readonly suara: HTMLElement;
  readonly isi: HTMLElement;
  readonly kosong: HTMLElement;
}

/**
 * Entries prepared per document, shared by the elements that show it (see semuaBaris), for a day and a
 * catalog core: the same document read again once the catalog's phrases loaded is placed again.
 */
interface BarisSiap {
  readonly kunci: number | string;
  readonly inti: KatalogInti;
  readonly baris: BarisDIP[];
}
const BARIS_BERSAMA = new WeakMap<DokumenDIP, BarisSiap>();

/** Nodes rebuilt only when what they show changed (compared by identity). */
class Ingat<T> {
  #kunci: readonly unknown[] | undefined;
  #nilai: T | undefined;
  ambil(kunci: readonly unknown[], buat: () => T): T {
    if (!this.#kunci || kunci.some((x, i) => !Object.is(x, this.#kunci![i]))) {
      this.#kunci = kunci;
      this.#nilai = buat();
    }
    return this.#nilai!;
  }
}

/**
 * The engine shared by every element that lists DIP entries: data source, search and year filter,
 * counts, states, the admin's problem list and printing. A subclass picks which entries are relevant
 * and how they are laid out. Built without Lit (internal/elemen-tetap.ts): its DOM is made once and
 * updated in place; entries are reused while the reader searches (tampilan.ts, DaftarEntri).
 * @attr src - URL of a DIP as JSON or CSV (a published Google Sheets CSV link works)
 * @attr {'periksa'} mode - `periksa` for the administrator's checklist
 * @attr agency - with a CSV, which names no body: the body's id
 * @attr agency-name - with a CSV: the body's name
 * @attr {'opd' | 'kecamatan' | 'kelurahan' | 'desa' | 'lainnya'} agency-kind - with a CSV: the body's kind (opd, kecamatan, kelurahan, desa, lainnya)
 * @attr {'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura' | 'WIB' | 'WITA' | 'WIT'} agency-timezone - with a CSV: the body's time zone, which sets "today" for freshness: `Asia/Jakarta`
 * (WIB, default), `Asia/Makassar` (WITA), `Asia/Jayapura` (WIT); `WIB`, `WITA`, `WIT` work too. Another value
 * falls back to WIB (mode="periksa" says so). With any source, the zone a saved copy's time is told in (else
 * the DIP's `agency.timeZone`, else WIB).
 * @attr timeout - how long a request may stay silent (no answer yet, or no new byte), in whole ms from 1 (default 10000, also for another value)
 * @attr stale-after - whole days (from 0) after the newest date in the data when it is shown as possibly out of date (default 365, also for another value)
 * @attr {number} heading-level - the level of the title, 1–6 (default 2): the page's outline decides it (3 under the page's own h2); every heading inside is deeper, at most h6. Another value: 2, with a console warning
 * @attr {'loading' | 'ready' | 'empty' | 'error' | 'stale'} state - reflected, read it: loading, ready, empty, error, stale
 * @attr {'terang' | 'gelap' | 'otomatis'} theme - `terang` (default), `gelap`, `otomatis`
 * @attr {'id' | 'en'} lang - `id` or `en`; else the nearest ancestor's `lang`; else `id`
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
 * @csspart chip - the freshness chip (with one of the six below)
 * @csspart chip-segar - the chip of an entry updated within its cadence
 * @csspart chip-diperbarui - the chip of an entry with no update schedule (its age only)
 * @csspart chip-jatuh-tempo - the chip of an entry due for updating
 * @csspart chip-terlambat - the chip of an entry overdue
 * @csspart chip-tanpa-tanggal - the chip of an entry with no date
 * @csspart chip-bertanggal - the chip of an entry dated after today
 * @csspart link - a link of an entry
 * @csspart checklist - the admin's checklist (mode="periksa")
 * @csspart more - the "show more" button after the first entries of a long list
 * @cssprop [--ppid-font-family=system-ui] - font stack
 * @cssprop [--ppid-font-size=medium] - base font size (default: the reader's browser setting, usually 16px)
 * @cssprop [--ppid-color-text=#1b1f24] - text colour
 * @cssprop [--ppid-color-muted=#525a63] - secondary text colour
 * @cssprop [--ppid-color-background=#ffffff] - background colour
 * @cssprop [--ppid-color-surface=#f3f5f7] - colour of cards and notices
 * @cssprop [--ppid-color-border=#c9d1d9] - border colour
 * @cssprop [--ppid-color-accent=#0a58a8] - buttons and links
 * @cssprop [--ppid-color-accent-text=#ffffff] - text on the accent colour
 * @cssprop [--ppid-radius=8px] - corner radius
 * @cssprop [--ppid-spacing=12px] - spacing unit
 * @cssprop [--ppid-height=auto] - a length (`560px`) makes the list scroll inside; default: grows with the page (560px in mode="periksa")
 * @cssprop [--ppid-color-fresh=#116329] - text of the "Diperbarui …" chip
 * @cssprop [--ppid-color-fresh-background=#dff5e3] - background of the "Diperbarui …" chip
 * @cssprop [--ppid-color-due=#7a4b00] - text of the "Perlu diperbarui" chip
 * @cssprop [--ppid-color-due-background=#fff1c7] - background of the "Perlu diperbarui" chip
 * @cssprop [--ppid-color-overdue=#a1151f] - text of the "Terlambat diperbarui" chip
 * @cssprop [--ppid-color-overdue-background=#ffe3e3] - background of the "Terlambat diperbarui" chip
 */
export abstract class DaftarElement<M extends ModulPeriksa = ModulPeriksa> extends ElemenTetap {
  /** URL of a DIP as JSON or CSV (a published Google Sheets CSV link works). */
  declare src?: string | undefined;
  /**
   * A DIP document set from script; wins over `src`. Typed for TypeScript users; page scripts are untyped,
   * so whatever arrives is validated like any other source.
   */
  declare data?: DokumenDIP | undefined;
  /** `periksa` shows the administrator's checklist. */
  declare mode?: 'periksa' | string | undefined;
  /** For a CSV source, which names no public body: id, name, kind and time zone of the body. */
  declare agency?: string | undefined;
  declare agencyName?: string | undefined;
  declare agencyKind?: JenisBadanPublik | undefined;
  /** As written (`Asia/Makassar`, `WITA` …): the CSV reading checks it (urai.ts). */
  declare agencyTimezone?: string | undefined;
  /** Request timeout in milliseconds (default 10 000). */
  declare timeout: number;
  /** Days after the newest date in the data when it is shown as possibly out of date (default 365). */
  declare staleAfter: number;
  /** The evaluation moment for freshness; defaults to the time the data is read. */
  declare now?: Date | undefined;
  /** The shown state, reflected for styling: loading, ready, empty, error, stale. */
  declare state: StatusTampilan;
  /** The level of the title, 1–6 (default 2); the headings inside are deeper. Another value: 2, with a warning. */
  declare headingLevel: number;
  /** The level used: `headingLevel` when valid. */
  #tingkat = 2;

  #kueri = '';
  #jedaSuara: ReturnType<typeof setTimeout> | undefined;
  #tahun: number | undefined;
  protected mencetak = false;
  /** How many entries the list renders now; grows as the reader nears the end (see batas.ts). */
  protected batas = LANGKAH_TAMPIL;
  /** A list height is set (`--ppid-height`, or periksa mode): the list scrolls inside it. */
  #gulirDalam = false;
  /** Waiting for the document to be parsed before reading inline data (muatUlang). */
  #menungguDokumen = false;

  /**
   * Whether the list area takes keyboard focus when it scrolls inside (`--ppid-height`), so the arrow keys
   * scroll it; a subclass whose own focusable panels sit in it says no (one tab stop, not two in a row).
   */
  protected get isiDapatDifokus(): boolean {
    return true;
  }

  protected readonly sumber = new SumberDataController(this);
  /**
   * Pause before a retry; shortened by tests.
   * @internal
   */
  jedaUlangMs = 800;

  #barisCache: (BarisSiap & { readonly doc: DokumenDIP }) | undefined;
  readonly #sebelumCetak = (): void => this.#cetakSemua(true);
  readonly #sesudahCetak = (): void => this.#cetakSemua(false);
  #pengamatLagi: IntersectionObserver | undefined;
  #akarPengamat: Element | null = null;
  #kerangka: Kerangka | undefined;
  #lagi: HTMLElement | undefined;
  /** After a press of the "show more" button from the keyboard: where the entries it adds start. */
  #fokusLagi: number | undefined;
  readonly #catatan = new Ingat<Node[]>();
  readonly #pilihanTahun = new Ingat<Node[]>();
  readonly #memuat = new Ingat<Node[]>();
  readonly #periksa = new Ingat<Node | undefined>();
  readonly #adaPengecualian = new Ingat<boolean>();
  // Walks of every entry, once per document, not at each keystroke or tab click (a 5,000-entry register on a
  // budget phone spent over half of a keystroke's script in them).
  readonly #terbaru = new Ingat<Tanggal | undefined>();
  readonly #tahunAda = new Ingat<number[]>();
  /** The details of excluded entries (pengecualian.ts): the full DIP sets them, the panel loads them. */
  protected pengecualian: Konteks['pengecualian'];
  #memuatPengecualian = false;
  /** The checklist's module (muatPeriksa's), once mode="periksa" has loaded it. */
  #periksaModul: M | undefined;
  #memuatPeriksa = false;
  /** The checklist's module did not load (a file missing, offline): said, with a retry that tries again. */
  #periksaGagal = false;
  /** In English, the lists' words not here yet (a lazy chunk, kata-en.ts): their load. See `bahasa`. */
  #tungguKata: Promise<unknown> | undefined;

  constructor() {
    super();
    this.state = 'loading';
    this.timeout ??= 10_000;
    this.staleAfter ??= 365;
    this.headingLevel ??= 2;
  }

  /** The heading of the element. */
  protected abstract judul(): Teks;
  /** The entries this element lists (the panel: berkala only). */
  protected abstract relevan(baris: readonly BarisDIP[]): readonly BarisDIP[];
  /** The list itself, given the filtered entries: nodes the subclass keeps and updates. */
  protected abstract renderIsi(
    k: Konteks,
    tersaring: readonly BarisDIP[],
    semua: readonly BarisDIP[],
  ): Node[];
  /**
   * Loads the checklist's module (a lazy chunk, or a file next to the classic script): each element its
   * own, so the panel's never carries what only the full DIP's checklist needs.
   */
  protected abstract muatPeriksa(): Promise<M>;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.#sebelumCetak);
    window.addEventListener('afterprint', this.#sesudahCetak);
    // Back on the page after a removal (which aborted the request): read again.
    if (this.hasUpdated) void this.muatUlang();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.#sebelumCetak);
    window.removeEventListener('afterprint', this.#sesudahCetak);
    this.#pengamatLagi?.disconnect();
    this.#pengamatLagi = undefined;
    // An announcement still waiting for the typing to pause would hold the element after its removal.
    clearTimeout(this.#jedaSuara);
  }

  /** Reads the source again (the retry button does this). */
  muatUlang(): Promise<void> {
    const inline = this.querySelector(
      ':scope > script[type="application/json"], :scope > script[type="text/csv"]',
    );
    // Upgraded while the parser is still at its start tag (the script right before it, without defer):
    // its inline data is not parsed yet. It stays loading and reads once the document is.
    if (!inline && !this.src && this.data === undefined && document.readyState === 'loading') {
      if (!this.#menungguDokumen) {
        this.#menungguDokumen = true;
        // Unless a source was set meanwhile (a script setting `src` or `data`), which loaded already.
        document.addEventListener(
          'DOMContentLoaded',
          () => {
            if (this.#menungguDokumen) void this.muatUlang();
          },
          { once: true },
        );
      }
      return Promise.resolve();
    }
    this.#menungguDokumen = false;
    return this.sumber.muat({
      data: this.data,
      // An element's textContent is never null, and the selector matched its type.
      inline: inline ? { teks: inline.textContent!, contentType: inline.getAttribute('type')! } : undefined,
      src: this.src,
      // Not a whole number from 1 (0, "abc"): the default, not an attempt cut at once (the SDK's rule).
      timeoutMs: bacaTimeout(this.timeout),
      jedaMs: this.jedaUlangMs,
      agency: this.#badanCSV(),
      kata: this.mode === 'periksa',
    });
  }

  /** A CSV names no body: without `agency` or `agency-name` no placeholder name is shown to the public. */
  #namaBadanDikenal(): boolean {
    return this.sumber.hasil?.format !== 'csv' || !!(this.agency || this.agencyName);
  }

  #badanCSV(): BadanPublik | undefined {
    if (!this.agency && !this.agencyName && !this.agencyKind && !this.agencyTimezone) return undefined;
    return badanDariAtribut(this, 'Badan Publik');
  }

  /**
   * The language the list is written in: the page's (ElemenRingan), but Indonesian until the English words
   * have loaded, when it renders again. Shown before, it stays as it is meanwhile; still loading, it stays so,
   * laid out but hidden (`.tunggu`): no Indonesian in an English page, and nothing moves when the words come.
   * Words that could not load (terbuka-en.js missing): all of it in Indonesian, not half of each.
   */
  override get bahasa(): Bahasa {
    return this.#tungguKata || kataEn.gagal ? 'id' : super.bahasa;
  }

  /** Resolves when the pending update has rendered: in English, once the words are here and written in. */
  override get updateComplete(): Promise<boolean> {
    return super.updateComplete.then((r) => this.#tungguKata?.then(() => this.updateComplete) ?? r);
  }

  protected override willUpdate(changed: ReadonlyMap<PropertyKey, unknown>): void {
    void (this.#tungguKata = super.bahasa === 'en' ? tungguKataEn() : undefined)?.then(() =>
      this.requestUpdate(),
    );
    if (
      !this.hasUpdated ||
      changed.has('src') ||
      changed.has('data') ||
      changed.has('agency') ||
      // Into the admin's view: read again, with the problems worded.
      changed.has('mode') ||
      changed.has('agencyName') ||
      changed.has('agencyKind') ||
      changed.has('agencyTimezone')
    )
      void this.muatUlang();
    if (changed.has('kueri') || changed.has('tahun')) this.batas = LANGKAH_TAMPIL;
    if (changed.has('headingLevel')) this.#tingkat = tingkatJudul(this);
    const sebelum = this.state;
    this.state = this.#tungguKata && sebelum === 'loading' ? sebelum : this.#hitungStatus();
    if (!this.hasUpdated || this.state !== sebelum || changed.has('mode')) {
      // The page's --ppid-height, else the styles' default: auto, 560px in mode="periksa".
      const tinggi = getComputedStyle(this).getPropertyValue('--ppid-height').trim();
      this.#gulirDalam = tinggi === '' ? this.mode === 'periksa' : tinggi !== 'auto';
    }
  }

  protected override updated(): void {
    // The entries this render placed are rendered whole once its frame is drawn (.tunda in the styles); at
    // once for a printout, which is taken right after beforeprint.
    const lepas = (): void => {
      for (const e of this.shadowRoot!.querySelectorAll('.tunda')) e.classList.remove('tunda');
    };
    if (this.mencetak) lepas();
    else requestAnimationFrame(() => setTimeout(lepas));
    // Near the end of the rendered entries (within a screen of the page, or of the list's own scroll
    // area when it has a fixed height), render more: on the page only up to BATAS_OTOMATIS (batas.ts).
    const lagi = this.shadowRoot!.querySelector('.lagi');
    this.#pengamatLagi?.disconnect();
    this.#fokusSesudahLagi();
    if (!lagi || !this.#otomatis || typeof IntersectionObserver === 'undefined') return;
    const akar = this.#gulirDalam ? this.#kerangka!.isi : null;
    if (akar !== this.#akarPengamat) this.#pengamatLagi = undefined;
    this.#akarPengamat = akar;
    this.#pengamatLagi ??= new IntersectionObserver(
      (e) => {
        if (this.#otomatis && e.some((x) => x.isIntersecting)) this.#tambah();
      },
      { root: akar, rootMargin: '0px 0px 100% 0px' },
    );
    this.#pengamatLagi.observe(lagi);
  }

  /** Scrolling may still add a step (see BATAS_OTOMATIS). */
  get #otomatis(): boolean {
    return this.#gulirDalam || this.batas < BATAS_OTOMATIS;
  }

  /** The next step of a long list. */
  #tambah(): void {
    this.batas += LANGKAH_TAMPIL;
    this.requestUpdate('batas');
  }

  /**
   * A press that finds focus on the button hands it to the first entry that step added, where a screen
   * reader goes on reading and Tab goes on through the new links. Kept on the button, it stayed 50 entries
   * below the view (~17,000 px on a phone: the page keeps the entries in view, not the focus), and the last
   * step, which removes the button, dropped it to the page's <body>.
   */
  #fokusSesudahLagi(): void {
    const dari = this.#fokusLagi;
    this.#fokusLagi = undefined;
    const entri = dari === undefined ? undefined : this.#entri()[dari];
    if (entri) fokusSekali(entri);
  }

  /** The entries rendered (the full DIP renders its open tab's only). */
  #entri(): NodeListOf<HTMLElement> {
    return this.shadowRoot!.querySelectorAll('[part="entry"]');
  }

  /** Entries to render now: all when printing. */
  protected get batasTampil(): number {
    return this.mencetak ? Infinity : this.batas;
  }

  /** After a cut list: how many are shown, and a button for the next step (also reached by scrolling). */
  protected renderLagi(k: Konteks, tampil: number, total: number): HTMLElement[] {
    if (tampil >= total) return [];
    // One button for the element's life.
    this.#lagi ??= h(
      'div',
      { class: 'lagi' },
      tombol({ part: 'more' }, '', () => {
        // Focus on it (a keyboard's press, or a click that focused it — Chromium, Android: no ring shows
        // then): focus goes to the first entry added (#fokusSesudahLagi).
        if (this.shadowRoot!.activeElement === this.#lagi?.firstChild) this.#fokusLagi = this.#entri().length;
        this.#tambah();
      }),
    );
    tulis(
      this.#lagi.firstChild!,
      this.t(PESAN.tampilkanLagi, {
        n: formatAngka(Math.min(LANGKAH_TAMPIL, total - tampil), k.bahasa),
        tampil: formatAngka(tampil, k.bahasa),
        total: formatAngka(total, k.bahasa),
      }),
    );
    return [this.#lagi];
  }

  /**
   * Said on paper under the heading: the day it was printed (in the agency's zone), and the decision that
   * set the DIP with its date — a printout on a notice board or in a Monev file is read months later, when
   * "updated 3 months ago" means nothing.
   */
  #kataCetak(doc: DokumenDIP): string {
    const b = this.bahasa;
    const hari = formatTanggal(keTanggal(this.now ?? new Date(), doc.agency.timeZone), b);
    const sk = doc.decision;
    return [
      this.t(PESAN.dicetak, { tanggal: hari }),
      sk &&
        this.t(PESAN.penetapan, {
          nomor: sk.date ? `${sk.number}, ${formatTanggal(sk.date, b)}` : sk.number,
        }),
    ]
      .filter(Boolean)
      .join(' ');
  }

  /** Prints every entry: filters and tabs are set aside for the printout. */
  #cetakSemua(ya: boolean): void {
    this.mencetak = ya;
    // The printout is taken right after beforeprint: render now, not in a microtask.
    this.requestUpdate('mencetak');
    this.perbaruiSekarang();
  }

  protected get konteks(): Konteks {
    return { bahasa: this.bahasa, pengecualian: this.pengecualian, tingkat: this.#tingkat };
  }

  /**
   * An entry the element lists carries an exclusion (a berkala entry with one is an anomaly the SDK warns
   * about): its details load with import() and the entries are rebuilt with them.
   */
  #muatPengecualian(): void {
    if (this.#memuatPengecualian) return;
    this.#memuatPengecualian = true;
    import('./pengecualian-lazy.js').then(
      (m) => {
        this.pengecualian = m.rincianPengecualian;
        this.requestUpdate('pengecualian');
      },
      () => {
        // Not loaded (network): the entry shows without its details; the next render tries again.
        this.#memuatPengecualian = false;
      },
    );
  }

  /**
   * The checklist's code and words: loaded the first time the element is in periksa mode (an admin
   * preview; a lazy chunk, or terbuka-periksa.js next to the classic script), then the element renders
   * again with its checklist.
   */
  #modulPeriksa(): M | undefined {
    if (!this.#periksaModul && !this.#memuatPeriksa && !this.#periksaGagal) {
      this.#memuatPeriksa = true;
      this.muatPeriksa().then(
        (m) => {
          this.#periksaModul = m;
          this.tambahGaya(m.PERIKSA_CSS);
          this.requestUpdate('periksa');
        },
        () => {
          // Not loaded (a file missing, offline): the list still shows, with the notice that says so; its
          // retry tries again (#cobaLagi), not each render.
          this.#memuatPeriksa = false;
          this.#periksaGagal = true;
          this.requestUpdate('periksa');
        },
      );
    }
    return this.#periksaModul;
  }

  protected get dokumen(): DokumenDIP | undefined {
    return this.sumber.hasil?.document;
  }

  /**
   * Prepared entries, recomputed only when the document or the clock changes: a set `now`, or else the
   * body's day (chips and relative times count days: a page left open past midnight is right again at its
   * next render — a search, printing).
   */
  protected get semuaBaris(): BarisDIP[] {
    const doc = this.dokumen;
    if (!doc) return [];
    const now = this.now ?? new Date();
    const kunci = this.now ? now.getTime() : keTanggal(now, doc.agency.timeZone);
    // The core the entries are placed by: without the phrases when they did not load (sumber-data.ts), with
    // them once a later read loaded them — the same text read again is the same document, placed anew.
    const inti = intiUntuk(doc.agency.kind);
    const sama = (c: BarisSiap | undefined): c is BarisSiap => c?.kunci === kunci && c.inti === inti;
    if (this.#barisCache?.doc !== doc || !sama(this.#barisCache)) {
      // The panel and the full DIP of one page read the same document (one download, one reading): it is
      // prepared once for both (about 300 ms each at 5,000 entries on a budget phone).
      const c = BARIS_BERSAMA.get(doc);
      const siap = sama(c) ? c : { kunci, inti, baris: siapkanBaris(doc, now) };
      BARIS_BERSAMA.set(doc, siap);
      this.#barisCache = { doc, ...siap };
    }
    return this.#barisCache.baris;
  }

  /**
   * The newest date the data carries, when it is older than `stale-after` days. A date after today (a
   * typo, `2062`) is no sign of fresh data: it is left out, as the scoring leaves it out.
   */
  #tanggalLama(doc: DokumenDIP): Tanggal | undefined {
    const hariIni = keTanggal(this.now ?? new Date(), doc.agency.timeZone);
    const terbaru = this.#terbaru.ambil([doc, hariIni], () => {
      let t0: Tanggal | undefined;
      for (const t of [doc.decision?.date, ...doc.items.map((e) => tanggalTerakhir(e)?.date)])
        if (t && t <= hariIni && (!t0 || t > t0)) t0 = t;
      return t0;
    });
    return terbaru && selisihHari(terbaru, hariIni) > bacaBasiSetelah(this.staleAfter) ? terbaru : undefined;
  }

  #hitungStatus(): StatusTampilan {
    const s = this.sumber;
    const doc = this.dokumen;
    if (!doc) return !s.selesai || s.sibuk ? 'loading' : 'error';
    // The admin's checklist did not load: an error, as a part the read needs that did not load.
    if (this.#periksaGagal && this.mode === 'periksa') return 'error';
    if (s.salinanDari && !s.sibuk) return 'stale';
    if (s.galat) return 'stale';
    if (this.#tanggalLama(doc)) return 'stale';
    return this.relevan(this.semuaBaris).length === 0 ? 'empty' : 'ready';
  }

  #renderPemberitahuan(k: Konteks, hasil: HasilData | undefined): Node[] {
    const s = this.sumber;
    const doc = this.dokumen;
    // [class, role, words, with a retry button]
    const catatan: [string, string, string, boolean][] = [];
    // A saved copy shown: said after an error's words, else as a notice of its own. Its time in the agency's
    // zone, named (a reader abroad, or a phone set to UTC, would see another hour unnamed).
    const salinan =
      s.salinanDari &&
      this.t(PESAN.salinanTersimpan, {
        tanggal: formatWaktu(s.salinanDari, k.bahasa, zonaBadan(this.agencyTimezone, doc?.agency)),
      });
    if (s.galat && !s.sibuk)
      catatan.push([
        'galat',
        'alert',
        this.t(s.galat) + (salinan ? ` ${salinan}` : ''),
        s.galat !== PESAN.tanpaSumber,
      ]);
    else if (salinan && !s.sibuk) catatan.push(['basi', 'status', salinan, true]);
    const lama = doc ? this.#tanggalLama(doc) : undefined;
    if (lama)
      catatan.push([
        'basi',
        'status',
        this.t(PESAN.dataLama, { tanggal: formatTanggal(lama, k.bahasa) }),
        false,
      ]);
    // The admin's checklist not loaded (terbuka-periksa(-semua).js missing): a part of the widget, said once.
    if (this.mode === 'periksa' && this.#periksaGagal && s.galat !== PESAN.galatBagian)
      catatan.push(['galat', 'alert', this.t(PESAN.galatBagian), true]);
    // The checklist lists the rows hidden: said here without it (also when it did not load).
    if (hasil && hasil.omitted > 0 && (this.mode !== 'periksa' || this.#periksaGagal))
      catatan.push([
        'info',
        'status',
        this.t(
          bentukJamak(hasil.omitted, k.bahasa) === 'one'
            ? PESAN.sebagianDisembunyikanSatu
            : PESAN.sebagianDisembunyikan,
          { n: formatAngka(hasil.omitted, k.bahasa) },
        ),
        false,
      ]);
    // Rebuilt only when the words change: a live region that stays is not announced again. The region is
    // the words alone: the retry button beside them is no part of what is read out ("…Coba lagi").
    return this.#catatan.ambil([k.bahasa, JSON.stringify(catatan)], () =>
      catatan.map(([kelas, role, teks, ulang]) =>
        h(
          'div',
          { part: 'notice', class: `pemberitahuan ${kelas}` },
          h('p', { role }, teks),
          ulang && tombol({ part: 'retry', class: 'ulang' }, this.t(PESAN.cobaLagi), () => this.#cobaLagi()),
        ),
      ),
    );
  }

  /**
   * The retry button: its notice goes while the source is read again (and for good when the read
   * succeeds), so a keyboard user's focus moves to the heading instead of falling to the page's <body>.
   * From there the next Tab reaches the search field; a new error is announced (role="alert").
   */
  #cobaLagi(): void {
    const judul = this.#kerangka?.judul;
    if (judul && this.shadowRoot!.activeElement?.classList.contains('ulang')) fokusSekali(judul);
    this.#periksaGagal = false;
    void this.muatUlang();
  }

  #buatJudul(): HTMLElement {
    return h(`h${this.#tingkat}`, { part: 'title', id: 'judul' });
  }

  #bangun(): Kerangka {
    const judul = this.#buatJudul();
    const badan = h('p', { class: 'badan' });
    const cetak = h('p', { class: 'cetak' });
    const kepala = h('div', { part: 'header', class: 'kepala' }, judul, badan, cetak);
    const labelCari = h('span', { class: 'label' });
    const cari = h('input', { part: 'search', type: 'search' }) as HTMLInputElement;
    // The count is heard when the reader searches or filters, not when the list first loads.
    const dengar = (): void => suara.setAttribute('aria-live', 'polite');
    const ketik = (v: string): void => {
      dengar();
      this.#kueri = v;
      this.requestUpdate('kueri');
    };
    cari.addEventListener('input', () => ketik(cari.value));
    cari.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.#kueri !== '') {
        e.preventDefault();
        ketik('');
      }
    });
    const labelTahun = h('span', { class: 'label' });
    const tahun = h('select', { part: 'year' }) as HTMLSelectElement;
    tahun.addEventListener('change', () => {
      dengar();
      this.#tahun = tahun.value === '' ? undefined : Number(tahun.value);
      this.requestUpdate('tahun');
    });
    const jumlah = document.createTextNode('');
    const suara = h('p', { class: 'sr-only', role: 'status', 'aria-live': 'off' });
    const alat = h(
      'div',
      { part: 'toolbar', class: 'alat' },
      h('label', { class: 'cari' }, labelCari, cari),
      h('label', { class: 'tahun' }, labelTahun, tahun),
      h('p', { part: 'count', class: 'jumlah', 'aria-hidden': 'true' }, jumlah),
      suara,
    );
    const isi = h('div', { part: 'body', class: 'isi', role: 'region', 'aria-labelledby': 'judul' });
    const dasar = h('div', { part: 'base' }, kepala, alat, isi);
    const kosong = h('p', { class: 'kosong' });
    return {
      dasar,
      kepala,
      judul,
      badan,
      cetak,
      alat,
      labelCari,
      cari,
      labelTahun,
      tahun,
      jumlah,
      suara,
      isi,
      kosong,
    };
  }

  #renderAlat(d: Kerangka, k: Konteks, semua: readonly BarisDIP[], tersaring: readonly BarisDIP[]): void {
    const siap = this.dokumen !== undefined;
    // Every entry this element would list hidden for faulty data: no "0 dari 0 informasi" beside the notice
    // that counts them and the words that none can be shown yet (its line stays, empty, as while loading).
    const hitung = siap && (semua.length > 0 || !this.sumber.hasil?.omitted);
    tulis(d.labelCari, this.t(PESAN.cari));
    // Only when it differs: setting the value would move the caret of a reader who is typing.
    if (d.cari.value !== this.#kueri) d.cari.value = this.#kueri;
    atur(d.cari, 'placeholder', this.t(PESAN.cariPetunjuk));
    d.cari.disabled = d.tahun.disabled = !siap;
    tulis(d.labelTahun, this.t(PESAN.tahun));
    const tahun = this.#tahunAda.ambil([this.semuaBaris], () => daftarTahun(semua));
    // No year to pick: the select (only "Semua tahun") is not shown; its place is kept. No data: neither is
    // the search in an error (the base's .tanpa-data).
    atur(d.alat, 'class', `alat${tahun.length ? '' : ' tanpa-tahun'}`);
    samakan(
      d.tahun,
      this.#pilihanTahun.ambil([k.bahasa, tahun.join()], () => [
        h('option', { value: '' }, this.t(PESAN.semuaTahun)),
        ...tahun.map((t) => h('option', { value: t }, String(t))),
      ]),
    );
    d.tahun.value = this.#tahun === undefined ? '' : String(this.#tahun);
    if (d.tahun.selectedIndex < 0) d.tahun.selectedIndex = 0;
    const jumlah = bentukJamak(semua.length, k.bahasa) === 'one' ? PESAN.jumlahSatu : PESAN.jumlah;
    const teks = hitung
      ? this.t(jumlah, {
          n: formatAngka(tersaring.length, k.bahasa),
          total: formatAngka(semua.length, k.bahasa),
        })
      : '';
    tulis(d.jumlah, teks);
    const lain = hitung && this.keteranganJumlah(k, tersaring, semua);
    this.#umumkan(d.suara, lain ? `${teks}. ${lain}` : teks);
  }

  /**
   * The count's live region settles before it speaks: the list follows each keystroke, but a screen reader
   * hears one count once the typing (or a run of arrow keys through the year select) pauses for JEDA_SUARA
   * ms — not "20 dari 26", "15 dari 26", "6 dari 26" over the letters it echoes. Before the first search it
   * is silent (aria-live off) and written at once, for reading through the page. The shown count follows
   * the list at once, never contradicting it; hidden from screen readers, it is not read twice.
   */
  #umumkan(el: HTMLElement, teks: string): void {
    clearTimeout(this.#jedaSuara);
    if (el.getAttribute('aria-live') === 'off') tulis(el, teks);
    else this.#jedaSuara = setTimeout(() => tulis(el, teks), JEDA_SUARA);
  }

  /**
   * Heard after the count, in its live region, and not shown there (the full DIP: where a search found what
   * its open tab lacks, which the empty tab shows).
   */
  protected keteranganJumlah(
    _k: Konteks,
    _tersaring: readonly BarisDIP[],
    _semua: readonly BarisDIP[],
  ): string {
    return '';
  }

  protected override render(): Node {
    const d = (this.#kerangka ??= this.#bangun());
    const k = this.konteks;
    const s = this.sumber;
    const doc = this.dokumen;
    const semua = this.relevan(this.semuaBaris);
    const tersaring = this.mencetak
      ? semua
      : saring(semua, { kueri: this.#kueri, ...(this.#tahun !== undefined ? { tahun: this.#tahun } : {}) });
    // Looked for once per document, not at each keystroke.
    if (
      !this.pengecualian &&
      this.#adaPengecualian.ambil([this.semuaBaris], () => semua.some((b) => b.entry.exclusion))
    )
      this.#muatPengecualian();
    const tunggu = this.#tungguKata && this.state === 'loading' ? ' tunggu' : '';
    // No data yet (.tanpa-data): the error keeps the loading height and hides the filters; the checklist's
    // failure in mode="periksa" is an error with the list shown, which neither applies to.
    atur(d.dasar, 'class', `dasar${this.#gulirDalam ? ' gulir' : ''}${tunggu}${doc ? '' : ' tanpa-data'}`);
    atur(d.dasar, 'aria-busy', s.sibuk ? 'true' : 'false');
    // The language it is written in: Indonesian in an English page whose English words did not load (a
    // screen reader would read it with English pronunciation).
    atur(d.dasar, 'lang', k.bahasa);
    if (d.judul.localName !== `h${k.tingkat}`) d.judul.replaceWith((d.judul = this.#buatJudul()));
    tulis(d.judul, this.t(this.judul()));
    tulis(d.badan, doc && this.#namaBadanDikenal() ? doc.agency.name : '');
    tulis(d.cetak, this.mencetak && doc ? this.#kataCetak(doc) : '');
    this.#renderAlat(d, k, semua, tersaring);
    atur(d.isi, 'tabindex', this.#gulirDalam && this.isiDapatDifokus ? '0' : null);
    let isi: Node[] = [];
    if (!doc) {
      if (this.state === 'loading')
        isi = this.#memuat.ambil([k.bahasa], () => [
          h(
            'div',
            { class: 'memuat', 'aria-hidden': 'true' },
            ...[0, 1, 2, 3].map(() => h('div', { class: 'kerangka' })),
          ),
          h('p', { class: 'sr-only' }, this.t(PESAN.memuat)),
        ]);
    } else if (semua.length === 0 || tersaring.length === 0) {
      // Entries, none of them this element's (the panel lists berkala only): say which kind is missing. With
      // faulty entries hidden, none "can be shown" (not "none published"): the notice counts them over the
      // whole DIP, as a hidden row's category may be its very fault, so no count of this kind is given here.
      const tersembunyi = !!s.hasil?.omitted;
      tulis(
        d.kosong,
        this.t(
          semua.length > 0
            ? PESAN.tidakDitemukan
            : this.semuaBaris.length > 0
              ? tersembunyi
                ? PESAN.kosongBerkalaTersembunyi
                : PESAN.kosongBerkala
              : tersembunyi
                ? PESAN.kosongTersembunyi
                : PESAN.kosong,
        ),
      );
      isi = [d.kosong];
    } else isi = this.renderIsi(k, tersaring, semua);
    samakan(d.isi, [...this.#renderPemberitahuan(k, s.hasil), ...isi]);
    const bagian: Node[] = [d.kepala, d.alat, d.isi];
    const p = this.mode === 'periksa' ? this.#modulPeriksa() : undefined;
    // Also for a source that did not load: its address may be a page, not data (periksa.ts says).
    const periksa =
      p &&
      this.#periksa.ambil([k.bahasa, k.tingkat, doc, this.semuaBaris, s.terakhir, this.src], () =>
        p.bagianPeriksa(
          k,
          this.src,
          doc ? p.isiPeriksa(k, doc, this.semuaBaris, intiUntuk(doc.agency.kind)) : [],
          s.terakhir,
        ),
      );
    if (periksa) bagian.push(periksa);
    samakan(d.dasar, bagian);
    return d.dasar;
  }
}

DaftarElement.css = TEMA_CSS + DAFTAR_CSS;
DaftarElement.pasangSifat({
  src: {},
  data: { atribut: false },
  mode: { pantul: true },
  agency: {},
  agencyName: {},
  agencyKind: {},
  agencyTimezone: {},
  timeout: { angka: true },
  staleAfter: { angka: true },
  now: { atribut: false },
  state: { pantul: true },
  headingLevel: { angka: true },
});
