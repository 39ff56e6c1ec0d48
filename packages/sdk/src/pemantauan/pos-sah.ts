import type { Instan } from '../feed/types.js';

/** One item of a list of dated posts (a feed item, an Atom entry, a WordPress post) as one scan read it. */
export interface PosTeramati {
  /** Its identity, stable across scans (the monitor's: a hash of the guid or Atom id, else the link…). */
  readonly id: string;
  /** A hash of its content (title, link, summary, body): what a real update changes. */
  readonly hash: string;
  /** The date it claims (publication date, else update date). */
  readonly claimedAt: Instan;
}

/** An item as the history remembers it: its identity, its content and the date accepted for it. */
export interface PosDiingat {
  readonly id: string;
  readonly hash: string;
  readonly acceptedAt: Instan;
}

/**
 * Items remembered per source. Twice the longest feed page that platforms serve by default (Blogger 25;
 * WordPress RSS 10, YouTube 15, Mastodon 20), so every item a feed lists is remembered and items that
 * scrolled off stay remembered for a while; at about 90 bytes an item a history line grows by ~4.5 kB
 * per source at most.
 */
export const BATAS_POS_DIINGAT = 50;

export interface HasilPosSah {
  /** The accepted date of each item read, in the order given (none for an item whose date is unreadable). */
  readonly tanggal: Instan[];
  /** What to remember for the next scan: the newest `batas` items by accepted date. */
  readonly diingat: PosDiingat[];
}

const waktu = (t: Instan): number => Date.parse(t);

/**
 * The dates of a list of posts that their content backs (anti-gaming, per item). An item seen before —
 * the same identity, or the same content under a new identity (a guid regenerated every night) — whose
 * content has not changed keeps the date accepted before when it now claims a later one: re-dating an
 * old post is not activity. A new item counts with its date; an item whose content changed may take its
 * new date, since that is a real update. Without anything remembered (the first scan, or a history
 * written before items were remembered) every date is taken as claimed.
 */
export function tanggalPosSah(
  kini: readonly PosTeramati[],
  diingat: readonly PosDiingat[] = [],
  batas: number = BATAS_POS_DIINGAT,
): HasilPosSah {
  const perId = new Map<string, PosDiingat>();
  const perHash = new Map<string, PosDiingat>();
  for (const d of diingat) {
    if (Number.isNaN(waktu(d.acceptedAt))) continue;
    if (!perId.has(d.id)) perId.set(d.id, d);
    if (!perHash.has(d.hash)) perHash.set(d.hash, d);
  }
  const tanggal: Instan[] = [];
  const baru = new Map<string, PosDiingat>();
  // Same content under another identity is the same item only when that identity is gone from the list
  // (a guid regenerated every night); while both are listed they are two posts that happen to match (a
  // weekly "Jadwal Pelayanan" post under a title used before).
  const idKini = new Set(kini.map((p) => p.id));
  for (const p of kini) {
    if (Number.isNaN(waktu(p.claimedAt))) continue;
    const kembar = perHash.get(p.hash);
    const sama = [perId.get(p.id), kembar && !idKini.has(kembar.id) ? kembar : undefined].find(
      (d) => d?.hash === p.hash,
    );
    const diterima = sama && waktu(sama.acceptedAt) < waktu(p.claimedAt) ? sama.acceptedAt : p.claimedAt;
    tanggal.push(diterima);
    if (!baru.has(p.id)) baru.set(p.id, { id: p.id, hash: p.hash, acceptedAt: diterima });
  }
  // Items no longer listed stay remembered (a post that scrolled off may be re-dated back in), unless
  // their identity or content is listed now: then the entry above replaces them.
  const hashKini = new Set([...baru.values()].map((d) => d.hash));
  const lama = [...perId.values()].filter((d) => !baru.has(d.id) && !hashKini.has(d.hash));
  const semua = [...baru.values(), ...lama]
    .sort((a, b) => waktu(b.acceptedAt) - waktu(a.acceptedAt))
    .slice(0, Math.max(0, batas));
  return { tanggal, diingat: semua };
}
