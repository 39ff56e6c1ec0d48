import type { Bahasa } from '@terbuka/sdk';

/** Intl locale per language: Indonesian as written in Indonesia, English without a region. */
export const LOKAL: Readonly<Record<Bahasa, string>> = { id: 'id-ID', en: 'en' };

/** An instant (e.g. when a copy was saved) as a date in the reader's own zone. */
export function formatInstan(iso: string, b: Bahasa): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(LOKAL[b], { dateStyle: 'long', timeStyle: 'short' }).format(d);
}
