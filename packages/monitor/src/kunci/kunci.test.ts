import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPublicKey, verify } from 'node:crypto';
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bacaPenanda, bacaSetKunci, buatKunci, GalatKunci, putarKunci } from './berkas-kunci.js';
import { jwkPublik, thumbprintJWK, type KunciJWK } from './jwk.js';
import { tandatangani } from './tanda-tangan.js';

const folder = (): Promise<string> => mkdtemp(join(tmpdir(), 'terbuka-kunci-'));

/** Independent check: node:crypto with a KeyObject built only from the published JWK. */
const sahMenurutNode = (jwk: KunciJWK, bytes: Uint8Array, sig: string): boolean =>
  verify(
    null,
    bytes,
    createPublicKey({ key: { kty: jwk.kty, crv: jwk.crv, x: jwk.x }, format: 'jwk' }),
    Buffer.from(sig, 'base64url'),
  );

test('the key id is the RFC 7638 thumbprint (RFC 8037 appendix A.3 vector)', () => {
  assert.equal(
    thumbprintJWK('11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo'),
    'kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k',
  );
});

test('the node-side thumbprint equals the SDK idKunci for fresh keys', async () => {
  const { idKunci } = await import('@terbuka/sdk');
  const dir = await folder();
  const a = await buatKunci(dir);
  const b = await putarKunci(dir);
  for (const k of [a, b]) assert.equal(k.kid, await idKunci(k.x));
});

test('buatKunci writes a 0600 PKCS#8 private key and its JWK; a second generate is refused', async () => {
  const dir = await folder();
  const k = await buatKunci(dir, { now: new Date('2026-11-28T10:00:00Z') });
  const pem = await readFile(k.path, 'utf8');
  assert.match(pem, /^-----BEGIN PRIVATE KEY-----\n/);
  assert.equal((await stat(k.path)).mode & 0o777, 0o600);
  const keys = await bacaSetKunci(dir);
  assert.equal(keys.length, 1);
  assert.deepEqual(jwkPublik(keys[0]!), {
    kty: 'OKP',
    crv: 'Ed25519',
    x: k.x,
    kid: thumbprintJWK(k.x),
    alg: 'EdDSA',
    use: 'sig',
    status: 'aktif',
    created: '2026-11-28T10:00:00.000Z',
  });
  assert.equal(Buffer.from(k.x, 'base64url').length, 32);
  assert.doesNotMatch(await readFile(join(dir, 'keys.json'), 'utf8'), /"d"/);
  await assert.rejects(buatKunci(dir), GalatKunci);
});

test('a signature verifies with node:crypto from the JWK alone; one byte changed does not', async () => {
  const dir = await folder();
  await buatKunci(dir);
  const [jwk] = await bacaSetKunci(dir);
  const bytes = new TextEncoder().encode('{"format":"terbuka-feed"}\n');
  const t = tandatangani(bytes, await bacaPenanda(dir), 'feed.json');
  assert.equal(t.signatures.length, 1);
  assert.equal(t.signatures[0]!.kid, jwk!.kid);
  assert.equal(Buffer.from(t.signatures[0]!.sig, 'base64url').length, 64);
  assert.equal(sahMenurutNode(jwk!, bytes, t.signatures[0]!.sig), true);
  const ubah = Uint8Array.from(bytes);
  ubah[3] = ubah[3]! ^ 1;
  assert.equal(sahMenurutNode(jwk!, ubah, t.signatures[0]!.sig), false);
});

test('rotation: the old key stays as pensiun and co-signs during the overlap, then stops', async () => {
  const dir = await folder();
  const lama = await buatKunci(dir, { now: new Date('2026-11-01T00:00:00Z') });
  const baru = await putarKunci(dir, { now: new Date('2026-11-28T00:00:00Z'), overlapDays: 14 });
  assert.deepEqual(baru.retired, [lama.kid]);
  const keys = await bacaSetKunci(dir);
  assert.deepEqual(
    keys.map((k) => [k.kid, k.status]),
    [
      [baru.kid, 'aktif'],
      [lama.kid, 'pensiun'],
    ],
  );
  const bytes = new TextEncoder().encode('feed');
  const selama = tandatangani(bytes, await bacaPenanda(dir, new Date('2026-12-01T00:00:00Z')), 'feed.json');
  assert.deepEqual(
    selama.signatures.map((s) => s.kid),
    [baru.kid, lama.kid],
  );
  for (const s of selama.signatures)
    assert.equal(
      sahMenurutNode(
        keys.find((k) => k.kid === s.kid)!,
        bytes,
        s.sig,
      ),
      true,
      s.kid,
    );
  const sesudah = tandatangani(bytes, await bacaPenanda(dir, new Date('2026-12-13T00:00:00Z')), 'feed.json');
  assert.deepEqual(
    sesudah.signatures.map((s) => s.kid),
    [baru.kid],
  );
});

test('rotation needs an active key and an overlap of 0–90 days; a private key that does not match its kid is refused', async () => {
  const dir = await folder();
  await assert.rejects(putarKunci(dir), GalatKunci);
  for (const overlapDays of [-1, 91, 100_000, Number.NaN])
    await assert.rejects(
      putarKunci(dir, { overlapDays }),
      (e: unknown) =>
        e instanceof GalatKunci && e.penggunaan && /0–90/.test(e.teks.id) && /0–90/.test(e.teks.en),
    );
  await assert.rejects(bacaPenanda(dir), GalatKunci);
  const a = await buatKunci(dir);
  const lain = await folder();
  const b = await buatKunci(lain);
  const { copyFile } = await import('node:fs/promises');
  await copyFile(b.path, a.path);
  await assert.rejects(bacaPenanda(dir), GalatKunci);
});
