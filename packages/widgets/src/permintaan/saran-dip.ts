// Loaded with import() only when the form has a `dip` attribute: the DIP reader, catalogs and list
// engine stay out of the form's own bundle.
import type { ReactiveControllerHost } from 'lit';
import { normalisasi } from '@terbuka/sdk';
import type { DokumenDIP } from '@terbuka/sdk';
import { SumberDataController } from '../internal/data/sumber-data.js';
import { siapkanBaris } from '../internal/daftar/baris.js';
import type { BarisDIP } from '../internal/daftar/baris.js';

/** Words that say nothing about which information is meant. */
const KATA_UMUM = new Set(
  'saya kami mohon minta meminta memohon informasi tentang mengenai terkait tahun yang dengan dari atau untuk dalam pada oleh salinan dokumen data berupa seluruh semua mohon diberikan'.split(
    ' ',
  ),
);

/**
 * Published entries that look like what the requester is typing: the list engine's entries and search
 * key (SDK `normalisasi` of title, unit and summary), ranked by how many of the typed words they hold.
 */
export class SaranDIP {
  private readonly sumber: SumberDataController;
  private siap: { doc: DokumenDIP; baris: BarisDIP[] } | undefined;

  constructor(host: ReactiveControllerHost) {
    this.sumber = new SumberDataController(host);
  }

  muat(src: string): Promise<void> {
    // Titles, units and summaries are searched, never the catalog's phrases: they are not loaded.
    return this.sumber.muat({ src, kataKunci: false });
  }

  cari(teks: string, maks = 5): BarisDIP[] {
    const doc = this.sumber.hasil?.document;
    if (!doc) return [];
    if (this.siap?.doc !== doc) this.siap = { doc, baris: siapkanBaris(doc, new Date()) };
    const kata = [
      ...new Set(
        normalisasi(teks)
          .split(' ')
          .filter((k) => k.length >= 4 && !KATA_UMUM.has(k)),
      ),
    ];
    if (kata.length === 0) return [];
    const perlu = Math.min(2, kata.length);
    return this.siap.baris
      .map((b) => ({ b, skor: kata.filter((k) => b.kunci.includes(k)).length }))
      .filter((x) => x.skor >= perlu)
      .sort((a, b) => b.skor - a.skor)
      .slice(0, maks)
      .map((x) => x.b);
  }
}
