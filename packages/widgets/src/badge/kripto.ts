import { ed25519WebCryptoTersedia } from '@terbuka/sdk';
import type { OpsiVerifikasi } from '@terbuka/sdk';
import { muatCadangan as muatModul } from './muat-cadangan.js';

/** `{}` means the SDK's defaults, WebCrypto. Decided once per page. */
let pilihan: Promise<OpsiVerifikasi> | undefined;

const muatCadangan = (): Promise<OpsiVerifikasi> =>
  muatModul().then(
    (m) => ({ verifikator: m.verifikatorNoble, sha256: m.sha256Noble }),
    () => {
      // The chunk did not load (offline, a host that dropped it): try again next time; this time the
      // verifier throws, which the SDK reports as "crypto not available" — never as verified.
      pilihan = undefined;
      return { verifikator: () => Promise.reject(new Error('ed25519-cadangan')) };
    },
  );

/**
 * How this browser verifies Ed25519: WebCrypto where it verifies Ed25519, else the lazily loaded
 * fallback (its verifier and its SHA-256 for key ids: a page over plain http has no crypto.subtle).
 * `cadangan` forces the fallback (tests).
 */
export function kriptoLencana(cadangan = false): Promise<OpsiVerifikasi> {
  if (cadangan) return muatCadangan();
  return (pilihan ??= ed25519WebCryptoTersedia().then((ada) => (ada ? {} : muatCadangan())));
}

/** Tests: forget this page's choice, so the next badge decides again. */
export const lupakanKripto = (): void => {
  pilihan = undefined;
};
