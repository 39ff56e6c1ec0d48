import { ElemenRingan } from './elemen-ringan.js';

/**
 * An ElemenRingan whose DOM stays: `render()` returns the same root every time, updated in place, and it
 * is inserted once — ElemenRingan's redraw-whole would take focus out of a list's search field on every
 * keystroke. The update itself (order, scheduling, reflection, `perbaruiSekarang()`) is ElemenRingan's.
 */
export abstract class ElemenTetap extends ElemenRingan {
  /**
   * Where stylesheets cannot be adopted, a `<style>` goes in at once — after the earlier ones (the class's
   * own first), before the content — since this DOM is never redrawn.
   */
  protected override simpanGaya(g: HTMLStyleElement): void {
    const root = this.shadowRoot!;
    root.insertBefore(g, this.hasUpdated ? root.lastChild : null);
  }

  /** The root render() returns is put in once and then only updated in place. */
  protected override pasangIsi(akar: Node): void {
    if (akar.parentNode !== this.shadowRoot) this.shadowRoot!.append(akar);
  }
}
