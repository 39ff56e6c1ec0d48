import type { DokumenDIP, ItemDIP } from '@terbuka/sdk';

/** Reads a fixture of the SDK from the test server (the repository root is served). */
export async function bacaFixture(jalur: string): Promise<string> {
  const res = await fetch(`/packages/sdk/fixtures/${jalur}`);
  if (!res.ok) throw new Error(`fixture ${jalur}: ${res.status}`);
  return res.text();
}

export const BADAN = {
  id: 'diskominfo-uji',
  name: 'Dinas Komunikasi dan Informatika Uji',
  kind: 'opd',
} as const;

/** A small valid DIP; each entry can be overridden. */
export function dokumenUji(items: readonly Partial<ItemDIP>[]): DokumenDIP {
  return {
    format: 'terbuka-dip',
    version: 1,
    agency: BADAN,
    items: items.map((it, i) => ({
      id: `u-${i + 1}`,
      title: `Informasi ${i + 1}`,
      category: 'berkala',
      updated: '2026-09-01',
      ...it,
    })) as ItemDIP[],
  };
}

/** A fixed evaluation moment, so freshness does not depend on the day the tests run. */
export const SEKARANG = new Date('2026-11-28T03:00:00Z');

/** Waits until `cek` holds (or fails after `ms`). */
export async function tungguSampai(cek: () => boolean, ms = 4000): Promise<void> {
  const mulai = Date.now();
  while (!cek()) {
    if (Date.now() - mulai > ms) throw new Error('timed out waiting for a condition');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * Whether `a` are the very nodes `b`, in order (chai's deep equality takes two entries with the same words
 * for equal).
 */
export const simpulSama = (a: readonly Node[], b: readonly Node[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);
