/** The last good copy of a source, kept in localStorage (never in cookies). */
export interface Salinan {
  readonly teks: string;
  readonly contentType: string;
  readonly etag?: string;
  /** ISO instant the copy was received. */
  readonly disimpan: string;
}

const AWALAN = 'terbuka:salinan:';

function penyimpanan(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    // Access throws when storage is blocked (privacy settings, sandboxed iframes).
    return undefined;
  }
}

export function bacaSalinan(kunci: string): Salinan | undefined {
  try {
    const mentah = penyimpanan()?.getItem(AWALAN + kunci);
    if (!mentah) return undefined;
    const s = JSON.parse(mentah) as Partial<Salinan>;
    return typeof s.teks === 'string' && typeof s.disimpan === 'string'
      ? {
          teks: s.teks,
          contentType: typeof s.contentType === 'string' ? s.contentType : '',
          disimpan: s.disimpan,
          ...(typeof s.etag === 'string' ? { etag: s.etag } : {}),
        }
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

export function hapusSalinan(kunci: string): void {
  try {
    penyimpanan()?.removeItem(AWALAN + kunci);
  } catch {
    /* storage blocked */
  }
}
