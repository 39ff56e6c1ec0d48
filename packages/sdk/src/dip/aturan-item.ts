// Rules of a DIP item that the schema (skema.ts, valibot) states by function and that the schema-free
// check of a register valid as given (sah-pasti.ts, generated from the schema) must apply too: here, apart
// from valibot, so both call the same function.

/**
 * An excluded entry (`dikecualikan`) carries its consequence-test record (`exclusion`): an exclusion
 * without one is exactly what the law forbids (UU 14/2008 Pasal 17, Perki 1/2021 Pasal 49).
 */
export const pengecualianTercatat = (item: { category: unknown; exclusion?: unknown }): boolean =>
  item.category !== 'dikecualikan' || item.exclusion !== undefined;
