// Compile-time checks that a valibot schema and the hand-written type of a format describe one shape:
// `const _x: Sama<Polos<v.InferOutput<typeof Skema>>, Polos<Tipe>> = true` fails to compile on any drift.

/** `true` only when A and B are the same type (not merely assignable either way). */
export type Sama<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** T without `readonly`, deeply: a schema's output is mutable, the published types are read-only. */
export type Polos<T> = T extends readonly (infer U)[]
  ? Polos<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Polos<T[K]> }
    : T;
