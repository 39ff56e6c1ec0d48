import { randomBytes, timingSafeEqual } from 'node:crypto';
import { sha256 } from '../sidik.js';
import type { PetugasKonfigurasi } from '../konfigurasi.js';

/**
 * A new officer token: 32 random bytes (base64url). Tokens are high-entropy, so a plain SHA-256 is
 * enough to keep them in the configuration (no salt or slow hash needed, unlike passwords).
 */
export function buatToken(): { token: string; sha256: string } {
  const token = `tbk_${randomBytes(32).toString('base64url')}`;
  return { token, sha256: sha256(token) };
}

/**
 * The officer a bearer token belongs to. Every configured hash is compared in constant time, whether
 * or not an earlier one matched, so the answer time says nothing about which hash was close.
 */
export function cariPetugas(
  daftar: readonly PetugasKonfigurasi[],
  authorization: string | undefined,
): PetugasKonfigurasi | undefined {
  const m = /^Bearer\s+(\S{16,512})$/i.exec(authorization ?? '');
  if (!m) return undefined;
  const sidik = Buffer.from(sha256(m[1]!), 'hex');
  let ketemu: PetugasKonfigurasi | undefined;
  for (const p of daftar) {
    if (timingSafeEqual(sidik, Buffer.from(p.tokenSha256, 'hex')) && !ketemu) ketemu = p;
  }
  return ketemu;
}
