/**
 * The ids a CSV import has given. Most are `dip-<No>` with a plain number: those are kept as numbers,
 * marked in a list at that index (adding each new id string to a Set was a tenth of the builder's time); every other id (`dip-p3`, `dip-a-1`, `dip-012`, `dip-12-2`) as text. An id's form says which
 * set holds it, so each id is looked for in one place.
 */
export class KodeDipakai {
  // Indexed by the number: registers number their rows 1, 2, 3 …, so the list stays dense.
  readonly #angka: boolean[] = [];
  readonly #teks = new Set<string>();

  /**
   * Adds `id`; false when it was given already. `nomor` is `nomorKanonik(slug)` when the caller built
   * the id as `dip-<slug>`, else -1.
   */
  tambah(id: string, nomor = -1): boolean {
    if (nomor >= 0) {
      if (this.#angka[nomor] === true) return false;
      this.#angka[nomor] = true;
      return true;
    }
    const n = this.#teks.size;
    this.#teks.add(id);
    return this.#teks.size !== n;
  }

  /** Whether an id that is not `dip-<number>` (a suffixed `dip-12-2`) was given. */
  adaTeks(id: string): boolean {
    return this.#teks.has(id);
  }
}

/**
 * The number a slug writes in its one form (`0`, `12`; not `012`, which is another id), or -1. At most
 * nine digits, so the number is a small integer.
 */
export function nomorKanonik(s: string): number {
  const n = s.length;
  if (n === 0 || n > 9 || (n > 1 && s.charCodeAt(0) === 0x30)) return -1;
  let x = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i) - 0x30;
    if (c < 0 || c > 9) return -1;
    x = x * 10 + c;
  }
  return x;
}
