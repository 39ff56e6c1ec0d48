import { verifikatorWebCrypto } from '@terbuka/sdk';
import type { OpsiVerifikasi } from '@terbuka/sdk';
import type * as Cadangan from './ed25519-cadangan.js';
import { muatCadangan } from './muat-cadangan.js';

/**
 * The fallback's loader, kept here so tests can swap in a chunk that fails. It keeps the loaded module and
 * tries a chunk that did not load (offline, a host that dropped it) again next time by itself (import(),
 * or berkas-samping.iife.ts's loader); this time the verifier rejects, which the SDK reports as "crypto
 * not available" — never as verified.
 */
export const cadangan: { muat: () => Promise<typeof Cadangan> } = { muat: muatCadangan };

/** The lazily loaded @noble fallback: its verifier, and its SHA-256 for key ids. */
const CADANGAN = {
  verifikator: async (k, s, m) => (await cadangan.muat()).verifikatorNoble(k, s, m),
  sha256: async (d) => (await cadangan.muat()).sha256Noble(d),
} satisfies OpsiVerifikasi;

/**
 * How this browser verifies Ed25519: WebCrypto, and the fallback wherever WebCrypto refuses (no Ed25519,
 * no crypto.subtle on a page over plain http) or says a signature fails (a wrong signature is wrong in
 * both; a broken WebCrypto cannot make a good one fail). `paksa` forces the fallback (tests).
 */
export const kriptoLencana = (paksa?: boolean): OpsiVerifikasi =>
  paksa
    ? CADANGAN
    : {
        verifikator: (k, s, m) =>
          verifikatorWebCrypto(k, s, m).then(
            // A fallback that cannot load leaves WebCrypto's "no" standing (the next signature is tried).
            (ok) => ok || CADANGAN.verifikator(k, s, m).catch(() => false),
            () => CADANGAN.verifikator(k, s, m),
          ),
        ...(globalThis.crypto?.subtle ? {} : { sha256: CADANGAN.sha256 }),
      };
