import type { Masalah } from '../dip/types.js';
import type { Teks } from '../i18n/teks.js';
import { dariBase64Url, keBase64Url } from './base64url.js';
import type { Instan } from './types.js';

// The detached signature of `feed.json`: Ed25519 over the file's exact bytes, published beside it as
// `feed.json.sig`; the public keys as a JWKS in `keys.json`. Hand-written checks, no schema library: the
// badge on every agency page carries this module (skema-tandatangan.ts holds the schemas for JSON Schema).

export const TANDA_TANGAN_FORMAT = 'terbuka-feed-signature';
export const TANDA_TANGAN_VERSION = 1;

/** `feed.json.sig`. More than one signature while a key is being rotated (old and new key co-sign). */
export interface TandaTanganFeed {
  readonly format: typeof TANDA_TANGAN_FORMAT;
  readonly version: typeof TANDA_TANGAN_VERSION;
  readonly alg: 'Ed25519';
  /** The signed file's name, e.g. `feed.json`. */
  readonly file: string;
  /** `kid`: the key's RFC 7638 thumbprint; `sig`: base64url of the 64-byte signature. */
  readonly signatures: readonly { readonly kid: string; readonly sig: string }[];
}

/** An Ed25519 public key as a JWK (RFC 8037). */
export interface KunciPublikJWK {
  readonly kty: 'OKP';
  readonly crv: 'Ed25519';
  /** base64url of the raw 32-byte public key. */
  readonly x: string;
  /** RFC 7638 thumbprint of the key, see `idKunci`. */
  readonly kid: string;
  readonly alg: 'EdDSA';
  readonly use: 'sig';
  /** `pensiun`: rotated out, kept so that feeds it signed stay verifiable. */
  readonly status?: 'aktif' | 'pensiun';
  readonly created?: Instan;
}

/** `keys.json`: a JWK Set. */
export interface SetKunci {
  readonly keys: readonly KunciPublikJWK[];
}

/** Verifies one Ed25519 signature; the default is WebCrypto, a badge may pass a small library instead. */
export type VerifikatorEd25519 = (
  publicKey: Uint8Array,
  signature: Uint8Array,
  message: Uint8Array,
) => Promise<boolean>;

export type AlasanTidakTerverifikasi =
  | 'tanda-tangan-tidak-ada'
  | 'format-tidak-sah'
  | 'kunci-tidak-dikenal'
  | 'tanda-tangan-salah'
  | 'kripto-tidak-tersedia';

export type HasilVerifikasi =
  | { readonly verified: true; readonly kid: string }
  | { readonly verified: false; readonly reason: AlasanTidakTerverifikasi; readonly message: Teks };

export interface OpsiVerifikasi {
  readonly verifikator?: VerifikatorEd25519;
}

// The part of WebCrypto used here; the SDK is compiled without the DOM library.
interface SubtleMinimal {
  importKey(f: 'raw', k: Uint8Array, a: { name: string }, x: boolean, u: string[]): Promise<unknown>;
  verify(a: { name: string }, k: unknown, sig: Uint8Array, data: Uint8Array): Promise<boolean>;
  digest(a: string, data: Uint8Array): Promise<ArrayBuffer>;
}
const subtle = (): SubtleMinimal | undefined =>
  (globalThis as { crypto?: { subtle?: SubtleMinimal } }).crypto?.subtle;

/** Bytes of base64url text of the given length, or undefined. */
function bytesPanjang(s: unknown, n: number): Uint8Array | undefined {
  const b = typeof s === 'string' ? dariBase64Url(s) : undefined;
  return b?.length === n ? b : undefined;
}

/**
 * The key id: the RFC 7638 JWK thumbprint, base64url(SHA-256('{"crv":"Ed25519","kty":"OKP","x":"…"}')).
 * Computed, never chosen, so nobody can give a different key an old key's id. Needs WebCrypto's digest.
 */
export async function idKunci(x: string): Promise<string> {
  if (!bytesPanjang(x, 32)) throw new TypeError(`Kunci publik Ed25519 tidak sah / invalid key: ${x}`);
  const s = subtle();
  if (!s) throw new TypeError('WebCrypto tidak tersedia / WebCrypto is not available');
  // Member names in lexical order, no whitespace; x is base64url, so the text is ASCII.
  const json = `{"crv":"Ed25519","kty":"OKP","x":"${x}"}`;
  const data = Uint8Array.from(json, (c) => c.charCodeAt(0));
  return keBase64Url(new Uint8Array(await s.digest('SHA-256', data)));
}

/** The default verifier: WebCrypto Ed25519 (Node 20, current Chromium, Firefox and Safari). */
const verifikatorWebCrypto: VerifikatorEd25519 = async (publicKey, signature, message) => {
  const s = subtle();
  if (!s) throw new TypeError('WebCrypto tidak tersedia / WebCrypto is not available');
  const k = await s.importKey('raw', publicKey, { name: 'Ed25519' }, false, ['verify']);
  return s.verify({ name: 'Ed25519' }, k, signature, message);
};

const hex = (h: string): Uint8Array => Uint8Array.from(h.match(/../g) ?? [], (b) => parseInt(b, 16));

/** Whether this runtime's WebCrypto verifies Ed25519: checked on RFC 8032's first test vector. */
export async function ed25519WebCryptoTersedia(): Promise<boolean> {
  try {
    return await verifikatorWebCrypto(
      hex('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a'),
      hex(
        'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
      ),
      new Uint8Array(0),
    );
  } catch {
    return false;
  }
}

const masalah = (path: string, id: string, en: string): Masalah => ({
  severity: 'error',
  code: 'signature.invalid',
  path,
  message: { id, en },
});

/** Checks a signature document (`feed.json.sig`, parsed); every error names its field. */
export function validasiTandaTangan(input: unknown): {
  readonly ok: boolean;
  readonly value?: TandaTanganFeed;
  readonly errors: readonly Masalah[];
} {
  const o = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return {
      ok: false,
      errors: [masalah('', 'dokumen bukan objek JSON', 'the document is not a JSON object')],
    };
  const errors: Masalah[] = [];
  const harus = (k: string, nilai: unknown): void => {
    if (o[k] !== nilai)
      errors.push(masalah(k, `${k} harus ${JSON.stringify(nilai)}`, `${k} must be ${JSON.stringify(nilai)}`));
  };
  harus('format', TANDA_TANGAN_FORMAT);
  harus('version', TANDA_TANGAN_VERSION);
  harus('alg', 'Ed25519');
  if (typeof o['file'] !== 'string' || !/\S/.test(o['file']))
    errors.push(masalah('file', 'file harus nama berkas', 'file must be a file name'));
  const daftar = o['signatures'];
  if (!Array.isArray(daftar) || daftar.length === 0) {
    errors.push(
      masalah('signatures', 'signatures harus daftar tak kosong', 'signatures must be a non-empty array'),
    );
  } else {
    daftar.forEach((t: unknown, i) => {
      const p = `signatures[${i}]`;
      const e = (typeof t === 'object' && t !== null ? t : {}) as Record<string, unknown>;
      if (!bytesPanjang(e['kid'], 32))
        errors.push(
          masalah(
            `${p}.kid`,
            'kid harus sidik SHA-256 base64url',
            'kid must be a base64url SHA-256 thumbprint',
          ),
        );
      if (!bytesPanjang(e['sig'], 64))
        errors.push(masalah(`${p}.sig`, 'sig harus 64 byte base64url', 'sig must be 64 bytes of base64url'));
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  const value: TandaTanganFeed = {
    format: TANDA_TANGAN_FORMAT,
    version: TANDA_TANGAN_VERSION,
    alg: 'Ed25519',
    file: o['file'] as string,
    signatures: (daftar as { kid: string; sig: string }[]).map(({ kid, sig }) => ({ kid, sig })),
  };
  return { ok: true, value, errors };
}

const gagal = (reason: AlasanTidakTerverifikasi, id: string, en: string): HasilVerifikasi => ({
  verified: false,
  reason,
  message: { id, en },
});

/**
 * Verifies `feed.json` (its exact bytes) against its detached signature and the pinned public keys
 * (`x` values). `tandaTangan` is the parsed `feed.json.sig` or its text. Verified when one signature
 * by a pinned key holds; a key not pinned is never trusted, whatever keys.json says.
 */
export async function verifikasiFeed(
  bytes: Uint8Array,
  tandaTangan: unknown,
  kunciDipercaya: readonly string[],
  opsi: OpsiVerifikasi = {},
): Promise<HasilVerifikasi> {
  let doc = tandaTangan;
  if (doc === undefined || doc === null || (typeof doc === 'string' && doc.trim() === ''))
    return gagal(
      'tanda-tangan-tidak-ada',
      'Feed tidak bertanda tangan: berkas tanda tangan (feed.json.sig) tidak ada atau kosong.',
      'The feed is not signed: the signature file (feed.json.sig) is missing or empty.',
    );
  if (typeof doc === 'string') {
    try {
      doc = JSON.parse(doc) as unknown;
    } catch {
      doc = undefined;
    }
  }
  const cek = validasiTandaTangan(doc);
  if (!cek.value) {
    const e = cek.errors[0]?.message;
    return gagal(
      'format-tidak-sah',
      `Berkas tanda tangan tidak sah: ${e?.id ?? 'bukan JSON'}.`,
      `The signature file is invalid: ${e?.en ?? 'not JSON'}.`,
    );
  }
  const verifikator = opsi.verifikator ?? verifikatorWebCrypto;
  const tidakTersedia = gagal(
    'kripto-tidak-tersedia',
    'Tanda tangan tidak dapat diperiksa: peramban ini tidak menyediakan Ed25519 (WebCrypto, perlu https).',
    'The signature cannot be checked: this browser does not provide Ed25519 (WebCrypto, needs https).',
  );
  let cocok = false;
  for (const x of kunciDipercaya) {
    const kunci = bytesPanjang(x, 32);
    if (!kunci) continue;
    let kid: string;
    try {
      kid = await idKunci(x);
    } catch {
      return tidakTersedia;
    }
    for (const t of cek.value.signatures) {
      if (t.kid !== kid) continue;
      cocok = true;
      try {
        if (await verifikator(kunci, dariBase64Url(t.sig)!, bytes)) return { verified: true, kid };
      } catch {
        return tidakTersedia;
      }
    }
  }
  if (!cocok) {
    const kids = cek.value.signatures.map((t) => t.kid).join(', ');
    return gagal(
      'kunci-tidak-dikenal',
      `Feed ditandatangani dengan kunci yang tidak dipercaya halaman ini (kid ${kids}).`,
      `The feed is signed with a key this page does not trust (kid ${kids}).`,
    );
  }
  return gagal(
    'tanda-tangan-salah',
    'Tanda tangan tidak cocok dengan isi feed: feed diubah setelah ditandatangani, atau tanda tangan rusak.',
    'The signature does not match the feed: the feed was changed after signing, or the signature is damaged.',
  );
}
