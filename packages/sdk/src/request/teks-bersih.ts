import { TAK_TAMPAK } from '../standard/normalisasi.js';

/** The text without its invisible format characters (TAK_TAMPAK: never meant in a field). */
export const buangKarakterFormat = (s: string): string => s.replace(TAK_TAMPAK, '');

/**
 * A registration number as typed or pasted: format characters gone, runs of spaces made one, none around
 * the slashes ("001 / PPID / 2026" is the number 001/PPID/2026), none at the ends.
 */
export const rapikanNomor = (s: string): string =>
  buangKarakterFormat(s)
    .replace(/\s+/g, ' ')
    .replace(/ ?\/ ?/g, '/')
    .trim();
