/** Markup that is already safe: produced by `html`, never by string concatenation of data. */
export class HTMLAman {
  constructor(readonly isi: string) {}
  toString(): string {
    return this.isi;
  }
}

const ENTITAS: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text as HTML text or attribute value. */
export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ENTITAS[c] ?? c);

function sisipan(v: unknown): string {
  if (v instanceof HTMLAman) return v.isi;
  if (Array.isArray(v)) return v.map(sisipan).join('');
  if (v === undefined || v === null || v === false) return '';
  return esc(String(v));
}

/**
 * The report's only way to build markup: every interpolated value is escaped unless it is itself
 * `HTMLAman`, so a name like `<script>` from a registry shows as text.
 */
export function html(bagian: TemplateStringsArray, ...nilai: unknown[]): HTMLAman {
  let out = bagian[0] ?? '';
  nilai.forEach((v, i) => {
    out += sisipan(v) + (bagian[i + 1] ?? '');
  });
  return new HTMLAman(out);
}

/** Trusted markup from a renderer that escapes its own data (the SDK's `svgLencana`). */
export const mentah = (s: string): HTMLAman => new HTMLAman(s);
