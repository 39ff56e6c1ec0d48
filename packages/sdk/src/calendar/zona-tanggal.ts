import type { Tanggal, ZonaWaktu } from '../dip/types.js';

// The date of an instant in a zone, apart from the date arithmetic of tanggal.ts (which re-exports
// it): the badge needs only this, and a module is the unit a bundle splits on.

export const ZONA_BAKU: ZonaWaktu = 'Asia/Jakarta';

// Building an Intl.DateTimeFormat costs far more than formatting with one: keep one per zone.
const FORMAT_ZONA = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of an instant in an Indonesian time zone (WIB by default). */
export function tanggalDiZona(instan: Date, zona: ZonaWaktu = ZONA_BAKU): Tanggal {
  let format = FORMAT_ZONA.get(zona);
  if (!format) {
    // en-CA formats as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: zona,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    FORMAT_ZONA.set(zona, format);
  }
  return format.format(instan);
}
