// Loaded with import() in keberatan mode only: the holiday data of the SDK calendar stays out of the
// request form's bundle (its receipt carries the deadline the server computed).
import { bacaZona, hitungTenggat } from '@terbuka/sdk';
import type { Tanggal } from '@terbuka/sdk';

/** The agency's calendar as the form's attributes give it (`agency-timezone`, `tanpa-cuti-bersama`). */
export interface KalenderBadan {
  /** As written: `WIB`, `WITA`, `WIT` or an IANA name the SDK knows (`bacaZona`); none is WIB. */
  readonly zona?: string | undefined;
  /** Cuti bersama are working days for this body (the server's `cutiBersamaLibur: false`). */
  readonly tanpaCutiBersama?: boolean | undefined;
}

/**
 * The day the Atasan PPID must answer by (30 working days) for an objection filed at `now`, counted on the
 * agency's calendar as the server counts the receipt's: the date of `now` in its zone, its cuti bersama.
 */
export function tenggatTanggapan(now: Date, badan: KalenderBadan = {}): Tanggal | undefined {
  const zona = badan.zona ? bacaZona(badan.zona) : undefined;
  if (badan.zona && !zona) {
    // A date counted in another zone than the server's would be a day off near midnight: none is shown.
    console.warn(
      `[terbuka] <ppid-permintaan>: agency-timezone "${badan.zona}" tidak dikenal; tenggat tidak ditampilkan. Pilihan: WIB, WITA, WIT, Asia/Jakarta, Asia/Makassar, Asia/Jayapura / ` +
        `agency-timezone "${badan.zona}" is not known; no deadline shown. Valid: WIB, WITA, WIT, Asia/Jakarta, Asia/Makassar, Asia/Jayapura`,
    );
    return undefined;
  }
  try {
    return hitungTenggat('tanggapan-keberatan', now, {
      ...(zona ? { timeZone: zona } : {}),
      cutiBersamaLibur: !badan.tanpaCutiBersama,
    }).due;
  } catch {
    return undefined; // No holiday data for that year: the rule is still said, without a date.
  }
}
