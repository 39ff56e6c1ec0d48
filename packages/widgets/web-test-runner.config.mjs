// Browser tests of @terbuka/widgets: Debian's Chromium (CHROME_PATH), TypeScript through esbuild with the
// widgets' tsconfig (legacy decorators), the SDK from source via the `@terbuka/source` condition.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsconfig = fileURLToPath(new URL('./tsconfig.test.json', import.meta.url));

/** Papa Parse ships only a UMD file; wrap it as an ES module (Vite does the same in the build). */
const papaparseESM = {
  name: 'papaparse-esm',
  transform(context) {
    if (/\/node_modules\/papaparse\/papaparse(\.min)?\.js$/.test(context.path)) {
      return {
        body: `const module = { exports: {} }; const exports = module.exports;\n${context.body}\nexport default module.exports;`,
      };
    }
  },
};

/** Writes exact counts for scripts/test.mjs, which ends `npm test` with one `N passed, N failed` line. */
function countReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const t of suite.tests ?? []) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        for (const s of suite.suites ?? []) walk(s);
      };
      for (const s of sessions) {
        const before = failed;
        if (s.testResults) walk(s.testResults);
        // A file that failed to load or threw outside a test has no failing test to count.
        if (!s.passed && failed === before) failed++;
      }
      if (file) writeFileSync(file, JSON.stringify({ passed, failed, skipped }));
    },
  };
}

export default {
  rootDir: root,
  files: ['packages/widgets/src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['@terbuka/source', 'browser', 'production'] },
  concurrency: 1,
  // 20 s: a file's first test also loads its modules, axe and lazy chunks cold; on a busy 2-core machine that
  // alone passed 10 s. No test waits on time; a hung one still fails (and the run stops at 120 s).
  testFramework: { config: { timeout: 20000 } },
  // The default page, and after the framework a hook that keeps a failure with a DOM node as its compared
  // value reportable (src/internal/testing/galat-terkirim.ts): without it such a failure hung the run 120 s.
  testRunnerHtml: (framework) =>
    `<!DOCTYPE html><html><head></head><body><script type="module" src="${framework}"></script><script type="module" src="/packages/widgets/src/internal/testing/galat-terkirim.ts"></script></body></html>`,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  // a11ySnapshot: the accessibility tree as a screen reader gets it (internal/daftar/pohon-aksesibilitas.test.ts);
  // the runner's own command plugins (sendKeys, setViewport …) come without it.
  plugins: [papaparseESM, esbuildPlugin({ ts: true, tsconfig, target: 'es2022' }), a11ySnapshotPlugin()],
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    countReporter(process.env.TERBUKA_WTR_COUNTS),
  ],
};
