/**
 * Points are counted in tenths with integer arithmetic, so the total has one decimal, the contributions
 * add up to it exactly, and no floating-point drift can move a score across a band boundary.
 */

/** A weight in tenths; weights must be multiples of 0.1 (e.g. 35 or 7.5). */
export function bobotPersepuluhan(bobot: number): number {
  const t = Math.round(bobot * 10);
  if (!Number.isFinite(bobot) || bobot < 0 || Math.abs(bobot * 10 - t) > 1e-9)
    throw new RangeError(
      `Bobot harus ≥ 0 dan kelipatan 0,1 / weight must be ≥ 0 and a multiple of 0.1: ${bobot}`,
    );
  return t;
}

/** `bobot × a / b` in tenths, half rounded up, for whole numbers 0 ≤ a ≤ b. */
export function poinPecahan(bobotTenths: number, a: number, b: number): number {
  if (!Number.isInteger(a) || !Number.isInteger(b) || b <= 0 || a < 0 || a > b)
    throw new RangeError(`Pecahan tidak valid / invalid fraction: ${a}/${b}`);
  return Math.floor((2 * bobotTenths * a + b) / (2 * b));
}

/** `bobot × fraction` in tenths for a fraction 0–1 computed elsewhere (e.g. by the monitor). */
export function poinRasio(bobotTenths: number, rasio: number): number {
  if (!Number.isFinite(rasio) || rasio < 0 || rasio > 1)
    throw new RangeError(`Rasio harus 0–1 / fraction must be 0–1: ${rasio}`);
  // The small epsilon keeps 150 × 0.3 (44.999…) from rounding down.
  return Math.floor(bobotTenths * rasio + 0.5 + 1e-9);
}
