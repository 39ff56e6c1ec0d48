import { bacaZona, ZONA_BAKU, ZONA_INDONESIA } from '@terbuka/sdk';
import type { BadanPublik, Bahasa, ZonaWaktu } from '@terbuka/sdk';
import { LOKAL } from './format-instan.js';

// Not in format-instan.ts: the build puts that module in the display family's shared base (`dasar`) with all it
// imports, and the SDK's zone table there cost badge.js + dasar ~1.1 kB (measured); from here it comes with
// the lists' code (and, lazily, with a badge's problem words).

/**
 * An instant in the agency's zone, named (WIB, WITA, WIT): a receipt, a status page, and a list or badge
 * shown from its saved copy say when the office received or did something, or when the copy was saved, in
 * the agency's own time wherever the reader's device is. Without a zone (an older server's receipt), the
 * device's time, unnamed.
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

/**
 * The agency's zone for an element: its `agency-timezone` attribute (WITA, Asia/Jayapura …), else the zone
 * its DIP gives (`agency.timeZone`), else WIB (the SDK's default).
 */
export const zonaBadan = (atribut: string | undefined, agency?: BadanPublik): ZonaWaktu =>
  bacaZona(atribut) ?? agency?.timeZone ?? ZONA_BAKU;
