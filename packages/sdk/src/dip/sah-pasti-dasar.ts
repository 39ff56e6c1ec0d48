// The pieces sah-pasti.ts (generated from the DIP schema by scripts/sah-pasti.ts) is built of: each says
// whether a value is valid AS IT IS for one kind of valibot schema, without valibot. "As it is": valibot's
// output would be the value itself, so an object must be plain. In two modes, threaded down the tree:
// relaxed (the default), but for the order of an object's keys and the keys the schema does not know
// (valibot leaves them out; the validator warns of them, for the admin) — the widgets' public view, which
// never reads them; strict, given a `Persis` (sah-persis.ts), exactly that output, keys and their order
// too — the validator's per-item shortcut (periksa.ts), whose document is then the input's own objects.
// Anything else is a "no", which only means "ask the schema" (the caller runs it).

/** Whether a value passes, relaxed or strict (with `persis`); false also for "not sure". */
export type Uji = (x: unknown, persis?: Persis) => boolean;
/** A validation of a pipe: a pattern (valibot's regex, email, iso_date) or a check. */
export type Cek<T> = RegExp | ((x: T) => boolean);
/** An entry of an object schema: its test, or `opsional(test)` for an optional one. */
export type Entri = Uji | { readonly opsional: Uji };
/**
 * The strict mode: how `objek` walks a plain object's keys and their values instead of its relaxed walk
 * (sah-persis.ts; its own module, so the widgets' eager path, which never asks it, does not carry it).
 */
export type Persis = (x: object, kunci: readonly string[], entri: Readonly<Record<string, Entri>>) => boolean;

const lolos = <T>(x: T, cek: readonly Cek<T>[]): boolean => {
  for (const c of cek) if (typeof c === 'function' ? !c(x) : !c.test(x as string)) return false;
  return true;
};

/** v.string with its pipe. */
export const teks =
  (...cek: Cek<string>[]): Uji =>
  (x) =>
    typeof x === 'string' && lolos(x, cek);

/** v.number with its pipe. */
export const angka =
  (...cek: Cek<number>[]): Uji =>
  (x) =>
    typeof x === 'number' && !Number.isNaN(x) && lolos(x, cek);

/** v.literal. */
export const sama =
  (nilai: unknown): Uji =>
  (x) =>
    x === nilai;

/** v.picklist. */
export const salahSatu =
  (pilihan: readonly unknown[]): Uji =>
  (x) =>
    pilihan.includes(x);

/** v.optional (no default: the schema has none, the generator refuses one). */
export const opsional = (uji: Uji): Entri => ({ opsional: uji });

/**
 * v.array with its pipe: a real list (valibot's output is a new list with the same elements). Every index
 * is read, holes too (a hole is undefined, as valibot reads it; `every` would skip it).
 */
export const daftar =
  (butir: Uji, ...cek: Cek<unknown[]>[]): Uji =>
  (x, persis) => {
    if (!Array.isArray(x)) return false;
    for (const y of x) if (!butir(y, persis)) return false;
    return lolos(x, cek);
  };

/**
 * v.object with its pipe (checks, and partial checks that run once the object is valid): a plain object
 * whose own keys the schema knows are valid, every required one its own. Relaxed, its keys may come in any
 * order and it may hold keys the schema does not know: valibot's output lists the known ones in the
 * entries' order and leaves the others out, so `x` is then that output with more keys, which no reader of
 * a DIP looks at (CMS exports add their own fields, and rarely follow the format's order). Strict, `persis`
 * walks them. An absent optional entry is one `x` does not have as its own (valibot reads with `in`, and
 * Object.prototype may lend a name: a host page's non-enumerable `title`).
 */
const punya = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
export function objek(entri: Readonly<Record<string, Entri>>, ...cek: Cek<never>[]): Uji {
  const kunci = Object.keys(entri);
  return (x, persis) => {
    if (typeof x !== 'object' || x === null || Object.getPrototypeOf(x) !== Object.prototype) return false;
    if (persis) {
      if (!persis(x, kunci, entri)) return false;
    } else
      for (const k of kunci) {
        const e = entri[k]!;
        if (!punya(x, k)) {
          // valibot reads an absent key through the prototype chain: only no name there at all is sure.
          if (typeof e === 'function' || k in x) return false;
          continue;
        }
        const y = (x as Record<string, unknown>)[k];
        if (typeof e === 'function' ? !e(y) : y !== undefined && !e.opsional(y)) return false;
      }
    return lolos(x as never, cek);
  };
}

/**
 * `uji(x, persis)`, and false rather than a throw (a proxy, a throwing getter: never JSON). The relaxed
 * walk reads an object's own keys by name, so a page whose script gave Object.prototype an enumerable
 * property (old json.js's `toJSONString`) changes nothing; the strict one walks keys with for…in and asks
 * for itself (sah-persis.ts).
 */
export function pasti(uji: Uji, x: unknown, persis?: Persis): boolean {
  try {
    return uji(x, persis);
  } catch {
    return false;
  }
}
