import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'docs/api/**', 'coverage/**', 'demo/.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The SDK runs unchanged in browsers and Node, and its functions are pure: no Node APIs, no DOM,
    // no clock. Its tests and build scripts may use Node.
    files: ['packages/sdk/src/**/*.ts'],
    ignores: ['packages/sdk/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*'], message: 'SDK code runs in browsers too.' }] },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'SDK code runs in browsers too.' },
        { name: 'window', message: 'SDK code has no DOM.' },
        { name: 'document', message: 'SDK code has no DOM.' },
        { name: 'localStorage', message: 'SDK code keeps no state.' },
        { name: 'fetch', message: 'SDK functions never reach the network; callers pass data in.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'SDK functions never read the clock; take `now` as a parameter.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'SDK functions never read the clock; take `now` as a parameter.',
        },
      ],
    },
  },
  // Web components: Lit's template rules and the custom-element best practices, for the widgets only.
  ...[lit.configs['flat/recommended'], wc.configs['flat/best-practice']].map((c) => ({
    ...c,
    files: ['packages/widgets/src/**/*.ts'],
  })),
  {
    files: ['packages/widgets/src/**/*.ts'],
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        customElements: 'readonly',
        localStorage: 'readonly',
        location: 'readonly',
        HTMLElement: 'readonly',
      },
    },
  },
  {
    // chai's property assertions (`expect(x).to.exist`) are expressions by design.
    files: ['packages/widgets/src/**/*.test.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // The demo site's own scripts run in the browser; situs.js is a classic script.
    files: ['demo/situs/js/**/*.js'],
    languageOptions: {
      globals: Object.fromEntries(
        [
          'document',
          'navigator',
          'location',
          'history',
          'getSelection',
          'FormData',
          'URLSearchParams',
          'fetch',
          'sessionStorage',
          'MutationObserver',
        ].map((g) => [g, 'readonly']),
      ),
    },
  },
  {
    files: ['demo/situs/js/situs.js', 'demo/situs/js/petugas.js'],
    languageOptions: { sourceType: 'script' },
  },
  prettier,
);
