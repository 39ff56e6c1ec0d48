import type { Masalah } from '../dip/types.js';
import { BYTE, sebagaiByte, teksArgumen } from '../i18n/argumen.js';
import type { Teks } from '../i18n/teks.js';
import { dariBase64Url, keBase64Url } from './base64url.js';
import { pesanMasalahTandaTangan, pesanVerifikasi } from './pesan-tandatangan.js';
import type { Instan } from './types.js';
import { obyek } from './validasi.js';

// The detached signature of `feed.json`: Ed25519 over the file's exact bytes, published beside it as
// `feed.json.sig`; the public keys as a JWKS in `keys.json`. Hand-written checks, no schema library: the
// badge on every agency page carries this module (skema-tandatangan.ts holds the schemas for JSON Schema).
// The checks report codes; their id/en sentences are built in pesan-tandatangan.ts, which only
// `validasiTandaTangan` and `verifikasiFeed` reach, so a badge that verifies carries none of them.

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

/**
 * `verifikasiFeed`'s result. `argumen-tidak-sah`: it was called with an argument of the wrong type (bytes
 * that are not bytes, keys that are neither a list nor one key); the message names which and what to pass.
 */
export type HasilVerifikasi =
  | { readonly verified: true; readonly kid: string }
  | {
      readonly verified: false;
      readonly reason: AlasanTidakTerverifikasi | 'argumen-tidak-sah';
      readonly message: Teks;
    };

/** What is wrong with a signature document, as a code: `pesanMasalahTandaTangan` says it in id/en. */
export interface MasalahTandaTangan {
  readonly path: string;
  /** `bukan-objek`: not a JSON object; `nilai`: a field must equal `harus`; the others name the field. */
  readonly kode: 'bukan-objek' | 'nilai' | 'file' | 'signatures' | 'kid' | 'sig';
  /** With `nilai`: the value the field must have. */
  readonly harus?: string | number;
}

/** `verifikasiFeed` without its sentence: the reason and what the sentence needs. */
export type HasilPeriksaTandaTangan =
  | { readonly verified: true; readonly kid: string }
  | {
      readonly verified: false;
      readonly reason: AlasanTidakTerverifikasi;
      /** With `format-tidak-sah`: the first problem (none when the text is not JSON). */
      readonly masalah?: MasalahTandaTangan;
      /** With `kunci-tidak-dikenal`: the key ids the signatures name. */
      readonly kids?: readonly string[];
    };

/** SHA-256 of some bytes: for the key id where WebCrypto's digest is missing (a page over plain http). */
export type Sha256 = (data: Uint8Array) => Uint8Array | Promise<Uint8Array>;

export interface OpsiVerifikasi {
  readonly verifikator?: VerifikatorEd25519;
  /** For the key ids (`idKunci`); default WebCrypto's SHA-256. */
  readonly sha256?: Sha256;
}

// The part of WebCrypto used here; the SDK is compiled without the DOM library.
interface SubtleMinimal {
  importKey(f: 'raw', k: Uint8Array, a: { name: string }, x: boolean, u: string[]): Promise<unknown>;
  verify(a: { name: string }, k: unknown, sig: Uint8Array, data: Uint8Array): Promise<boolean>;
  digest(a: string, data: Uint8Array): Promise<ArrayBuffer>;
}
const subtle = (): SubtleMinimal => {
  const s = (globalThis as { crypto?: { subtle?: SubtleMinimal } }).crypto?.subtle;
  // Browsers give no crypto.subtle to pages served over plain http.
  if (!s) throw new TypeError('WebCrypto tidak tersedia / WebCrypto is not available');
  return s;
};

/** Bytes of base64url text of the given length, or undefined. */
function bytesPanjang(s: unknown, n: number): Uint8Array | undefined {
  const b = typeof s === 'string' ? dariBase64Url(s) : undefined;
  return b?.length === n ? b : undefined;
}

/** The RFC 7638 thumbprint of an Ed25519 key as bytes (see `idKunci`); `x` is checked by the caller. */
async function sidikKunci(x: string, opsi: { readonly sha256?: Sha256 }): Promise<Uint8Array> {
  // Member names in lexical order, no whitespace; x is base64url, so the text is ASCII (UTF-8 = the bytes).
  const data = new TextEncoder().encode(`{"crv":"Ed25519","kty":"OKP","x":"${x}"}`);
  return new Uint8Array(opsi.sha256 ? await opsi.sha256(data) : await subtle().digest('SHA-256', data));
}

/**
 * The key id: the RFC 7638 JWK thumbprint, base64url(SHA-256('{"crv":"Ed25519","kty":"OKP","x":"…"}')).
 * Computed, never chosen, so nobody can give a different key an old key's id. SHA-256 is WebCrypto's
 * digest unless `opsi.sha256` is given (where there is no WebCrypto).
 */
export async function idKunci(x: string, opsi: { readonly sha256?: Sha256 } = {}): Promise<string> {
  if (!bytesPanjang(x, 32)) throw new TypeError(`Kunci publik Ed25519 tidak sah / invalid key: ${x}`);
  return keBase64Url(await sidikKunci(x, opsi));
}

/**
 * The default verifier: WebCrypto Ed25519 (Node 20, current Chromium, Firefox and Safari). It rejects
 * where the browser refuses the algorithm or gives the page no crypto.subtle (a badge then falls back).
 */
export const verifikatorWebCrypto: VerifikatorEd25519 = async (publicKey, signature, message) => {
  const s = subtle();
  const k = await s.importKey('raw', publicKey, { name: 'Ed25519' }, false, ['verify']);
  return s.verify({ name: 'Ed25519' }, k, signature, message);
};

/** Whether this runtime's WebCrypto verifies Ed25519: checked on RFC 8032's first test vector. */
export async function ed25519WebCryptoTersedia(): Promise<boolean> {
  try {
    return await verifikatorWebCrypto(
      dariBase64Url('11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo')!,
      dariBase64Url(
        '5VZDAMNgrHKQhuLMgG6CioSHfx645dl02HPgZSJJAVVfuIIVkKM7rMYeOXAc-bRr0lv18FlbviRlUUFDjnoQCw',
      )!,
      new Uint8Array(0),
    );
  } catch {
    return false;
  }
}

/** The problems of a signature document, as codes; none means `o` is a `TandaTanganFeed`. */
function masalahTandaTangan(input: unknown): MasalahTandaTangan[] {
  if (!obyek(input)) return [{ path: '', kode: 'bukan-objek' }];
  const o = input;
  const errors: MasalahTandaTangan[] = [];
  const harus = (k: string, nilai: string | number): void => {
    if (o[k] !== nilai) errors.push({ path: k, kode: 'nilai', harus: nilai });
  };
  harus('format', TANDA_TANGAN_FORMAT);
  harus('version', TANDA_TANGAN_VERSION);
  harus('alg', 'Ed25519');
  if (typeof o['file'] !== 'string' || !/\S/.test(o['file'])) errors.push({ path: 'file', kode: 'file' });
  const daftar = o['signatures'];
  if (!Array.isArray(daftar) || !daftar.length) {
    errors.push({ path: 'signatures', kode: 'signatures' });
  } else {
    daftar.forEach((t: unknown, i) => {
      const p = `signatures[${i}]`;
      const e = obyek(t) ? t : {};
      if (!bytesPanjang(e['kid'], 32)) errors.push({ path: `${p}.kid`, kode: 'kid' });
      if (!bytesPanjang(e['sig'], 64)) errors.push({ path: `${p}.sig`, kode: 'sig' });
    });
  }
  return errors;
}

/** Checks a signature document (`feed.json.sig`, parsed) and reports codes; every problem names its field. */
export function periksaTandaTangan(input: unknown): {
  readonly value?: TandaTanganFeed;
  readonly errors: readonly MasalahTandaTangan[];
} {
  const errors = masalahTandaTangan(input);
  if (errors.length > 0) return { errors };
  const o = input as TandaTanganFeed;
  // Only the known fields, copied.
  const value: TandaTanganFeed = {
    format: TANDA_TANGAN_FORMAT,
    version: TANDA_TANGAN_VERSION,
    alg: 'Ed25519',
    file: o.file,
    signatures: o.signatures.map(({ kid, sig }) => ({ kid, sig })),
  };
  return { value, errors };
}

/** Checks a signature document (`feed.json.sig`, parsed); every error names its field, in id/en. */
export function validasiTandaTangan(input: unknown): {
  readonly ok: boolean;
  readonly value?: TandaTanganFeed;
  readonly errors: readonly Masalah[];
} {
  const { value, errors } = periksaTandaTangan(input);
  return value
    ? { ok: true, value, errors: [] }
    : {
        ok: false,
        errors: errors.map((m) => ({
          severity: 'error',
          code: 'signature.invalid',
          path: m.path,
          message: pesanMasalahTandaTangan(m),
        })),
      };
}

/**
 * `verifikasiFeed` reporting a code instead of a sentence (for a badge that says why only when it must;
 * `pesanVerifikasi` makes the sentence).
 */
/** Signatures checked per pinned key: the bridge's two (old and new feed), and room to spare. */
const BATAS_PER_KUNCI = 4;

export async function periksaTandaTanganFeed(
  bytes: Uint8Array,
  tandaTangan: unknown,
  kunciDipercaya: readonly string[],
  opsi: OpsiVerifikasi = {},
): Promise<HasilPeriksaTandaTangan> {
  let doc = tandaTangan;
  if (doc === undefined || doc === null || (typeof doc === 'string' && doc.trim() === ''))
    return { verified: false, reason: 'tanda-tangan-tidak-ada' };
  if (typeof doc === 'string') {
    try {
      doc = JSON.parse(doc) as unknown;
    } catch {
      doc = undefined;
    }
  }
  const masalah = masalahTandaTangan(doc);
  if (masalah.length > 0) return { verified: false, reason: 'format-tidak-sah', masalah: masalah[0]! };
  // Checked above: a signature document with at least one well-formed signature.
  const tt = (doc as TandaTanganFeed).signatures;
  const verifikator = opsi.verifikator ?? verifikatorWebCrypto;
  const tidakTersedia = { verified: false, reason: 'kripto-tidak-tersedia' } as const;
  let cocok = false;
  for (const x of kunciDipercaya) {
    const kunci = bytesPanjang(x, 32);
    if (!kunci) continue;
    let sidik: Uint8Array;
    try {
      sidik = await sidikKunci(x, opsi);
    } catch {
      return tidakTersedia;
    }
    // At most BATAS_PER_KUNCI checks per pinned key: a monitor signs a feed once with each key, and the bridge
    // it publishes during an update carries the signatures of the old and the new feed; a forged file
    // repeating the key's id thousands of times would otherwise have the page verify every one (18 s at
    // 100,000). A kid is checked to be canonical base64url of 32 bytes, so equal bytes are an equal kid.
    let sisa = BATAS_PER_KUNCI;
    for (const t of tt) {
      if (dariBase64Url(t.kid)!.some((b, i) => b !== sidik[i])) continue;
      if (!sisa--) break;
      cocok = true;
      try {
        if (await verifikator(kunci, dariBase64Url(t.sig)!, bytes)) return { verified: true, kid: t.kid };
      } catch {
        return tidakTersedia;
      }
    }
  }
  return cocok
    ? { verified: false, reason: 'tanda-tangan-salah' }
    : { verified: false, reason: 'kunci-tidak-dikenal', kids: tt.map((t) => t.kid) };
}

/**
 * Verifies `feed.json` (its exact bytes) against its detached signature and the pinned public keys
 * (`x` values). `tandaTangan` is the parsed `feed.json.sig` or its text. Verified when one signature
 * by a pinned key holds; a key not pinned is never trusted, whatever keys.json says. Where WebCrypto is
 * missing, pass `opsi.verifikator` and `opsi.sha256` (a page over plain http has no crypto.subtle).
 * `bytes` may be a Uint8Array (Node's Buffer), an ArrayBuffer or a view of one, and `kunciDipercaya` one
 * key as a string; anything else, text for the bytes included, is reason `argumen-tidak-sah` (the check of
 * JavaScript callers' types is here only: `periksaTandaTanganFeed`, the badge's path, takes them as typed).
 */
export async function verifikasiFeed(
  bytes: Uint8Array | ArrayBuffer | ArrayBufferView,
  tandaTangan: unknown,
  kunciDipercaya: readonly string[] | string,
  opsi: OpsiVerifikasi = {},
): Promise<HasilVerifikasi> {
  const isi = sebagaiByte(bytes);
  const kunci = typeof kunciDipercaya === 'string' ? [kunciDipercaya] : kunciDipercaya;
  const salah = !isi
    ? teksArgumen('verifikasiFeed', 'bytes', bytes, BYTE, {
        id: 'Tanda tangan berlaku atas byte persis feed.json: ambil dengan res.arrayBuffer() atau readFile(path), bukan res.text().',
        en: "The signature holds over feed.json's exact bytes: fetch them with res.arrayBuffer() or readFile(path), not res.text().",
      })
    : !Array.isArray(kunci)
      ? teksArgumen('verifikasiFeed', 'kunciDipercaya', kunciDipercaya, {
          id: 'daftar kunci publik yang dipercaya (x base64url) atau satu kunci (string)',
          en: 'a list of pinned public keys (base64url x) or one key (a string)',
        })
      : undefined;
  if (salah) return { verified: false, reason: 'argumen-tidak-sah', message: salah };
  const h = await periksaTandaTanganFeed(isi!, tandaTangan, kunci as readonly string[], opsi);
  return h.verified ? h : { verified: false, reason: h.reason, message: pesanVerifikasi(h) };
}
