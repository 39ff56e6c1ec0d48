// The pieces sah-pasti.ts (generated from the DIP schema by scripts/sah-pasti.ts) is built of: each says
// whether a value is valid AS IT IS for one kind of valibot schema, without valibot. "As it is": valibot's
// output would be equal to the value itself (but for the order of an object's keys), so an object must
// be plain, with only the schema's keys. Anything else is a "no", which only means "ask the schema" (the caller runs it).

/** Whether a value passes; false also for "not sure". */
export type Uji = (x: unknown) => boolean;
/** A validation of a pipe: a pattern (valibot's regex, email, iso_date) or a check. */
export type Cek<T> = RegExp | ((x: T) => boolean);
/** An entry of an object schema: its test, or `opsional(test)` for an optional one. */
export type Entri = Uji | { readonly opsional: Uji };

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

/** v.array with its pipe: a real list (valibot's output is a new list with the same elements). */
export const daftar =
  (butir: Uji, ...cek: Cek<unknown[]>[]): Uji =>
  (x) =>
    Array.isArray(x) && x.every((y) => butir(y)) && lolos(x, cek);

/**
 * v.object with its pipe (checks, and partial checks that run once the object is valid): a plain object
 * whose own keys are all known, every required one there. The keys may come in any order: valibot's output
 * lists them in the entries' order, so `x` is then that output but for the order of its keys, which no
 * reader of a DIP looks at (CMS exports and hand-written JSON rarely follow the format's order). Read with
 * for…in, so only while Object.prototype has no enumerable property (`pasti` asks). An absent optional
 * entry is one `x` does not have at all (valibot reads with `in`).
 */
export function objek(entri: Readonly<Record<string, Entri>>, ...cek: Cek<never>[]): Uji {
  const wajib = Object.keys(entri).filter((k) => typeof entri[k] === 'function');
  return (x) => {
    if (typeof x !== 'object' || x === null || Object.getPrototypeOf(x) !== Object.prototype) return false;
    for (const k in x) {
      if (!Object.prototype.hasOwnProperty.call(entri, k)) return false;
      const e = entri[k]!;
      const y = (x as Record<string, unknown>)[k];
      if (typeof e === 'function' ? !e(y) : y !== undefined && !e.opsional(y)) return false;
    }
    for (const k of wajib) if (!(k in x)) return false;
    return lolos(x as never, cek);
  };
}

/**
 * `uji(x)`, and false rather than a throw (a proxy, a throwing getter: never JSON) or when a host page's
 * script gave Object.prototype an enumerable property (for…in would meet it).
 */
export function pasti(uji: Uji, x: unknown): boolean {
  for (const k in Object.prototype) if (typeof k === 'string') return false;
  try {
    return uji(x);
  } catch {
    return false;
  }
}
