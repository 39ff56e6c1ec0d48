// The demo pages share one layout (demo/kerangka/halaman.html: head, top bar, header, main menu, footer);
// each demo/situs/*.html holds only its own part: `<head data-menu="/…">` with its title, description and
// extra scripts, then its body (`<main>` …). The server serves the two joined, never the bare part.
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The lists' script (it registers the badge too), in a page's own part, with or without defer. */
const SKRIP_DAFTAR = /<script\b[^>]*\ssrc="\/terbuka\/terbuka\.min\.js"/;
/** The footer's script line: the badge alone, for a page without a list. */
const BARIS_SKRIP_LENCANA = /\n[ \t]*<script src="\/terbuka\/terbuka-lencana\.min\.js"><\/script>/;
const BAGIAN = /^\s*<head(?:\s+data-menu="([^"]*)")?\s*>([\s\S]*?)<\/head>\s*([\s\S]*)$/;

/** Fills the layout's slots with one page's part; throws on a part or menu item the layout cannot take. */
export function susunHalaman(kerangka, bagian, nama = 'halaman') {
  const m = BAGIAN.exec(bagian);
  if (!m) throw new Error(`${nama}: harus diawali <head …>…</head> / must start with <head …>…</head>`);
  const [, menu, kepala, isi] = m;
  const kepalaRapi = kepala
    .trim()
    .split('\n')
    .map((baris) => `  ${baris}`)
    .join('\n')
    .trimStart();
  // The footer's badge loads terbuka-lencana.min.js, the badge alone, as docs/en/widgets.md advises for a
  // page whose only widget is the badge; a page with a list loads terbuka.min.js, which registers the
  // badge too, so the footer's script is left out there (both would register <ppid-badge> twice).
  let html = SKRIP_DAFTAR.test(bagian) ? kerangka.replace(BARIS_SKRIP_LENCANA, '') : kerangka;
  html = html
    .replace('<!-- slot:kepala -->', () => kepalaRapi)
    .replace('<!-- slot:isi -->', () => isi.trimEnd());
  if (menu !== undefined) {
    const awal = html.indexOf('<nav class="menu-utama"');
    const akhir = html.indexOf('</nav>', awal);
    const nav = html.slice(awal, akhir);
    const item = `<a href="${menu}"`;
    const i = nav.indexOf(item);
    if (awal < 0 || i < 0) throw new Error(`${nama}: menu "${menu}" tidak ada / not in the main menu`);
    const tutup = nav.indexOf('>', i);
    const navBaru = `${nav.slice(0, tutup)} aria-current="page"${nav.slice(tutup)}`;
    html = html.slice(0, awal) + navBaru + html.slice(akhir);
  }
  return html;
}

/**
 * Assembled pages by file name ('ppid.html'), kept in memory and made again only when the layout or the
 * page changes on disk, so edits show without a restart (as sirv's dev mode does for the other files).
 */
export function pemuatHalaman(folderSitus, berkasKerangka) {
  const simpanan = new Map();
  const waktu = (berkas) => {
    try {
      const s = statSync(berkas);
      return s.isFile() ? s.mtimeMs : undefined;
    } catch {
      return undefined;
    }
  };
  return (nama) => {
    const berkas = join(folderSitus, nama);
    const tHalaman = waktu(berkas);
    if (tHalaman === undefined) return undefined;
    const tKerangka = waktu(berkasKerangka);
    const lama = simpanan.get(nama);
    if (lama && lama.tHalaman === tHalaman && lama.tKerangka === tKerangka) return lama;
    const html = susunHalaman(readFileSync(berkasKerangka, 'utf8'), readFileSync(berkas, 'utf8'), nama);
    const isi = Buffer.from(html);
    const etag = `W/"${createHash('sha256').update(isi).digest('base64url').slice(0, 27)}"`;
    const baru = { tHalaman, tKerangka, isi, etag, diubah: new Date(Math.max(tHalaman, tKerangka ?? 0)) };
    simpanan.set(nama, baru);
    return baru;
  };
}
