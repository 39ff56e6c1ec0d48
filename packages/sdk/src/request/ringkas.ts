import { PASAL_35 } from '../standard/pasal.js';
import type { Keberatan, Permintaan } from './types.js';

/** The longest summary a receipt carries. */
export const BATAS_RINGKASAN = 200;

/** Whitespace collapsed, cut to BATAS_RINGKASAN characters with an ellipsis. */
export function ringkas(teks: string): string {
  const t = teks.replace(/\s+/g, ' ').trim();
  return t.length > BATAS_RINGKASAN ? `${t.slice(0, BATAS_RINGKASAN - 1).trimEnd()}…` : t;
}

/** The summary a receipt shows for a submission: what was asked, never who asked. */
export function ringkasPengajuan(p: Permintaan | Keberatan): string {
  if (p.format === 'terbuka-permintaan') return ringkas(p.information);
  const huruf = p.grounds.filter((g) => PASAL_35.some((x) => x.letter === g)).join(', ');
  return ringkas(`Keberatan atas ${p.requestNumber} (Pasal 35 ayat (1) huruf ${huruf}): ${p.caseSummary}`);
}
