import { html, type HTMLAman } from './html.js';

/** A column of a {@link tabelTumpuk}: its header, and whether it holds numbers (right-aligned when wide). */
export interface KolomTumpuk {
  readonly judul: string;
  readonly angka?: boolean;
}

/** A row: its header cell (the row's name), then one cell per data column. */
export interface BarisTumpuk {
  readonly kepala: HTMLAman | string;
  readonly sel: readonly (HTMLAman | string | number)[];
  /** The words shown before each cell on a narrow screen when not its column's header (a total row's). */
  readonly label?: readonly (string | undefined)[];
}

/**
 * A data table that a narrow screen (a phone, or a browser set to large text) shows as one block per row instead of a table
 * to scroll sideways: the row's name, then each cell under it with its column's name before it. Pure CSS
 * (`table.tumpuk` in the style sheet), so the page stays static under `style-src 'self'`. It is the same
 * table in either layout: the explicit roles keep the table, its rows, headers and cells for assistive
 * technology when the narrow layout displays them as blocks (some browsers drop a table's semantics with
 * its display), and the column name before a cell is hidden from it (the cell's column header says it).
 * `kolom` lists the data columns; `kepala` is the header of the row-header column.
 */
export function tabelTumpuk(o: {
  readonly id: string;
  readonly judul: string;
  readonly kepala: string;
  readonly kolom: readonly KolomTumpuk[];
  readonly baris: readonly BarisTumpuk[];
  readonly kaki?: BarisTumpuk;
}): HTMLAman {
  const angka = (k: KolomTumpuk | undefined) => k?.angka === true;
  const sel = (isi: HTMLAman | string | number, k: KolomTumpuk | undefined, label: string | undefined) => {
    const teks = html`${label ? html`<span class="label-sempit" aria-hidden="true">${label}: </span>` : ''}${isi}`;
    return angka(k) ? html`<td role="cell" class="angka">${teks}</td>` : html`<td role="cell">${teks}</td>`;
  };
  const barisKe = (r: BarisTumpuk) =>
    html`<tr role="row">
      <th scope="row" role="rowheader">${r.kepala}</th>
      ${r.sel.map((s, i) => sel(s, o.kolom[i], r.label?.[i] ?? o.kolom[i]?.judul))}
    </tr>`;
  return html`<div class="gulir" tabindex="0" role="region" aria-labelledby="${o.id}">
    <table class="tumpuk" role="table" aria-labelledby="${o.id}">
      <caption id="${o.id}">
        ${o.judul}
      </caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">${o.kepala}</th>
          ${o.kolom.map((k) =>
            angka(k)
              ? html`<th scope="col" role="columnheader" class="angka">${k.judul}</th>`
              : html`<th scope="col" role="columnheader">${k.judul}</th>`,
          )}
        </tr>
      </thead>
      <tbody role="rowgroup">
        ${o.baris.map(barisKe)}
      </tbody>
      ${
        o.kaki
          ? html`<tfoot role="rowgroup">
              ${barisKe(o.kaki)}
            </tfoot>`
          : ''
      }
    </table>
  </div>`;
}
