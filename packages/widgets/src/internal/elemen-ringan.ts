import { isiTeks, pilihTeks } from '@terbuka/sdk';
import { BahasaController } from './bahasa.js';
import { daftarkan } from './daftarkan.js';
import { h } from './dom.js';
import { VERSI } from './versi.js';
import type { ReactiveController } from 'lit';
import type { TuanRumah } from './tuan-rumah.js';
import type { Teks } from '@terbuka/sdk';
import type { KelasElemen } from './daftarkan.js';
import type { Tema } from './terbuka-element.js';

/** How a property meets its attribute. */
export interface Sifat {
  /** The attribute's name (default: the property's in kebab case, agencyName → agency-name); `false` for none. */
  readonly atribut?: string | false;
  readonly angka?: boolean;
  /** Written back to the attribute, for CSS such as `:host([size='kecil'])`. */
  readonly pantul?: boolean;
}

/** Properties every light element has. */
const SIFAT_DASAR: Readonly<Record<string, Sifat>> = { theme: { pantul: true } };

/** One constructed stylesheet per CSS text, shared by every instance. */
const lembar = new Map<string, CSSStyleSheet>();

/**
 * A Terbuka element without Lit, for the badge and (through ElemenTetap) the lists: the same registration,
 * language, theme and `t()` as `TerbukaElement` and the same controllers (SumberController,
 * BahasaController), but neither Lit's reactive base nor lit-html (~5 kB brotli together). Properties are
 * declared with `pasangSifat`; a change schedules one update in a microtask: `willUpdate(changed)` →
 * attributes reflected → `render()` (a node built with dom.ts) replaces the shadow root's content →
 * `updated()`. Fit for a small element that can be redrawn whole; the lists extend it as ElemenTetap
 * (elemen-tetap.ts), which builds their DOM once and updates it in place.
 */
// Importing the class where there is no DOM (Node, a server render) must not throw; it is never defined there.
const Dasar = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

export abstract class ElemenRingan extends Dasar implements TuanRumah {
  // Static members are set after each class, not declared with a value: such a field is a class static
  // block at es2022, which Safari before 16.4 cannot parse (scripts/peramban.mjs).
  declare static readonly versi: string;
  /** The element's stylesheet (plain CSS text); each element sets its own. */
  declare static css: string;

  /** Registers the element like `TerbukaElement.define` (idempotent, warns once on another copy). */
  static define(tag: string): void {
    daftarkan(tag, this as unknown as KelasElemen);
  }

  /** Makes the accessors of `sifat` (and `theme`) on the class; call once, right after the class. */
  static pasangSifat(sifat: Readonly<Record<string, Sifat>>): void {
    const semua = { ...SIFAT_DASAR, ...sifat };
    const keAtribut = new Map<string, string>();
    for (const [nama, s] of Object.entries(semua)) {
      // agencyName → agency-name: every attribute is its property's name in kebab case, or none.
      const atribut = s.atribut ?? nama.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      if (atribut) keAtribut.set(atribut, nama);
      Object.defineProperty(this.prototype, nama, {
        configurable: true,
        get(this: ElemenRingan) {
          return this.#nilai[nama];
        },
        set(this: ElemenRingan, v: unknown) {
          const lama = this.#nilai[nama];
          if (Object.is(lama, v)) return;
          this.#nilai[nama] = v;
          if (s.pantul && atribut) this.#pantulan.set(atribut, v);
          this.requestUpdate(nama, lama);
        },
      });
    }
    Object.defineProperty(this, 'peta', { value: { sifat: semua, keAtribut } });
    // Every attribute of a property is observed, and `lang`; a class that lists its own keeps its list.
    if (!Object.prototype.hasOwnProperty.call(this, 'observedAttributes'))
      Object.defineProperty(this, 'observedAttributes', { value: [...keAtribut.keys(), 'lang'] });
  }

  private static peta: {
    sifat: Readonly<Record<string, Sifat>>;
    keAtribut: ReadonlyMap<string, string>;
  };

  /** Colour scheme: `terang` (default), `gelap`, `otomatis`. */
  declare theme: Tema;

  hasUpdated = false;
  protected readonly bahasaCtl: BahasaController;
  readonly #nilai: Record<string, unknown> = { theme: 'terang' };
  /** Attributes to write at the next update (reflected properties that changed). */
  readonly #pantulan = new Map<string, unknown>([['theme', 'terang']]);
  #berubah = new Map<PropertyKey, unknown>();
  #pengendali: ReactiveController[] = [];
  #dijadwalkan: boolean | undefined;
  #sedangMemperbarui: boolean | undefined;
  #sedangMemantulkan: boolean | undefined;
  #janji: Promise<boolean> = Promise.resolve(true);
  /** `<style>` elements kept at the top of the shadow root where stylesheets cannot be adopted. */
  readonly #gaya: HTMLStyleElement[] = [];

  constructor() {
    super();
    const kelas = this.constructor as typeof ElemenRingan;
    this.attachShadow({ mode: 'open' });
    this.tambahGaya(kelas.css);
    this.bahasaCtl = new BahasaController(this);
    // A property set on the element before its class was defined hides the accessor: pass it through.
    for (const nama of Object.keys(kelas.peta.sifat))
      if (Object.prototype.hasOwnProperty.call(this, nama)) {
        const v = (this as unknown as Record<string, unknown>)[nama];
        delete (this as unknown as Record<string, unknown>)[nama];
        (this as unknown as Record<string, unknown>)[nama] = v;
      }
  }

  /** The language in use: 'id' or 'en'. */
  get bahasa(): 'id' | 'en' {
    return this.bahasaCtl.nilai;
  }

  /** Resolves when the pending update (if any) has rendered. */
  get updateComplete(): Promise<boolean> {
    return this.#janji;
  }

  addController(c: ReactiveController): void {
    this.#pengendali.push(c);
    if (this.isConnected) c.hostConnected?.();
  }

  connectedCallback(): void {
    this.#pengendali.forEach((c) => c.hostConnected?.());
    // Properties set while the element was not connected are rendered now.
    if (!this.hasUpdated || this.#berubah.size > 0) this.requestUpdate();
  }

  disconnectedCallback(): void {
    this.#pengendali.forEach((c) => c.hostDisconnected?.());
  }

  attributeChangedCallback(nama: string, _lama: string | null, v: string | null): void {
    if (nama === 'lang') return this.bahasaCtl.periksa();
    if (this.#sedangMemantulkan) return;
    const { sifat, keAtribut } = (this.constructor as typeof ElemenRingan).peta;
    const p = keAtribut.get(nama);
    if (!p) return;
    const s = sifat[p]!;
    this.#pantulan.delete(nama);
    (this as unknown as Record<string, unknown>)[p] = v === null ? undefined : s.angka ? Number(v) : v;
  }

  /** Schedules an update; `nama` changed from `lama`. */
  requestUpdate(nama?: PropertyKey, lama?: unknown): void {
    if (nama !== undefined && !this.#berubah.has(nama)) this.#berubah.set(nama, lama);
    if (this.#dijadwalkan || this.#sedangMemperbarui || !this.isConnected) return;
    this.#dijadwalkan = true;
    this.#janji = Promise.resolve().then(() => {
      // An update made synchronously meanwhile (perbaruiSekarang) has done this one.
      if (this.#dijadwalkan) this.perbaruiSekarang();
      return !this.#dijadwalkan;
    });
  }

  /** Updates now, synchronously, for what cannot wait for the microtask (printing); a scheduled one is then done. */
  protected perbaruiSekarang(): void {
    this.#dijadwalkan = false;
    if (!this.isConnected) return;
    this.#sedangMemperbarui = true;
    try {
      const berubah = this.#berubah;
      this.#berubah = new Map();
      this.willUpdate(berubah);
      this.#sedangMemantulkan = true;
      for (const [a, v] of this.#pantulan)
        if (v === undefined || v === null) this.removeAttribute(a);
        else this.setAttribute(a, String(v));
      this.#pantulan.clear();
      this.#sedangMemantulkan = false;
      this.pasangIsi(this.render());
    } finally {
      // Even when an update throws (a host page that broke a built-in): an element that loads its data on
      // its first update must not take every later one for a first, or it reloads forever and freezes the
      // page; the error still reaches the console.
      this.hasUpdated = true;
      this.#sedangMemperbarui = false;
      this.#sedangMemantulkan = false;
    }
    this.updated();
  }

  /** Puts what render() built in the shadow root: here it replaces everything, after the kept `<style>`s. */
  protected pasangIsi(isi: Node): void {
    this.shadowRoot!.replaceChildren(...this.#gaya, isi);
  }

  /** Adds a stylesheet after the class's own (for styles that load later, with code only some states need). */
  protected tambahGaya(teks: string): void {
    const root = this.shadowRoot!;
    // Constructable stylesheets (CSP-safe, shared by every instance), else a `<style>` with `litNonce`.
    if ('adoptedStyleSheets' in root && 'replaceSync' in CSSStyleSheet.prototype) {
      let l = lembar.get(teks);
      if (!l) {
        l = new CSSStyleSheet();
        l.replaceSync(teks);
        lembar.set(teks, l);
      }
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, l];
    } else
      this.simpanGaya(
        h('style', { nonce: (globalThis as { litNonce?: string }).litNonce }, teks) as HTMLStyleElement,
      );
  }

  /** Where stylesheets cannot be adopted: a `<style>` kept and put before the content at each redraw. */
  protected simpanGaya(g: HTMLStyleElement): void {
    this.#gaya.push(g);
  }

  /** Before rendering: derive state from what changed (changes made here join this update). */
  protected willUpdate(_berubah: ReadonlyMap<PropertyKey, unknown>): void {}

  protected abstract render(): Node;

  /** After rendering. */
  protected updated(): void {}

  /** A message in the element's language, with `{name}` placeholders filled. */
  protected t(teks: Teks, nilai?: Readonly<Record<string, string | number>>): string {
    return pilihTeks(nilai ? isiTeks(teks, nilai) : teks, this.bahasa);
  }
}

(ElemenRingan as { versi: string }).versi = VERSI;
