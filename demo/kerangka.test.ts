// The shared layout: every page part joins it into a whole page with one current menu item and one widget
// script for the footer badge (terbuka.min.js on a page with a list, else terbuka-lencana.min.js, the badge
// alone); a part or menu item the layout cannot take fails loudly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pemuatHalaman, susunHalaman } from './kerangka.mjs';
import { situs } from './uji-bantuan.js';

const berkasKerangka = fileURLToPath(new URL('./kerangka/halaman.html', import.meta.url));
const kerangka = readFileSync(berkasKerangka, 'utf8');
const muat = pemuatHalaman(fileURLToPath(situs), berkasKerangka);

/** The pages with a list: they load terbuka.min.js, which carries the footer badge too. */
const DENGAN_DAFTAR = new Set(['ppid.html', 'admin.html', 'cara-memasang.html']);

const MENU: Record<string, string | undefined> = {
  'index.html': '/',
  'ppid.html': '/ppid.html',
  'permohonan.html': '/ppid.html',
  'status.html': '/ppid.html',
  'petugas.html': '/ppid.html',
};

test('each page part holds only its own content; the assembled page has the layout around it', () => {
  for (const f of readdirSync(situs).filter((n) => n.endsWith('.html'))) {
    const bagian = readFileSync(new URL(f, situs), 'utf8');
    assert.doesNotMatch(bagian, /<footer|<nav class="menu-utama"|<!doctype/i, `${f}: no layout copy`);
    const html = muat(f)!.isi.toString();
    assert.match(html, /^<!doctype html>\n<html lang="id">/, f);
    assert.equal(html.match(/<title\b/g)?.length, 1, `${f}: one title`);
    assert.doesNotMatch(html, /<!-- slot:/, `${f}: every slot filled`);
    const nav = html.slice(html.indexOf('<nav class="menu-utama"'), html.indexOf('</nav>'));
    const aktif = [...nav.matchAll(/<a href="([^"]*)"[^>]*aria-current="page"/g)].map((m) => m[1]);
    assert.deepEqual(aktif, MENU[f] ? [MENU[f]] : [], `${f}: current menu item`);
    const daftar = html.match(/<script\b[^>]*\ssrc="\/terbuka\/terbuka\.min\.js"/g)?.length ?? 0;
    const lencana = html.match(/<script\b[^>]*\ssrc="\/terbuka\/terbuka-lencana\.min\.js"/g)?.length ?? 0;
    if (DENGAN_DAFTAR.has(f)) {
      assert.match(html, /<ppid-(informasi-berkala|daftar-informasi)\b/, `${f}: has a list`);
      assert.deepEqual({ daftar, lencana }, { daftar: 1, lencana: 0 }, `${f}: terbuka.min.js once`);
    } else {
      assert.doesNotMatch(html, /<ppid-(informasi-berkala|daftar-informasi)\b/, `${f}: no list`);
      // A page without a list does not load the lists' script for its footer badge.
      assert.deepEqual({ daftar, lencana }, { daftar: 0, lencana: 1 }, `${f}: the badge alone`);
    }
  }
});

test('assembly: slots, the footer script dropped when the page loads it, errors for bad parts', () => {
  const tanpaSkrip = susunHalaman(kerangka, '<head data-menu="/"><title>T</title></head>\n<main>$& x</main>');
  assert.match(tanpaSkrip, /<main>\$& x<\/main>/, 'replacement patterns are taken literally');
  assert.match(tanpaSkrip, /<a href="\/" data-en="Home" aria-current="page">/);
  const footer = (s: string): string => s.slice(s.indexOf('<footer'));
  assert.match(
    footer(tanpaSkrip),
    /<script src="\/terbuka\/terbuka-lencana\.min\.js"><\/script>\s*<ppid-badge/,
    'the badge gets its own script, without defer, right before it',
  );
  assert.doesNotMatch(
    tanpaSkrip,
    /<script\b[^>]*terbuka\.min\.js/,
    'a page without a list does not load terbuka.min.js',
  );
  for (const skrip of [
    '<script src="/terbuka/terbuka.min.js" defer></script>',
    '<script src="/terbuka/terbuka.min.js"></script>',
  ]) {
    const denganSkrip = susunHalaman(kerangka, `<head><title>T</title></head><main>${skrip}</main>`);
    assert.doesNotMatch(footer(denganSkrip), /<script\b/, `${skrip}: the footer loads no second script`);
    assert.doesNotMatch(denganSkrip, /aria-current/, 'no menu item is current');
  }
  assert.throws(() => susunHalaman(kerangka, '<main></main>', 'x.html'), /x\.html/);
  assert.throws(() => susunHalaman(kerangka, '<head data-menu="/tidak-ada"></head>', 'y.html'), /tidak-ada/);
});
