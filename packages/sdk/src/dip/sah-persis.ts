import { pasti, type Entri, type Persis } from './sah-pasti-dasar.js';
import { itemDIP } from './sah-pasti.js';

// The strict mode of the check generated from the DIP schema (sah-pasti.ts): the validator (periksa.ts)
// takes an item it says yes to as the schema's output without running valibot on it, so the document's
// items are the input's own objects. Its own module: the widgets' eager path asks only the relaxed mode.

/** Entry `k` of an object, which `x` does not have as its own: valibot reads keys with `in`, and passes over optional ones. */
const hilang = (e: Entri, k: string, x: object): boolean => typeof e !== 'function' && !(k in x);

/**
 * valibot builds an object's output in the order of the entries: `x`'s own keys must be known and in that
 * order, the entries between them absent optional ones. for…in meets own keys only, `itemSahPersis` having seen
 * Object.prototype without an enumerable property; an own key that is not enumerable is met by `in` only
 * (in valibot's output, not in `x`'s JSON): no.
 */
const persis: Persis = (x, kunci, entri) => {
  let j = 0;
  for (const k in x) {
    for (; j < kunci.length && kunci[j] !== k; j++)
      if (!hilang(entri[kunci[j]!]!, kunci[j]!, x)) return false;
    if (j++ === kunci.length) return false;
    const e = entri[k]!;
    const y = (x as Record<string, unknown>)[k];
    if (typeof e === 'function' ? !e(y, persis) : y !== undefined && !e.opsional(y, persis)) return false;
  }
  for (; j < kunci.length; j++) if (!hilang(entri[kunci[j]!]!, kunci[j]!, x)) return false;
  return true;
};

/**
 * True only when `v.safeParse(SkemaItemDIP, x)` succeeds with an output equal to `x` itself: plain objects,
 * the same keys in the same order (written out, the same JSON), none the format does not know (so the
 * unknown-field warnings have nothing to say either). `x` can then stand for that output; a list's
 * properties other than its elements, which no JSON has, are not looked at. False means "run the schema":
 * invalid, or not sure.
 */
export const itemSahPersis = (x: unknown): boolean => {
  // for…in would meet what a page's script added to Object.prototype as enumerable: not sure, then.
  for (const k in Object.prototype) if (typeof k === 'string') return false;
  return pasti(itemDIP, x, persis);
};
