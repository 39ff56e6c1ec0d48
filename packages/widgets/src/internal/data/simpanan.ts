/** The last good copy of a source, kept in localStorage (never in cookies). */
export interface Salinan {
  readonly teks: string;
  readonly contentType: string;
  readonly etag?: string;
  /** ISO instant the copy was received. */
  readonly disimpan: string;
}

const AWALAN = 'terbuka:salinan:';

export function penyimpanan(): Storage | undefined {
  try {
    // Through globalThis: where there is none (Node) it is undefined, not a ReferenceError.
    return globalThis.localStorage;
  } catch {
    // Access throws when storage is blocked (privacy settings, sandboxed iframes).
    return undefined;
  }
}

export function bacaSalinan(kunci: string): Salinan | undefined {
  try {
    // No early return (bytes the badge lacks): none saved parses to null, which spreads to nothing, and no
    // storage (undefined) throws; either way there is no `teks`, so no copy.
    const mentah = penyimpanan()?.getItem(AWALAN + kunci) as string;
    const s = { contentType: '', ...(JSON.parse(mentah) as Partial<Salinan>) };
    // A copy only when every field has its type: another value under the key is no copy.
    return [s.teks, s.disimpan, s.contentType, s.etag ?? ''].every((x) => typeof x === 'string')
      ? (s as Salinan)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Saves a copy; a full or blocked storage only means no copy is kept. */
export function simpanSalinan(kunci: string, salinan: Salinan): void {
  try {
    penyimpanan()?.setItem(AWALAN + kunci, JSON.stringify(salinan));
  } catch {
    /* quota exceeded or storage blocked */
  }
}

/**
 * The copy to keep of an answer (or of a saved copy the source confirmed), dated now. Field by field: an
 * answer also holds its bytes. Without an ETag (ambil.ts: never an empty one), `etag` is undefined, which
 * the stored JSON leaves out.
 */
export const salinanBaru = (h: Omit<Salinan, 'disimpan'>): Salinan => ({
  teks: h.teks,
  contentType: h.contentType,
  disimpan: new Date().toISOString(),
  etag: h.etag,
});
