import { html, nothing } from 'lit';
import { katalogIntiUntuk, wajibBelumTercakup } from '@terbuka/sdk';
import type { DokumenDIP } from '@terbuka/sdk';
import { DaftarElement } from '../internal/daftar/daftar-element.js';
import { daftarStyles } from '../internal/daftar/daftar.styles.js';
import type { BarisDIP } from '../internal/daftar/baris.js';
import { kelompokKatalog } from '../internal/daftar/kelompok.js';
import { batasiKelompok } from '../internal/daftar/batas.js';
import { daftarEntri, judulItem } from '../internal/daftar/tampilan.js';
import type { Konteks } from '../internal/daftar/tampilan.js';
import { formatTanggal } from '../internal/format.js';
import { PESAN } from '../internal/pesan.js';
import { temaStyles } from '../internal/tema.styles.js';
import { informasiBerkalaStyles } from './informasi-berkala.styles.js';

/**
 * An agency's informasi berkala, grouped by the mandatory items of its catalog in the regulation's order,
 * each entry with its freshness; search, year filter and counts. `mode="periksa"` adds the admin's
 * checklist: mandatory items not yet covered, entries past their cadence, problems in the data.
 * @summary Informasi berkala panel.
 * @attr src - URL of the DIP (JSON or CSV)
 * @attr mode - `periksa` for the admin's checklist
 * @attr lang - `id` (default) or `en`; else taken from the nearest ancestor
 * @attr theme - `terang` (default), `gelap`, `otomatis`
 */
export class PpidInformasiBerkala extends DaftarElement {
  static override styles = [temaStyles, daftarStyles, informasiBerkalaStyles];

  protected judul() {
    return PESAN.judulBerkala;
  }

  protected relevan(baris: readonly BarisDIP[]): readonly BarisDIP[] {
    return baris.filter((b) => b.entry.category === 'berkala');
  }

  protected renderIsi(k: Konteks, tersaring: readonly BarisDIP[]): unknown {
    const doc = this.dokumen;
    if (!doc) return nothing;
    const { kelompok, tampil, total } = batasiKelompok(
      kelompokKatalog(tersaring, doc.agency.kind, 'berkala'),
      this.batasTampil,
    );
    return html`${kelompok.map(
      (g) =>
        html`<section part="group" class="kelompok" data-item=${g.item?.id ?? 'lainnya'}>
          <h3 part="group-title">${judulItem(k, g.item)}</h3>
          ${daftarEntri(k, g.baris)}
        </section>`,
    )}${this.renderLagi(k, tampil, total)}`;
  }

  protected override renderPeriksaTambahan(k: Konteks, doc: DokumenDIP, baris: readonly BarisDIP[]): unknown {
    const belum = wajibBelumTercakup(katalogIntiUntuk(doc.agency.kind), doc, 'berkala');
    const lewat = this.relevan(baris).filter(
      (b) => b.kesegaran.status === 'overdue' || b.kesegaran.status === 'delinquent',
    );
    return html`<h4>${this.t(PESAN.belumTercakup)}</h4>
      ${
        belum.length === 0
          ? html`<p>${this.t(PESAN.semuaTercakup)}</p>`
          : html`<ol class="belum-tercakup">
              ${belum.map((i) => html`<li data-item=${i.id}>${judulItem(k, i)}</li>`)}
            </ol>`
      }
      <h4>${this.t(PESAN.lewatJadwal)}</h4>
      ${
        lewat.length === 0
          ? html`<p>${this.t(PESAN.tidakAdaLewat)}</p>`
          : html`<ul class="lewat-jadwal" role="list">
              ${lewat.map(
                (b) =>
                  html`<li data-id=${b.entry.id}>
                    ${b.entry.title}${
                      b.kesegaran.dueDate
                        ? ` — ${this.t(PESAN.jatuhTempo, { tanggal: formatTanggal(b.kesegaran.dueDate, k.bahasa) })}`
                        : ''
                    }
                  </li>`,
              )}
            </ul>`
      }`;
  }
}
