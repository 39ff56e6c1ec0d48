import { periksaFeed, periksaTandaTanganFeed } from '@terbuka/sdk';
import type { DokumenDIP, HasilPeriksaFeed, OpsiVerifikasi, Teks } from '@terbuka/sdk';
import { muatKata } from './muat-kata.js';

/** Whether the feed's signature holds for a pinned key; when not, why (id/en). */
export type Verifikasi = { readonly ok: true } | { readonly ok: false; readonly pesan: Teks };

/** What a badge's source gave: a checked monitoring feed with its verification, or a DIP. */
export type BacaanLencana =
  | { readonly jenis: 'feed'; readonly hasil: HasilPeriksaFeed; readonly verifikasi: Verifikasi }
  | { readonly jenis: 'dip'; readonly document: DokumenDIP | undefined };

/**
 * Only a feed without a single error, or a DIP that reads, is kept and shown. A valid feed whose
 * signature fails is kept too: it is shown as not verified (grey), which is what a visitor must see.
 */
export const bacaanLayak = (b: BacaanLencana): boolean =>
  b.jenis === 'feed' ? b.hasil.ok : b.document !== undefined;

export interface OpsiBacaFeed {
  /** The pinned public keys (`x`, base64url); none means nothing can be verified. */
  readonly kunci: readonly string[];
  /** The text of `feed.json.sig`, when there is one. */
  readonly tandaTangan: string | undefined;
  /** `{}`: WebCrypto; else the fallback's verifier and SHA-256. */
  readonly kripto: OpsiVerifikasi;
}

/**
 * Reads a monitoring feed and verifies its signature over `bytes`, the exact bytes received (for a saved
 * copy, its text encoded again: a copy whose bytes do not come back the same fails, never the reverse).
 * Malformed JSON is an invalid feed like any other, not an exception. The SDK's checks give codes; the
 * sentence saying why a feed is not verified is loaded only then.
 */
export async function bacaFeed(teks: string, bytes: Uint8Array, o: OpsiBacaFeed): Promise<BacaanLencana> {
  let hasil: HasilPeriksaFeed;
  try {
    hasil = periksaFeed(JSON.parse(teks));
  } catch {
    hasil = { ok: false, errors: [] };
  }
  // An invalid feed is never shown (bacaanLayak), so its verification is not looked at.
  let verifikasi: Verifikasi = { ok: true };
  if (hasil.ok) {
    const v = o.kunci.length
      ? await periksaTandaTanganFeed(bytes, o.tandaTangan, o.kunci, o.kripto)
      : undefined;
    if (!v?.verified) {
      const k = await muatKata();
      verifikasi = {
        ok: false,
        pesan: v ? k.kataVerifikasi(v, o.kunci) : k.PESAN_LENCANA_MASALAH.tanpaKunci,
      };
    }
  }
  return { jenis: 'feed', hasil, verifikasi };
}
