import { createHash } from 'node:crypto';

/** JSON with object keys sorted, so the same body sent twice hashes the same whatever the key order. */
export function jsonKanonik(x: unknown): string {
  if (Array.isArray(x)) return `[${x.map(jsonKanonik).join(',')}]`;
  if (x !== null && typeof x === 'object') {
    const o = x as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${jsonKanonik(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(x) ?? 'null';
}

export function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}
