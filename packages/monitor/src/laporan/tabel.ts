import { html, HTMLAman } from './html.js';

/** A column of a {@link tabelTumpuk}: its header, and whether it holds numbers (right-aligned when wide). */
export interface KolomTumpuk {
  readonly judul: string;
  readonly angka?: boolean;
  /** The sorting script may sort by it (`data-jenis`): compare its cells as numbers or as text. */
  readonly urut?: 'angka' | 'teks';
  /** The order the table is published in, by this column (`aria-sort`). */
  readonly urutan?: 'ascending' | 'descending';
  /** On a narrow screen its cells show no column name: the value says what it is (a rank, a band). */
  readonly tanpaLabel?: boolean;
  /** On a narrow screen its cells share a line with the cell after them (a rank and a name, a score and its band). */
  readonly sebaris?: boolean;
}

/** A cell: its content, or its content and the value the sorting script compares (`data-nilai`). */
export type SelTumpuk =
  HTMLAman | string | number | { readonly isi: HTMLAman | string | number; readonly nilai: string | number };

/** A row: its header cell (the row's name), then one cell per data column. */
export interface BarisTumpuk {
  readonly kepala: HTMLAman | string;
  readonly sel: readonly SelTumpuk[];
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
 * `kolom` lists the data columns; `kepala` is the row-header column, after the first `kepalaKe` data
 * columns (0: first). An empty cell shows nothing on a narrow screen, not even its column's name.
 * `urut` marks the table for the sorting script (`data-urut`, aset.ts); `lebar` a table that stacks up to 60em.
 */
export function tabelTumpuk(o: {
  readonly id: string;
  readonly judul: string;
  readonly kepala: string | KolomTumpuk;
  readonly kolom: readonly KolomTumpuk[];
  readonly kepalaKe?: number;
  readonly baris: readonly BarisTumpuk[];
  readonly kaki?: BarisTumpuk;
  readonly urut?: boolean;
  /** Its columns need more than 48em (the leaderboard's, about 56em): a block per row up to 60em (aset.ts). */
  readonly lebar?: boolean;
}): HTMLAman {
  const kepala: KolomTumpuk = typeof o.kepala === 'string' ? { judul: o.kepala } : o.kepala;
  const ke = o.kepalaKe ?? 0;
  const kelas = (k: KolomTumpuk | undefined) => {
    const nama = [k?.angka ? 'angka' : '', k?.sebaris ? 'sebaris' : ''].filter(Boolean).join(' ');
    return nama ? html` class="${nama}"` : '';
  };
  // The cells are written without whitespace inside them (their text is the cell's value, for the
  // sorting script too): kept off the formatter's line breaking.
  // prettier-ignore
  const judulKolom = (k: KolomTumpuk) =>
    html`<th scope="col" role="columnheader"${kelas(k)}${k.urut ? html` data-jenis="${k.urut}"` : ''}${k.urutan ? html` aria-sort="${k.urutan}"` : ''}>${k.judul}</th>`;
  const sel = (s: SelTumpuk, k: KolomTumpuk | undefined, label: string | undefined) => {
    const [isi, nilai] =
      typeof s === 'object' && !(s instanceof HTMLAman) ? [s.isi, s.nilai] : [s, undefined];
    // prettier-ignore
    const teks = html`${label && isi !== '' ? html`<span class="label-sempit" aria-hidden="true">${label}: </span>` : ''}${isi}`;
    // prettier-ignore
    return html`<td role="cell"${kelas(k)}${nilai === undefined ? '' : html` data-nilai="${nilai}"`}>${teks}</td>`;
  };
  const barisKe = (r: BarisTumpuk) => {
    const sels = r.sel.map((s, i) => {
      const k = o.kolom[i];
      return sel(s, k, k?.tanpaLabel ? undefined : (r.label?.[i] ?? k?.judul));
    });
    // prettier-ignore
    return html`<tr role="row">
      ${sels.slice(0, ke)}<th scope="row" role="rowheader"${kelas(kepala)}>${r.kepala}</th>
      ${sels.slice(ke)}
    </tr>`;
  };
  const juduls = o.kolom.map(judulKolom);
  // prettier-ignore
  const buka = html`<table class="tumpuk${o.lebar ? ' lebar' : ''}" role="table" aria-labelledby="${o.id}"${o.urut ? html` data-urut` : ''}>`;
  return html`<div class="gulir" tabindex="0" role="region" aria-labelledby="${o.id}">
    ${buka}
      <caption id="${o.id}">
        ${o.judul}
      </caption>
      <thead role="rowgroup">
        <tr role="row">
          ${juduls.slice(0, ke)}${judulKolom(kepala)}${juduls.slice(ke)}
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
