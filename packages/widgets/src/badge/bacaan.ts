import { validasiFeed } from '@terbuka/sdk';
import type { DokumenDIP, HasilFeed } from '@terbuka/sdk';

/** What a badge's source gave: a checked monitoring feed, or the agency's own DIP (valid entries). */
export type BacaanLencana =
  | { readonly jenis: 'feed'; readonly hasil: HasilFeed }
  | { readonly jenis: 'dip'; readonly document: DokumenDIP | undefined };

/** Only a feed without a single error, or a DIP that reads, is kept and shown. */
export const bacaanLayak = (b: BacaanLencana): boolean =>
  b.jenis === 'feed' ? b.hasil.ok : b.document !== undefined;

/** Reads a monitoring feed; malformed JSON is an invalid feed like any other, not an exception. */
export function bacaFeed(teks: string): BacaanLencana {
  let data: unknown;
  try {
    data = JSON.parse(teks.replace(/^\uFEFF/, ''));
  } catch {
    return { jenis: 'feed', hasil: { ok: false, errors: [] } };
  }
  return { jenis: 'feed', hasil: validasiFeed(data) };
}
