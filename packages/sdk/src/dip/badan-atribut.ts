import type { JenisBadanPublik } from '../standard/types.js';
import type { BadanPublik, ZonaWaktu } from './types.js';

/**
 * The parts of a CSV's public body (a CSV names none) as the widgets' attributes (`agency`, `agency-name`,
 * `agency-kind`, `agency-timezone`) and the CLI's options (`--agency-id`, `--agency-name`, …) give them.
 */
export interface AtributBadan {
  /** The body's id. */
  readonly agency?: string | undefined;
  readonly agencyName?: string | undefined;
  readonly agencyKind?: JenisBadanPublik | undefined;
  /** As written: the reader checks it (`bacaZona`; an unknown zone is a problem, WIB is used). */
  readonly agencyTimezone?: string | undefined;
}

/**
 * The body a CSV is read with, from those parts: named `nama` when neither a name nor an id is given, an
 * OPD when no kind is. One rule, so a widget's self-assessed score and `terbuka dip score` agree.
 */
export function badanDariAtribut(a: AtributBadan, nama: string): BadanPublik {
  return {
    id: a.agency || 'badan-publik',
    name: a.agencyName || a.agency || nama,
    kind: a.agencyKind ?? 'opd',
    ...(a.agencyTimezone ? { timeZone: a.agencyTimezone as ZonaWaktu } : {}),
  };
}
