// base64url without padding (RFC 4648 §5), as JWKs and the feed signature use it. Through `atob`/`btoa`
// (browsers, Node 16+), whose Latin-1 strings carry one byte per character; the SDK has no Buffer.
declare function atob(s: string): string;
declare function btoa(s: string): string;

/** Bytes → base64url, no padding. */
export function keBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

/**
 * base64url → bytes; `undefined` for anything that is not canonical unpadded base64url (padding, `+`/`/`,
 * whitespace, an impossible length, stray low bits), so one value has exactly one spelling.
 */
export function dariBase64Url(s: string): Uint8Array | undefined {
  // atob would also take whitespace and padding, and ignore the low bits of a last character that
  // carries them: a 2- or 3-character tail must end in a character whose spare bits are zero.
  const r = typeof s === 'string' && /^[\w-]*$/.test(s) ? s.length % 4 : 1;
  if (r === 1 || (r && !(r === 2 ? 'AQgw' : 'AEIMQUYcgkosw048').includes(s[s.length - 1]!))) return undefined;
  return Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
}
