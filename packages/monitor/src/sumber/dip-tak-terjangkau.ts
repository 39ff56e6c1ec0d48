// A scan that read the home page but could not reach the DIP (no answer in time, a connection that failed or
// was cut, DNS, a server error). That says the DIP's server was down for the night, not that the body has no
// DIP: like a site that could not be reached at all, it does not replace a result that is still valid.
import type { CatatanPindai, Kegagalan } from '../types.js';
import { TANPA_JAWABAN } from '../ambil/kegagalan.js';

/**
 * Failures that say nothing about the DIP itself: no answer at all (`TANPA_JAWABAN`), or a server error
 * (5xx) — the server was down for the night, not an answer about the DIP.
 */
const tanpaJawabanDIP = (f: Kegagalan): boolean => TANPA_JAWABAN.has(f.reason) || f.reason === 'server';

/**
 * True when no DIP was read and every expected DIP address failed without an answer about the DIP (see
 * `tanpaJawabanDIP`). A 404, an invalid document or a too-large file are answers: those scans are results.
 */
export function dipTakTerjangkau(c: Pick<CatatanPindai, 'dip' | 'observations'>): boolean {
  if (c.dip) return false;
  const dip = (c.observations ?? []).filter((o) => o.kind === 'dip' && !o.optional);
  return dip.length > 0 && dip.every((o) => o.failure !== undefined && tanpaJawabanDIP(o.failure));
}
