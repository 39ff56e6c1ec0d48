// The one rule for repeated item ids (an error: scoring and links name an entry by its id). Its own
// module, without valibot: the validator (periksa.ts) reports each repeat, and the schema-free check of a
// register valid as given (sah-pasti.ts) asks whether there is any.

const polos = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** An id the rule counts: a string that is not blank (anything else is the schema's error already). */
const idSah = (x: unknown): x is string => typeof x === 'string' && x.trim() !== '';

/**
 * Calls `ganda(i, id, sebelum)` for each item whose id an earlier item has (`sebelum`: that item's index),
 * in item order; returns whether any did.
 */
export function kodeGanda(
  items: readonly unknown[],
  ganda?: (i: number, id: string, sebelum: number) => void,
): boolean {
  // One Set operation per item; where each id was first used is looked up only once a repeat appears.
  const dipakai = new Set<string>();
  let pertama: Map<string, number> | undefined;
  let ada = false;
  for (let i = 0; i < items.length; i++) {
    const item: unknown = items[i];
    const id = polos(item) ? item['id'] : undefined;
    if (!idSah(id)) continue;
    const n = dipakai.size;
    dipakai.add(id);
    if (dipakai.size !== n) {
      pertama?.set(id, i);
      continue;
    }
    ada = true;
    if (!ganda) return true;
    if (!pertama) {
      // Before the first repeat every id is distinct: each index is that id's first.
      pertama = new Map();
      for (let j = 0; j < i; j++) {
        const lain: unknown = items[j];
        const idLain = polos(lain) ? lain['id'] : undefined;
        if (idSah(idLain)) pertama.set(idLain, j);
      }
    }
    ganda(i, id, pertama.get(id) ?? i);
  }
  return ada;
}
