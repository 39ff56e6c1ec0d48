import { imporCSV } from './csv.js';
import { posisiGalatJSON } from './json-posisi.js';
import { buatMasalah } from './masalah.js';
import { denganPengodean } from './pengodean.js';
import type { BadanPublik } from './types.js';
import { validasiDIP } from './validasi.js';
import type { HasilBaca } from './validasi.js';

export interface OpsiBacaDIP {
  /** Default: JSON when the text starts with `{` or `[`, otherwise CSV. */
  readonly format?: 'json' | 'csv';
  /** For CSV, which holds no agency. Ignored for JSON. */
  readonly agency?: BadanPublik;
  /** The encoding the text was read in (`dekodeBerkas`); other than UTF-8 or UTF-16 it is warned of. */
  readonly pengodean?: string;
}

/** Line and column (1-based) of a character offset. */
function letak(teks: string, posisi: number): { baris: number; kolom: number } {
  const depan = teks.slice(0, Math.max(0, Math.min(posisi, teks.length)));
  const garis = depan.split(/\r\n|\r|\n/);
  return { baris: garis.length, kolom: (garis[garis.length - 1]?.length ?? 0) + 1 };
}

function bacaJSON(teks: string): HasilBaca {
  let data: unknown;
  try {
    data = JSON.parse(teks);
  } catch {
    const { baris, kolom } = letak(teks, posisiGalatJSON(teks));
    const m = buatMasalah({
      severity: 'error',
      code: 'json.syntax',
      path: '',
      row: baris,
      column: String(kolom),
      problem: {
        id: `Karakter ke-${kolom} pada baris itu: penulisan JSON tidak sah (periksa koma, tanda kutip dan kurung di sekitar posisi ini).`,
        en: `Character ${kolom} on that line: the JSON is malformed (check commas, quotes and brackets around this position).`,
      },
    });
    return { ok: false, errors: [m], warnings: [] };
  }
  return validasiDIP(data);
}

/**
 * Reads a DIP from text, JSON or CSV, and validates it. For a JSON syntax error, `row` is the line
 * and `column` the character position on it. `opsi` null is none (as JavaScript callers pass it).
 */
export function bacaDIP(teks: string, opsi?: OpsiBacaDIP | null): HasilBaca {
  const bersih = (typeof teks === 'string' ? teks : '').replace(/^\uFEFF/, '');
  const { format: diminta, agency, pengodean } = opsi ?? {};
  const format = diminta ?? (/^\s*[{[]/.test(bersih) ? 'json' : 'csv');
  return format === 'json'
    ? denganPengodean(bacaJSON(bersih), pengodean, 'json')
    : imporCSV(bersih, { ...(agency ? { agency } : {}), ...(pengodean ? { pengodean } : {}) });
}
