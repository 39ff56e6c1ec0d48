/**
 * `JSON.stringify`, right on pages whose old scripts gave arrays their own `toJSON`. Prototype.js 1.6
 * (still on some government themes) sets `Array.prototype.toJSON` to return the array's JSON *text*, which
 * `JSON.stringify` then writes as a string: `{"obtain":"[\"membaca\"]"}`. A request sent so is refused,
 * and one kept so for later reads back as no request. The member is set aside while the text is made and
 * put back as it was (only a page's own, configurable member: the language defines none).
 */
export function teksJSON(nilai: unknown): string {
  const p = Array.prototype as unknown as Record<string, unknown>;
  const d = Object.getOwnPropertyDescriptor(p, 'toJSON');
  if (!d?.configurable) return JSON.stringify(nilai);
  delete p['toJSON'];
  try {
    return JSON.stringify(nilai);
  } finally {
    Object.defineProperty(p, 'toJSON', d);
  }
}
