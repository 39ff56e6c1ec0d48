// The build's CSS-text minifier: what it removes, and what it must keep as written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { cssRingkas, petaToken, ringkasToken } from '../scripts/css-ringkas.mjs';
import { cdn, dist } from './ukuran-bundel.js';

test('drops comments, layout whitespace and the last semicolon of a block', () => {
  const css = `
    /* a comment
       over lines */
    :host {
      display: block;
      color: var(--ppid-teks, #1a1a1a) !important;
    }
    .daftar > li ,  .kartu {
      margin: 0 0 calc(1rem + 2px);
    }
  `;
  assert.equal(
    cssRingkas(css).trim(),
    ':host{display:block;color:var(--ppid-teks,#1a1a1a)!important}.daftar>li,.kartu{margin:0 0 calc(1rem + 2px)}',
  );
});

test('keeps the spaces CSS needs: descendant selectors, operators in calc(), media queries', () => {
  assert.equal(
    cssRingkas('.a :focus-visible { outline: 2px solid }').trim(),
    '.a :focus-visible{outline:2px solid}',
  );
  assert.equal(cssRingkas('.a { width: calc(100% - 2 * 1rem) }').trim(), '.a{width:calc(100% - 2 * 1rem)}');
  assert.equal(
    cssRingkas('@media (prefers-color-scheme: dark) and (min-width: 40em) { .a { color: white } }').trim(),
    '@media (prefers-color-scheme:dark) and (min-width:40em){.a{color:white}}',
  );
});

test('quoted strings are kept exactly, with their spaces, braces and semicolons', () => {
  assert.equal(
    cssRingkas(`.a::before { content: "  {a ; b}  " ; font-family: 'Noto Sans' , sans-serif }`).trim(),
    `.a::before{content:"  {a ; b}  ";font-family:'Noto Sans',sans-serif}`,
  );
});

test('the private tokens get short names, one table for every stylesheet; public properties keep theirs', () => {
  const peta = petaToken([
    'a{--_muted:var(--ppid-color-muted,#525a63);color:var(--_muted)}',
    'b{--_accent-text:red}',
  ]);
  assert.deepEqual(
    [...peta],
    [
      ['--_accent-text', '--_a'],
      ['--_muted', '--_b'],
    ],
  );
  assert.equal(
    ringkasToken('a{--_muted:var(--ppid-color-muted);color:var(--_muted);--_lain:0}', peta),
    'a{--_b:var(--ppid-color-muted);color:var(--_b);--_lain:0}',
  );
  const banyak = petaToken([Array.from({ length: 60 }, (_, i) => `--_t${i}`).join(' ')]);
  assert.equal(new Set(banyak.values()).size, 60);
  for (const n of banyak.values()) assert.match(n, /^--_[a-z]+$/);
});

test('the built files read only private tokens they define, all by their short names', () => {
  // `npm test` builds the widgets first. Every file a page loads: the CDN modules and the classic scripts.
  const berkas = [
    ...readdirSync(cdn, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.js'))
      .map((f) => new URL(f, cdn)),
    ...readdirSync(dist)
      .filter((f) => /^terbuka.*\.js$/.test(f))
      .map((f) => new URL(f, dist)),
  ];
  const kode = berkas.map((f) => readFileSync(f, 'utf8')).join('\n');
  const dibaca = new Set([...kode.matchAll(/var\((--_[\w-]+)/g)].map((m) => m[1]!));
  const ditulis = new Set([...kode.matchAll(/(--_[\w-]+):/g)].map((m) => m[1]!));
  assert.ok(dibaca.size > 10, 'no private token read in the built files');
  for (const t of dibaca) assert.ok(ditulis.has(t), `${t} is read but never set`);
  for (const t of [...dibaca, ...ditulis]) assert.match(t, /^--_[a-z]{1,2}$/, `${t} kept its long name`);
});
