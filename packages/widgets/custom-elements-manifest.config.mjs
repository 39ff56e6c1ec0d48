// custom-elements.json for @terbuka/widgets (@custom-elements-manifest/analyzer, Lit plugin), and the VS Code
// HTML/CSS custom data generated from it. Run by scripts/build.mjs; written to dist/.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';

/**
 * Our elements register through `Klass.define('ppid-…')` (idempotent, version-aware), which the analyzer
 * does not know: read those calls as custom element definitions, so a new element's define.ts is enough.
 */
function terbukaDefinePlugin() {
  const definisi = [];
  return {
    name: 'terbuka-define',
    analyzePhase({ ts, node, moduleDoc }) {
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === 'define' &&
        ts.isIdentifier(node.expression.expression) &&
        node.arguments.length === 1 &&
        ts.isStringLiteral(node.arguments[0])
      ) {
        const nama = node.expression.expression.text;
        const tag = node.arguments[0].text;
        const ekspor = { kind: 'custom-element-definition', name: tag, declaration: { name: nama } };
        moduleDoc.exports = [...(moduleDoc.exports ?? []), ekspor];
        definisi.push(ekspor);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      // TerbukaElement.define's own `customElements.define(tag, this)` is not an element of the package.
      for (const m of customElementsManifest.modules)
        if (m.exports)
          m.exports = m.exports.filter((e) => e.kind !== 'custom-element-definition' || e.name.includes('-'));
      // A property declared `x?: T | undefined` (so a script may clear it under exactOptionalPropertyTypes)
      // is written `T | undefined | undefined` by the analyzer, which adds `| undefined` for the `?`.
      for (const m of customElementsManifest.modules)
        for (const d of m.declarations ?? [])
          for (const x of [...(d.members ?? []), ...(d.attributes ?? [])])
            if (x.type?.text) x.type.text = x.type.text.replace(/(?: \| undefined)+$/, ' | undefined');
      // Point each definition at the module that declares the class.
      for (const d of definisi) {
        const modul = customElementsManifest.modules.find((m) =>
          m.declarations?.some((x) => x.kind === 'class' && x.name === d.declaration.name),
        );
        if (modul) d.declaration.module = modul.path;
      }
    },
  };
}

/**
 * The analyzer reads src/*.ts and names each module by its source (`src/badge/badge.ts`), a superclass by its
 * import (`/src/internal/terbuka-element.js`, a file that exists nowhere) and a re-export by its specifier
 * (`./internal/terbuka-element.js`, relative to the re-exporting module); it has no option for where the
 * built files go. The schema wants the modules a package describes to be "the public entrypoints that other
 * packages may import from", and every reference to name "the export it's available from". So, after the
 * analyzer's own linking (inheritance), in the published manifest:
 *
 * - the modules are the npm entry points, at the file that ships (`dist/badge/badge.js`): each `exports`
 *   subpath of package.json whose `@terbuka/source` file the analyzer read, mapped to its `default` file;
 *   the other modules (helpers, the classic builds' `*.iife.ts` twins) are bundled into chunks no consumer
 *   imports, and are left out;
 * - a class an entry re-exports from such a module (TerbukaElement, DaftarElement from `dist/index.js`) is
 *   described in the entry that re-exports it, which is where a consumer imports it from;
 * - every reference (an export's declaration, a superclass, `inheritedFrom`, a definition's class) names
 *   that entry; a type-only re-export (`type Tema`), which no JavaScript file exports, is dropped;
 * - a superclass the package does not export (the light elements' ElemenRingan) names its source file,
 *   which ships too (`files`: `src`): there is no export to name.
 *
 * test/manifes.test.ts checks that every path the manifest names is a file the package ships.
 */
function terbukaJalurTerbitPlugin({ paket }) {
  /** `src/x.ts` → `dist/x.js`, from the `exports` of package.json. */
  const terbit = new Map();
  for (const target of Object.values(JSON.parse(readFileSync(paket, 'utf8')).exports))
    if (typeof target === 'object' && target['@terbuka/source'] && target.default)
      terbit.set(posix.normalize(target['@terbuka/source']), posix.normalize(target.default));
  /** `src/x.ts#Nama` of each `export { type Nama }` / `export type { … }`. */
  const hanyaTipe = new Set();
  return {
    name: 'terbuka-jalur-terbit',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isExportDeclaration(node) || !node.exportClause || !ts.isNamedExports(node.exportClause))
        return;
      for (const s of node.exportClause.elements)
        if (node.isTypeOnly || s.isTypeOnly) hanyaTipe.add(`${moduleDoc.path}#${s.name.text}`);
    },
    packageLinkPhase({ customElementsManifest }) {
      const semua = customElementsManifest.modules;
      /** The source file a reference written in module `dari` means: `src/x.ts`. */
      const sumber = (ref, dari) =>
        (ref.startsWith('.') ? posix.join(posix.dirname(dari), ref) : ref.replace(/^\//, '')).replace(
          /\.js$/,
          '.ts',
        );
      const publik = semua.filter((m) => terbit.has(m.path));
      /** `src/x.ts#Nama` → the entry a consumer imports it from: where it is declared, else a re-export. */
      const asal = new Map();
      for (const m of publik)
        for (const e of m.exports ?? [])
          if (e.kind === 'js' && sumber(e.declaration.module ?? m.path, m.path) === m.path)
            asal.set(`${m.path}#${e.declaration.name}`, terbit.get(m.path));
      for (const m of publik)
        for (const e of m.exports ?? []) {
          const kunci = `${sumber(e.declaration.module ?? m.path, m.path)}#${e.declaration.name}`;
          if (e.kind !== 'js' || hanyaTipe.has(`${m.path}#${e.name}`) || asal.has(kunci)) continue;
          asal.set(kunci, terbit.get(m.path));
          // The class itself, from the module the analyzer read it in, described where it is exported.
          const [berkas, nama] = kunci.split('#');
          const d = semua.find((x) => x.path === berkas)?.declarations?.find((x) => x.name === nama);
          if (d) m.declarations = [...(m.declarations ?? []), d];
        }
      /** A reference's new `module`: the entry, or a source file that ships; the build fails on neither. */
      const tuju = (ref, dari) => {
        const berkas = sumber(ref.module, dari);
        const jalur = asal.get(`${berkas}#${ref.name}`) ?? (existsSync(berkas) ? berkas : undefined);
        if (!jalur)
          throw new Error(`custom-elements.json: ${ref.name} (${ref.module}) is in no shipped file`);
        return jalur;
      };
      /** Every { name, module } below `x` that is not another package's: a reference. */
      const ubah = (x, dari) => {
        if (Array.isArray(x)) x.forEach((y) => ubah(y, dari));
        else if (x && typeof x === 'object') {
          if (typeof x.name === 'string' && typeof x.module === 'string' && !x.package)
            x.module = tuju(x, dari);
          Object.values(x).forEach((y) => ubah(y, dari));
        }
      };
      for (const m of publik) {
        m.exports = m.exports?.filter((e) => !(e.kind === 'js' && hanyaTipe.has(`${m.path}#${e.name}`)));
        ubah(m.declarations, m.path);
        for (const e of m.exports ?? [])
          e.declaration.module = tuju(
            e.declaration.module ? e.declaration : { ...e.declaration, module: m.path },
            m.path,
          );
      }
      for (const m of publik) m.path = terbit.get(m.path);
      customElementsManifest.modules = publik;
    },
  };
}

/**
 * The VS Code CSS custom data, one entry per property and per part. The VS Code plugin writes one entry for
 * each element that documents a property (67 entries for 19 properties): the editor showed each as its own
 * completion, with differing descriptions. Here the elements' entries of one name become one: the
 * description most elements give (the shorter on a tie: the more general one), then each other description
 * with the elements that give it; the elements are named too when not every element has the name.
 */
function terbukaCssDataPlugin({ outdir, fileName }) {
  /** [{ name, description }] of each element → one { name, description } per name, in first-seen order. */
  const gabung = (perElemen) => {
    const semuaTag = perElemen.map(([tag]) => tag);
    const nama = new Map();
    for (const [tag, entri] of perElemen)
      for (const { name, description = '' } of entri) {
        const uraian = nama.get(name) ?? new Map();
        nama.set(name, uraian);
        uraian.set(description, [...(uraian.get(description) ?? []), tag]);
      }
    return [...nama].map(([name, uraian]) => {
      const [umum, ...lain] = [...uraian]
        .map(([d, tag]) => ({ d, tag }))
        .sort((a, b) => b.tag.length - a.tag.length || a.d.length - b.d.length);
      const dipakai = new Set([...uraian.values()].flat());
      const sebagian = semuaTag.some((t) => !dipakai.has(t));
      const baris = [sebagian ? `${umum.d} (${umum.tag.join(', ')})` : umum.d];
      for (const { d, tag } of lain) baris.push(`${tag.join(', ')}: ${d}`);
      return { name, description: baris.join('\n') };
    });
  };
  return {
    name: 'terbuka-css-data',
    packageLinkPhase({ customElementsManifest }) {
      const elemen = customElementsManifest.modules
        .flatMap((m) => m.declarations ?? [])
        .filter((d) => d.customElement && d.tagName);
      const data = {
        $schema:
          'https://raw.githubusercontent.com/microsoft/vscode-css-languageservice/main/docs/customData.schema.json',
        version: 1.1,
        properties: gabung(elemen.map((d) => [d.tagName, d.cssProperties ?? []])),
        pseudoElements: gabung(
          elemen.map((d) => [
            d.tagName,
            (d.cssParts ?? []).map((p) => ({ name: `::part(${p.name})`, description: p.description })),
          ]),
        ),
      };
      mkdirSync(outdir, { recursive: true });
      writeFileSync(join(outdir, fileName), `${JSON.stringify(data, null, 2)}\n`);
    },
  };
}

export default {
  // The elements (one folder each), their registrations, and the base classes they inherit attributes from.
  globs: [
    'src/*.ts',
    'src/*/*.ts',
    'src/internal/terbuka-element.ts',
    'src/internal/daftar/daftar-element.ts',
  ],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/internal/!(terbuka-element).ts'],
  outdir: 'dist',
  litelement: true,
  quiet: true,
  plugins: [
    terbukaDefinePlugin(),
    terbukaJalurTerbitPlugin({ paket: 'package.json' }),
    customElementVsCodePlugin({
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      // The CSS data is terbukaCssDataPlugin's (one entry per property).
      cssFileName: false,
      descriptionSrc: 'description',
      hideLogs: true,
    }),
    terbukaCssDataPlugin({ outdir: 'dist', fileName: 'vscode.css-custom-data.json' }),
  ],
};
