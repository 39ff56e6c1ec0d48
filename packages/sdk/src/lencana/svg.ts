import { obyek } from '../feed/validasi.js';
import { periksaArgumen } from '../i18n/argumen.js';
import type { DataLencana } from './data.js';
import { HURUF_LENCANA, perkiraanLebar, type OpsiLencana, type TataLetakLencana } from './tata-letak.js';
import { tataLetakLencana } from './tata-letak-lencana.js';

const XML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => XML[c] ?? c);

/**
 * The badge as a static SVG, for `<img src>` where no script may run. Pure: no DOM, no clock. Text from
 * data is escaped; the SVG carries `role="img"`, an `aria-label` and a `<title>`. `data` that is not an
 * object throws GalatArgumen; an unknown band a RangeError.
 */
export function svgLencana(data: DataLencana, opsi: OpsiLencana = {}): string {
  periksaArgumen(obyek(data), 'svgLencana', 'data', data, {
    id: 'data lencana (lencanaDariFeed atau lencanaDariNilai)',
    en: 'badge data (from lencanaDariFeed or lencanaDariNilai)',
  });
  return svgDariTataLetak(tataLetakLencana(data, opsi));
}

/**
 * The static SVG of a badge layout: `svgLencana`'s drawing, for a layout a publisher adjusted (the
 * monitor's "tidak dapat dinilai" badge reuses the grey layout with its own words).
 */
export function svgDariTataLetak(t: TataLetakLencana): string {
  const teks = t.texts
    .map((x) => {
      const muat =
        perkiraanLebar(x.text, x.size, x.bold) > x.maxWidth
          ? ` textLength="${x.maxWidth}" lengthAdjust="spacingAndGlyphs"`
          : '';
      return `<text x="${x.x}" y="${x.y}" font-size="${x.size}"${x.bold ? ' font-weight="700"' : ''} fill="${x.colour}" text-anchor="${x.anchor}"${muat}>${esc(x.text)}</text>`;
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${t.width}" height="${t.height}" viewBox="0 0 ${t.width} ${t.height}" role="img" aria-label="${esc(t.label)}">` +
    `<title>${esc(t.label)}</title>` +
    `<rect x="0.5" y="0.5" width="${t.width - 1}" height="${t.height - 1}" rx="4" fill="${t.panel}" stroke="${t.border}"/>` +
    `<path d="M4.5 0.5H${t.split}V${t.height - 0.5}H4.5A4 4 0 0 1 0.5 ${t.height - 4.5}V4.5A4 4 0 0 1 4.5 0.5Z" fill="${t.fill}"/>` +
    `<g font-family="${HURUF_LENCANA}">${teks}</g>` +
    `</svg>`
  );
}
