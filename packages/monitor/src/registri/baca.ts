import { bacaDIP } from '@terbuka/sdk';
import type { Masalah } from '@terbuka/sdk';
import type { HasilRegistri } from '../types.js';
import { imporRegistriCSV } from './csv.js';
import { masalahRegistri } from './masalah.js';
import { validasiRegistri } from './validasi.js';

export interface OpsiBacaRegistri {
  /** Without it, text that starts with `{` or `[` is JSON and anything else CSV. */
  readonly format?: 'json' | 'csv';
}

/**
 * Line and column of a JSON syntax error. Node 20 often names no position, so the SDK's DIP reader,
 * which scans the failing text again to find it, is asked; only its position is kept.
 */
function letakSintaks(teks: string): { row?: number; column?: string } {
  const m = bacaDIP(teks, { format: 'json' }).errors.find((e) => e.code === 'json.syntax');
  return {
    ...(m?.row !== undefined ? { row: m.row } : {}),
    ...(m?.column !== undefined ? { column: m.column } : {}),
  };
}

/** Reads the agencies registry from JSON or CSV text: the registry when valid, every problem always. */
export function bacaRegistri(teksMentah: string, opsi: OpsiBacaRegistri = {}): HasilRegistri {
  const teks = teksMentah.replace(/^\uFEFF/, '');
  const format = opsi.format ?? (/^\s*[[{]/.test(teks) ? 'json' : 'csv');
  if (format === 'csv') return imporRegistriCSV(teks);
  let data: unknown;
  try {
    data = JSON.parse(teks);
  } catch {
    const letak = letakSintaks(teks);
    const galat: Masalah = masalahRegistri(
      'error',
      'json.syntax',
      '',
      {
        id: 'Berkas bukan JSON yang sah (periksa koma, tanda kutip dan kurung).',
        en: 'The file is not valid JSON (check commas, quotation marks and brackets).',
      },
      letak,
    );
    return { ok: false, errors: [galat], warnings: [] };
  }
  return validasiRegistri(data);
}
