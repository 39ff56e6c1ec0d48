import type { Teks } from '../i18n/teks.js';

/** The four categories of public information (UU KIP Pasal 9, 10, 11 and 17). */
export type Kategori = 'berkala' | 'serta-merta' | 'setiap-saat' | 'dikecualikan';

/** The kind of public body that keeps a DIP. `desa` follows Perki 1/2018; every other kind Perki 1/2021. */
export type JenisBadanPublik = 'opd' | 'kecamatan' | 'kelurahan' | 'desa' | 'lainnya';

/** Which catalog of mandatory items applies. */
export type JenisKatalog = 'badan-publik' | 'desa';

/**
 * Where a rule comes from. Citations are data: when an article number turns out wrong it is corrected
 * here, never in logic. `verified: false` marks what could not be confirmed against the text.
 */
export interface DasarHukum {
  readonly instrument: string;
  readonly article?: string;
  readonly verified: boolean;
  readonly note?: Teks;
}

/** Letters of UU KIP Pasal 17 (exceptions) and Pasal 35 ayat 1 (objection grounds). */
export type HurufPasal17 = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j';
export type HurufPasal35 = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g';
