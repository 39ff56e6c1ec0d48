import { isiTeks, type Masalah } from '@terbuka/sdk';

/** The problems of a reading (a DIP's, a registry's). */
type MasalahHasil = { readonly errors: readonly Masalah[]; readonly warnings: readonly Masalah[] };
import type { Keluaran } from '../keluaran.js';

/** The stable JSON shape of one problem (documented in the CLI docs, id and en). */
export function masalahJSON(m: Masalah, out: Keluaran) {
  return {
    severity: m.severity,
    code: m.code,
    path: m.path,
    ...(m.row !== undefined ? { row: m.row } : {}),
    ...(m.column !== undefined ? { column: m.column } : {}),
    message: out.teks(m.message),
  };
}

function letak(m: Masalah, out: Keluaran): string {
  // CSV messages already begin with their row ("Baris 16, …"), so only the path and column are added.
  const bagian = [m.path || out.teks({ id: '(dokumen)', en: '(document)' })];
  // JSON syntax errors give a character position as their column; CSV problems give the header.
  if (m.column !== undefined)
    bagian.push(
      out.teks(
        /^\d+$/.test(m.column)
          ? isiTeks({ id: 'karakter ke-{c}', en: 'character {c}' }, { c: m.column })
          : isiTeks({ id: 'kolom "{c}"', en: 'column "{c}"' }, { c: m.column }),
      ),
    );
  return bagian.join(', ');
}

/** Human-readable list of every error and warning, on stderr. */
export function tampilkanMasalah(hasil: MasalahHasil, path: string, out: Keluaran): void {
  const label = {
    error: out.teks({ id: 'GALAT', en: 'ERROR' }),
    warning: out.teks({ id: 'PERINGATAN', en: 'WARNING' }),
  };
  for (const m of [...hasil.errors, ...hasil.warnings]) {
    out.galat(`${label[m.severity]}  ${letak(m, out)}: ${out.teks(m.message)}`);
  }
  out.galat(
    out.teks(
      isiTeks(
        {
          id: '{path}: {e} galat, {w} peringatan.',
          en: '{path}: {e} errors, {w} warnings.',
        },
        { path, e: hasil.errors.length, w: hasil.warnings.length },
      ),
    ),
  );
}

/** The JSON every `dip` command prints for a document that is not valid. */
export function laporanTidakSahJSON(hasil: MasalahHasil, path: string, out: Keluaran) {
  return {
    file: path,
    valid: false,
    errors: hasil.errors.map((m) => masalahJSON(m, out)),
    warnings: hasil.warnings.map((m) => masalahJSON(m, out)),
  };
}
