import {
  cocokkanItemKatalogDengan,
  keTanggal,
  normalisasi,
  penilaiKesegaranPada,
  tahunDari,
  tanggalValid,
} from '@terbuka/sdk';
import type { DokumenDIP, ItemDIP, ItemKatalogInti, Kesegaran } from '@terbuka/sdk';
import { intiUntuk, pencocokKataKunci } from './katalog.js';

/** One DIP entry prepared for display: what the SDK says about it, computed once per document. */
export interface BarisDIP {
  readonly entry: ItemDIP;
  /** Its place in the document's items: a name for its nodes that stays while the document does. */
  readonly nomor: number;
  /** Catalog items it fulfils, by the SDK's matching (declared `fulfils`, else keywords). */
  readonly cocok: readonly ItemKatalogInti[];
  readonly kesegaran: Kesegaran;
  /** Title, unit and summary normalised by the SDK, for search. */
  readonly kunci: string;
  /** The year the information was made (else last updated), for the year filter. */
  readonly tahun?: number;
}

/** The berkala entries: the panel's, and those the full DIP's checklist judges against their cadence. */
export function barisBerkala(baris: readonly BarisDIP[]): BarisDIP[] {
  return baris.filter((b) => b.entry.category === 'berkala');
}

function tahunEntri(e: ItemDIP): number | undefined {
  if (e.made?.year !== undefined) return e.made.year;
  for (const t of [e.made?.date, e.updated]) if (t !== undefined && tanggalValid(t)) return tahunDari(t);
  return undefined;
}

/** Matches every entry against the body's catalog and judges its freshness on `now`. */
export function siapkanBaris(doc: DokumenDIP, now: Date): BarisDIP[] {
  const katalog = intiUntuk(doc.agency.kind);
  const perId = new Map(katalog.items.map((i) => [i.id, i]));
  const kataKunci = pencocokKataKunci();
  // The date read here (as the element reads it for its cache), so the SDK's argument check and its
  // words stay out of the lists' bundle: buatPenilaiKesegaran's judge on that date.
  const nilai = penilaiKesegaranPada(keTanggal(now, doc.agency.timeZone));
  return doc.items.map((entry, nomor) => {
    const cocok = [
      ...new Set(
        cocokkanItemKatalogDengan(entry, katalog, kataKunci)
          .map((c) => perId.get(c.catalogItemId))
          .filter((i): i is ItemKatalogInti => i !== undefined),
      ),
    ];
    const tahun = tahunEntri(entry);
    return {
      entry,
      nomor,
      cocok,
      kesegaran: nilai(entry, cocok),
      kunci: normalisasi(`${entry.title} ${entry.unit ?? ''} ${entry.summary ?? ''}`),
      ...(tahun !== undefined ? { tahun } : {}),
    };
  });
}
