import { sebagaiByte, teksArgumen } from '../i18n/argumen.js';
import { imporCSV } from './csv.js';
import { halamanWeb } from './halaman-web.js';
import { posisiGalatJSON } from './json-posisi.js';
import { buatMasalah } from './masalah.js';
import { dekodeBerkas, denganPengodean } from './pengodean.js';
import type { BadanPublik, DokumenDIP } from './types.js';
import { validasiDIP } from './validasi.js';
import type { HasilBaca } from './validasi.js';

export interface OpsiBacaDIP {
  /** Default: JSON when the text starts with `{` or `[`, otherwise CSV. */
  readonly format?: 'json' | 'csv';
  /** For CSV, which holds no agency. Ignored for JSON. */
  readonly agency?: BadanPublik;
  /** For CSV, the PPID decision that set the DIP (SK DIP), over one its title rows name. Ignored for JSON. */
  readonly decision?: DokumenDIP['decision'];
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
    // A login or "not found" page, or a sheet published as a web page, where the JSON was expected: named,
    // as the CSV importer names it, rather than as a comma out of place at its first character.
    if (halamanWeb(teks))
      return {
        ok: false,
        errors: [
          buatMasalah({
            severity: 'error',
            code: 'json.syntax',
            path: '',
            problem: {
              id: 'Berkas ini halaman web atau berkas XML, bukan JSON: alamat atau berkasnya menunjuk ke sebuah halaman (mis. halaman masuk atau "tidak ditemukan"), bukan ke DIP-nya.',
              en: 'This file is a web page or an XML file, not JSON: the address or file points to a page (e.g. a login or "not found" page), not to the DIP itself.',
            },
          }),
        ],
        warnings: [],
      };
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

/** What `bacaDIP` reads, in both languages: its message for anything else. */
const BACAAN = {
  id: 'teks berkas JSON atau CSV (string), byte berkasnya, atau dokumen DIP yang sudah diurai (objek)',
  en: "a JSON or CSV file's text (a string), its bytes, or an already parsed DIP document (an object)",
};

/**
 * Reads a DIP and validates it: from text, JSON or CSV; from a file's bytes (a Uint8Array such as Node's
 * Buffer, an ArrayBuffer), decoded first as `dekodeBerkas` does (its encoding then replaces `pengodean`);
 * or from an already parsed JSON document (an object), validated as `validasiDIP` does. For a JSON
 * syntax error, `row` is the line and `column` the character position on it. Anything else (undefined,
 * null, a number) is one `document.type` error naming what was given and what to pass. `opsi` null is
 * none (as JavaScript callers pass it).
 */
export function bacaDIP(
  teks: string | Uint8Array | ArrayBuffer | ArrayBufferView | object,
  opsi?: OpsiBacaDIP | null,
): HasilBaca {
  const { format: diminta, agency, decision } = opsi ?? {};
  let { pengodean } = opsi ?? {};
  let isi: unknown = teks;
  const bytes = sebagaiByte(teks);
  if (bytes) ({ teks: isi, pengodean } = dekodeBerkas(bytes));
  if (typeof isi !== 'string') {
    if (typeof isi === 'object' && isi !== null && diminta !== 'csv') return validasiDIP(isi);
    const problem = teksArgumen('bacaDIP', 'teks', isi, BACAAN);
    return {
      ok: false,
      errors: [buatMasalah({ severity: 'error', code: 'document.type', path: '', problem })],
      warnings: [],
    };
  }
  const bersih = isi.replace(/^\uFEFF/, '');
  const format = diminta ?? (/^\s*[{[]/.test(bersih) ? 'json' : 'csv');
  return format === 'json'
    ? denganPengodean(bacaJSON(bersih), pengodean, 'json')
    : imporCSV(bersih, {
        ...(agency ? { agency } : {}),
        ...(decision ? { decision } : {}),
        ...(pengodean ? { pengodean } : {}),
      });
}
