// Instants as the formats write them (feed, requests), apart from tanggal.ts's date arithmetic: the badge
// checks a feed's instants and needs only this, and a module is the unit a bundle splits on.

/** An ISO 8601 instant with its offset: a bare local time would be read differently in WIB, WITA and WIT. */
export const POLA_INSTAN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * True when the `YYYY-MM-DD` an ISO 8601 string begins with is a real calendar day. Date.parse alone is
 * not enough: V8 reads `2026-02-30` (and `…T00:00Z`) as 2 March, `2026-04-31` as 1 May. Read back, a day
 * that overflowed its month has another day of the month (an invalid month or day 00: none).
 */
export const awalTanggalAda = (s: string): boolean =>
  new Date(s.slice(0, 10)).getUTCDate() === Number(s.slice(8, 10));

/** True when `s` is an instant with its offset (POLA_INSTAN) on a real calendar day, at a real time. */
export const instanValid = (s: string): boolean =>
  POLA_INSTAN.test(s) && awalTanggalAda(s) && !Number.isNaN(Date.parse(s));
