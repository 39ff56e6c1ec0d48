// Writes the signed monitoring-feed fixtures of the badge's browser tests (src/badge/fixtures/), signed
// with node:crypto as the monitor signs — an implementation independent of the badge's WebCrypto and
// @noble/ed25519 verifiers. The keys come from fixed seeds (test keys, never used anywhere else), and
// Ed25519 signatures are deterministic, so running this again rewrites the same bytes.
//   node packages/widgets/scripts/fixture-feed.mjs
import { createHash, createPrivateKey, createPublicKey, sign } from 'node:crypto';
import { Buffer } from 'node:buffer';
import { mkdirSync, writeFileSync } from 'node:fs';
import { jwkPublik } from '@terbuka/monitor';

const keluar = new URL('../src/badge/fixtures/', import.meta.url);
mkdirSync(keluar, { recursive: true });

const b64u = (b) => Buffer.from(b).toString('base64url');

/** A test key pair from a name: the seed is SHA-256 of it, wrapped as PKCS#8. */
function kunci(nama) {
  const seed = createHash('sha256').update(`terbuka-uji-${nama}`).digest();
  const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]);
  const priv = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  const x = createPublicKey(priv).export({ format: 'jwk' }).x;
  // RFC 7638 thumbprint: the required members in lexical order, no whitespace.
  const kid = b64u(createHash('sha256').update(`{"crv":"Ed25519","kty":"OKP","x":"${x}"}`).digest());
  return { priv, x, kid };
}

const A = kunci('a');
const B = kunci('b');
/** Pinned by a test page but never signing: an unknown key. */
const C = kunci('c');

const entri = (agencyId, name, score, band) => ({
  agencyId,
  name,
  kind: 'opd',
  score,
  band,
  evaluatedAt: '2026-11-27T20:00:00Z',
  expiresAt: '2026-12-05T00:00:00Z',
  methodVersion: 'monev-2026.1',
  evidenceUrl: `https://monitor.example.go.id/agensi/${agencyId}.html`,
});

const BAND = [
  ['informatif', 90],
  ['menuju-informatif', 80],
  ['cukup-informatif', 60],
  ['kurang-informatif', 40],
  ['tidak-informatif', 0],
];

const feed = {
  format: 'terbuka-feed',
  version: 1,
  issuer: { id: 'diskominfo-sukamaju', name: 'Diskominfo Kabupaten Sukamaju' },
  generatedAt: '2026-11-28T03:00:00+07:00',
  entries: [
    entri('dinkes', 'Dinas Kesehatan', 84.4, 'menuju-informatif'),
    entri('xss', '<img src=x onerror="window.diserang=1"><b>Dinas</b> & Co', 71.2, 'cukup-informatif'),
    ...BAND.map(([band, min]) => entri(`band-${band}`, `Badan ${band}`, min + 0.5, band)),
  ],
};

// Non-ASCII bytes on purpose (the issuer's name is plain, an entry's is not): the signature is over
// UTF-8 bytes, so a verifier that re-encodes text differently fails here.
feed.entries[0].name = 'Dinas Kesehatan – Kabupaten Sukamaju';
const bytes = Buffer.from(`${JSON.stringify(feed, null, 2)}\n`, 'utf8');

const tandaTangan = (...penanda) =>
  `${JSON.stringify(
    {
      format: 'terbuka-feed-signature',
      version: 1,
      alg: 'Ed25519',
      file: 'feed.json',
      signatures: penanda.map((k) => ({ kid: k.kid, sig: b64u(sign(null, bytes, k.priv)) })),
    },
    null,
    2,
  )}\n`;

// A feed generated after one entry expired (the monitor kept it): stale whatever the device's clock says.
const lama = {
  ...feed,
  entries: [
    {
      ...entri('dinkes', 'Dinas Kesehatan', 84.4, 'menuju-informatif'),
      evaluatedAt: '2026-11-18T20:00:00Z',
      expiresAt: '2026-11-26T00:00:00Z',
    },
  ],
};
const bytesLama = Buffer.from(`${JSON.stringify(lama, null, 2)}\n`, 'utf8');
writeFileSync(new URL('feed-lama.json', keluar), bytesLama);
writeFileSync(
  new URL('feed-lama.json.sig', keluar),
  `${JSON.stringify(
    {
      format: 'terbuka-feed-signature',
      version: 1,
      alg: 'Ed25519',
      file: 'feed-lama.json',
      signatures: [{ kid: A.kid, sig: b64u(sign(null, bytesLama, A.priv)) }],
    },
    null,
    2,
  )}\n`,
);

// keys.json as the monitor publishes it (its build: `npm run build` first).
const jwk = (k, status) => jwkPublik({ x: k.x, kid: k.kid, status });

writeFileSync(new URL('feed.json', keluar), bytes);
writeFileSync(new URL('feed.json.sig', keluar), tandaTangan(A));
// A key rotation: the old key A and the new key B co-sign the same bytes.
writeFileSync(new URL('rotasi.sig', keluar), tandaTangan(A, B));
writeFileSync(
  new URL('keys.json', keluar),
  `${JSON.stringify({ keys: [jwk(A, 'aktif'), jwk(B, 'aktif')] }, null, 2)}\n`,
);
// What the tests pin (x values); c signs nothing.
writeFileSync(new URL('kunci-uji.json', keluar), `${JSON.stringify({ a: A.x, b: B.x, c: C.x }, null, 2)}\n`);
console.log(`fixtures written to ${keluar.pathname}`);
