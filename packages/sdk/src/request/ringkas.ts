import { PASAL_35 } from '../standard/pasal.js';
import type { Keberatan, Permintaan } from './types.js';

/** The longest summary a receipt carries. */
export const BATAS_RINGKASAN = 200;

/**
 * Whitespace collapsed, cut to BATAS_RINGKASAN UTF-16 units with an ellipsis; never between the two
 * halves of a surrogate pair (an emoji), which would leave a lone surrogate no font draws.
 */
export function ringkas(teks: string): string {
  const t = teks.replace(/\s+/g, ' ').trim();
  if (t.length <= BATAS_RINGKASAN) return t;
  let n = BATAS_RINGKASAN - 1;
  if (/[\ud800-\udbff]/.test(t.charAt(n - 1))) n--;
  return `${t.slice(0, n).trimEnd()}…`;
}

/** The summary a receipt shows for a submission: what was asked, never who asked. */
export function ringkasPengajuan(p: Permintaan | Keberatan): string {
  if (p.format === 'terbuka-permintaan') return ringkas(p.information);
  const huruf = p.grounds.filter((g) => PASAL_35.some((x) => x.letter === g)).join(', ');
  return ringkas(`Keberatan atas ${p.requestNumber} (Pasal 35 ayat (1) huruf ${huruf}): ${p.caseSummary}`);
}
