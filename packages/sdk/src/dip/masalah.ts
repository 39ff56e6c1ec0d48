import type { Teks } from '../i18n/teks.js';
import type { Masalah } from './types.js';
import { labelKolom, lokasiJalur } from './label.js';

export interface RincianMasalah {
  readonly severity: Masalah['severity'];
  readonly code: string;
  /** Path into the document; '' for the document as a whole. */
  readonly path: string;
  /** What is wrong, said of the field (the field's name and position are put in front). */
  readonly problem: Teks;
  readonly row?: number;
  readonly column?: string;
  /** Say the problem without naming a field, e.g. for the whole document or a CSV line. */
  readonly tanpaKolom?: boolean;
}

/** Builds a Masalah whose message says where (item n, link m), which field (in words), and what. */
export function buatMasalah(r: RincianMasalah): Masalah {
  const lokasi = lokasiJalur(r.path);
  const kolom = r.tanpaKolom || r.path === '' ? undefined : labelKolom(r.path);
  const susun = (b: 'id' | 'en'): string => {
    const depan = [r.row !== undefined ? (b === 'id' ? `Baris ${r.row}` : `Line ${r.row}`) : '', lokasi[b]]
      .filter((s) => s !== '')
      .join(', ');
    const isi = kolom ? `${kolom[b]}: ${r.problem[b]}` : r.problem[b];
    return depan ? `${depan} — ${isi}` : isi;
  };
  return {
    severity: r.severity,
    code: r.code,
    path: r.path,
    ...(r.row !== undefined ? { row: r.row } : {}),
    ...(r.column !== undefined ? { column: r.column } : {}),
    message: { id: susun('id'), en: susun('en') },
  };
}
