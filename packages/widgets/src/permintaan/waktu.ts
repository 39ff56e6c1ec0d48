import { ZONA_INDONESIA } from '@terbuka/sdk';
import type { Bahasa, Tanggal, ZonaWaktu } from '@terbuka/sdk';
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

/**
 * An instant in the agency's zone, named (WIB, WITA, WIT): a receipt and a status page say when the
 * office received or did something, in its own time, wherever the reader's device is. Without a zone (an
 * older server), the device's time, unnamed.
 */
export function formatWaktu(iso: string, b: Bahasa, zona?: ZonaWaktu): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const teks = new Intl.DateTimeFormat(LOKAL[b], {
    dateStyle: 'long',
    timeStyle: 'short',
    ...(zona ? { timeZone: zona } : {}),
  }).format(d);
  const singkatan = ZONA_INDONESIA.find((z) => z.zona === zona)?.singkatan;
  return singkatan ? `${teks} ${singkatan}` : teks;
}
