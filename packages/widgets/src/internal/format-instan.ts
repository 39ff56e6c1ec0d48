import type { Bahasa } from '@terbuka/sdk';

/**
 * Intl locale per language: Indonesian as written in Indonesia; English as British English writes dates
 * ("5 December 2026", 24-hour times), the order Indonesian readers know and the one the SDK's badge and
 * static SVG use, so a widget never shows "December 5, 2026" beside a badge's "5 December 2026".
 */
export const LOKAL: Readonly<Record<Bahasa, string>> = { id: 'id-ID', en: 'en-GB' };

/** An instant (e.g. when a copy was saved) as a date in the reader's own zone. */
export function formatInstan(iso: string, b: Bahasa): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(LOKAL[b], { dateStyle: 'long', timeStyle: 'short' }).format(d);
}
