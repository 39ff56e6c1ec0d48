import type { Tanggal, ZonaWaktu } from '../dip/types.js';
import { GalatMasukanKalender } from './galat.js';
import { instanArgumen } from './instan-argumen.js';
import { tanggalValid } from './tanggal.js';
import { JAM_ZONA, tanggalDiZona, ZONA_BAKU } from './zona-tanggal.js';

/**
 * Indonesia's three time zones. None observes daylight saving, so each offset is fixed. `lain`: the other
 * IANA names of the same zone (Pontianak keeps WIB; Ujung Pandang is Makassar's old name).
 */
export const ZONA_INDONESIA: readonly {
  readonly zona: ZonaWaktu;
  readonly singkatan: 'WIB' | 'WITA' | 'WIT';
  /** `+07:00`: the offset of JAM_ZONA (zona-tanggal.ts) as ISO 8601 writes it. */
  readonly offset: string;
  readonly lain: readonly string[];
}[] = (
  [
    ['Asia/Jakarta', 'WIB', ['Asia/Pontianak']],
    ['Asia/Makassar', 'WITA', ['Asia/Ujung_Pandang']],
    ['Asia/Jayapura', 'WIT', []],
  ] as const
).map(([zona, singkatan, lain]) => ({
  zona,
  singkatan,
  offset: `+${String(JAM_ZONA[zona]).padStart(2, '0')}:00`,
  lain,
}));

/**
 * Reads `WIB`, `wita`, `Asia/Jayapura`, `Asia/Pontianak` … as one of the three; undefined for anything else,
 * a value that is not a string too (an absent attribute's null).
 */
export function bacaZona(teks: string | null | undefined): ZonaWaktu | undefined {
  if (typeof teks !== 'string') return undefined;
  const t = teks.trim().toLowerCase();
  return ZONA_INDONESIA.find((z) => [z.zona, z.singkatan, ...z.lain].some((n) => n.toLowerCase() === t))
    ?.zona;
}

/**
 * An instant written with the offset of an Indonesian zone (WIB by default), to the millisecond:
 * `2026-11-27T16:30:00.000Z` in WITA is `2026-11-28T00:30:00.000+08:00` — the same instant, its date the
 * one the body lives on. The monitor writes a feed's times so, and a badge reads its as-of date from them.
 * Anything but a valid Date throws GalatArgumen naming instanDiZona and `instan`.
 */
export function instanDiZona(instan: Date, zona: ZonaWaktu = ZONA_BAKU): string {
  const z = ZONA_INDONESIA.find((x) => x.zona === zona) ?? ZONA_INDONESIA[0]!;
  return (
    new Date(instanArgumen('instanDiZona', 'instan', instan).getTime() + JAM_ZONA[z.zona] * 3_600_000)
      .toISOString()
      .slice(0, 23) + z.offset
  );
}

const WAKTU = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * The day a request was received, from what a form or a command line gives: a date `YYYY-MM-DD`, or a
 * time `YYYY-MM-DDTHH:MM[:SS]` with or without an offset. A time without an offset is a wall-clock time in
 * the agency's zone (never the machine's); one with an offset is converted to that zone.
 */
export function tanggalDiterima(teks: string, zona: ZonaWaktu): Tanggal {
  const t = teks.trim();
  if (tanggalValid(t)) return t;
  const m = WAKTU.exec(t);
  const [, tanggal = '', jam = '', menit = '', detik = '0', offset] = m ?? [];
  if (!m || !tanggalValid(tanggal) || Number(jam) > 23 || Number(menit) > 59 || Number(detik) > 59) {
    throw new GalatMasukanKalender({
      id: `Waktu diterima "${t}" tidak sah. Contoh: 2026-03-05 atau 2026-03-05T06:00+07:00.`,
      en: `Time received "${t}" is not valid. Examples: 2026-03-05 or 2026-03-05T06:00+07:00.`,
    });
  }
  if (offset === undefined) return tanggal;
  return tanggalDiZona(new Date(t), zona);
}
