import { ed25519WebCryptoTersedia } from '@terbuka/sdk';
import type { VerifikatorEd25519 } from '@terbuka/sdk';
import { muatCadangan as muatModul } from './muat-cadangan.js';

/** `undefined` means the SDK's default, WebCrypto. Decided once per page. */
let pilihan: Promise<VerifikatorEd25519 | undefined> | undefined;

const muatCadangan = (): Promise<VerifikatorEd25519> =>
  muatModul().then(
    (m) => m.verifikatorNoble,
    () => {
      // The chunk did not load (offline, a host that dropped it): try again next time; this time the
      // verifier throws, which the SDK reports as "crypto not available" — never as verified.
      pilihan = undefined;
      return () => Promise.reject(new Error('ed25519-cadangan'));
    },
  );

/**
 * The Ed25519 verifier for this browser: WebCrypto where it verifies Ed25519, else the lazily loaded
 * fallback. `cadangan` forces the fallback (tests).
 */
export function verifikatorLencana(cadangan = false): Promise<VerifikatorEd25519 | undefined> {
  if (cadangan) return muatCadangan();
  return (pilihan ??= ed25519WebCryptoTersedia().then((ada) => (ada ? undefined : muatCadangan())));
}
