// custom-elements.json for @terbuka/widgets (@custom-elements-manifest/analyzer, Lit plugin), and the VS Code
// HTML/CSS custom data generated from it. Run by scripts/build.mjs; written to dist/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
        if (modul) d.declaration.module = `/${modul.path}`;
      }
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
