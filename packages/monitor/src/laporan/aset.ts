import { BAND_MONEV } from '@terbuka/sdk';

/**
 * The report's style sheet. The band colours come from the SDK (`BAND_MONEV`), so the report, the badge
 * and the widgets show one band in one colour.
 */
export function cssLaporan(): string {
  const band = BAND_MONEV.map(
    (b) => `.band-${b.code}{background:${b.colour.fill};color:${b.colour.text}}`,
  ).join('\n');
  return `${CSS}\n/* Band colours from the SDK (BAND_MONEV). */\n${band}\n`;
}

/**
 * The narrow layout of the stacking tables `t` selects (tabel.ts): one block per row. Written once, used at two
 * widths: every stacking table below 48em, a wide one (`.lebar`) below 60em.
 */
const tumpuk = (t: string): string =>
  `table${t},${t} caption,${t} tbody,${t} tfoot,${t} th,${t} td{display:block}${t} thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}${t} tr{display:flow-root;padding:.5rem 0;border-bottom:1px solid var(--garis)}${t} tfoot tr{border-top:2px solid var(--garis);border-bottom:0}${t} th,${t} td{clear:left;padding:.125rem .625rem;border:0;text-align:left}${t} .sebaris{float:left;padding-right:.5rem}${t} td.sebaris:first-child{font-weight:700}${t} .sebaris+*{clear:none}${t} .sebaris+th{display:flow-root;padding-left:0}${t} td:empty{display:none}${t} .label-sempit{display:inline;font-weight:600;color:var(--redup)}${t}.urut-aktif thead{position:static;width:auto;height:auto;overflow:visible;clip-path:none;white-space:normal}${t}.urut-aktif thead tr{display:flex;flex-wrap:wrap;gap:.25rem 1rem;padding:.5rem .625rem;background:var(--biru-muda)}${t}.urut-aktif thead th{display:block;padding:0;white-space:normal}`;

const CSS = `/* Terbuka monitoring report: a plain government dashboard that needs no script. */
/* Sizes in rem/em follow the reader's default font size (a phone set to large text); hairlines stay px. */
:root{--biru:#0b4f8a;--biru-tua:#083a66;--biru-muda:#e8f1fa;--kuning:#f2b705;--teks:#1f2933;--redup:#52606d;--garis:#d9e2ec;--latar:#f4f6f9;--huruf:'Segoe UI',Roboto,'Helvetica Neue',Arial,'Noto Sans','Liberation Sans',sans-serif}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font-family:var(--huruf);font-size:1rem;line-height:1.6;color:var(--teks);background:var(--latar);overflow-wrap:break-word}
a{color:var(--biru)}
a:hover{color:var(--biru-tua)}
:focus-visible{outline:3px solid var(--kuning);outline-offset:2px}
h1,h2,h3{line-height:1.3;color:var(--biru-tua)}
.wadah{max-width:75rem;margin:0 auto;padding:0 1rem}
.lompat{position:absolute;left:-9999px;top:0;z-index:10;padding:.5rem 1rem;background:var(--kuning);color:#000}
.lompat:focus{left:.5rem}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.bilah-atas{background:var(--biru-tua);color:#dce9f5;font-size:.875rem}
.bilah-atas .wadah{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.25rem 1rem;padding-top:.5rem;padding-bottom:.5rem}
.bilah-atas p{margin:0}
.bilah-atas a{color:#fff}
.kepala{background:#fff;border-bottom:4px solid var(--kuning)}
.kepala .wadah{padding-top:1rem;padding-bottom:1rem}
.kepala .judul-situs{margin:0;font-size:1.375rem;font-weight:800;letter-spacing:.02em;text-transform:uppercase;color:var(--biru-tua)}
.kepala .penerbit{margin:0;font-weight:600;color:var(--redup)}
.menu{background:var(--biru)}
.menu ul{display:flex;flex-wrap:wrap;list-style:none;margin:0 auto;padding:0 1rem;max-width:75rem}
.menu a{display:block;padding:.625rem 1rem;color:#fff;text-decoration:none;font-weight:600}
.menu a:hover,.menu a[aria-current]{background:var(--biru-tua)}
main{display:block;padding:1.5rem 0 2.5rem}
.kartu{background:#fff;border:1px solid var(--garis);border-radius:6px;padding:1rem 1.25rem;margin:0 0 1.25rem}
.kartu>h2:first-child{margin-top:0;font-size:1.25rem}
.remah{font-size:.875rem;margin:0 0 .5rem}
.remah ol{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem}
.remah li+li::before{content:'›';margin-right:.25rem;color:var(--redup)}
.ringkas{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,7.5em),1fr));gap:.75rem;list-style:none;margin:0;padding:0}
.ringkas li{border:1px solid var(--garis);border-radius:6px;padding:.625rem .75rem;background:#fff}
.ringkas .angka{display:block;font-size:1.75rem;font-weight:800;line-height:1.2}
/* A band's name wraps in its summary card rather than widening the page ("Cannot be assessed" at 54em). */
.ringkas .band{white-space:normal}
.saring{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;margin:.5rem 0 0;padding:0}
.saring a{display:inline-block;padding:.25rem .75rem;border:1px solid var(--biru);border-radius:999px;text-decoration:none}
.saring a[aria-current]{background:var(--biru);color:#fff}
.gulir{overflow-x:auto}
table{border-collapse:collapse;width:100%;background:#fff;font-size:.9375rem}
caption{text-align:left;font-weight:700;padding:0 0 .5rem;color:var(--biru-tua)}
th,td{padding:.5rem .625rem;border-bottom:1px solid var(--garis);text-align:left;vertical-align:top}
thead th{background:var(--biru-muda);color:var(--biru-tua)}
tbody tr:nth-child(even){background:#f8fafc}
tfoot th,tfoot td{font-weight:700;border-top:2px solid var(--garis)}
td.angka,th.angka{text-align:right;font-variant-numeric:tabular-nums}
th .kecil{font-weight:400}
button.urut{font:inherit;font-weight:700;color:inherit;background:none;border:0;padding:0;cursor:pointer;text-decoration:underline dotted}
th[aria-sort=ascending] button.urut::after{content:' ▲'}
th[aria-sort=descending] button.urut::after{content:' ▼'}
.band{display:inline-block;padding:.0625rem .5rem;border-radius:4px;font-weight:700;font-size:.875rem;white-space:nowrap}
.tidak-dinilai{background:#5f6368;color:#ffffff}
.skor-besar{font-size:2.75rem;font-weight:800;line-height:1;margin:0}
.kecil{font-size:.875rem;color:var(--redup)}
.peringatan{border-left:4px solid #b71c1c;padding-left:.75rem}
/* The robots.txt lines to add wrap instead of scrolling on a phone; a copy keeps them as they are. */
pre.robots{background:#f1f3f4;padding:.5rem .75rem;white-space:pre-wrap;overflow-wrap:anywhere}
dl.fakta{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.25rem 1rem;margin:0}
dl.fakta dt{font-weight:600;color:var(--redup)}
dl.fakta dd{margin:0}
dl.fakta+.gulir{margin-top:1rem}
.url{word-break:break-all}
.kilas{display:block;margin:.5rem 0}
.kaki{background:#1c2b3a;color:#dce9f5;font-size:.875rem;padding:1.25rem 0}
.kaki a{color:#fff}
/* Tables of one block per row on a narrow screen (tabel.ts): no sideways scrolling on a phone. Each cell
   takes a line; a .sebaris cell floats at the start of its line and the next cell fills the rest: a row's
   name as a column of its own beside it (a rank and a name; a long word still breaks), a cell's content
   flowing beside it and below it when it does not fit (a score and its band). An empty cell shows nothing.
   With the sorting script the header row stays in view as a bar of its sort buttons (the script marks the
   table urut-aktif), never focusable unseen. A wide table (.lebar: the leaderboard, whose columns need
   about 56em) is a block per row up to 60em: between 48em and there it would scroll sideways in its box. */
.label-sempit{display:none}
@media (max-width:48em){${tumpuk('.tumpuk')}.band{white-space:normal}}
@media (max-width:60em){${tumpuk('.tumpuk.lebar')}.tumpuk.lebar .band{white-space:normal}}
@media (max-width:37.5em){dl.fakta{grid-template-columns:minmax(0,1fr)}.kepala .judul-situs{font-size:1.125rem}}
@media print{.menu,.bilah-atas,.lompat{display:none}body{background:#fff}}`;

/**
 * Sorting for the report's tables, as progressive enhancement: without it every table is complete and in
 * rank order. A separate file (no inline script), so the pages work under `script-src 'self'`.
 */
export const JS_URUT = `// Terbuka report: sortable tables. Progressive enhancement; the tables are complete without it.
(function () {
  'use strict';
  var status = document.querySelector('[data-status-urut]');
  // The page's language compares names and gives the words of the announcement (the page carries them).
  var bahasa = document.documentElement.lang || 'id';
  function nilai(sel, jenis) {
    var v = sel.getAttribute('data-nilai');
    if (v === null) v = sel.textContent.trim();
    if (jenis === 'angka') return v === '' ? NaN : Number(v);
    return v;
  }
  Array.prototype.forEach.call(document.querySelectorAll('table[data-urut]'), function (tabel) {
    var kepala = tabel.tHead.rows[0].cells;
    // A narrow screen shows the header row, now a row of buttons, instead of hiding it (aset.ts CSS).
    tabel.classList.add('urut-aktif');
    var tubuh = tabel.tBodies[0];
    Array.prototype.forEach.call(kepala, function (th, kolom) {
      var jenis = th.getAttribute('data-jenis');
      if (!jenis) return;
      var tombol = document.createElement('button');
      tombol.type = 'button';
      tombol.className = 'urut';
      while (th.firstChild) tombol.appendChild(th.firstChild);
      th.appendChild(tombol);
      tombol.addEventListener('click', function () {
        var naik = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(kepala, function (h) {
          h.removeAttribute('aria-sort');
        });
        th.setAttribute('aria-sort', naik ? 'ascending' : 'descending');
        var baris = Array.prototype.slice.call(tubuh.rows);
        baris.sort(function (a, b) {
          var x = nilai(a.cells[kolom], jenis);
          var y = nilai(b.cells[kolom], jenis);
          // Unknown values stay last in either direction.
          if (jenis === 'angka' && (isNaN(x) || isNaN(y))) return isNaN(x) - isNaN(y);
          var c = jenis === 'angka' ? x - y : x.localeCompare(y, bahasa);
          return naik ? c : -c;
        });
        baris.forEach(function (r) {
          tubuh.appendChild(r);
        });
        if (status)
          status.textContent = status
            .getAttribute('data-status-urut')
            .replace('{kolom}', tombol.textContent.trim())
            .replace('{arah}', status.getAttribute(naik ? 'data-naik' : 'data-turun'));
      });
    });
  });
})();
`;

/** The report's icon: a shield with a check mark, in the report's blue and yellow. */
export const SVG_IKON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 72"><path d="M32 3 59 11v22c0 18-11.5 30.5-27 36C16.5 63.5 5 51 5 33V11Z" fill="#0b4f8a" stroke="#f2b705" stroke-width="3" stroke-linejoin="round"/><path d="m19 36 9 9 18-19" fill="none" stroke="#fff" stroke-width="6" stroke-linecap="round" stroke-linejoin="round"/></svg>\n';
