import { hash } from 'node:crypto';

/**
 * JSON with object keys sorted, so the same body sent twice hashes the same whatever the key order.
 * Stored idempotency hashes depend on these exact bytes: the output must never change (a test holds it
 * to the first, plainer version). Written with loops — it runs for every submission.
 */
export function jsonKanonik(x: unknown): string {
  if (x === null || typeof x !== 'object') return JSON.stringify(x) ?? 'null';
  if (Array.isArray(x)) {
    let s = '[';
    for (let i = 0; i < x.length; i++) s += (i === 0 ? '' : ',') + jsonKanonik(x[i]);
    return `${s}]`;
  }
  const o = x as Record<string, unknown>;
  let s = '{';
  for (const k of Object.keys(o).sort()) {
    const v = o[k];
    if (v === undefined) continue;
    s += `${s.length === 1 ? '' : ','}${JSON.stringify(k)}:${jsonKanonik(v)}`;
  }
  return `${s}}`;
}

/** One-shot `crypto.hash` (Node ≥ 20.12): no Hash object per call, for the hash of every submission. */
export function sha256(s: string): string {
  return hash('sha256', s, 'hex');
}
