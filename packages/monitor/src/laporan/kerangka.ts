import type { Bahasa, ZonaWaktu } from '@terbuka/sdk';
import { html, type HTMLAman } from './html.js';
import { formatWaktu } from './format.js';
import { KATA, NAMA_BAHASA } from './kata.js';

/** The report's languages: Bahasa Indonesia first. */
export const BAHASA_LAPORAN: readonly Bahasa[] = ['id', 'en'];

/**
 * The folder of a language's pages. Indonesian stays at the root, where the feed's evidence URLs point;
 * English is the same tree under `en/` (same file names), so a page's twin is found by its path alone and
 * any static host serves both. Assets, the feed, keys and badges stay at the root, shared.
 */
export const folderBahasa = (b: Bahasa): string => (b === 'id' ? '' : 'en/');

/** From a page (`jalur` inside its language's folder) up to the report's root: '', '../', '../../'. */
export const keAkar = (b: Bahasa, jalur: string): string =>
  '../'.repeat((folderBahasa(b) + jalur).split('/').length - 1);

/** From a page up to its own language's folder (where `index.html` and `metode.html` are). */
export const keAkarBahasa = (jalur: string): string => '../'.repeat(jalur.split('/').length - 1);

/** The relative address of a page's twin in language `ke`. */
export const kembaran = (b: Bahasa, jalur: string, ke: Bahasa): string =>
  keAkar(b, jalur) + folderBahasa(ke) + jalur;

/**
 * The address of a page's twin in language `ke` (`b` itself: the page's own) for the `<head>`: absolute
 * under the report's public address when it is known (search engines want absolute hreflang alternates
 * and canonical addresses), else relative.
 */
const alamatKembaran = (b: Bahasa, jalur: string, ke: Bahasa, dasar: string | undefined): string =>
  dasar ? dasar + folderBahasa(ke) + jalur : kembaran(b, jalur, ke);

export interface Penerbit {
  readonly id: string;
  readonly name: string;
  readonly url?: string;
  /** The district's zone, for the times of the pages of the whole report (WIB by default). */
  readonly timeZone?: ZonaWaktu;
}

export interface OpsiHalaman {
  readonly judul: string;
  readonly bahasa: Bahasa;
  /** The page's path inside its language's folder (`index.html`, `agensi/dinkes.html`). */
  readonly jalur: string;
  /** Which main-menu entry is the current page. */
  readonly menu?: 'peringkat' | 'metode';
  readonly penerbit: Penerbit;
  readonly generatedAt: string;
  /** The zone the page's times are shown in (an evidence page: its body's); WIB by default. */
  readonly zona?: ZonaWaktu | undefined;
  readonly methodVersions: readonly string[];
  /** The report's public address, ending in `/` (DataLaporan.baseUrl), when known. */
  readonly alamatDasar?: string | undefined;
  /** Loads the sorting script (only pages with a sortable table). */
  readonly urut?: boolean;
  readonly isi: HTMLAman;
}

/** The shell every report page shares: header, main menu, footer with the signed files. */
export function halaman(o: OpsiHalaman): string {
  const b = o.bahasa;
  const a = keAkar(b, o.jalur);
  const ab = keAkarBahasa(o.jalur);
  const kini = (m: OpsiHalaman['menu']) => (o.menu === m ? html` aria-current="page"` : '');
  const lain = BAHASA_LAPORAN.filter((x) => x !== b);
  const alternatif = BAHASA_LAPORAN.map((x) => {
    const href = alamatKembaran(b, o.jalur, x, o.alamatDasar);
    return html`<link rel="alternate" hreflang="${x}" href="${href}" />`;
  });
  return html`<!doctype html>
    <html lang="${b}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${o.judul} — ${o.penerbit.name}</title>
        <link rel="canonical" href="${alamatKembaran(b, o.jalur, b, o.alamatDasar)}" />
        ${alternatif}
        <link rel="icon" href="${a}aset/ikon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="${a}aset/laporan.css" />
        ${o.urut ? html`<script src="${a}aset/urut.js" defer></script>` : ''}
      </head>
      <body>
        <a class="lompat" href="#isi">${KATA.lompat[b]}</a>
        <header>
          <div class="bilah-atas">
            <div class="wadah">
              <p>${KATA.hasilOleh[b](o.penerbit.name)}</p>
              <p>
                <a href="${a}feed.json">${KATA.feedBertanda[b]}</a>
                <span class="bahasa" role="group" aria-label="${KATA.pilihanBahasa[b]}"
                  >${lain.map((x) => html` · <a href="${kembaran(b, o.jalur, x)}" hreflang="${x}" lang="${x}">${NAMA_BAHASA[x]}</a>`)}</span
                >
              </p>
            </div>
          </div>
          <div class="kepala">
            <div class="wadah">
              <p class="judul-situs">${KATA.judulSitus[b]}</p>
              <p class="penerbit">${o.penerbit.name}</p>
            </div>
          </div>
        </header>
        <nav class="menu" aria-label="${KATA.menuUtama[b]}">
          <ul>
            <li><a href="${ab}index.html" ${kini('peringkat')}>${KATA.peringkat[b]}</a></li>
            <li><a href="${ab}metode.html" ${kini('metode')}>${KATA.metodePenilaian[b]}</a></li>
          </ul>
        </nav>
        <main id="isi"><div class="wadah">${o.isi}</div></main>
        <footer class="kaki">
          <div class="wadah">
            <p>
              ${KATA.kaki[b](
                html`<time datetime="${o.generatedAt}">${formatWaktu(o.generatedAt, o.zona, b)}</time>`,
                o.methodVersions.join(', '),
                a,
              )}
            </p>
            <p>${KATA.bukanResmi[b]}</p>
          </div>
        </footer>
      </body>
    </html> `.isi;
}
