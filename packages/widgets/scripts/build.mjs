// Builds @terbuka/widgets with Vite (Rolldown), four outputs:
//   dist/*.js            npm ESM: one entry per element class and per registration; the packages of
//                        `dependencies` (lit, the SDK, @noble/*) stay imports (bundlers dedupe them)
//   dist/cdn/*.js        self-contained ES modules for <script type="module">, one per element, in two
//                        families built apart (display: lists and badge; request: form and status page),
//                        each with its shared chunk; the CSV importer as a lazy chunk; the size budget is
//                        measured here, through the families' merged manifest; and apart from them
//                        lencana.js, the badge alone in one file for pages that carry only the badge
//   dist/terbuka.min.js  one classic (IIFE) script registering every display element
//   dist/terbuka-permintaan.min.js  the same for the request form and the status page
//   dist/terbuka-lencana.min.js  the same for the badge alone (a page whose only element is the badge)
//   dist/terbuka-csv.js  the CSV importer as an ES module that terbuka.min.js imports on first CSV
//   dist/terbuka-ed25519.js  the badge's fallback verifier, imported by terbuka.min.js only on browsers
//                        without WebCrypto Ed25519
//   dist/terbuka-kata.js, dist/terbuka-kata-lencana.js  the DIP problem sentences and the badge's problem
//                        words, imported by the classic scripts on the first problem (lazy chunks of the
//                        CDN modules); dist/terbuka-tenggat.js the objection deadline with the holiday
//                        data, imported by terbuka-permintaan.min.js in keberatan mode; dist/terbuka-saran.js
//                        the form's DIP suggestions, imported for a form with `dip`; dist/terbuka-baca.js
//                        the full DIP reading (the validator), loaded by the lists only for a register
//                        not valid as given and for mode="periksa"; dist/terbuka-mandiri.js and
//                        dist/terbuka-periksa.js the badge's self-assessed mode and the admin's checklist
//                        (the panel's); dist/terbuka-periksa-semua.js the full DIP's checklist (with the
//                        whole catalog cores, which the panel's does not need); dist/terbuka-en.js the
//                        lists' English words, for a list shown in English
// then dist/custom-elements.json, dist/vscode.*-custom-data.json and dist/sri.json.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import { build, defaultClientConditions } from 'vite';
import { cssRingkas, petaToken, ringkasToken } from './css-ringkas.mjs';
import { SASARAN_BUILD } from './peramban.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = (p) => fileURLToPath(new URL(`../src/${p}`, import.meta.url));

/**
 * The files the classic scripts load on demand from next to themselves (an IIFE cannot split code):
 * [entry, file]. Each is reached through a loader module whose `*.iife.ts` twin the classic build takes
 * (`varian`).
 */
const SAMPING = [
  [src('internal/data/csv.ts'), 'terbuka-csv.js'],
  [src('badge/ed25519-cadangan.ts'), 'terbuka-ed25519.js'],
  [src('internal/data/kata-masalah.ts'), 'terbuka-kata.js'],
  [src('badge/kata-masalah.ts'), 'terbuka-kata-lencana.js'],
  [src('permintaan/tenggat-keberatan.ts'), 'terbuka-tenggat.js'],
  [src('permintaan/saran-dip.ts'), 'terbuka-saran.js'],
  [src('badge/mandiri.ts'), 'terbuka-mandiri.js'],
  [src('internal/daftar/periksa.ts'), 'terbuka-periksa.js'],
  [src('internal/daftar/periksa-semua.ts'), 'terbuka-periksa-semua.js'],
  [src('internal/data/baca-penuh.ts'), 'terbuka-baca.js'],
  [src('internal/pesan-en.ts'), 'terbuka-en.js'],
];

/** Files a page loads by URL, whose sha384 goes to dist/sri.json (the demo server serves these). */
const SRI = [
  'terbuka.min.js',
  'terbuka-permintaan.min.js',
  'terbuka-lencana.min.js',
  ...SAMPING.map(([, berkas]) => berkas),
];

/**
 * Swaps a relative import `./x.js` for its twin `x.<akhiran>.ts` where one sits beside it: the classic
 * builds and their side files take the `*.iife.ts` loaders (a file next to the running script).
 */
const varian = (akhiran) => ({
  name: `terbuka-varian-${akhiran}`,
  enforce: 'pre',
  resolveId(sumber, pengimpor) {
    if (!pengimpor || !/^\.\.?\//.test(sumber) || !sumber.endsWith('.js')) return null;
    const kembar = join(dirname(pengimpor), sumber.replace(/\.js$/, `.${akhiran}.ts`));
    return kembar !== pengimpor && existsSync(kembar) ? kembar : null;
  },
});

/**
 * The entry of a side file: a classic script (IIFE) that reads its own address first (while it executes,
 * for the side files it loads in turn) and leaves its module's exports under the one global name
 * `berkas-samping.iife.ts` reads them from.
 */
const BERKAS_SAMPING = src('internal/berkas-samping.iife.ts');
const ENTRI_SAMPING = 'terbuka-entri-samping';
const entriSamping = (entri, berkas) => ({
  name: ENTRI_SAMPING,
  enforce: 'pre',
  resolveId: (id) => (id.endsWith(ENTRI_SAMPING) ? `\0${ENTRI_SAMPING}` : null),
  load: (id) =>
    id === `\0${ENTRI_SAMPING}`
      ? [
          `import { globalSamping } from ${JSON.stringify(BERKAS_SAMPING)};`,
          `import * as m from ${JSON.stringify(entri)};`,
          `globalThis[globalSamping(${JSON.stringify(berkas)})] = m;`,
        ].join('\n')
      : null,
});

/**
 * Rolldown's helper that builds a module namespace (for a lazy module inlined in a classic script, a side
 * file's exports, a shared runtime chunk) walks its getters with `for…in`, which also meets anything a host
 * page's script added to Object.prototype as enumerable (old json.js's `toJSONString`, a hand-written
 * `Object.prototype.extend`): with a value that is not a function the whole script threw ("Getter must be a
 * function") and no element came up. The helper walks the own keys instead. The build fails if a Rolldown
 * update changes the helper's text, rather than shipping it unpatched.
 */
const POLA_EKSPOR = /for \(var (\w+) in (\w+)\)(\s*\{?\s*)__defProp\(/g;
const eksporMilik = {
  name: 'terbuka-ekspor-milik',
  renderChunk(kode, chunk) {
    // Any such loop is patched, whatever the helper is called; a helper present but not in that shape fails.
    const baru = kode.replace(POLA_EKSPOR, 'for (var $1 of Object.keys($2))$3__defProp(');
    if (baru !== kode) return { code: baru, map: null };
    if (/\bvar __export\w* = /.test(kode))
      throw new Error(`${chunk.fileName}: Rolldown's __export helper changed; see eksporMilik`);
    return null;
  },
};

/**
 * A second minifier over what Rolldown's (Oxc) made, for the CDN and classic files only: terser's
 * three compress passes find what one pass leaves (a constant used once inlined, a branch joined), with no
 * change of behaviour and no unsafe option: panel + badge −266 B brotli, lencana.js −129 B, terbuka.min.js
 * −259 B (session 31). Licence comments stay (terser's `comments: 'some'`).
 */
const terserAkhir = {
  name: 'terbuka-terser-akhir',
  async generateBundle(keluaran, bundel) {
    for (const berkas of Object.values(bundel)) {
      if (berkas.type !== 'chunk') continue;
      const hasil = await minify(berkas.code, {
        module: keluaran.format === 'es',
        ecma: 2020,
        compress: { passes: 3 },
        mangle: true,
        format: { comments: 'some' },
      });
      if (hasil.code === undefined) throw new Error(`${berkas.fileName}: terser returned nothing`);
      berkas.code = hasil.code;
    }
  },
};

/**
 * An import() requests its chunk; the chunks that one imports statically are requested only once it has
 * arrived (the browser learns them from its first line), and theirs after those: a round trip each. The
 * plugin rewrites an import() to request its chunk together with every chunk that one needs and the importing
 * chunk has not loaded (`Promise.all([import("./x.js"),import("./y.js")]).then(([e])=>e)`): one round trip.
 * A file requested so and imported too is fetched once (one module map); any of them failing rejects, as before.
 * Done for the modules in SERENTAK, and for every re-export-only chunk:
 *
 * - SERENTAK: the CSV chunk, which the common page loads (most registers are a Google Sheets CSV). It
 *   imports the categories, their legal bases and the problem words: an OPD's CSV panel loaded it, then three
 *   files, then a fourth (measured at 300 ms a response: ready after ~1.95 s, with the desa files it loaded
 *   then; ~1.4 s at once). Each import() rewritten costs its chunk ~15–55 B brotli; applied to every lazy
 *   import() it cost the badge too (lencana.js +24 B, badge.js +55, the form +28) for paths an administrator
 *   or a self-assessed badge takes, so they are left as they were.
 * - A module loaded with import() that only re-exports another's bindings (the desa core's `katalog-desa.ts`,
 *   the Pasal 17 details' `pengecualian-lazy.ts`), or one already inside a chunk that other chunks import
 *   statically (the catalog phrases in the request family, inside `saran-dip`), becomes a re-export-only chunk
 *   (`export{n as katalogIntiBerkalaDesa}from"./tampilan-inti-berkala-desa.js"`, 65–100 B): the browser
 *   fetched it, and only then the chunk it names. Its import() imports the chunk it names (with that one's
 *   imports, as above) and gives the same names (`….then(([e])=>({katalogIntiBerkalaDesa:e.n}))`); the chunk
 *   is dropped. Its callers read named exports only. A facade another chunk imports statically is left alone
 *   (none does). The desa register on the CDN modules: 3 files one after another → 2 at once.
 *
 * The build fails if an import() to rewrite is not in the shape rewritten, rather than ship one that imports
 * a dropped file or one after another. Tests: test/cdn.test.ts.
 */
const SERENTAK = [src('internal/data/csv.ts')];
const FASAD = /^export\s*\{([^}]*)\}\s*from\s*(["'`])(\.\.?\/[^"'`]+)\2;?$/;
const imporSerentak = (modul) => ({
  name: 'terbuka-impor-serentak',
  generateBundle(_, bundle) {
    const fasad = new Map();
    for (const [berkas, c] of Object.entries(bundle)) {
      const m = c.type === 'chunk' && !c.isEntry ? FASAD.exec(c.code.trim()) : null;
      if (!m || Object.values(bundle).some((l) => l.type === 'chunk' && l.imports.includes(berkas))) continue;
      const nama = m[1].split(',').map((n) => n.trim().split(/\s+as\s+/));
      fasad.set(berkas, {
        tujuan: join(dirname(berkas), m[3]),
        nilai: `({${nama
          .map(
            ([lokal, ekspor = lokal]) =>
              `${/^[A-Za-z_$][\w$]*$/.test(ekspor) ? ekspor : JSON.stringify(ekspor)}:e.${lokal}`,
          )
          .join(',')}})`,
      });
    }
    /** A chunk and every chunk it imports statically, transitively: what is loaded once it has run. */
    const statis = (berkas, hasil = new Set()) => {
      if (hasil.has(berkas) || bundle[berkas]?.type !== 'chunk') return hasil;
      hasil.add(berkas);
      for (const i of bundle[berkas].imports) statis(i, hasil);
      return hasil;
    };
    for (const c of Object.values(bundle)) {
      if (c.type !== 'chunk') continue;
      const relatif = (f) => {
        const r = relative(dirname(c.fileName), f);
        return r.startsWith('.') ? r : `./${r}`;
      };
      const dimuat = statis(c.fileName);
      /** Each import() rewritten, by the path written in it: what it becomes, and the files it requests. */
      const ganti = new Map();
      for (const berkas of c.dynamicImports) {
        const f = fasad.get(berkas);
        if (!f && !modul.includes(bundle[berkas]?.facadeModuleId)) continue;
        const tujuan = f ? f.tujuan : berkas;
        // The chunks the target imports that this one has not loaded are requested with it, not once it
        // has arrived (a target already loaded is imported all the same: no request, and its exports).
        const bersama = [tujuan, ...[...statis(tujuan)].filter((x) => x !== tujuan && !dimuat.has(x))];
        if (!f && bersama.length === 1) continue;
        const impor = bersama.map((x) => `import("${relatif(x)}")`);
        const nilai = f ? f.nilai : 'e';
        ganti.set(relatif(berkas), {
          bersama,
          kode:
            impor.length > 1
              ? `Promise.all([${impor.join(',')}]).then(([e])=>${nilai})`
              : `${impor[0]}.then(e=>${nilai})`,
        });
      }
      if (ganti.size === 0) continue;
      // One pass over the code, so an import() written here is never rewritten again.
      const ditulis = new Set();
      c.code = c.code.replace(/import\((["'`])(\.\.?\/[^"'`]+)\1\)/g, (semua, _, path) => {
        const g = ganti.get(path);
        if (!g) return semua;
        ditulis.add(path);
        return g.kode;
      });
      for (const path of ganti.keys())
        if (!ditulis.has(path))
          throw new Error(`${c.fileName}: its import() of ${path} was not rewritten; see imporSerentak`);
      c.dynamicImports = [...new Set(c.dynamicImports.flatMap((d) => ganti.get(relatif(d))?.bersama ?? [d]))];
    }
    for (const berkas of fasad.keys()) delete bundle[berkas];
  },
});

/**
 * papaparse is a UMD file; bundled as CommonJS it needs Rolldown's helpers (`__commonJS`, `__toESM`), which
 * live in one runtime module that Rolldown puts in a chunk of its choosing: on the CDN modules, the catalog
 * phrases' chunk, so every CSV page fetched the phrases (2.0 kB brotli) for those two helpers. Read as an ES
 * module instead — its UMD given its own `module`, `exports` and no `define` (a host page's AMD loader must
 * not take it) — it needs no helper, and a register whose entries all declare `fulfils` loads no phrases.
 */
const papaparseEsm = {
  name: 'terbuka-papaparse-esm',
  enforce: 'pre',
  load(id) {
    if (!/[\\/]node_modules[\\/]papaparse[\\/]papaparse(\.min)?\.js$/.test(id)) return null;
    return [
      'var m = { exports: {} };',
      `(function (module, exports, define) {\n${readFileSync(id, 'utf8')}\n}).call(undefined, m, m.exports);`,
      'export default m.exports;',
    ].join('\n');
  },
};

/**
 * Stylesheets are CSS text in template literals (`css\`…\`` for Lit, plain strings for the light
 * elements); nothing minifies them, so this plugin drops their comments and layout whitespace. Only the
 * literal parts change: quoted strings and `${…}` expressions are kept as written. Used for the files pages
 * load (CDN, classic scripts); the npm build keeps them as written, with exact source maps.
 */
const BERKAS_GAYA = /\/src\/(.*\.styles|internal\/tema(-inti)?-css)\.ts$/;
/** Every stylesheet source, for one table of the private tokens' short names across all builds (petaToken). */
const semuaGaya = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? semuaGaya(join(dir, e.name))
      : BERKAS_GAYA.test(join(dir, e.name).replaceAll('\\', '/'))
        ? [readFileSync(join(dir, e.name), 'utf8')]
        : [],
  );
const PETA_TOKEN = petaToken(semuaGaya(src('')));
const gayaRingkas = {
  name: 'terbuka-css-ringkas',
  enforce: 'pre',
  transform(kode, id) {
    if (!BERKAS_GAYA.test(id)) return null;
    return kode.replace(/((?:=|(?<![`\w])css)\s*)`([^`]*)`/g, (_, awal, isi) => {
      const bagian = isi.split(/(\$\{[^}]*\})/);
      return `${awal}\`${bagian
        .map((b, i) => (i % 2 ? b : ringkasToken(cssRingkas(b), PETA_TOKEN)))
        .join('')
        .trim()}\``;
    });
  },
};

/**
 * The CDN files come in two families built apart, like the two classic scripts: the display elements
 * (terbuka.js: the lists and the badge) and the request elements (terbuka-permintaan.js: the form and the
 * status page). Built together they shared small chunks (dates, zones, types) between the families, so a
 * display page loaded 12 files for the panel and badge; apart, each family's shared modules are one chunk
 * `dasar`: the panel + badge 30.8 → 29.0 kB, daftar-informasi 28.4 → 26.6, the form and status page
 * −0.25 kB each (measured). A page with both families loads the base twice, as with the classic scripts:
 * the form with the footer badge 34.0 → 35.2 kB. In the display family `dasar` is what the badge shares
 * with the lists (language, registration, theme, text, links, the light base, DOM helpers, the data
 * source); in the request family what the form shares with the status page.
 */
export const FAMILI = {
  tampilan: { define: 'terbuka', elemen: ['informasi-berkala', 'daftar-informasi', 'badge'] },
  permintaan: { define: 'terbuka-permintaan', elemen: ['permintaan', 'status-permintaan'] },
};
/** The elements, by folder: adding one to a family adds its npm, CDN and size entries. */
export const ELEMEN = Object.values(FAMILI).flatMap((f) => f.elemen);
const DASAR =
  /(sdk\/src\/(i18n\/teks|calendar\/(zona-tanggal|instan)|dip\/(tautan|angka-atribut))|internal\/(format-instan|pesan-bersama|bahasa|daftarkan|versi|tema-inti-css))\.ts$/;
const RINGAN =
  /(sdk\/src\/standard\/types|internal\/(elemen-ringan|dom|data\/(ambil|bersama|simpanan|sumber)))\.ts$/;
/**
 * The Badan Publik core with its berkala phrases (`@terbuka/sdk/kata-kunci`), which the lists import() only
 * for a register with an entry without `fulfils`. The SDK's index re-exports it, so Rolldown sees it also
 * imported statically (INEFFECTIVE_DYNAMIC_IMPORT, silenced for it alone below) and the `daftar` group
 * would take it: kept out, it is its own chunk, the one file the phrase load fetches (the desa core and the
 * CSV importer import it from there). This build reads the subpath's `@terbuka/source` target, the module
 * itself; a consumer's bundler reads dist's `standard/kata-kunci.js`, a re-export only import() reaches,
 * because it has no such groups (the SDK's kata-kunci.ts; test/bundel-konsumen.test.ts).
 */
const KATA_KUNCI = /sdk\/src\/standard\/(inti-berkala-badan-publik|kata-kunci-berkala-badan-publik)\.ts$/;
/**
 * What the display family loads up front that is not the lists' shared code: the elements' own folders
 * and the entry, the badge's SDK parts and words, and the full DIP's own tables (its category, Pasal 17
 * and legal-basis modules, which the panel loads only lazily), the Badan Publik phrases (KATA_KUNCI), and the
 * SDK's phrase matching (cakupan.ts: the lists match with cakupan-dasar.ts and import() the matching with a
 * catalog that has phrases, katalog.ts; in `daftar` it came with `cocokkanItemKatalog`, which the lazy
 * checklist and self-assessed chunks import: panel + badge 26,028 → 25,696 B).
 */
const BUKAN_DAFTAR = new RegExp(
  String.raw`\/src\/(define\.ts$|badge\/|informasi-berkala\/|daftar-informasi\/)|sdk\/src\/(lencana|feed)\/|internal\/pesan-lencana|sdk\/src\/standard\/(kategori|pasal|dasar-hukum)\.ts$|internal\/daftar\/pengecualian\.ts$|${KATA_KUNCI.source}`,
);
/**
 * The shared chunks of each family. Display: one `dasar` chunk of the base every element there uses, and
 * one `daftar` chunk of everything else both lists load up front (the list engine, the DIP reader and
 * validator, the catalog core, freshness and their theme tokens): before, the bundler split that into four
 * chunks by which lazy chunks shared each part, and four files compress worse than one (panel + badge
 * 27.3 → 26.4 kB brotli, daftar-informasi 24.9 → 24.0: measured). Request: `dasar` and apart `ringan`, the
 * few modules the form and status page take from the light base's side (in `dasar` they cost the form
 * 1.3 kB: measured).
 */
const GRUP = {
  tampilan: [
    // The phrases with the SDK's phrase matching (cakupan.ts), which reads nothing else: one lazy file.
    {
      name: 'inti-berkala-badan-publik',
      priority: 3,
      includeDependenciesRecursively: false,
      test: new RegExp(`${KATA_KUNCI.source}|sdk\\/src\\/standard\\/cakupan\\.ts$`),
    },
    { name: 'dasar', priority: 2, test: new RegExp(`${DASAR.source}|${RINGAN.source}`) },
    {
      name: 'daftar',
      priority: 1,
      // Only what some entry loads statically, not those modules' lazy chunks' dependencies.
      tags: ['$initial'],
      includeDependenciesRecursively: false,
      test: (id) => !BUKAN_DAFTAR.test(id),
    },
  ],
  permintaan: [
    // The SDK's normalisasi.ts (TAK_TAMPAK) too: the form and the status page use it, and so do the lazy DIP
    // reading and the suggestions; left to the bundler it became a chunk of its own, one more file up front.
    {
      name: 'dasar',
      test: new RegExp(`${DASAR.source}|internal\\/tema-css\\.ts$|sdk\\/src\\/standard\\/normalisasi\\.ts$`),
    },
    { name: 'ringan', test: RINGAN },
  ],
};

/**
 * A third CDN output beside the families: `lencana.js`, `<ppid-badge>` for a page that carries only the
 * badge (every agency's page). Everything it loads before it runs is one file — its base is not shared
 * with the lists, and one file keeps the compression context: 9.8 kB in badge.js + dasar → 9.2 kB one file
 * (measured before the cuts in badge/). A page with the panel keeps the family's badge.js, which shares
 * the base (with lencana.js it would load the base twice, +4.4 kB). Its problem words, self-assessed mode
 * and Ed25519 fallback stay lazy chunks, which import from lencana.js.
 */
const LENCANA = {
  entri: { lencana: src('badge/define.ts') },
  // Every module the entry loads statically, and only those (not their lazy chunks' dependencies).
  grup: [{ name: 'lencana', tags: ['$initial'], includeDependenciesRecursively: false }],
};

const umum = {
  root,
  configFile: false,
  logLevel: 'warn',
  // The SDK is read from its TypeScript sources, like in tests; Vite's own conditions are kept.
  resolve: { conditions: ['@terbuka/source', ...defaultClientConditions] },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
};

const entriNpm = {
  index: src('index.ts'),
  define: src('define.ts'),
  'define-permintaan': src('define-permintaan.ts'),
  ...Object.fromEntries(
    ELEMEN.flatMap((e) => [
      [`${e}/${e}`, src(`${e}/${e}.ts`)],
      [`${e}/define`, src(`${e}/define.ts`)],
    ]),
  ),
};

/**
 * What the npm build imports rather than bundles: every package of `dependencies` (lit, the SDK, @noble/*),
 * each with its subpaths (`lit/decorators.js`, `@noble/hashes/sha2.js`), and lit's own `@lit/*`. The
 * consumer's bundler then has one copy of each however many packages use it; the CDN and classic builds
 * bundle everything (a page loads them as they are).
 */
const { dependencies } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
const LUAR_NPM = [
  ...Object.keys(dependencies).map((d) => new RegExp(`^${d.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}($|/)`)),
  /^@lit\//,
];

// 1. npm ESM. Its chunks have hashed names and the output folder is not emptied (dist/types is tsc's):
// the last build's chunks go first, so the package never ships chunks nothing imports.
rmSync(`${root}/dist/chunks`, { recursive: true, force: true });
await build({
  ...umum,
  plugins: [eksporMilik],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: SASARAN_BUILD,
    sourcemap: true,
    minify: false,
    lib: { entry: entriNpm, formats: ['es'] },
    rolldownOptions: {
      external: LUAR_NPM,
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Object.hasOwn for the Ed25519 fallback must run before @noble/hashes loads (pelengkap-hasown.ts):
        // inlined in the fallback's chunk it would run after the imports of @noble/*, which come first. Its
        // own chunk, imported before them, runs first; package.json lists it under `sideEffects`.
        codeSplitting: {
          groups: [{ name: 'pelengkap-hasown', test: /\/src\/badge\/pelengkap-hasown\.ts$/ }],
        },
      },
    },
  },
});

// 2. CDN ES modules, everything bundled, one build per family (FAMILI) and one for lencana.js (LENCANA),
// with one manifest for the size test.
const buildCdn = [
  ...Object.entries(FAMILI).map(([nama, f]) => ({
    nama,
    entri: {
      [f.define]: src(f.define === 'terbuka' ? 'define.ts' : 'define-permintaan.ts'),
      ...Object.fromEntries(f.elemen.map((e) => [e, src(`${e}/define.ts`)])),
    },
    grup: GRUP[nama],
  })),
  { nama: 'lencana', ...LENCANA },
];
const manifestCdn = {};
for (const { nama, entri, grup } of buildCdn) {
  await build({
    ...umum,
    plugins: [gayaRingkas, papaparseEsm, eksporMilik, imporSerentak(SERENTAK), terserAkhir],
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: nama === 'tampilan',
      target: SASARAN_BUILD,
      manifest: `.vite/manifest-${nama}.json`,
      lib: { entry: entri, formats: ['es'] },
      rolldownOptions: {
        // The entries only register elements (no exports): their code may go into shared chunks instead
        // of 36-byte facades that import one chunk each.
        preserveEntrySignatures: false,
        // That warning, for the catalog phrases only, says what KATA_KUNCI answers; any other still shows.
        onwarn(w, lapor) {
          if (w.code === 'INEFFECTIVE_DYNAMIC_IMPORT' && w.message.includes('inti-berkala-badan-publik'))
            return;
          lapor(w);
        },
        // Pure annotations serve bundlers; nothing bundles these files again, so they go (licences stay).
        output: {
          minify: true,
          comments: { annotation: false, legal: true, jsdoc: false },
          entryFileNames: '[name].js',
          // Fixed names, the build's name in front (`chunks/tampilan-dasar.js`, `chunks/lencana-kata-masalah.js`),
          // like the classic side files; one folder per release (the docs). Content hashes made every file
          // that imports a chunk change size (brotli ±45 B) whenever only that chunk changed.
          chunkFileNames: `chunks/${nama}-[name].js`,
          codeSplitting: { groups: grup },
        },
      },
    },
  });
  const berkas = `${root}/dist/cdn/.vite/manifest-${nama}.json`;
  // A module two builds load (each has its own chunk of it) keeps its key in the build that ran first;
  // in a later one it is renamed `<build>:<key>` (`lencana:src/badge/define.ts`), its importers'
  // references too, so a walk from any entry reaches its own build's files.
  const m = JSON.parse(readFileSync(berkas, 'utf8'));
  const bentrok = new Set(Object.keys(m).filter((k) => manifestCdn[k] && manifestCdn[k].file !== m[k].file));
  const kunci = (k) => (bentrok.has(k) ? `${nama}:${k}` : k);
  for (const [k, e] of Object.entries(m)) {
    manifestCdn[kunci(k)] = {
      ...e,
      ...(e.imports ? { imports: e.imports.map(kunci) } : {}),
      ...(e.dynamicImports ? { dynamicImports: e.dynamicImports.map(kunci) } : {}),
    };
  }
  rmSync(berkas);
}
writeFileSync(`${root}/dist/cdn/.vite/manifest.json`, `${JSON.stringify(manifestCdn, null, 2)}\n`);

// 3. The classic scripts: terbuka.min.js (display elements) and terbuka-permintaan.min.js (the request
// form and status page, apart so display pages do not carry them). An IIFE cannot split code, so what only
// some pages need is reached through import() of an ES module next to the script (SAMPING; the *.iife.ts
// loaders that `varian` swaps in, internal/berkas-samping.iife.ts): the CSV importer, the Ed25519 fallback
// and, inlined until session 6, the problem words, the objection deadline and the form's DIP suggestions
// (terbuka.min.js 38.3 → 34.2 kB brotli, terbuka-permintaan.min.js 43.8 → 24.7).
for (const [entri, berkas, nama] of [
  ['define.iife.ts', 'terbuka.min.js', 'Terbuka'],
  ['define-permintaan.iife.ts', 'terbuka-permintaan.min.js', 'TerbukaPermintaan'],
  // The badge alone, classic: what an admin pastes on a page that carries only the badge (lencana.js is
  // its ES module, for sites that upload dist/cdn/).
  ['badge/define.iife.ts', 'terbuka-lencana.min.js', 'TerbukaLencana'],
]) {
  await build({
    ...umum,
    plugins: [gayaRingkas, varian('iife'), eksporMilik, terserAkhir],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: SASARAN_BUILD,
      lib: { entry: src(entri), formats: ['iife'], name: nama, fileName: () => berkas },
      rolldownOptions: {
        output: { minify: true, comments: { annotation: false, legal: true, jsdoc: false } },
      },
    },
  });
}

// 4. The files the classic scripts load on demand (SAMPING), each one classic script (entriSamping):
// terbuka-saran.js (the form's DIP suggestions) and terbuka-mandiri.js load the CSV importer and the
// problem sentences from the files beside them (the same *.iife.ts loaders); what else is lazy in a side
// file (the desa catalog) is inlined.
for (const [entri, berkas] of SAMPING) {
  await build({
    ...umum,
    plugins: [
      gayaRingkas,
      papaparseEsm,
      varian('iife'),
      entriSamping(entri, berkas),
      eksporMilik,
      terserAkhir,
    ],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: SASARAN_BUILD,
      lib: { entry: ENTRI_SAMPING, formats: ['iife'], name: 'TerbukaSamping', fileName: () => berkas },
      rolldownOptions: {
        output: {
          minify: true,
          comments: { annotation: false, legal: true, jsdoc: false },
          codeSplitting: false,
        },
      },
    },
  });
}

// 5. custom-elements.json (analyzer, Lit plugin) and the VS Code custom data generated from it; see
// custom-elements-manifest.config.mjs.
const cem = spawnSync(
  process.execPath,
  [createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/cem.js'), 'analyze'],
  { cwd: root, stdio: 'inherit' },
);
if (cem.status !== 0) throw new Error(`custom-elements-manifest analyzer failed (${cem.status})`);

// 6. Subresource Integrity of the classic script and its CSV chunk, for a pinned `<script integrity=…>`.
const sri = (f) =>
  `sha384-${createHash('sha384')
    .update(readFileSync(`${root}/dist/${f}`))
    .digest('base64')}`;
const { version } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
writeFileSync(
  `${root}/dist/sri.json`,
  `${JSON.stringify({ version, integrity: Object.fromEntries(SRI.map((f) => [f, sri(f)])) }, null, 2)}\n`,
);
