import type { Tanggal, ZonaWaktu } from '../dip/types.js';

// The date of an instant in a zone, apart from the date arithmetic of tanggal.ts (which re-exports
// it): the badge needs only this, and a module is the unit a bundle splits on.

export const ZONA_BAKU: ZonaWaktu = 'Asia/Jakarta';

/**
 * Hours ahead of UTC of Indonesia's zones (WIB, WITA, WIT), fixed: none observes daylight saving. The one
 * place these offsets are written (zona.ts reads them).
 */
export const JAM_ZONA: Readonly<Record<ZonaWaktu, number>> = {
  'Asia/Jakarta': 7,
  'Asia/Makassar': 8,
  'Asia/Jayapura': 9,
};

/**
 * The calendar date of an instant in an Indonesian time zone (WIB by default): the instant moved by the
 * zone's fixed offset, read as UTC. Arithmetic, not a locale's date format: those change with the
 * browser's ICU data (en-CA's numeric date turned month-first in ICU 72). Throws a RangeError for an
 * invalid Date.
 */
export function tanggalDiZona(instan: Date, zona: ZonaWaktu = ZONA_BAKU): Tanggal {
  return new Date(instan.getTime() + JAM_ZONA[zona] * 3_600_000).toISOString().slice(0, 10);
}
