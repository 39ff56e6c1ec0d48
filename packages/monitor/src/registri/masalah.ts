import { kutip } from '@terbuka/sdk';
import type { Masalah, Teks } from '@terbuka/sdk';

/** Names of the registry's fields in words, for messages. */
const LABEL_FIELD: Readonly<Record<string, Teks>> = {
  id: { id: 'id', en: 'id' },
  name: { id: 'nama', en: 'name' },
  kind: { id: 'jenis', en: 'kind' },
  parent: { id: 'induk', en: 'parent' },
  website: { id: 'situs web', en: 'website' },
  dipUrls: { id: 'alamat DIP', en: 'DIP address' },
  feedUrl: { id: 'feed RSS/Atom', en: 'RSS/Atom feed' },
  wordpress: { id: 'WordPress', en: 'WordPress' },
  requestEndpoint: { id: 'endpoint permohonan', en: 'request endpoint' },
  social: { id: 'akun resmi', en: 'official account' },
  platform: { id: 'platform', en: 'platform' },
  url: { id: 'alamat', en: 'address' },
  timeZone: { id: 'zona waktu', en: 'time zone' },
  format: { id: 'format', en: 'format' },
  version: { id: 'versi', en: 'version' },
  agencies: { id: 'daftar badan publik', en: 'agency list' },
};

/** `agencies[3].social[1].url` → agency 3, and the words for `social[1].url`. */
function uraikanJalur(path: string): { agensi?: number; field?: Teks } {
  const m = /^agencies\[(\d+)\](?:\.(.*))?$/.exec(path);
  const sisa = m ? (m[2] ?? '') : path;
  const bagian = sisa.split('.').filter((s) => s !== '');
  if (bagian.length === 0) return m ? { agensi: Number(m[1]) } : {};
  const kata = bagian.map((b) => {
    const n = /^([A-Za-z]+)(?:\[(\d+)\])?$/.exec(b);
    const label = LABEL_FIELD[n?.[1] ?? ''] ?? { id: b, en: b };
    return n?.[2] !== undefined
      ? { id: `${label.id} ke-${Number(n[2]) + 1}`, en: `${label.en} ${Number(n[2]) + 1}` }
      : label;
  });
  const field = { id: kata.map((k) => k.id).join(', '), en: kata.map((k) => k.en).join(', ') };
  return m ? { agensi: Number(m[1]), field } : { field };
}

export interface LetakMasalah {
  /** The agency's id as written, to name it in the message. */
  readonly agencyId?: string;
  /** CSV: 1-based spreadsheet row (the record's number) and the column header as written; JSON: line and character. */
  readonly row?: number;
  readonly column?: string;
}

/**
 * A problem that says where (the CSV line and column, or the agency and field of the JSON), then what.
 * Like the DIP importer's messages, so both read the same in `terbuka` output.
 */
export function masalahRegistri(
  severity: Masalah['severity'],
  code: string,
  path: string,
  problem: Teks,
  letak: LetakMasalah = {},
): Masalah {
  const { agensi, field } = uraikanJalur(path);
  const susun = (b: 'id' | 'en'): string => {
    const depan: string[] = [];
    if (letak.row !== undefined) {
      // A JSON syntax error's column is a character position on a line of the file; a CSV problem's column
      // is a header, on a row of the spreadsheet.
      const c = letak.column;
      const json = c !== undefined && /^\d+$/.test(c);
      depan.push(b === 'id' ? `Baris ${letak.row}` : `${json ? 'Line' : 'Row'} ${letak.row}`);
      if (json) depan.push(b === 'id' ? `karakter ke-${c}` : `character ${c}`);
      else if (c !== undefined) depan.push(b === 'id' ? `kolom "${c}"` : `column "${c}"`);
    } else if (agensi !== undefined) {
      const nama = letak.agencyId !== undefined ? ` (${kutip(letak.agencyId)})` : '';
      depan.push(b === 'id' ? `Badan publik ke-${agensi + 1}${nama}` : `Agency ${agensi + 1}${nama}`);
    }
    const isi = field && letak.column === undefined ? `${field[b]}: ${problem[b]}` : problem[b];
    return depan.length > 0 ? `${depan.join(', ')} — ${isi}` : isi;
  };
  return {
    severity,
    code,
    path,
    ...(letak.row !== undefined ? { row: letak.row } : {}),
    ...(letak.column !== undefined ? { column: letak.column } : {}),
    message: { id: susun('id'), en: susun('en') },
  };
}
