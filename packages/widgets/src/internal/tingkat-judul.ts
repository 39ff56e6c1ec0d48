/**
 * The level of an element's title from its `headingLevel` (`heading-level`, 1–6): the host page's outline
 * decides it — a widget placed under the page's own h2 takes 3. None is 2, today's; any other value is 2
 * too, with a warning (once per value set: call it when the property changed).
 */
export function tingkatJudul(el: Element & { readonly headingLevel?: unknown }): number {
  const v = el.headingLevel;
  const n = Number(v);
  if (v == null) return 2;
  if (Number.isInteger(n) && n >= 1 && n <= 6) return n;
  // An attribute that is no number ("abc") is NaN by now: the warning quotes it as written.
  const tertulis = Number.isNaN(v) ? el.getAttribute('heading-level') : v;
  console.warn(
    `[terbuka] <${el.localName}> heading-level "${tertulis}": bukan 1–6, dipakai 2 / not 1–6, 2 is used`,
  );
  return 2;
}

/** The level of a heading `dalam` levels below a title at `tingkat`: 6 at the deepest. */
export const tingkatDalam = (tingkat: number, dalam: number): number => Math.min(6, tingkat + dalam);
