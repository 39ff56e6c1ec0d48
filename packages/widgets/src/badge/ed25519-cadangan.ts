/**
 * The fallback Ed25519 verifier for browsers whose WebCrypto lacks Ed25519 (Chromium before 137, older
 * Safari and Firefox): @noble/ed25519, audited and small. Loaded with import() only on those browsers,
 * so the badge everyone else loads does not carry it. Its SHA-512 is WebCrypto's digest, which every
 * browser with `crypto.subtle` has (a page without WebCrypto cannot compute key ids either).
 */
import { verifyAsync } from '@noble/ed25519';
import type { VerifikatorEd25519 } from '@terbuka/sdk';

/** RFC 8032 semantics (zip215: false), as WebCrypto verifies: both accept exactly the same signatures. */
export const verifikatorNoble: VerifikatorEd25519 = (publicKey, signature, message) =>
  verifyAsync(signature, message, publicKey, { zip215: false });
