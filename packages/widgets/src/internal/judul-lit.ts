import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { tingkatDalam } from './tingkat-judul.js';

type Templat = (
  kelas: string,
  id: unknown,
  tabindex: unknown,
  terangkan: unknown,
  isi: unknown,
) => TemplateResult;

// A Lit template's tags are fixed: one per level (lit/static-html would cost more bytes than these).
const JUDUL: readonly Templat[] = [
  (c, id, t, d, isi) => html`<h1 class=${c} id=${id} tabindex=${t} aria-describedby=${d}>${isi}</h1>`,
  (c, id, t, d, isi) => html`<h2 class=${c} id=${id} tabindex=${t} aria-describedby=${d}>${isi}</h2>`,
  (c, id, t, d, isi) => html`<h3 class=${c} id=${id} tabindex=${t} aria-describedby=${d}>${isi}</h3>`,
  (c, id, t, d, isi) => html`<h4 class=${c} id=${id} tabindex=${t} aria-describedby=${d}>${isi}</h4>`,
  (c, id, t, d, isi) => html`<h5 class=${c} id=${id} tabindex=${t} aria-describedby=${d}>${isi}</h5>`,
  (c, id, t, d, isi) => html`<h6 class=${c} id=${id} tabindex=${t} aria-describedby=${d}>${isi}</h6>`,
];

/**
 * A heading `dalam` levels below the element's title at `tingkat` (0: the title itself), at most h6. Its
 * look comes from its depth (class `dalam-N`), not its tag, so a page's `heading-level` changes the outline
 * only. `fokus`: focused by script (tabindex="-1"). `terangkan`: the ids that describe it (aria-describedby).
 */
export function judul(
  tingkat: number,
  dalam: number,
  isi: unknown,
  o: {
    readonly id?: string;
    readonly kelas?: string;
    readonly fokus?: boolean;
    readonly terangkan?: string;
  } = {},
): TemplateResult {
  return JUDUL[tingkatDalam(tingkat, dalam) - 1]!(
    o.kelas ? `dalam-${dalam} ${o.kelas}` : `dalam-${dalam}`,
    o.id ?? nothing,
    o.fokus ? '-1' : nothing,
    o.terangkan ?? nothing,
    isi,
  );
}
