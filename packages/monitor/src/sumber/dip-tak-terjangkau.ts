// A scan that read the home page but could not reach the DIP (no answer in time, a connection that failed or
// was cut, DNS, a server error). That says the DIP's server was down for the night, not that the body has no
// DIP: like a site that could not be reached at all, it does not replace a result that is still valid.
import type { AlasanGagal, CatatanPindai } from '../types.js';

/**
 * Failures that say nothing about the DIP itself, only that its server did not answer this time (or, for
 * `sertifikat`, could not be talked to safely: a certificate problem, not an answer about the DIP).
 */
const TANPA_JAWABAN: ReadonlySet<AlasanGagal> = new Set([
  'dns',
  'koneksi',
  'waktu-habis',
  'sertifikat',
  'server',
]);

/**
 * True when no DIP was read and every expected DIP address failed without an answer about the DIP (see
 * `TANPA_JAWABAN`). A 404, an invalid document or a too-large file are answers: those scans are results.
 */
export function dipTakTerjangkau(c: Pick<CatatanPindai, 'dip' | 'observations'>): boolean {
  if (c.dip) return false;
  const dip = (c.observations ?? []).filter((o) => o.kind === 'dip' && !o.optional);
  return dip.length > 0 && dip.every((o) => o.failure !== undefined && TANPA_JAWABAN.has(o.failure.reason));
}
