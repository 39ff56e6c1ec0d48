// The build's CSS-text minifier: what it removes, and what it must keep as written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cssRingkas } from '../scripts/css-ringkas.mjs';

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
