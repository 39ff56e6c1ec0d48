// A monitoring feed signed here with node:crypto (an implementation independent of the badge's), with one
// current entry for `dinkes`: what the browser tests of the built files serve.
import { createHash, generateKeyPairSync, sign } from 'node:crypto';

export interface FeedBertanda {
  /** The public key as the page pins it (the JWK `x`). */
  readonly x: string;
  /** feed.json's exact bytes. */
  readonly feed: Buffer;
  /** feed.json.sig: one signature over those bytes by the key. */
  readonly sig: string;
}

export function feedBertanda(sekarang = Date.now()): FeedBertanda {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const x = publicKey.export({ format: 'jwk' }).x!;
  /** RFC 7638 thumbprint, as the monitor names its key. */
  const kid = createHash('sha256').update(`{"crv":"Ed25519","kty":"OKP","x":"${x}"}`).digest('base64url');
  const feed = Buffer.from(
    JSON.stringify({
      format: 'terbuka-feed',
      version: 1,
      issuer: { id: 'diskominfo-uji', name: 'Diskominfo Uji' },
      generatedAt: new Date(sekarang).toISOString(),
      entries: [
        {
          agencyId: 'dinkes',
          name: 'Dinas Kesehatan',
          score: 84.4,
          band: 'menuju-informatif',
          evaluatedAt: new Date(sekarang - 3_600_000).toISOString(),
          expiresAt: new Date(sekarang + 7 * 86_400_000).toISOString(),
          methodVersion: 'monev-2026.1',
          evidenceUrl: 'https://monitor.example.go.id/agensi/dinkes.html',
        },
      ],
    }),
  );
  const sig = JSON.stringify({
    format: 'terbuka-feed-signature',
    version: 1,
    alg: 'Ed25519',
    file: 'feed.json',
    signatures: [{ kid, sig: sign(null, feed, privateKey).toString('base64url') }],
  });
  return { x, feed, sig };
}
