import type { ReactiveController } from 'lit';
import type { TuanRumah } from './tuan-rumah.js';
import { bacaBahasa } from '@terbuka/sdk';
import type { Bahasa } from '@terbuka/sdk';

/** The element's language: its own `lang`, else the nearest ancestor's (across shadow roots), else 'id'. */
export function bahasaDari(el: Element): Bahasa {
  let node: Element | null = el;
  while (node) {
    const ber: Element | null = node.closest('[lang]');
    const lang = ber?.getAttribute('lang');
    if (ber && lang) return bacaBahasa(lang);
    const root: Node = (ber ?? node).getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return 'id';
}

type Pendengar = () => void;
const pendengar = new Set<Pendengar>();
let pengamat: MutationObserver | undefined;

/** One observer for the whole document: a `lang` change anywhere may change any element's language. */
function amati(fn: Pendengar): () => void {
  pendengar.add(fn);
  if (!pengamat) {
    pengamat = new MutationObserver(() => pendengar.forEach((f) => f()));
    pengamat.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
  return () => {
    pendengar.delete(fn);
    if (pendengar.size === 0) {
      pengamat?.disconnect();
      pengamat = undefined;
    }
  };
}

/** Keeps `nilai` equal to the element's language and re-renders the element when it changes. */
export class BahasaController implements ReactiveController {
  nilai: Bahasa = 'id';
  #berhenti: (() => void) | undefined;

  constructor(private readonly host: TuanRumah & Element) {
    host.addController(this);
  }

  /** Reads the language again; the element calls it when its own `lang` attribute changes. */
  periksa(): void {
    const baru = bahasaDari(this.host);
    if (baru !== this.nilai) {
      this.nilai = baru;
      this.host.requestUpdate();
    }
  }

  hostConnected(): void {
    this.nilai = bahasaDari(this.host);
    this.#berhenti = amati(() => this.periksa());
  }

  hostDisconnected(): void {
    this.#berhenti?.();
    this.#berhenti = undefined;
  }
}
