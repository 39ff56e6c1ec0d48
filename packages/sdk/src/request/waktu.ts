import type { ZonaWaktu } from '../dip/types.js';
import { instanArgumen } from '../calendar/instan-argumen.js';
import { ZONA_INDONESIA } from '../calendar/zona.js';

/**
 * An instant as ISO 8601 in an Indonesian zone, with its offset and whole seconds:
 * `2026-03-06T06:00:00+07:00`. Indonesia has no daylight saving, so each zone's offset is fixed. Anything
 * but a valid Date throws GalatArgumen naming waktuDiZona and `instan`.
 */
export function waktuDiZona(instan: Date, zona: ZonaWaktu): string {
  instanArgumen('waktuDiZona', 'instan', instan);
  const z = ZONA_INDONESIA.find((x) => x.zona === zona) ?? ZONA_INDONESIA[0]!;
  const [jam = 0, menit = 0] = z.offset.slice(1).split(':').map(Number);
  const geser = (z.offset.startsWith('-') ? -1 : 1) * (jam * 60 + menit) * 60_000;
  return `${new Date(instan.getTime() + geser).toISOString().slice(0, 19)}${z.offset}`;
}

/**
 * A stored time as the receipt writes its `receivedAt` (waktuDiZona: the agency's offset, whole seconds),
 * whatever form it was stored in — UTC `Z`, with milliseconds, another offset (an older server, a zone since
 * changed): `2026-03-13T02:00:00.000Z` in WIB is `2026-03-13T09:00:00+07:00`. A value that is no time is
 * returned as stored (nothing is lost). The one normaliser for every stored time an API answer, a listing
 * or an export shows.
 */
export function waktuTersimpanDiZona(at: string, zona: ZonaWaktu): string {
  return waktuTerbaca(at) ? waktuDiZona(new Date(at), zona) : at;
}

/**
 * Whether a stored time is a time at all (what waktuTersimpanDiZona normalises; else it returns the value as
 * stored). A store edited by hand or imported may hold `kemarin sore` where a time belongs: the calendar's
 * judgements (dijawabTerlambat, working days) cannot be made on it, and a listing, an export or a report
 * carries it as stored and flags it instead.
 */
export function waktuTerbaca(at: unknown): at is string {
  return typeof at === 'string' && at !== '' && !Number.isNaN(new Date(at).getTime());
}

/**
 * The events' times as the receipt writes its `receivedAt` (waktuTersimpanDiZona), however they were stored:
 * the receipt's event carries the agency's offset, an officer's event was stored as UTC with milliseconds.
 * An API answer thus shows every event time in one form, the office's.
 */
export function peristiwaDiZona<E extends { readonly at: string }>(
  events: readonly E[],
  zona: ZonaWaktu,
): E[] {
  return events.map((e) => {
    const at = waktuTersimpanDiZona(e.at, zona);
    return at === e.at ? e : { ...e, at };
  });
}
