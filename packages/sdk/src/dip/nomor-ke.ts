/**
 * Whether a cell is the column number `n` (n ≥ 1) as the template's row of column numbers writes it:
 * `3` or `(3)` — `t === String(n) || t === `(${n})``, read without making those strings (asked of the
 * first cells of every row).
 */
export function nomorKe(t: string, n: number): boolean {
  const akhir = t.length;
  if (akhir >= 3 && t.charCodeAt(0) === 0x28 && t.charCodeAt(akhir - 1) === 0x29)
    return angkaDi(t, n, 1, akhir - 1);
  return angkaDi(t, n, 0, akhir);
}

/** Whether `t` from `awal` to `akhir` is `String(n)`: its digits from the last. */
function angkaDi(t: string, n: number, awal: number, akhir: number): boolean {
  let i = akhir;
  for (let x = n; x > 0; x = Math.floor(x / 10))
    if (--i < awal || t.charCodeAt(i) !== 0x30 + (x % 10)) return false;
  return i === awal;
}
