import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import * as v from 'valibot';
import { dariBase64Url, keBase64Url } from './base64url.js';
import {
  ed25519WebCryptoTersedia,
  idKunci,
  periksaTandaTanganFeed,
  validasiTandaTangan,
  verifikasiFeed,
  type VerifikatorEd25519,
} from './tandatangan.js';
import { SkemaSetKunci, SkemaTandaTanganFeed } from './skema-tandatangan.js';
import { pesanVerifikasi } from './pesan-tandatangan.js';

// Signing as the monitor does: node:crypto, never the SDK.
function kunciBaru(): { x: string; privat: KeyObject } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return { x: publicKey.export({ format: 'jwk' }).x!, privat: privateKey };
}
const tandai = (bytes: Uint8Array, privat: KeyObject): string => keBase64Url(sign(null, bytes, privat));

const FEED = new TextEncoder().encode(
  '{"format":"terbuka-feed","version":1,"issuer":{"id":"x","name":"Diskominfo"},"entries":[]}\n',
);

async function dokTandaTangan(...kunci: { x: string; privat: KeyObject }[]) {
  return {
    format: 'terbuka-feed-signature',
    version: 1,
    alg: 'Ed25519',
    file: 'feed.json',
    signatures: await Promise.all(
      kunci.map(async (k) => ({ kid: await idKunci(k.x), sig: tandai(FEED, k.privat) })),
    ),
  };
}

test('base64url round-trips every length and refuses non-canonical text', () => {
  for (let n = 0; n < 70; n++) {
    const b = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 255);
    const s = keBase64Url(b);
    assert.equal(s, Buffer.from(b).toString('base64url'));
    assert.deepEqual(dariBase64Url(s), b);
  }
  assert.deepEqual(dariBase64Url('-_8'), Uint8Array.from([251, 255]));
  for (const buruk of ['AB=', 'A', 'AB+/', 'AB C', 'AF', 'AAB'])
    assert.equal(dariBase64Url(buruk), undefined, buruk);
});

test('idKunci is the RFC 7638 thumbprint (RFC 8037 appendix A.3 example, and node:crypto agrees)', async () => {
  assert.equal(
    await idKunci('11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo'),
    'kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k',
  );
  const { x } = kunciBaru();
  const harap = createHash('sha256')
    .update(JSON.stringify({ crv: 'Ed25519', kty: 'OKP', x }))
    .digest('base64url');
  assert.equal(await idKunci(x), harap);
  await assert.rejects(idKunci('pendek'), TypeError);
});

test('a good signature verifies with its key id; the .sig text works as well as the parsed document', async () => {
  const k = kunciBaru();
  const doc = await dokTandaTangan(k);
  assert.deepEqual(await verifikasiFeed(FEED, doc, [k.x]), { verified: true, kid: await idKunci(k.x) });
  assert.deepEqual(await verifikasiFeed(FEED, JSON.stringify(doc), [k.x]), {
    verified: true,
    kid: await idKunci(k.x),
  });
});

test('one byte of the feed changed → tanda-tangan-salah', async () => {
  const k = kunciBaru();
  const doc = await dokTandaTangan(k);
  for (const i of [0, 40, FEED.length - 1]) {
    const ubah = FEED.slice();
    ubah[i] = ubah[i]! ^ 1;
    const r = await verifikasiFeed(ubah, doc, [k.x]);
    assert.equal(r.verified, false);
    assert.equal(!r.verified && r.reason, 'tanda-tangan-salah');
  }
  // A signature over other bytes, under the right kid, fails the same way.
  const lain = {
    ...doc,
    signatures: [{ kid: doc.signatures[0]!.kid, sig: tandai(new Uint8Array(3), k.privat) }],
  };
  const r = await verifikasiFeed(FEED, lain, [k.x]);
  assert.equal(!r.verified && r.reason, 'tanda-tangan-salah');
});

test('a key that is not pinned → kunci-tidak-dikenal, naming the kid; invalid pinned values are ignored', async () => {
  const k = kunciBaru();
  const asing = kunciBaru();
  const doc = await dokTandaTangan(asing);
  for (const pin of [[k.x], [], ['bukan-kunci', k.x.slice(1)]]) {
    const r = await verifikasiFeed(FEED, doc, pin);
    assert.equal(!r.verified && r.reason, 'kunci-tidak-dikenal', JSON.stringify(pin));
    assert.match(!r.verified ? r.message.en : '', new RegExp(doc.signatures[0]!.kid));
  }
  // A signature by an unpinned key that claims the pinned key's id is checked against the pinned key: wrong.
  const palsu = { ...doc, signatures: [{ kid: await idKunci(k.x), sig: tandai(FEED, asing.privat) }] };
  const r = await verifikasiFeed(FEED, palsu, [k.x]);
  assert.equal(!r.verified && r.reason, 'tanda-tangan-salah');
});

test("a signature file that also carries the previous feed's signatures names each unpinned kid once", async () => {
  const k = kunciBaru();
  const asing = kunciBaru();
  const satu = await dokTandaTangan(asing);
  // The monitor's bridge during an update: the new feed's signature and the previous feed's, by one key.
  const doc = {
    ...satu,
    signatures: [...satu.signatures, { ...satu.signatures[0]!, sig: satu.signatures[0]!.sig }],
  };
  const r = await verifikasiFeed(FEED, doc, [k.x]);
  assert.equal(!r.verified && r.reason, 'kunci-tidak-dikenal');
  const kid = satu.signatures[0]!.kid;
  assert.equal(!r.verified ? r.message.id.split(kid).length - 1 : -1, 1, !r.verified ? r.message.id : '');
});

test('a pinned key that signed only an earlier feed: the sentence also names a key rotation', async () => {
  const k = kunciBaru();
  const lama = await dokTandaTangan(k);
  const lain = new TextEncoder().encode('{"format":"terbuka-feed","version":1}\n');
  const r = await verifikasiFeed(lain, lama, [k.x]);
  assert.equal(!r.verified && r.reason, 'tanda-tangan-salah');
  assert.match(!r.verified ? r.message.id : '', /pemantau sudah mengganti kuncinya dan atribut key/);
  assert.match(!r.verified ? r.message.en : '', /the monitor changed its key/);
});

test('missing, empty and garbage signature documents give their own reasons, in both languages', async () => {
  const k = kunciBaru();
  const baik = await dokTandaTangan(k);
  const kasus: [unknown, string][] = [
    [undefined, 'tanda-tangan-tidak-ada'],
    [null, 'tanda-tangan-tidak-ada'],
    ['  \n', 'tanda-tangan-tidak-ada'],
    ['<html>404</html>', 'format-tidak-sah'],
    [[], 'format-tidak-sah'],
    [42, 'format-tidak-sah'],
    [{ ...baik, format: 'terbuka-feed' }, 'format-tidak-sah'],
    [{ ...baik, version: 2 }, 'format-tidak-sah'],
    [{ ...baik, alg: 'RS256' }, 'format-tidak-sah'],
    [{ ...baik, signatures: [] }, 'format-tidak-sah'],
    [{ ...baik, signatures: [{ kid: baik.signatures[0]!.kid }] }, 'format-tidak-sah'],
    [{ ...baik, signatures: [{ kid: baik.signatures[0]!.kid, sig: 'AAAA' }] }, 'format-tidak-sah'],
  ];
  for (const [doc, alasan] of kasus) {
    const r = await verifikasiFeed(FEED, doc, [k.x]);
    assert.equal(r.verified, false, JSON.stringify(doc));
    if (r.verified) continue;
    assert.equal(r.reason, alasan, JSON.stringify(doc));
    assert.ok(r.message.id.length > 10 && r.message.en.length > 10);
  }
  const r = validasiTandaTangan({
    ...baik,
    file: '',
    signatures: [{ kid: 'x', sig: baik.signatures[0]!.sig }],
  });
  assert.deepEqual(
    r.errors.map((e) => e.path),
    ['file', 'signatures[0].kid'],
  );
});

test('during a rotation both keys co-sign, and either pinned key verifies the feed', async () => {
  const lama = kunciBaru();
  const baru = kunciBaru();
  const doc = await dokTandaTangan(baru, lama);
  assert.deepEqual(await verifikasiFeed(FEED, doc, [lama.x]), { verified: true, kid: await idKunci(lama.x) });
  assert.deepEqual(await verifikasiFeed(FEED, doc, [baru.x]), { verified: true, kid: await idKunci(baru.x) });
  // The old key's signature broken: a page that pins only the old key no longer verifies, the new one does.
  const rusak = structuredClone(doc);
  rusak.signatures[1]!.sig = rusak.signatures[0]!.sig;
  const r = await verifikasiFeed(FEED, rusak, [lama.x]);
  assert.equal(!r.verified && r.reason, 'tanda-tangan-salah');
  assert.equal((await verifikasiFeed(FEED, rusak, [lama.x, baru.x])).verified, true);
});

test('an injected verifier is used, and a verifier that throws means the crypto is unavailable', async () => {
  const k = kunciBaru();
  const doc = await dokTandaTangan(k);
  const panggilan: [Uint8Array, Uint8Array, Uint8Array][] = [];
  const pencatat: VerifikatorEd25519 = async (p, s, m) => {
    panggilan.push([p, s, m]);
    return false;
  };
  const r = await verifikasiFeed(FEED, doc, [k.x], { verifikator: pencatat });
  assert.equal(!r.verified && r.reason, 'tanda-tangan-salah');
  assert.equal(panggilan.length, 1);
  assert.deepEqual(panggilan[0]![0], dariBase64Url(k.x));
  assert.deepEqual(panggilan[0]![1], dariBase64Url(doc.signatures[0]!.sig));
  assert.equal(panggilan[0]![2], FEED);
  const gagal = await verifikasiFeed(FEED, doc, [k.x], {
    verifikator: () => Promise.reject(new Error('NotSupportedError')),
  });
  assert.equal(!gagal.verified && gagal.reason, 'kripto-tidak-tersedia');
});

test("at most four checks per pinned key: a forged file repeating the key's id is not checked per copy", async () => {
  const k = kunciBaru();
  const doc = await dokTandaTangan(k);
  const palsu = { ...doc, signatures: Array.from({ length: 1000 }, () => doc.signatures[0]!) };
  let n = 0;
  const pencatat: VerifikatorEd25519 = async () => {
    n++;
    return false;
  };
  const r = await verifikasiFeed(FEED, palsu, [k.x], { verifikator: pencatat });
  assert.equal(!r.verified && r.reason, 'tanda-tangan-salah');
  assert.equal(n, 4);
  // A second pinned key that no signature names costs no check.
  const k2 = kunciBaru();
  n = 0;
  await verifikasiFeed(FEED, palsu, [k.x, k2.x], { verifikator: pencatat });
  assert.equal(n, 4, 'the second key names no signature: not checked');
});

test('Ed25519 in WebCrypto is detected on Node 20', async () => {
  assert.equal(await ed25519WebCryptoTersedia(), true);
});

test('validasiTandaTangan and the schemas (which make the JSON Schema) agree; keys.json has a schema', async () => {
  const k = kunciBaru();
  const baik = await dokTandaTangan(k);
  const s0 = baik.signatures[0]!;
  const kasus: unknown[] = [
    baik,
    { ...baik, extra: 1 },
    { ...baik, file: ' ' },
    { ...baik, file: 3 },
    { ...baik, version: '1' },
    { ...baik, signatures: {} },
    { ...baik, signatures: [null] },
    { ...baik, signatures: [s0, { ...s0, kid: `${s0.kid}A` }] },
    { ...baik, signatures: [{ ...s0, kid: `${s0.kid.slice(0, 42)}B` }] },
    { ...baik, signatures: [{ ...s0, sig: `${s0.sig.slice(0, 85)}B` }] },
    { ...baik, signatures: [{ ...s0, sig: `${s0.sig.slice(0, 85)}w` }] },
    { ...baik, signatures: [{ ...s0, sig: `${s0.sig.slice(0, 84)}=` }] },
    null,
    'x',
  ];
  for (const d of kasus) {
    const skema = v.safeParse(SkemaTandaTanganFeed, d).success;
    assert.equal(validasiTandaTangan(d).ok, skema, JSON.stringify(d));
  }
  assert.deepEqual(validasiTandaTangan({ ...baik, extra: 1 }).value, v.parse(SkemaTandaTanganFeed, baik));
  const jwk = { kty: 'OKP', crv: 'Ed25519', x: k.x, kid: s0.kid, alg: 'EdDSA', use: 'sig', status: 'aktif' };
  assert.equal(v.safeParse(SkemaSetKunci, { keys: [jwk, { ...jwk, status: 'pensiun' }] }).success, true);
  assert.equal(v.safeParse(SkemaSetKunci, { keys: [{ ...jwk, crv: 'X25519' }] }).success, false);
  assert.equal(
    v.safeParse(SkemaSetKunci, { keys: [{ ...jwk, created: '2026-11-28 08:00' }] }).success,
    false,
  );
});

test('the committed signature and key-set JSON Schemas are current, and ajv accepts what the SDK makes', async () => {
  const { readFileSync } = await import('node:fs');
  const { Ajv } = await import('ajv');
  const { teksSkemaJSONKunci, teksSkemaJSONTandaTangan } =
    await import('../../scripts/skema-json-tandatangan.js');
  const baca = (n: string) => readFileSync(new URL(`../../schema/${n}`, import.meta.url), 'utf8');
  assert.equal(baca('feed-signature-v1.schema.json'), teksSkemaJSONTandaTangan());
  assert.equal(baca('keys-v1.schema.json'), teksSkemaJSONKunci());
  const ajv = new Ajv({ allErrors: true, strict: false });
  const cekSig = ajv.compile(JSON.parse(baca('feed-signature-v1.schema.json')));
  const cekKunci = ajv.compile(JSON.parse(baca('keys-v1.schema.json')));
  const k = kunciBaru();
  const doc = await dokTandaTangan(k);
  assert.equal(cekSig(doc), true, JSON.stringify(cekSig.errors));
  assert.equal(cekSig({ ...doc, signatures: [{ ...doc.signatures[0]!, sig: 'AAAA' }] }), false);
  const jwk = { kty: 'OKP', crv: 'Ed25519', x: k.x, kid: await idKunci(k.x), alg: 'EdDSA', use: 'sig' };
  assert.equal(cekKunci({ keys: [{ ...jwk, status: 'aktif', created: '2026-11-28T09:00:00+07:00' }] }), true);
  assert.equal(cekKunci({ keys: [{ ...jwk, x: `${k.x}=` }] }), false);
});

/** Runs `f` with `globalThis.crypto` lacking `subtle`, as a browser page served over plain http. */
async function tanpaSubtle<T>(f: () => Promise<T>): Promise<T> {
  const asli = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
  Object.defineProperty(globalThis, 'crypto', { value: {}, configurable: true, writable: true });
  try {
    return await f();
  } finally {
    if (asli) Object.defineProperty(globalThis, 'crypto', asli);
  }
}

test('without crypto.subtle (plain http): injected SHA-256 and verifier verify, one changed byte does not', async () => {
  const k = kunciBaru();
  const doc = await dokTandaTangan(k);
  const sha256 = (d: Uint8Array): Uint8Array => createHash('sha256').update(d).digest();
  const verifikator: VerifikatorEd25519 = async (p, s, m) =>
    verify(
      null,
      m,
      createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: keBase64Url(p) }, format: 'jwk' }),
      s,
    );
  await tanpaSubtle(async () => {
    assert.equal(await ed25519WebCryptoTersedia(), false);
    await assert.rejects(idKunci(k.x), TypeError);
    assert.equal(await idKunci(k.x, { sha256 }), doc.signatures[0]!.kid);
    const r = await verifikasiFeed(FEED, doc, [k.x], { sha256, verifikator });
    assert.deepEqual(r, { verified: true, kid: doc.signatures[0]!.kid });
    const ubah = Uint8Array.from(FEED);
    ubah[3] = ubah[3]! ^ 1;
    const salah = await verifikasiFeed(ubah, doc, [k.x], { sha256, verifikator });
    assert.equal(!salah.verified && salah.reason, 'tanda-tangan-salah');
    // Without the injected SHA-256 the key id cannot be computed: never verified.
    const tanpa = await verifikasiFeed(FEED, doc, [k.x], { verifikator });
    assert.equal(!tanpa.verified && tanpa.reason, 'kripto-tidak-tersedia');
    assert.doesNotMatch(!tanpa.verified ? tanpa.message.en : '', /https/);
  });
});

test('periksaTandaTanganFeed gives the codes verifikasiFeed words; pesanVerifikasi makes the same message', async () => {
  const k = kunciBaru();
  const doc = await dokTandaTangan(k);
  const lain = kunciBaru();
  for (const [tt, kunci] of [
    [undefined, [k.x]],
    ['{', [k.x]],
    [{ ...doc, alg: 'RS256' }, [k.x]],
    [doc, [lain.x]],
    [
      {
        ...doc,
        signatures: [
          {
            ...doc.signatures[0]!,
            sig: doc.signatures[0]!.sig.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')),
          },
        ],
      },
      [k.x],
    ],
  ] as const) {
    const kode = await periksaTandaTanganFeed(FEED, tt, kunci);
    const kata = await verifikasiFeed(FEED, tt, kunci);
    assert.ok(!kode.verified && !kata.verified);
    assert.equal(kode.reason, kata.reason);
    assert.deepEqual(pesanVerifikasi(kode), kata.message);
    assert.ok(!('message' in kode));
  }
});

test('verifikasiFeed from JavaScript: bytes as an ArrayBuffer or a view, one key as a string; wrong types are argumen-tidak-sah, named', async () => {
  const k = kunciBaru();
  const doc = await dokTandaTangan(k);
  const buffer = FEED.slice().buffer; // res.arrayBuffer()
  for (const bytes of [buffer, Buffer.from(FEED), new DataView(buffer)]) {
    assert.deepEqual(await verifikasiFeed(bytes, doc, [k.x]), {
      verified: true,
      kid: doc.signatures[0]!.kid,
    });
  }
  // One pinned key given as a string is that key, not a list of characters.
  assert.equal((await verifikasiFeed(FEED, doc, k.x)).verified, true);
  const teks = new TextDecoder().decode(FEED); // res.text()
  for (const [bytes, nama] of [
    [teks, 'string'],
    [undefined, 'undefined'],
    [null, 'null'],
    [{}, 'object'],
  ] as const) {
    const r = await verifikasiFeed(bytes as unknown as Uint8Array, doc, [k.x]);
    assert.equal(!r.verified && r.reason, 'argumen-tidak-sah', nama);
    assert.ok(
      !r.verified &&
        r.message.id.startsWith(
          `verifikasiFeed: bytes harus byte (Uint8Array, Buffer atau ArrayBuffer), bukan ${nama}.`,
        ) &&
        r.message.en.startsWith(
          `verifikasiFeed: bytes must be bytes (a Uint8Array, Buffer or ArrayBuffer), not ${nama}.`,
        ) &&
        r.message.en.includes('res.arrayBuffer()'),
      nama,
    );
  }
  for (const [kunci, nama] of [
    [undefined, 'undefined'],
    [null, 'null'],
    [42, 'number 42'],
    [{}, 'object'],
  ] as const) {
    const r = await verifikasiFeed(FEED, doc, kunci as unknown as string[]);
    assert.equal(!r.verified && r.reason, 'argumen-tidak-sah', nama);
    assert.match(
      !r.verified ? r.message.en : '',
      new RegExp(`^verifikasiFeed: kunciDipercaya must be .*, not ${nama}\\.$`),
    );
  }
});
