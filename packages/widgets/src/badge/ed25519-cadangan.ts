/**
 * The fallback Ed25519 verifier for browsers whose WebCrypto lacks Ed25519 (Chromium before 137, older
 * Safari and Firefox) or that give the page no WebCrypto at all (a site served over plain http):
 * @noble/ed25519 with @noble/hashes' SHA-512, and SHA-256 for the key ids — audited and small. Loaded
 * with import() only on those browsers, so the badge everyone else loads does not carry it.
 */
// First: noble's modules need Object.hasOwn while they load, which Safari 15.0–15.3 lack.
import './pelengkap-hasown.js';
import { hashes, verify } from '@noble/ed25519';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import type { Sha256, VerifikatorEd25519 } from '@terbuka/sdk';

// noble's synchronous API needs its SHA-512 set; nothing here touches crypto.subtle.
hashes.sha512 = sha512;

/** RFC 8032 semantics (zip215: false), as WebCrypto verifies: both accept exactly the same signatures. */
export const verifikatorNoble: VerifikatorEd25519 = async (publicKey, signature, message) =>
  verify(signature, message, publicKey, { zip215: false });

/** SHA-256 for `idKunci` (the RFC 7638 key id) where WebCrypto's digest is missing. */
export const sha256Noble: Sha256 = (data) => sha256(data);
