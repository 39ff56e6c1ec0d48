/**
 * A score cut to one decimal, never rounded up: the bands are continuous (89.95 is Menuju Informatif), so a
 * printed 90.0 beside it would contradict the band. + 0: -0 (valid JSON, and ≥ 0) becomes 0. Every printed
 * score goes through it (formatSkor, the score explanation).
 */
export function potongSkor(skor: number): number {
  return Math.floor(skor * 10) / 10 + 0;
}
