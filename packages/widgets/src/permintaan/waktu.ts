import type { Bahasa, Tanggal } from '@terbuka/sdk';
import { LOKAL } from '../internal/format.js';

/** A calendar date with its weekday: "Senin, 6 April 2026" / "Monday, 6 April 2026". */
export function formatHari(t: Tanggal, b: Bahasa): string {
  const [y, m, d] = t.split('-').map(Number);
  if (!y || !m || !d) return t;
  return new Intl.DateTimeFormat(LOKAL[b], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}
