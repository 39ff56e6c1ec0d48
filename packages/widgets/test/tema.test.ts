// The theme's default font stack and the static SVG badge's (the SDK's HURUF_LENCANA) name the same
// families in the same order, so the widget and the SVG look alike.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HURUF_LENCANA } from '@terbuka/sdk';
import { TEMA_INTI_CSS } from '../src/internal/tema-inti-css.js';

test("the theme's default font is the static badge's font stack", () => {
  const m = /--_font:\s*var\(\s*--ppid-font-family,([^;]*)\);/.exec(TEMA_INTI_CSS);
  assert.ok(m, 'no --_font default in the theme');
  const keluarga = (s: string): string[] => s.split(',').map((f) => f.trim());
  assert.deepEqual(keluarga(m[1]!), keluarga(HURUF_LENCANA));
});
