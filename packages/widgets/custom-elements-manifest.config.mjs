// custom-elements.json for @terbuka/widgets (@custom-elements-manifest/analyzer, Lit plugin), and the VS Code
// HTML/CSS custom data generated from it. Run by scripts/build.mjs; written to dist/.
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
      cssFileName: 'vscode.css-custom-data.json',
      descriptionSrc: 'description',
      hideLogs: true,
    }),
  ],
};
