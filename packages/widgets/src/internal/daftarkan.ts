/** Shared across every copy of the script on a page, so a clash is reported once, not per element. */
const SUDAH_DIPERINGATKAN = Symbol.for('terbuka.widgets.peringatan-ganda');

/** A class that can be registered: any element class, with the package version it came from. */
export type KelasElemen = CustomElementConstructor & { readonly versi?: string };

/**
 * Registers `kelas` under `tag`. Calling it again with the same class does nothing; another class under
 * a taken name (a second copy of the script) warns once via console.warn and never throws.
 */
export function daftarkan(tag: string, kelas: KelasElemen): void {
  const ada = customElements.get(tag) as KelasElemen | undefined;
  if (!ada) {
    customElements.define(tag, kelas);
    return;
  }
  if (ada === kelas) return;
  const g = globalThis as unknown as Record<symbol, boolean>;
  if (g[SUDAH_DIPERINGATKAN]) return;
  g[SUDAH_DIPERINGATKAN] = true;
  const lama = ada.versi ?? '?';
  console.warn(
    `[terbuka] <${tag}> sudah terdaftar (versi ${lama}), versi ${kelas.versi} diabaikan: muat sekali saja / already defined: load it once`,
  );
}
