import { LitElement } from 'lit';
import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { isiTeks, pilihTeks } from '@terbuka/sdk';
import type { Teks } from '@terbuka/sdk';
import { BahasaController } from './bahasa.js';
import { VERSI } from './versi.js';
import { daftarkan } from './daftarkan.js';
import type { KelasElemen } from './daftarkan.js';
import { tingkatJudul } from './tingkat-judul.js';

/** `terang` (light, default), `gelap` (dark), `otomatis` (follows prefers-color-scheme). */
export type Tema = 'terang' | 'gelap' | 'otomatis';

/**
 * The base of every Terbuka element: language, theme, and a registration that tolerates a second copy
 * of the script on the page (same or another version) — it warns once and keeps the first definition.
 * Colour defaults below are the light theme's; `theme="gelap"` has its own.
 * @attr {'id' | 'en'} lang - `id` or `en`; else the nearest ancestor's `lang`; else `id`
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
 */
export abstract class TerbukaElement extends LitElement {
  // Set after the class, not as a static field (a class static block for Safari before 16.4).
  declare static readonly versi: string;

  /**
   * Registers the element under `tag`. Calling it again with the same class does nothing; another class
   * under a taken name (a second copy of the script) warns once via console.warn and never throws.
   */
  static define(tag: string): void {
    daftarkan(tag, this as unknown as KelasElemen);
  }

  /**
   * `terang` (light, default), `gelap` (dark), `otomatis` (follows prefers-color-scheme).
   * @type {'terang' | 'gelap' | 'otomatis'}
   */
  @property({ reflect: true }) theme: Tema = 'terang';

  /**
   * The level of the element's title, 1–6 (default 2): the page's outline decides it (3 under the page's
   * own h2); every heading inside is deeper, at most h6. Another value: 2, with a console warning.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The title's level in use: `headingLevel` when valid. */
  protected tingkat = 2;

  protected readonly bahasaCtl = new BahasaController(this);

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.tingkat = tingkatJudul(this);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.bahasaCtl.periksa();
  }

  /** The language in use: 'id' or 'en'. */
  get bahasa(): 'id' | 'en' {
    return this.bahasaCtl.nilai;
  }

  /** A message in the element's language, with `{name}` placeholders filled. */
  protected t(teks: Teks, nilai?: Readonly<Record<string, string | number>>): string {
    return pilihTeks(nilai ? isiTeks(teks, nilai) : teks, this.bahasa);
  }
}

(TerbukaElement as { versi: string }).versi = VERSI;
