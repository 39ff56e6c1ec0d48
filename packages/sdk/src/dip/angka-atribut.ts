import type { Teks } from '../i18n/teks.js';

// The elements' number attributes, read by one rule: the lists' `timeout` and `stale-after`, the badge's
// `timeout`, each a whole number from its minimum, else its default. Used by the widgets and by the
// demo's snippet configurator, which says when a value would not be taken (petunjukAngkaAtribut). No
// imports at run time: the demo serves this file.

/** [minimum, default] of each attribute. */
const ATURAN = { timeout: [1, 10_000], 'stale-after': [0, 365] } as const;

type NamaAngka = keyof typeof ATURAN;

/** The value as an element takes it (an attribute is read with Number()): whole and from the minimum, else the default. */
const baca = (v: unknown, [min, bawaan]: readonly [number, number]): number =>
  Number.isInteger(v) && (v as number) >= min ? (v as number) : bawaan;

/**
 * `timeout`: how long a request may stay silent, in whole milliseconds, at least 1; another value (none,
 * 0, negative, fractional, not a number): 10,000.
 */
export const bacaTimeout = (v: unknown): number => baca(v, ATURAN.timeout);

/**
 * `stale-after`: the days after the newest date in the data before it is shown as possibly out of date,
 * a whole number, at least 0; another value: 365.
 */
export const bacaBasiSetelah = (v: unknown): number => baca(v, ATURAN['stale-after']);

/**
 * For a value written in the attribute `nama` (not empty): undefined when the element takes it, else the
 * sentence that says it does not and which default it uses instead.
 */
export function petunjukAngkaAtribut(nama: NamaAngka, teks: string): Teks | undefined {
  const [min, bawaan] = ATURAN[nama];
  const n = Number(teks);
  if (baca(n, ATURAN[nama]) === n) return undefined;
  return {
    id: `${nama} "${teks}" bukan bilangan bulat ${min} atau lebih: elemen memakai bawaannya, ${bawaan}.`,
    en: `${nama} "${teks}" is not a whole number of ${min} or more: the element uses its default, ${bawaan}.`,
  };
}
