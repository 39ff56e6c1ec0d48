import { ElemenRingan } from './elemen-ringan.js';

/**
 * An ElemenRingan whose DOM stays: `render()` returns the same root every time, updated in place, and it
 * is inserted once — ElemenRingan's redraw-whole would take focus out of a list's search field on every
 * keystroke. Same update order (willUpdate → reflected attributes → render → updated), and
 * `perbaruiSekarang()` for an update that cannot wait for the microtask (printing).
 */
export abstract class ElemenTetap extends ElemenRingan {
  // Filled lazily: ElemenRingan's constructor may already request an update.
  private ubah?: Map<PropertyKey, unknown>;
  private tertunda?: boolean;
  private sedangTetap?: boolean;
  private janjiTetap?: Promise<boolean>;

  /** Attributes written from their properties at each update (`theme` and the subclass's). */
  protected static pantulan: readonly (readonly [atribut: string, sifat: string])[] = [['theme', 'theme']];

  override get updateComplete(): Promise<boolean> {
    return this.janjiTetap ?? Promise.resolve(true);
  }

  /**
   * Where stylesheets cannot be adopted, a `<style>` goes in at once — after the earlier ones (the class's
   * own first), before the content — since this DOM is never redrawn.
   */
  protected override simpanGaya(g: HTMLStyleElement): void {
    const root = this.shadowRoot!;
    root.insertBefore(g, this.hasUpdated ? root.lastChild : null);
  }

  /** An update is scheduled and has not run yet (as Lit's `isUpdatePending`). */
  get isUpdatePending(): boolean {
    return !!this.tertunda;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.ubah?.size) this.requestUpdate();
  }

  override requestUpdate(nama?: PropertyKey, lama?: unknown): void {
    const u = (this.ubah ??= new Map());
    if (nama !== undefined && !u.has(nama)) u.set(nama, lama);
    if (this.tertunda || this.sedangTetap || !this.isConnected) return;
    this.tertunda = true;
    this.janjiTetap = Promise.resolve().then(() => {
      if (this.tertunda) this.perbaruiSekarang();
      return !this.tertunda;
    });
  }

  /** Updates now, synchronously (a scheduled update is then done). */
  protected perbaruiSekarang(): void {
    this.tertunda = false;
    const root = this.shadowRoot!;
    if (!this.isConnected) return;
    this.sedangTetap = true;
    try {
      this.willUpdate(this.ubah ?? new Map());
      for (const [a, p] of (this.constructor as typeof ElemenTetap).pantulan) {
        const v = (this as unknown as Record<string, unknown>)[p];
        if (v == null) this.removeAttribute(a);
        else if (this.getAttribute(a) !== String(v)) this.setAttribute(a, String(v));
      }
      const akar = this.render();
      if (akar.parentNode !== root) root.append(akar);
      this.ubah = new Map();
      this.hasUpdated = true;
    } finally {
      this.sedangTetap = false;
    }
    this.updated();
  }
}
