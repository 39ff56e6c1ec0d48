// A register's items are nearly always valid, and then valibot's run (a dataset per field, a copy of
// every object) is most of a check's time. This asks the same schema objects whether an item is valid
// as it is, and gives up at the first doubt: the caller then runs the schema itself, so the rules stay
// in skema.ts alone.

/** The parts of a valibot schema or action this reads. */
interface Bagian {
  readonly type: string;
  readonly entries?: Readonly<Record<string, Bagian>>;
  readonly item?: Bagian;
  readonly wrapped?: Bagian;
  readonly pipe?: readonly Bagian[];
  readonly '~run': (d: Dataset, c: object) => Dataset;
}
interface Dataset {
  typed?: boolean | undefined;
  value: unknown;
  issues?: unknown;
}

const CONFIG = {};
// One dataset for every leaf: a leaf's run only reads and marks it (no leaf calls back in here).
const DAUN: Dataset = { value: undefined };
const KUNCI = new WeakMap<object, readonly string[]>();

/** Entry `k`, which `x` does not have as its own: valibot reads keys with `in`, and passes over optional ones. */
const hilang = (e: Readonly<Record<string, Bagian>>, k: string, x: object): boolean =>
  !(k in x) && e[k]!.type === 'optional';

/**
 * True only when `v.safeParse(s, x)` succeeds with an output equal to `x` itself — the same keys in the
 * same order, plain objects, no property the schema does not know (so the unknown-property warnings have
 * nothing to say either) — and `x` can then stand for that output; a list's properties other than its
 * elements, which no JSON has, are not looked at. False means "run the schema": invalid, or not known
 * here. Only while Object.prototype has no enumerable property (for…in then meets own keys only). Reads
 * the kinds the DIP schema is made of: no defaults or fallbacks, pipes of validations
 * (sah-apa-adanya.test.ts checks the schema for that).
 */
export function sahApaAdanya(s: Bagian, x: unknown): boolean {
  const t = s.type;
  if (t === 'object') {
    if (typeof x !== 'object' || x === null || Object.getPrototypeOf(x) !== Object.prototype) return false;
    const e = s.entries!;
    let ks = KUNCI.get(e);
    if (!ks) KUNCI.set(e, (ks = Object.keys(e)));
    // valibot builds its output in the order of the entries: the own keys must be known and in that order.
    let j = 0;
    for (const k in x) {
      for (; j < ks.length && ks[j] !== k; j++) if (!hilang(e, ks[j]!, x)) return false;
      if (j++ === ks.length || !sahApaAdanya(e[k]!, (x as Record<string, unknown>)[k])) return false;
    }
    for (; j < ks.length; j++) if (!hilang(e, ks[j]!, x)) return false;
  } else if (t === 'array') {
    if (!Array.isArray(x)) return false;
    for (const y of x) if (!sahApaAdanya(s.item!, y)) return false;
  } else if (t === 'optional') {
    if (x !== undefined && !sahApaAdanya(s.wrapped!, x)) return false;
  } else {
    // A leaf (string, number, literal, picklist, with its pipe): valibot's own run.
    DAUN.value = x;
    DAUN.typed = DAUN.issues = undefined;
    return !s['~run'](DAUN, CONFIG).issues;
  }
  // An object's or a list's pipe: its validations, as valibot's pipe runs them after the schema.
  const p = s.pipe;
  if (p) {
    let d: Dataset = { typed: true, value: x };
    for (let i = 1; i < p.length; i++) if ((d = p[i]!['~run'](d, CONFIG)).issues) return false;
  }
  return true;
}
