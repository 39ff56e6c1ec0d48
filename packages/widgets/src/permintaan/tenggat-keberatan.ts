// Loaded with import() in keberatan mode only: the holiday data of the SDK calendar stays out of the
// request form's bundle (its receipt carries the deadline the server computed).
import { hitungTenggat } from '@terbuka/sdk';
import type { Tanggal } from '@terbuka/sdk';

/** The day the Atasan PPID must answer by (30 working days) for an objection filed at `now`. */
export function tenggatTanggapan(now: Date): Tanggal | undefined {
  try {
    return hitungTenggat('tanggapan-keberatan', now).due;
  } catch {
    return undefined; // No holiday data for that year: the rule is still said, without a date.
  }
}
