import type { Tanggal, ZonaWaktu } from '../dip/types.js';
import { GalatArgumen } from '../i18n/argumen.js';
import { keTanggal, tanggalValid } from './tanggal.js';

// Its own module, not tanggal.ts: the lists' eager chunk holds tanggal.ts, and this check (with
// GalatArgumen's words) belongs only with the public functions that use it (nilaiDIP, lazy there).

/**
 * A public function's date parameter (`now` …), as `keTanggal` reads it: a real `YYYY-MM-DD` date, or a
 * valid Date read in `zona`. Anything else throws GalatArgumen naming the function, the parameter and that
 * form, with the text given (`"kemarin"`) or `Invalid Date`, in both languages.
 */
export function tanggalArgumen(fungsi: string, parameter: string, nilai: unknown, zona?: ZonaWaktu): Tanggal {
  if (
    nilai instanceof Date ? !Number.isNaN(nilai.getTime()) : typeof nilai === 'string' && tanggalValid(nilai)
  )
    return keTanggal(nilai as Date | Tanggal, zona);
  const tampil =
    nilai instanceof Date
      ? 'Invalid Date'
      : typeof nilai === 'string'
        ? JSON.stringify(nilai.length > 40 ? `${nilai.slice(0, 40)}…` : nilai)
        : undefined;
  throw new GalatArgumen(
    fungsi,
    parameter,
    nilai,
    {
      id: 'tanggal YYYY-MM-DD yang ada (mis. "2026-11-28") atau Date yang sah',
      en: 'a date as YYYY-MM-DD that exists (e.g. "2026-11-28") or a valid Date',
    },
    tampil === undefined ? undefined : { id: `Diberikan: ${tampil}.`, en: `Given: ${tampil}.` },
  );
}
