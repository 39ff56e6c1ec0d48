/// <reference lib="dom" />
// The browsers the widgets promise (scripts/peramban.mjs; docs/en/widgets.md "Browsers"): iOS 15 Safari,
// Chrome 90 (Samsung Internet 15), Firefox 90. A file one of them cannot parse runs nothing at all, so
// every element of the page stays empty; the tests here run only in today's Chromium, so the promise is
// checked twice:
// 1. every shipped file, against the list: es-check with its browser data, the built-ins and web APIs it
//    does not know (found with acorn, which es-check parses with), and the CSS the files carry;
// 2. the built scripts on a page where Chromium is made to lack what those browsers lack (Object.hasOwn,
//    Array.prototype.at, constructable stylesheets, WebCrypto Ed25519): every element renders, the badge
//    verifies with the fallback verifier, and the fallback content inside the elements stays hidden.
// `npm test` builds the widgets first.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'acorn';
import { runChecks } from 'es-check';
import type { Browser, Page } from 'playwright-core';
import { PERAMBAN } from '../scripts/peramban.mjs';
import { bukaPeramban, dariBerkas, dist, fixtures, halaman, layani } from './peramban.js';
import type { Berkas, Peladen } from './peramban.js';
import { feedBertanda } from './feed-bertanda.js';

const akarDist = fileURLToPath(dist);

/** Every JavaScript file of the package's dist/, each with how a browser loads it. */
function berkasDikirim(dir = akarDist, out: { path: string; modul: boolean }[] = []) {
  for (const nama of readdirSync(dir)) {
    const path = join(dir, nama);
    if (statSync(path).isDirectory()) {
      if (nama !== 'types') berkasDikirim(path, out);
    } else if (nama.endsWith('.js'))
      // The terbuka*.js files beside the package root are classic scripts (the side files too: they load
      // as script elements); the CDN and npm files are ES modules.
      out.push({ path, modul: !(dir === akarDist && nama.startsWith('terbuka')) });
  }
  return out;
}

/**
 * Web APIs newer than the listed browsers, which es-check does not know (it checks the language), with the
 * first versions that have them (MDN): `Object.member` for a member of a global, `.member` for a method
 * of an instance (any object: our own code has no member of these names; a use guarded by a feature test
 * is reported too — test with `'name' in object` instead, which is a string).
 */
const ANGGOTA_BARU: Readonly<Record<string, string>> = {
  'AbortSignal.timeout': 'Safari 16, Chrome 103',
  'AbortSignal.any': 'Safari 17.4, Chrome 116',
  'URL.canParse': 'Safari 17, Chrome 120',
  'URL.parse': 'Safari 18, Chrome 126',
  'Intl.Segmenter': 'Firefox 125',
  'Intl.DurationFormat': 'Safari 16.4, Chrome 129',
  'Promise.try': 'Safari 18.2, Chrome 128',
  'Response.json': 'Safari 17, Chrome 105',
  '.randomUUID': 'crypto.randomUUID: Safari 15.4, Chrome 92',
  '.requestSubmit': 'HTMLFormElement.requestSubmit: Safari 16',
  '.showModal': 'HTMLDialogElement: Safari 15.4',
  '.showPicker': 'HTMLInputElement.showPicker: Safari 16, Chrome 99',
  '.attachInternals': 'ElementInternals: Safari 16.4',
  '.checkVisibility': 'Element.checkVisibility: Safari 17.4, Chrome 105',
};

/**
 * Built-ins es-check does not know, with the first versions of the listed browsers that have them
 * (MDN): checked on the syntax tree, so a string or a property of our own named alike is no match.
 */
function bawaanBaru(kode: string, modul: boolean): string[] {
  const temuan: string[] = [];
  const ast = parse(kode, { ecmaVersion: 'latest', sourceType: modul ? 'module' : 'script' });
  const jalan = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(jalan);
    if (typeof n !== 'object' || n === null) return;
    const node = n as Record<string, unknown> & { type?: string; start?: number };
    if (node.type === 'CallExpression') {
      const c = node['callee'] as { type: string; computed?: boolean; property?: { name?: string } };
      if (c.type === 'MemberExpression' && !c.computed && c.property?.name === 'at')
        temuan.push(`.at() (Safari 15.4, Chrome 92) at ${node.start}`);
    }
    if (node.type === 'MemberExpression' && !node['computed']) {
      const o = node['object'] as { type: string; name?: string };
      const p = (node['property'] as { name?: string }).name ?? '';
      const kunci = [o.type === 'Identifier' ? `${o.name}.${p}` : '', `.${p}`].find((k) =>
        Object.hasOwn(ANGGOTA_BARU, k),
      );
      if (kunci) temuan.push(`${kunci} (${ANGGOTA_BARU[kunci]}) at ${node.start}`);
    }
    // WebKit 236843 (Safari 14.1–15.x): a class field's initializer with parentheses in it (a call, `new
    // X()`, an arrow, a parenthesised expression) may throw a ReferenceError for a name of an outer scope.
    if (node.type === 'PropertyDefinition' && node['value']) {
      const v = node['value'] as { start: number; end: number };
      if (kode.slice(v.start, v.end).includes('('))
        temuan.push(`class field initializer with parentheses (Safari 15, WebKit 236843) at ${node.start}`);
    }
    if (node.type === 'Identifier' && node['name'] === 'structuredClone')
      temuan.push(`structuredClone (Safari 15.4, Chrome 98) at ${node.start}`);
    const regex = node['regex'] as { pattern: string; flags: string } | undefined;
    if (regex && /\(\?<[=!]/.test(regex.pattern))
      temuan.push(`regex lookbehind (Safari 16.4) at ${node.start}`);
    if (regex?.flags.includes('v')) temuan.push(`regex flag v (Safari 17, Chrome 112) at ${node.start}`);
    for (const [k, v] of Object.entries(node)) if (k !== 'regex') jalan(v);
  };
  jalan(ast);
  return temuan;
}

/**
 * The stylesheets in a shipped file: every string and template literal that reads as CSS (a selector, then
 * a block with a declaration, and no markup). The build keeps them as text (Lit's css`…`, the light
 * elements' strings; scripts/build.mjs, gayaRingkas), so this is the CSS the pages get.
 */
function cssDalam(kode: string, modul: boolean): string[] {
  const teks: string[] = [];
  const jalan = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(jalan);
    if (typeof n !== 'object' || n === null) return;
    const node = n as Record<string, unknown> & { type?: string };
    if (node.type === 'Literal' && typeof node['value'] === 'string') teks.push(node['value']);
    if (node.type === 'TemplateLiteral')
      teks.push(
        (node['quasis'] as { value: { cooked?: string | null; raw: string } }[])
          .map((q) => q.value.cooked ?? q.value.raw)
          .join(' '),
      );
    for (const v of Object.values(node)) jalan(v);
  };
  jalan(parse(kode, { ecmaVersion: 'latest', sourceType: modul ? 'module' : 'script' }));
  return teks.filter((t) => /[^\s{};]\s*\{[^{}]*?[-\w]+\s*:[^{}]*\}/.test(t) && !/<[a-z!/]/i.test(t));
}

/**
 * CSS the listed browsers drop, with the first versions that have it. A selector or at-rule they do not
 * know drops its whole rule (`:has(`, `@layer` — its styles would be lost entirely — nesting, a range media
 * query); a value they do not know drops its declaration, so a value is allowed after a plain declaration
 * of the same property in the same block (the fallback it falls back to), and anything inside
 * `@supports` or `@container` is allowed (those browsers skip the block as a whole; container queries are
 * the documented enhancement, docs/en/widgets.md "Browsers"). `:focus-visible` (Safari 15.4) is not
 * listed: the rule that uses it only styles the focus ring, and Safari 15.0–15.3 keep their own.
 */
const CSS_PILIHAN_BARU: readonly [RegExp, string][] = [
  [/:has\(/, ':has() (Safari 15.4, Chrome 105, Firefox 121)'],
  [/:user-(?:in)?valid\b/, ':user-valid/:user-invalid (Safari 16.5, Chrome 119)'],
  [/@layer\b/, '@layer (Safari 15.4, Chrome 99, Firefox 97)'],
  [/@scope\b/, '@scope (Safari 17.4, Chrome 118)'],
  [/@starting-style\b/, '@starting-style (Safari 17.5, Chrome 117)'],
  [/@property\b/, '@property (Safari 16.4, Chrome 85, Firefox 128)'],
  [/&/, 'CSS nesting (Safari 16.5, Chrome 112, Firefox 117)'],
  [/^@media\b.*[<>]/, 'range media query (Safari 16.4, Chrome 104)'],
];
const CSS_NILAI_BARU: readonly [RegExp, string][] = [
  [/\bcolor-mix\(/, 'color-mix() (Safari 16.2, Chrome 111)'],
  [/\blight-dark\(/, 'light-dark() (Safari 17.5, Chrome 123)'],
  [/\d(?:r?lh)\b/, 'lh/rlh units (Safari 16.4, Chrome 109)'],
  [/\d[dsl]v(?:h|w|i|b|min|max)\b/, 'dynamic viewport units (Safari 15.4, Chrome 108)'],
  [
    /^contain-intrinsic-(?:size|width|height|block-size|inline-size)\s*:.*\bauto\b/,
    'contain-intrinsic-size auto (Safari 17, Chrome 95)',
  ],
];

/** What of `css` the listed browsers drop (CSS_PILIHAN_BARU, CSS_NILAI_BARU), each with its place. */
function cssBaru(css: string): string[] {
  // Comments and quoted strings (content: "…", url("…")) hold no syntax.
  const teks = css.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'/g, '""');
  const temuan: string[] = [];
  const blok: { prelude: string; dilindungi: boolean; deklarasi: string[] }[] = [];
  const periksa = (bagian: string, daftar: readonly [RegExp, string][]): string | undefined =>
    daftar.find(([r]) => r.test(bagian))?.[1];
  let awal = 0;
  for (let i = 0; i < teks.length; i++) {
    const c = teks[i];
    if (c !== '{' && c !== ';' && c !== '}') continue;
    const bagian = teks.slice(awal, i).trim();
    awal = i + 1;
    const induk = blok[blok.length - 1];
    const dilindungi = induk?.dilindungi ?? false;
    if (c === '{') {
      const masalah =
        induk && !induk.prelude.startsWith('@')
          ? 'CSS nesting (Safari 16.5, Chrome 112, Firefox 117)'
          : periksa(bagian, CSS_PILIHAN_BARU);
      if (masalah && !dilindungi) temuan.push(`${masalah}: ${bagian}`);
      blok.push({
        prelude: bagian,
        dilindungi: dilindungi || /^@(?:supports|container)\b/.test(bagian),
        deklarasi: [],
      });
      continue;
    }
    if (bagian !== '' && !dilindungi) {
      const pilihan = bagian.startsWith('@') ? periksa(bagian, CSS_PILIHAN_BARU) : undefined;
      const nilai = periksa(bagian, CSS_NILAI_BARU);
      const sifat = bagian.slice(0, bagian.indexOf(':')).trim();
      // A plain declaration of the same property before it: the one those browsers keep.
      const cadangan = induk?.deklarasi.some(
        (d) => d.slice(0, d.indexOf(':')).trim() === sifat && !periksa(d, CSS_NILAI_BARU),
      );
      if (pilihan) temuan.push(`${pilihan}: ${bagian}`);
      else if (nilai && !cadangan) temuan.push(`${nilai}, with no plain ${sifat} before it: ${bagian}`);
    }
    if (bagian !== '') induk?.deklarasi.push(bagian);
    if (c === '}') blok.pop();
  }
  return temuan;
}

/**
 * Files that bring a built-in themselves, before any use of it: the fallback Ed25519 verifier sets
 * Object.hasOwn where it is missing (src/badge/pelengkap-hasown.ts) before @noble/hashes, which calls it
 * while loading. The test below checks that the setting comes first; the Chromium test, that it works.
 */
const PELENGKAP: readonly { berkas: RegExp; fitur: string; pasang: RegExp; pakai: string }[] = [
  {
    // The classic side file and the CDN chunks carry noble; the npm build imports it, after the chunk
    // that sets the built-in (scripts/build.mjs; test/paket.test.ts checks the order of the imports).
    berkas: /(^|\/)(terbuka-ed25519|pelengkap-hasown-[\w-]+|[a-z]+-ed25519-cadangan)\.js$/,
    fitur: 'ObjectHasOwn',
    pasang: /Object\.defineProperty\(Object,\s*["'`]hasOwn["'`]/,
    pakai: 'Object.hasOwn(',
  },
];

/**
 * What in these files the listed browsers cannot run: es-check's findings (syntax and built-ins, from
 * browser data) and `bawaanBaru`'s. Private class fields and methods are allowed: es-check reports them
 * by language year (2022), but Safari 15 and Chrome 84 run them. So is a built-in a file brings itself
 * (PELENGKAP).
 */
function masalahPeramban(berkas: readonly { path: string; modul: boolean }[]): string[] {
  const masalah: string[] = [];
  const kelompok = new Map<string, { modul: boolean; izin: string[]; files: string[] }>();
  for (const b of berkas) {
    const izin = ['PrivateClassFields'];
    for (const p of PELENGKAP)
      if (p.berkas.test(relative(akarDist, b.path))) {
        const kode = readFileSync(b.path, 'utf8');
        const pasang = kode.search(p.pasang);
        const pakai = kode.indexOf(p.pakai);
        if (pasang < 0 || (pakai >= 0 && pakai < pasang))
          masalah.push(`${relative(akarDist, b.path)}: uses ${p.pakai} before it sets it`);
        else izin.push(p.fitur);
      }
    const kunci = `${b.modul}:${izin.join()}`;
    const k = kelompok.get(kunci) ?? { modul: b.modul, izin, files: [] };
    k.files.push(b.path);
    kelompok.set(kunci, k);
  }
  for (const { modul, izin, files } of kelompok.values()) {
    const hasil = runChecks([
      {
        ecmaVersion: 'checkBrowser',
        browserslistQuery: PERAMBAN,
        checkFeatures: true,
        allowList: izin.join(),
        module: modul,
        files,
      },
    ]);
    for (const e of hasil.errors) masalah.push(`${relative(akarDist, e.file)}: ${e.err.message}`);
  }
  for (const b of berkas) {
    const kode = readFileSync(b.path, 'utf8');
    for (const t of [...bawaanBaru(kode, b.modul), ...cssDalam(kode, b.modul).flatMap(cssBaru)])
      masalah.push(`${relative(akarDist, b.path)}: ${t}`);
  }
  return masalah;
}

test('every shipped file runs in the promised browsers (iOS 15 Safari, Chrome 90, Firefox 90)', () => {
  const berkas = berkasDikirim();
  const nama = berkas.map((b) => relative(akarDist, b.path));
  for (const f of ['terbuka.min.js', 'terbuka-lencana.min.js', 'terbuka-ed25519.js', 'cdn/lencana.js'])
    assert.ok(nama.includes(f), `${f} was not checked`);
  assert.deepEqual(masalahPeramban(berkas), []);
  // The CSS check reads the stylesheets themselves (else it would pass on nothing).
  const css = (f: string) => cssDalam(readFileSync(join(akarDist, f), 'utf8'), false).join('\n');
  assert.match(css('terbuka.min.js'), /:host\{[^}]*\}/);
  assert.match(css('terbuka.min.js'), /\.entri\{[^}]*overflow-wrap:anywhere/);
  assert.match(css('terbuka-permintaan.min.js'), /accent-color:/);
  assert.match(css('terbuka-lencana.min.js'), /:host\{/);
});

test('the check finds what those browsers cannot run', () => {
  const dir = mkdtempSync(join(tmpdir(), 'terbuka-peramban-'));
  try {
    const contoh = {
      'blok-statis.js': 'class A { static { this.x = 1; } }',
      'hasown.js': 'Object.hasOwn({}, "a");',
      'at.js': 'const a = [1]; a.at(-1);',
      'lookbehind.js': '/(?<=a)b/.test("ab");',
      'batas-waktu.js': 'fetch("/", { signal: AbortSignal.timeout(1) });',
      'medan-kurung.js': 'const m = () => 1; class A { #x = m(); }',
      'uuid.js': 'const id = crypto.randomUUID();',
      'kirim-formulir.js': 'document.forms[0].requestSubmit();',
      'url-sah.js': 'URL.canParse("/a", location.href);',
      'segmen.js': 'new Intl.Segmenter("id", { granularity: "word" });',
      'internals.js': 'class A extends HTMLElement { constructor() { super(); this.attachInternals(); } }',
      // CSS, as Lit's css`…` and as a light element's string.
      'css-has.js': 'const s = css`:host{display:block}.a:has(> b){color:red}`;',
      'css-layer.js': 'const s = ":host{display:block}@layer dasar{.a{color:red}}";',
      'css-nesting.js': 'const s = css`.a{color:red;.b{color:blue}}`;',
      'css-nesting-amp.js': 'const s = css`.a{color:red}&:hover .a{color:blue}`;',
      'css-color-mix.js': 'const s = css`.a{color:color-mix(in srgb, red 50%, blue)}`;',
      'css-media-rentang.js': 'const s = css`@media (width >= 40em){.a{color:red}}`;',
      'css-lh.js': 'const s = css`.a{margin-top:1lh}`;',
      'css-dvh.js': 'const s = css`.a{min-height:100dvh}`;',
      'css-intrinsic.js': 'const s = css`.a{content-visibility:auto;contain-intrinsic-size:auto 12em}`;',
    };
    for (const [f, kode] of Object.entries(contoh)) {
      writeFileSync(join(dir, f), kode);
      const temuan = masalahPeramban([{ path: join(dir, f), modul: false }]);
      assert.equal(temuan.length, 1, `${f}: ${temuan.join('; ') || 'nothing found'}`);
    }
    writeFileSync(
      join(dir, 'baik.js'),
      'class A { #x = 1; static y = 2; get x() { return this.#x ?? A.y; } }' +
        // A value after its plain fallback, and what only a browser that passes the block applies.
        'const s = css`.a{contain-intrinsic-size:12em;contain-intrinsic-size:auto 12em;color:red;color:color-mix(in srgb, red, blue)}' +
        '@supports (aspect-ratio:1){.b:has(c){min-height:100dvh}}@container (min-width:40em){.c{margin:1lh}}' +
        '@media (min-width:40em) and (prefers-color-scheme:dark){.d>.e{content:"&:has(x)"}}@keyframes k{0%{opacity:0}}`;' +
        'if ("randomUUID" in crypto) {}',
    );
    assert.deepEqual(masalahPeramban([{ path: join(dir, 'baik.js'), modul: false }]), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// 2. In Chromium, without what Safari 15.0–15.3 lacks.

let peladen: Peladen;
let peramban: Browser;
const TAUTAN_CADANGAN = '<a class="cadangan" href="/dip.json">Daftar Informasi Publik (berkas JSON)</a>';

before(async () => {
  const { x, feed, sig } = feedBertanda();
  const json = (body: string | Buffer): Berkas => ({ body, type: 'application/json' });
  const isi =
    `<ppid-informasi-berkala src="/dip.json">${TAUTAN_CADANGAN}</ppid-informasi-berkala>` +
    `<ppid-daftar-informasi src="/dip.json">${TAUTAN_CADANGAN}</ppid-daftar-informasi>` +
    `<ppid-badge feed="/feed.json" agency="dinkes" key="${x}">${TAUTAN_CADANGAN}</ppid-badge>`;
  const dokumen = (skrip: string, isiHalaman: string): Berkas =>
    halaman(
      `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Peramban lama</title><script src="/${skrip}" defer></script></head><body><main>${isiHalaman}</main></body></html>`,
    );
  peladen = await layani({
    '/favicon.ico': { body: '', type: 'image/x-icon' },
    ...Object.fromEntries(
      [
        'terbuka.min.js',
        'terbuka-lencana.min.js',
        'terbuka-ed25519.js',
        'terbuka-kata.js',
        'terbuka-kata-lencana.js',
        'terbuka-csv.js',
        'terbuka-permintaan.min.js',
        'terbuka-tenggat.js',
        'terbuka-baca.js',
        'terbuka-en.js',
      ].map((f) => [`/${f}`, dariBerkas(new URL(f, dist))]),
    ),
    '/dip.json': dariBerkas(new URL('sukamaju/dip.json', fixtures)),
    // A register with one impossible date: read with the full reading (terbuka-baca.js), that entry left out.
    '/satu-salah.json': json(
      JSON.stringify({
        format: 'terbuka-dip',
        version: 1,
        agency: { id: 'uji', name: 'Dinas Uji', kind: 'opd' },
        items: [
          { id: 'a', title: 'Tupoksi dinas', category: 'berkala', fulfils: ['berkala.profil'] },
          { id: 'b', title: 'Laporan keuangan', category: 'berkala', updated: '2026-02-30' },
        ],
      }),
    ),
    '/satu-salah.html': dokumen(
      'terbuka.min.js',
      '<ppid-informasi-berkala src="/satu-salah.json"></ppid-informasi-berkala>',
    ),
    '/feed.json': json(feed),
    '/feed.json.sig': json(sig),
    '/semua.html': dokumen('terbuka.min.js', isi),
    '/permintaan.html': dokumen(
      'terbuka-permintaan.min.js',
      '<ppid-permintaan endpoint="/api" agency="diskominfo"></ppid-permintaan>' +
        '<ppid-permintaan endpoint="/api" agency="diskominfo" mode="keberatan"></ppid-permintaan>' +
        '<ppid-status-permintaan endpoint="/api"></ppid-status-permintaan>',
    ),
    '/lencana.html': dokumen(
      'terbuka-lencana.min.js',
      `<ppid-badge feed="/feed.json" agency="dinkes" key="${x}">${TAUTAN_CADANGAN}</ppid-badge>`,
    ),
  });
  peramban = await bukaPeramban();
});

after(async () => {
  await peramban?.close();
  await peladen?.tutup();
});

/**
 * Run before any page script: Chromium made to lack what Safari 15.0 lacks (and what Chrome 90 lacks of
 * the same), so the built scripts meet their oldest promised browser.
 */
const SAFARI_15_0 = (): void => {
  // Inline (no named function: the test's transpiler would wrap one in a helper the page lacks).
  for (const [o, k] of [
    [Object, 'hasOwn'],
    [Array.prototype, 'at'],
    [String.prototype, 'at'],
    [Array.prototype, 'findLast'],
    [globalThis, 'structuredClone'],
    [CSSStyleSheet.prototype, 'replaceSync'],
    [CSSStyleSheet.prototype, 'replace'],
    [ShadowRoot.prototype, 'adoptedStyleSheets'],
    [Document.prototype, 'adoptedStyleSheets'],
  ] as const)
    Reflect.deleteProperty(o, k);
  const s = crypto.subtle;
  const asli = s.importKey.bind(s);
  s.importKey = ((...a: Parameters<SubtleCrypto['importKey']>) => {
    const alg = a[2] as { name?: string } | string;
    return (typeof alg === 'string' ? alg : alg.name) === 'Ed25519'
      ? Promise.reject(new DOMException('Ed25519 not supported', 'NotSupportedError'))
      : asli(...a);
  }) as SubtleCrypto['importKey'];
};

/** A page under the simulated Safari 15.0, recording uncaught errors and console errors. */
async function bukaSeperti150(): Promise<{ page: Page; galat: string[] }> {
  const page = await peramban.newPage();
  const galat: string[] = [];
  page.on('pageerror', (e) => galat.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') galat.push(m.text());
  });
  await page.addInitScript(SAFARI_15_0);
  return { page, galat };
}

for (const [halamanUji, elemen] of [
  ['/semua.html', ['ppid-informasi-berkala', 'ppid-daftar-informasi', 'ppid-badge']],
  ['/lencana.html', ['ppid-badge']],
] as const) {
  test(`${halamanUji} without Object.hasOwn, .at(), constructable stylesheets and WebCrypto Ed25519 (Safari 15.0): every element renders, the badge verifies`, async () => {
    const { page, galat } = await bukaSeperti150();
    try {
      const awal = peladen.permintaan.length;
      await page.goto(`${peladen.url}${halamanUji}`);
      for (const tag of elemen)
        await page.waitForFunction((t) => document.querySelector(t)?.getAttribute('state') === 'ready', tag, {
          timeout: 15_000,
        });
      assert.deepEqual(galat, []);
      assert.equal(
        await page.evaluate(() => typeof (Object as { hasOwn?: unknown }).hasOwn),
        // The fallback verifier adds it (it needs it); nothing else does.
        'function',
      );
      assert.ok(
        peladen.permintaan.slice(awal).includes('/terbuka-ed25519.js'),
        'the fallback verifier was not loaded',
      );
      const label = await page.$eval(
        'ppid-badge',
        (e) => e.shadowRoot!.querySelector('svg[role="img"] > title')?.textContent ?? '',
      );
      assert.match(label, /Terverifikasi/);
      for (const tag of elemen) {
        const r = await page.$eval(tag, (e) => ({
          gaya: e.shadowRoot!.querySelectorAll('style').length,
          tinggi: e.getBoundingClientRect().height,
          cadanganTerlihat: e.querySelector('a.cadangan')!.getClientRects().length > 0,
        }));
        assert.ok(r.gaya > 0, `${tag}: no <style> in its shadow root (the fallback for old browsers)`);
        assert.ok(r.tinggi > 20, `${tag}: ${r.tinggi}px high`);
        assert.equal(r.cadanganTerlihat, false, `${tag}: the fallback link inside the element is visible`);
      }
      if (halamanUji === '/semua.html') {
        const entri = await page.$eval(
          'ppid-daftar-informasi',
          (e) => e.shadowRoot!.querySelectorAll('[part~="entry"]').length,
        );
        assert.ok(entri > 0, 'the full DIP shows no entry');
      }
    } finally {
      await page.close();
    }
  });
}

test('/satu-salah.html the same way: a register with a faulty entry loads terbuka-baca.js and shows the rest, with no error', async () => {
  const { page, galat } = await bukaSeperti150();
  try {
    const awal = peladen.permintaan.length;
    await page.goto(`${peladen.url}/satu-salah.html`);
    await page.waitForFunction(
      () => document.querySelector('ppid-informasi-berkala')?.getAttribute('state') === 'ready',
      undefined,
      { timeout: 15_000 },
    );
    assert.ok(peladen.permintaan.slice(awal).includes('/terbuka-baca.js'), 'terbuka-baca.js was not loaded');
    const [entri, teks] = await page.$eval('ppid-informasi-berkala', (e) => [
      e.shadowRoot!.querySelectorAll('[part~="entry"]').length,
      e.shadowRoot!.textContent ?? '',
    ]);
    assert.equal(entri, 1);
    assert.match(String(teks), /1 informasi dalam DIP ini tidak ditampilkan/);
    assert.deepEqual(galat, []);
  } finally {
    await page.close();
  }
});

test('/permintaan.html the same way: the request form (both modes) and the status page render, with no error', async () => {
  const { page, galat } = await bukaSeperti150();
  try {
    await page.goto(`${peladen.url}/permintaan.html`);
    // The objection form counts its deadline with the holiday data of terbuka-tenggat.js.
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('ppid-permintaan, ppid-status-permintaan')].every(
          (e) => e.shadowRoot?.querySelector('form') && e.shadowRoot.querySelectorAll('style').length > 0,
        ),
      undefined,
      { timeout: 15_000 },
    );
    assert.ok(await page.locator('ppid-permintaan #f-name').first().isVisible());
    assert.deepEqual(galat, []);
  } finally {
    await page.close();
  }
});
