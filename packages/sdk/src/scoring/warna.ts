/** WCAG 2 colour contrast, so every badge colour can be checked against AA (≥ 4.5:1 for normal text). */
const HEX = /^#([0-9a-fA-F]{6})$/;

function kanalLinear(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of a `#RRGGBB` colour (WCAG 2.x definition). */
export function luminansiRelatif(hex: string): number {
  const m = HEX.exec(hex);
  if (!m) throw new RangeError(`Warna harus #RRGGBB / colour must be #RRGGBB: ${hex}`);
  const n = parseInt(m[1] as string, 16);
  return (
    0.2126 * kanalLinear((n >> 16) & 255) +
    0.7152 * kanalLinear((n >> 8) & 255) +
    0.0722 * kanalLinear(n & 255)
  );
}

/** Contrast ratio between two colours, 1 to 21. */
export function rasioKontras(a: string, b: string): number {
  const la = luminansiRelatif(a);
  const lb = luminansiRelatif(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
