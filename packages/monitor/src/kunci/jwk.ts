import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import type { KunciPublikJWK } from '@terbuka/sdk';

/** A public Ed25519 key as published in `keys.json`: the SDK's `KunciPublikJWK`. */
export type KunciJWK = KunciPublikJWK;

/** What the key folder's `keys.json` holds: the JWKS plus, per retired key, until when it co-signs. */
export interface KunciTersimpan extends KunciJWK {
  readonly retiredAt?: string;
  /** A retired key keeps co-signing the feed until this instant, so badges pinned to it keep verifying. */
  readonly signUntil?: string;
}

/**
 * RFC 7638 thumbprint of an Ed25519 public key: base64url SHA-256 of the required members in
 * lexicographic order, without whitespace. Must equal the SDK's `idKunci` (tested).
 */
export function thumbprintJWK(x: string): string {
  const kanonik = `{"crv":"Ed25519","kty":"OKP","x":"${x}"}`;
  return createHash('sha256').update(kanonik, 'utf8').digest('base64url');
}

/** The raw public key (`x`) of a node:crypto Ed25519 key, private or public. */
export function xDariKunci(kunci: KeyObject): string {
  const publik = kunci.type === 'private' ? createPublicKey(kunci) : kunci;
  const jwk = publik.export({ format: 'jwk' });
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string')
    throw new TypeError('Bukan kunci Ed25519 / not an Ed25519 key');
  return jwk.x;
}

/** The published JWK of a key (only the public members: nothing private, no bookkeeping). */
export function jwkPublik(k: KunciTersimpan): KunciJWK {
  return {
    kty: 'OKP',
    crv: 'Ed25519',
    x: k.x,
    kid: k.kid,
    alg: 'EdDSA',
    use: 'sig',
    ...(k.status ? { status: k.status } : {}),
    ...(k.created ? { created: k.created } : {}),
  };
}
