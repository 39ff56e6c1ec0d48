import * as v from 'valibot';
import { objek } from '../dip/objek-skema.js';
import { TANDA_TANGAN_FORMAT, TANDA_TANGAN_VERSION } from './tandatangan.js';
import type { KunciPublikJWK, SetKunci, TandaTanganFeed } from './tandatangan.js';
import type { Polos, Sama } from '../dip/bentuk-sama.js';

// Schemas of `feed.json.sig` and `keys.json`, for the JSON Schema files and for Node code (the monitor);
// the badge uses the hand-written validasiTandaTangan. A test keeps the two in agreement.
// Canonical unpadded base64url of exactly 32 (43 characters) or 64 bytes (86): the last character may
// carry only zero low bits, so the pattern alone says what dariBase64Url accepts.
const b64url = (bytes: 32 | 64) =>
  v.pipe(
    v.string(),
    v.regex(bytes === 32 ? /^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/ : /^[A-Za-z0-9_-]{85}[AQgw]$/),
  );
const instan = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/),
  v.check((s) => !Number.isNaN(Date.parse(s))),
);

export const SkemaTandaTanganFeed = objek({
  format: v.literal(TANDA_TANGAN_FORMAT),
  version: v.literal(TANDA_TANGAN_VERSION),
  alg: v.literal('Ed25519'),
  file: v.pipe(v.string(), v.regex(/\S/)),
  signatures: v.pipe(v.array(objek({ kid: b64url(32), sig: b64url(64) })), v.minLength(1)),
});

export const SkemaKunciPublikJWK = objek({
  kty: v.literal('OKP'),
  crv: v.literal('Ed25519'),
  x: b64url(32),
  kid: b64url(32),
  alg: v.literal('EdDSA'),
  use: v.literal('sig'),
  status: v.optional(v.picklist(['aktif', 'pensiun'])),
  created: v.optional(instan),
});

export const SkemaSetKunci = objek({ keys: v.array(SkemaKunciPublikJWK) });

const _tt: Sama<Polos<v.InferOutput<typeof SkemaTandaTanganFeed>>, Polos<TandaTanganFeed>> = true;
const _jwk: Sama<Polos<v.InferOutput<typeof SkemaKunciPublikJWK>>, Polos<KunciPublikJWK>> = true;
const _set: Sama<Polos<v.InferOutput<typeof SkemaSetKunci>>, Polos<SetKunci>> = true;
void _tt;
void _jwk;
void _set;
