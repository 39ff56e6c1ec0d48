import type { ZonaWaktu } from '@terbuka/sdk';
import { html, type HTMLAman } from './html.js';
import { formatWaktu } from './format.js';

export interface Penerbit {
  readonly id: string;
  readonly name: string;
  readonly url?: string;
  /** The district's zone, for the times of the pages of the whole report (WIB by default). */
  readonly timeZone?: ZonaWaktu;
}

export interface OpsiHalaman {
  readonly judul: string;
  /** Path from this page to the report's root: '' or '../'. */
  readonly akar: string;
  /** Which main-menu entry is the current page. */
  readonly menu?: 'peringkat' | 'metode';
  readonly penerbit: Penerbit;
  readonly generatedAt: string;
  /** The zone the page's times are shown in (an evidence page: its body's); WIB by default. */
  readonly zona?: ZonaWaktu | undefined;
  readonly methodVersions: readonly string[];
  /** Loads the sorting script (only pages with a sortable table). */
  readonly urut?: boolean;
  readonly isi: HTMLAman;
}

/** The shell every report page shares: header, main menu, footer with the signed files. */
export function halaman(o: OpsiHalaman): string {
  const a = o.akar;
  const kini = (m: OpsiHalaman['menu']) => (o.menu === m ? html` aria-current="page"` : '');
  return html`<!doctype html>
    <html lang="id">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${o.judul} — ${o.penerbit.name}</title>
        <link rel="icon" href="${a}aset/ikon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="${a}aset/laporan.css" />
        ${o.urut ? html`<script src="${a}aset/urut.js" defer></script>` : ''}
      </head>
      <body>
        <a class="lompat" href="#isi">Langsung ke isi</a>
        <header>
          <div class="bilah-atas">
            <div class="wadah">
              <p>Hasil pemantauan keterbukaan informasi publik oleh ${o.penerbit.name}</p>
              <p><a href="${a}feed.json">Feed bertanda tangan (JSON)</a></p>
            </div>
          </div>
          <div class="kepala">
            <div class="wadah">
              <p class="judul-situs">Pemantauan Keterbukaan Informasi Publik</p>
              <p class="penerbit">${o.penerbit.name}</p>
            </div>
          </div>
        </header>
        <nav class="menu" aria-label="Menu utama">
          <ul>
            <li><a href="${a}index.html" ${kini('peringkat')}>Peringkat</a></li>
            <li><a href="${a}metode.html" ${kini('metode')}>Metode penilaian</a></li>
          </ul>
        </nav>
        <main id="isi"><div class="wadah">${o.isi}</div></main>
        <footer class="kaki">
          <div class="wadah">
            <p>
              Diterbitkan
              ${html`<time datetime="${o.generatedAt}">${formatWaktu(o.generatedAt, o.zona)}</time>`} dengan
              metode ${o.methodVersions.join(', ')}. Hasil yang sama tersedia sebagai
              <a href="${a}feed.json">feed.json</a>, ditandatangani Ed25519 (<a href="${a}feed.json.sig"
                >feed.json.sig</a
              >, kunci publik di <a href="${a}keys.json">keys.json</a>).
            </p>
            <p>Dibuat dengan Terbuka. Penilaian ini bukan hasil resmi Monev Komisi Informasi.</p>
          </div>
        </footer>
      </body>
    </html> `.isi;
}
