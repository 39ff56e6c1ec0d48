// The theme's default font stack and the static SVG badge's (the SDK's HURUF_LENCANA) name the same
// families in the same order, so the widget and the SVG look alike; the badge's cards and the lists share
// their muted and background colours.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HURUF_LENCANA } from '@terbuka/sdk';
import { TEMA_INTI_CSS } from '../src/internal/tema-inti-css.js';
import { TEMA_CSS } from '../src/internal/tema-css.js';
import { KARTU_CSS } from '../src/badge/kartu.styles.js';

test("the theme's default font is the static badge's font stack", () => {
  const m = /--_font:\s*var\(\s*--ppid-font-family,([^;]*)\);/.exec(TEMA_INTI_CSS);
  assert.ok(m, 'no --_font default in the theme');
  const keluarga = (s: string): string[] => s.split(',').map((f) => f.trim());
  assert.deepEqual(keluarga(m[1]!), keluarga(HURUF_LENCANA));
});

test("the badge's cards take the lists' muted and background colours, light, dark and on paper", () => {
  // kartu.styles.ts writes them out (the badge does not carry the lists' tokens): they must not drift.
  const nilai = (css: string, token: string): string[] =>
    [...css.matchAll(new RegExp(`${token}:\\s*var\\(--ppid-[a-z-]+,\\s*(#[0-9a-f]{6})\\)`, 'g'))].map(
      (m) => m[1]!,
    );
  for (const token of ['--_muted', '--_bg']) {
    const daftar = new Set(nilai(TEMA_CSS, token));
    const kartu = nilai(KARTU_CSS, token);
    // Light, dark, automatic dark, print.
    assert.equal(kartu.length, 4, `${token}: ${kartu.join(' ')}`);
    assert.equal(daftar.size, 2, `${token}: ${[...daftar].join(' ')}`);
    assert.deepEqual(new Set(kartu), daftar, token);
    assert.equal(kartu[0], kartu[3], `${token}: light and print`);
    assert.equal(kartu[1], kartu[2], `${token}: dark and automatic`);
  }
});
