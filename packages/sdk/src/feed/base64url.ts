// base64url without padding (RFC 4648 §5), as JWKs and the feed signature use it. Written out because
// `atob`/`btoa` speak Latin-1 strings, not bytes, and the SDK must not reach for Node's Buffer.
const ABJAD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Bytes → base64url, no padding. */
export function keBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const sisa = bytes.length - i;
    s += ABJAD[(n >> 18) & 63]! + ABJAD[(n >> 12) & 63]!;
    if (sisa > 1) s += ABJAD[(n >> 6) & 63]!;
    if (sisa > 2) s += ABJAD[n & 63]!;
  }
  return s;
}

/**
 * base64url → bytes; `undefined` for anything that is not canonical unpadded base64url (padding, `+`/`/`,
 * whitespace, an impossible length, stray low bits), so one value has exactly one spelling.
 */
export function dariBase64Url(s: string): Uint8Array | undefined {
  if (typeof s !== 'string' || s.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let bits = 0;
  let n = 0;
  let j = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ABJAD.indexOf(s[i]!);
    if (v < 0) return undefined;
    n = (n << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (n >> bits) & 255;
    }
    n &= (1 << bits) - 1;
  }
  return n === 0 ? out : undefined;
}
