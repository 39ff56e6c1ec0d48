import { test } from 'node:test';
import assert from 'node:assert/strict';
import { POLA_TAUTAN, POLA_WEB, tautanAman } from './tautan.js';
import { TAK_TAMPAK } from '../standard/normalisasi.js';

test('tautanAman accepts http, https, mailto and tel in any case', () => {
  for (const url of [
    'https://diskominfo.sukamajukab.go.id/ppid/dip',
    'http://example.org',
    'HTTPS://Example.org/a?b=c#d',
    'https://drive.google.com/file/d/1AbC/view?usp=sharing',
    'mailto:ppid@sukamajukab.go.id',
    'tel:+62261555014',
    'tel:(0261)555-0142',
  ])
    assert.equal(tautanAman(url), true, url);
});

test('tautanAman refuses every other scheme, relative links and hidden characters', () => {
  for (const url of [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://example.org/file',
    'vbscript:msgbox',
    '/ppid/dip',
    'ppid/dip.pdf',
    '//evil.example',
    'www.sukamajukab.go.id',
    'https://',
    'https:///path',
    'https://exa mple.org',
    'https://example.org/\u0000',
    'https://example.org\n',
    'mailto:',
    'tel:abc',
    '',
  ])
    assert.equal(tautanAman(url), false, JSON.stringify(url));
  assert.equal(tautanAman(42 as unknown as string), false);
});

test('links that show one address and go to another are refused: bidi controls, zero-width, a user name', () => {
  for (const url of [
    // Shown as ".../exe.jpg" by the right-to-left override.
    'https://sukamajukab.go.id/\u202Egpj.exe',
    'https://sukamajukab.go.id/\u2066x\u2069',
    'https://sukamaju\u200Bkab.go.id/',
    'https://sukamajukab.go.id/\u200Edoc.pdf',
    // Goes to evil.example, whatever is written before the @.
    'https://sukamajukab.go.id@evil.example/',
    'https://user:pass@evil.example/',
    'mailto:ppid@sukamajukab.go.id\u202E',
  ])
    assert.equal(tautanAman(url), false, JSON.stringify(url));
  // An @ after the host, or in a mailto address, is an ordinary character.
  for (const url of [
    'https://sukamajukab.go.id/@ppid',
    'https://sukamajukab.go.id/cari?q=a@b',
    'mailto:ppid@sukamajukab.go.id',
    // Visible punctuation as file names have it (an en dash, a curly apostrophe) is not hidden.
    'https://sukamajukab.go.id/Laporan–2025’.pdf',
  ])
    assert.equal(tautanAman(url), true, url);
});

test('every Unicode format character (TAK_TAMPAK, \\p{Cf}) is refused in a link, not only bidi and zero-width', () => {
  for (const c of [
    '\u00AD',
    '\u061C',
    '\u180E',
    '\uFEFF',
    '\uFFF9',
    '\uFFFB',
    '\u{E0001}',
    '\u{E0041}',
    '\u{E007F}',
    '\u200B',
    '\u202E',
  ])
    for (const url of [
      `https://desa.go.id/dip${c}.pdf`,
      `https://desa${c}.go.id/`,
      `mailto:ppid${c}@desa.go.id`,
    ]) {
      assert.equal(tautanAman(url), false, JSON.stringify(url));
      if (url.startsWith('https')) assert.equal(POLA_WEB.test(url), false, JSON.stringify(url));
    }
  // The patterns name TAK_TAMPAK's class, in the Unicode mode it needs.
  for (const p of [POLA_TAUTAN, POLA_WEB]) {
    assert.ok(p.source.includes(`${TAK_TAMPAK.source}`) && p.unicode);
    assert.doesNotThrow(() => new RegExp(p.source, 'u'));
  }
  assert.equal(tautanAman('https://desa.go.id/berkas/ringkasan-é.pdf'), true);
});

test('C1 control characters (U+0080–U+009F) are refused in a link like the C0 ones: U+0085 NEXT LINE, U+009B CSI', () => {
  for (let c = 0x80; c <= 0x9f; c++) {
    const h = String.fromCharCode(c);
    for (const url of [
      `https://desa.go.id/dip${h}.pdf`,
      `https://desa${h}.go.id/`,
      `mailto:ppid${h}@desa.go.id`,
    ]) {
      assert.equal(tautanAman(url), false, JSON.stringify(url));
      if (url.startsWith('https')) assert.equal(POLA_WEB.test(url), false, JSON.stringify(url));
    }
  }
  // The printable Latin-1 characters right after them are ordinary letters and signs.
  assert.equal(tautanAman('https://desa.go.id/\u00A1ringkasan-\u00FF.pdf'), true);
});
