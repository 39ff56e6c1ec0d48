/** A child: a node, text (always a text node, never markup), or nothing. */
export type Isi = Node | string | false | null | undefined;
/** Attributes; `false`, `null` and `undefined` leave one out. */
export type Atribut = Readonly<Record<string, string | number | false | null | undefined>>;

function buat(ns: string | null, tag: string, a: Atribut, isi: readonly Isi[]): Element {
  const e = ns ? document.createElementNS(ns, tag) : document.createElement(tag);
  for (const [k, v] of Object.entries(a)) if (v !== false && v != null) e.setAttribute(k, String(v));
  for (const x of isi) if (x !== false && x != null) e.append(x);
  return e;
}

/**
 * The light elements' templates: DOM built directly, with text from data only ever as text nodes and
 * attributes only through setAttribute (no innerHTML, no inline styles — CSP-safe).
 */
export const h = (tag: string, a: Atribut = {}, ...isi: Isi[]): HTMLElement =>
  buat(null, tag, a, isi) as HTMLElement;

/** The same in the SVG namespace (attribute names keep their case: viewBox, textLength). */
export const s = (tag: string, a: Atribut = {}, ...isi: Isi[]): SVGElement =>
  buat('http://www.w3.org/2000/svg', tag, a, isi) as SVGElement;
