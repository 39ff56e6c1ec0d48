import { LOKAL_INTL as LOKAL } from '@terbuka/sdk';
import type { Bahasa } from '@terbuka/sdk';

// The Intl locale of each language is the SDK's (LOKAL_INTL), the one its badge and static SVG use.
export { LOKAL };

/** An instant (e.g. when a copy was saved) as a date in the reader's own zone. */
export function formatInstan(iso: string, b: Bahasa): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(LOKAL[b], { dateStyle: 'long', timeStyle: 'short' }).format(d);
}
