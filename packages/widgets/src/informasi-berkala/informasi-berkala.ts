import { DaftarElement, tulis } from '../internal/daftar/daftar-element.js';
import type { ModulPeriksa } from '../internal/daftar/daftar-element.js';
import { barisBerkala } from '../internal/daftar/baris.js';
import type { BarisDIP } from '../internal/daftar/baris.js';
import { kelompokKatalog } from '../internal/daftar/kelompok.js';
import { batasiKelompok } from '../internal/daftar/batas.js';
import { DaftarEntri, judulDalam, judulItem } from '../internal/daftar/tampilan.js';
import type { Konteks } from '../internal/daftar/tampilan.js';
import { h } from '../internal/dom.js';
import { PESAN } from '../internal/pesan.js';
import { muatPeriksa } from '../internal/daftar/muat-periksa.js';

/** A group's section, kept while it is shown in any search (its entries too). */
interface Grup {
  readonly bagian: HTMLElement;
  readonly judul: HTMLElement;
  readonly daftar: DaftarEntri;
  readonly tingkat: number;
}

/**
 * An agency's informasi berkala, grouped by the mandatory items of its catalog in the regulation's order,
 * each entry with its freshness; search, year filter and counts. `mode="periksa"` adds the admin's
 * checklist: mandatory items not yet covered, entries past their cadence, problems in the data.
 * @summary Informasi berkala panel.
 */
export class PpidInformasiBerkala extends DaftarElement {
  // Set in the constructor, not as an initializer: a field initializer with parentheses may throw a
  // ReferenceError on Safari 14.1–15.x (WebKit 236843).
  readonly #grup: Map<string, Grup>;

  constructor() {
    super();
    this.#grup = new Map();
  }

  protected judul() {
    return PESAN.judulBerkala;
  }

  protected relevan(baris: readonly BarisDIP[]): readonly BarisDIP[] {
    return barisBerkala(baris);
  }

  protected renderIsi(k: Konteks, tersaring: readonly BarisDIP[]): Node[] {
    const { kelompok, tampil, total } = batasiKelompok(
      kelompokKatalog(tersaring, this.dokumen!.agency.kind, 'berkala'),
      this.batasTampil,
    );
    return [
      ...kelompok.map((g) => {
        const id = g.item?.id ?? 'lainnya';
        let r = this.#grup.get(id);
        // Built again at another heading level (`heading-level` changed).
        if (r?.tingkat !== k.tingkat) {
          const judul = judulDalam(k, 1, { part: 'group-title' });
          const daftar = new DaftarEntri(id);
          const bagian = h(
            'section',
            { part: 'group', class: 'kelompok', 'data-item': id },
            judul,
            daftar.ul,
          );
          this.#grup.set(id, (r = { bagian, judul, daftar, tingkat: k.tingkat }));
        }
        tulis(r.judul, judulItem(k, g.item));
        r.daftar.isi(k, g.baris);
        return r.bagian;
      }),
      ...this.renderLagi(k, tampil, total),
    ];
  }

  /** The panel's checklist: the mandatory berkala items, the entries past their cadence (periksa.ts). */
  protected muatPeriksa(): Promise<ModulPeriksa> {
    return muatPeriksa();
  }
}
